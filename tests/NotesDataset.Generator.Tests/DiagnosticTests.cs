using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>What the generator reports, and where: notes problems at their line and column in the notes file, option problems at the file.</summary>
    public class DiagnosticTests
    {
        private static readonly string[] Misspelt =
        {
            "Linux.conf.au 2015 – Day 1 – Session 1",
            "A Talk – Jane Doe",
            "Linux.conf.ay 2015 – Day 1 – Session 2",
            "B Talk – John Roe",
            "Linux.conf.au 2015 – Day 2 – Session 1",
            "C Talk – Joe Bloggs",
        };

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void Misspelt_heading_gives_NOTES001_at_its_line_in_the_notes_file(string newline)
        {
            string text = string.Join(newline, Misspelt) + newline;
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/lca.notes.txt", text));

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES001", d.Id);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("'Linux.conf.ay' looks like a misspelling of 'Linux.conf.au'", d.GetMessage());
            Assert.Equal(LocationKind.ExternalFile, d.Location.Kind);
            FileLinePositionSpan span = d.Location.GetLineSpan();
            Assert.Equal("/src/lca.notes.txt", span.Path);
            Assert.Equal(new LinePosition(2, 0), span.StartLinePosition);
            Assert.Equal(2, span.EndLinePosition.Line);

            // The span points at the misspelt text, and agrees with the line position.
            TextSpan source = d.Location.SourceSpan;
            SourceText notes = SourceText.From(text);
            Assert.StartsWith("Linux.conf.ay", notes.ToString(source));
            Assert.Equal(notes.Lines.GetLinePositionSpan(source), span.Span);
            Assert.True(run.CompilationProblems.IsEmpty);
        }

        [Fact]
        public void Seed_notes_diagnostics_are_at_the_lines_the_command_line_reports()
        {
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Seed());
            SourceText seed = SourceText.From(Repo.SeedText);
            Diagnostic notes001 = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NOTES001");
            Diagnostic notes002 = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NOTES002");

            Assert.Equal(new LinePosition(249, 0), notes001.Location.GetLineSpan().StartLinePosition);
            Assert.Equal(new LinePosition(457, 0), notes002.Location.GetLineSpan().StartLinePosition);
            foreach (Diagnostic d in run.GeneratorDiagnostics)
            {
                Assert.Equal(Repo.SeedPath, d.Location.GetLineSpan().Path);
                Assert.Equal(seed.Lines.GetLinePositionSpan(d.Location.SourceSpan), d.Location.GetLineSpan().Span);
            }
        }

        [Fact]
        public void Indented_line_before_any_heading_is_reported_at_its_column()
        {
            string text = GeneratorHarness.Lines("", "   A Talk – Jane Doe", "Conf 2020 – Day 1 – Session 1", "B Talk – John Roe");
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/x.notes.txt", text));
            Diagnostic d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "NOTES003");
            FileLinePositionSpan span = d.Location.GetLineSpan();
            Assert.Equal(new LinePosition(1, 3), span.StartLinePosition);
            Assert.Equal(SourceText.From(text).Lines.GetLinePositionSpan(d.Location.SourceSpan), span.Span);
        }

        public static readonly TheoryData<string, string> Problems = new TheoryData<string, string>
        {
            { "NOTES004", "Conf 2020 – Day 1 – Session 1\nA Talk – Jane Doe\n  • a note\nJust some prose here.\n" },
            { "NOTES005", "Conf 2020 – Day 1 – Session 1\n### – Jane Doe\n" },
            { "NOTES006", "Conf 2020 – Day 1 – Session 1\nA Talk –\n" },
            { "NOTES007", "Conf 2020 – Day 1 – Session 1\nA Talk – Jane Doe\n  • bell\a here\n" },
            { "NOTES008", "Conf 2020 – Day 1 – Session 1\r\nA Talk – Jane Doe\r\n  • nul\0 here\r\n" },
            { "NOTES002", "Conf 2020 – Day 1 – Session 1\r\nA Talk – Jane Doe\r\nConf – Day 2 – Session 1\r\nB Talk – John Roe\r\n" },
        };

        [Theory]
        [MemberData(nameof(Problems))]
        public void Each_diagnostic_line_position_agrees_with_its_span_in_the_notes_file(string id, string text)
        {
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/x.notes.txt", text));
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == id);
            SourceText notes = SourceText.From(text);
            foreach (Diagnostic d in run.GeneratorDiagnostics)
            {
                Assert.Equal("/src/x.notes.txt", d.Location.GetLineSpan().Path);
                Assert.InRange(d.Location.SourceSpan.End, 0, text.Length);
                Assert.Equal(notes.Lines.GetLinePositionSpan(d.Location.SourceSpan), d.Location.GetLineSpan().Span);
            }

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }

        [Fact]
        public void A_misspelt_title_heading_gives_one_NOTES001_on_its_line_and_the_dataset()
        {
            // The headings that took their name from "# DevConff 2024" located NOTES001 at a negative column, and the
            // generator threw building its location: no dataset.
            string text = GeneratorHarness.Lines("# DevConff 2024", "## Day 1 – Session 1", "Talk – Jane Doe",
                "DevConf 2024 – Day 2 – Session 1", "Talk 3 – Ann Lee", "DevConf 2024 – Day 2 – Session 2", "Talk 4 – Bob Ray");
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/x.notes.txt", text));

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES001", d.Id);
            Assert.Equal(new LinePosition(0, 2), d.Location.GetLineSpan().StartLinePosition);
            Assert.Contains("public static partial class DevConf2024\n", run.SingleSource);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }

        [Theory]
        [InlineData("Not a name")]
        [InlineData("9Lives")]
        [InlineData("A.B")]
        [InlineData("@")]
        public void Invalid_class_name_metadata_gives_NOTES010_and_the_derived_name(string className)
        {
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe"), ClassName: className));

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES010", d.Id);
            Assert.Contains(className, d.GetMessage());
            Assert.Contains("Conf2020", d.GetMessage());
            Assert.Contains("cannot be used: it is not a valid C# class name;", d.GetMessage(), StringComparison.Ordinal); // which rule, not all three
            Assert.Equal("/src/x.notes.txt", d.Location.GetLineSpan().Path);
            Assert.Contains("public static partial class Conf2020\n", run.SingleSource);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }

        [Fact]
        public void Invalid_namespace_metadata_gives_NOTES011_and_the_root_namespace()
        {
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe"), Namespace: "Acme..Notes"));

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES011", d.Id);
            Assert.Contains("namespace NotesDataset\n", run.SingleSource);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }

        [Fact]
        public void Two_files_for_one_class_give_NOTES012_and_distinct_classes()
        {
            string notes = GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe");
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/a.notes.txt", notes), new NotesInput("/src/b.notes.txt", notes));

            Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES012", d.Id);
            Assert.Equal("/src/b.notes.txt", d.Location.GetLineSpan().Path);
            Assert.Contains("public static partial class Conf2020_2\n", run.Source("b.notes.txt.g.cs"));
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }

        [Theory]
        [InlineData("Foo", null, "@Foo", null)]
        [InlineData("@class", null, "class", null)]
        [InlineData("Foo", "Acme.Notes", "Foo", "@Acme.@Notes")]
        public void Class_names_that_differ_only_by_verbatim_at_are_one_class(string class1, string? ns1, string class2, string? ns2)
        {
            // '@Foo' and 'Foo' are the same C# identifier: the second file must be renamed, not merged into the first's partial class.
            string notes = GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe");
            GeneratorRun run = GeneratorHarness.Run(
                new NotesInput("/src/a.notes.txt", notes, ClassName: class1, Namespace: ns1),
                new NotesInput("/src/b.notes.txt", notes, ClassName: class2, Namespace: ns2));

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES012", d.Id);
            Assert.Equal("/src/b.notes.txt", d.Location.GetLineSpan().Path);
            Assert.Contains("public static partial class " + class2 + "_2\n", run.Source("b.notes.txt.g.cs"));
        }

        [Fact]
        public void Without_the_runtime_reference_NOTES009_and_no_source()
        {
            var compilation = CSharpCompilation.Create("NoRuntime", references: Basic.Reference.Assemblies.Net80.References.All, options: GeneratorHarness.CompilationOptions);
            var files = new[] { new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe")) };
            GeneratorDriver driver = GeneratorHarness.CreateDriver(files.Select(f => f.ToAdditionalText()), GeneratorHarness.OptionsFor(files))
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);

            Diagnostic d = Assert.Single(diagnostics);
            Assert.Equal("NOTES009", d.Id);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal("/src/x.notes.txt", d.Location.GetLineSpan().Path);
            Assert.Empty(driver.GetRunResult().GeneratedTrees);
            Assert.Empty(output.GetDiagnostics().Where(x => x.Severity >= DiagnosticSeverity.Warning));
        }

        [Fact]
        public void Without_the_runtime_reference_text_too_long_to_compile_in_is_not_NOTES019_as_nothing_is_compiled()
        {
            // Three files without a resource, 4.2 million characters each: with the runtime referenced this is NOTES019 (see
            // DiagnosticCoverageTests); without it nothing is generated, so NOTES009 alone says what to do.
            var compilation = CSharpCompilation.Create("NoRuntime", references: Basic.Reference.Assemblies.Net80.References.All, options: GeneratorHarness.CompilationOptions);
            var files = Enumerable.Range(0, 3).Select(i => new NotesInput("/src/" + (char)('a' + i) + ".notes.txt",
                GeneratorHarness.Lines("Conf" + (char)('A' + i) + " 2020 – Day 1 – Session 1", "T" + i + " – Jane Doe") + string.Concat(Enumerable.Repeat("  • " + new string('x', 95) + "\n", 42_000)))).ToArray();
            GeneratorHarness.CreateDriver(files.Select(f => f.ToAdditionalText()), GeneratorHarness.OptionsFor(files))
                .RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

            Assert.Equal(new[] { "NOTES009", "NOTES009", "NOTES009" }, diagnostics.Select(d => d.Id));
        }

        [Fact]
        public void Only_notes_files_are_read()
        {
            string notes = GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe");
            GeneratorRun run = GeneratorHarness.Run(
                new NotesInput("/src/readme.txt", notes),                               // not *.notes.txt, no marker
                new NotesInput("/src/opted-out.notes.txt", notes, IsNotes: "false"),      // marker says no
                new NotesInput("/src/opted-in.md", notes, IsNotes: "true"),               // marker says yes
                new NotesInput("/src/UPPER.NOTES.TXT", notes, ClassName: "Upper"));       // extension in any case

            Assert.Equal(new[] { "UPPER.NOTES.TXT.g.cs", "opted-in.md.g.cs" }, run.Sources.Select(s => s.HintName));
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }
    }
}
