using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Generator.Tests.Infrastructure;
using NotesDataset.Parsing;
using NotesDataset.PropertyTests.Infrastructure;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>
    /// Every diagnostic the generator can report (NOTES001–NOTES013, NOTES015, NOTES017–NOTES019, NOTES022 and NOTES024; NOTES014, NOTES016, NOTES020, NOTES021 and NOTES023 come from the
    /// package's MSBuild targets, not the generator) is triggered here and checked: id, severity, where it points in the notes file (path, line, column,
    /// and a span that agrees with them) and the whole message. NOTES001–008 are checked at the parser too.
    /// </summary>
    public class DiagnosticCoverageTests
    {
        private const string Path = "/src/case0.notes.txt";
        private const string Heading = "Conf 2020 – Day 1 – Session 1";

        private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

        /// <summary>Runs the generator over one notes file and returns its only diagnostic of <paramref name="rule"/>, checked against the parser's.</summary>
        private static Diagnostic Generate(NotesRule rule, string text, int line, int column, string? spanText, params object?[] args)
        {
            GeneratorOutput run = GeneratorProperties.Run(new[] { new NotesInput(Path, text) });
            Diagnostic d = AssertDiagnostic(run, rule, text, line, column, NotesRules.Format(rule, args));
            if (spanText != null) Assert.Equal(spanText, SourceText.From(text).ToString(d.Location.SourceSpan));

            // The runtime parser reports the same, at the same place.
            NotesDiagnostic p = Assert.Single(NotesParser.Parse(text, "case0.notes.txt").Diagnostics, x => x.Id == rule.Id);
            Assert.Equal((line, column, d.Location.SourceSpan.Start, d.Location.SourceSpan.Length, d.GetMessage()), (p.Line, p.Column, p.Start, p.Length, p.Message));
            Assert.Equal((int)rule.Severity, (int)p.Severity);
            return d;
        }

        private static Diagnostic AssertDiagnostic(GeneratorOutput run, NotesRule rule, string text, int line, int column, string message, string path = Path)
        {
            Diagnostic d = Assert.Single(run.Diagnostics, x => x.Id == rule.Id);
            Assert.Equal(rule.Severity switch { NotesSeverity.Error => DiagnosticSeverity.Error, NotesSeverity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Info }, d.Severity);
            Assert.Equal(rule.Title, d.Descriptor.Title.ToString());
            Assert.Equal(message, d.GetMessage());
            FileLinePositionSpan span = d.Location.GetLineSpan();
            Assert.Equal(path, span.Path);
            Assert.Equal(new LinePosition(line - 1, column - 1), span.StartLinePosition);
            Assert.Equal(SourceText.From(text).Lines.GetLinePositionSpan(d.Location.SourceSpan), span.Span);
            return d;
        }

        [Fact]
        public void NOTES001_misspelt_conference_at_the_misspelt_name()
            => Generate(NotesRules.MisspeltConference,
                Lines("Linux.conf.au 2015 – Day 1 – Session 1", "A – Jane Doe", "Linux.conf.ay 2015 – Day 1 – Session 2", "B – John Roe", "Linux.conf.au 2015 – Day 2 – Session 1", "C – Joe Bloggs"),
                3, 1, "Linux.conf.ay", "Linux.conf.ay", "Linux.conf.au", 2015);

        [Theory]
        [InlineData("\u200B")]
        [InlineData("\uFEFF")]
        [InlineData("\u200B\u200B")]
        public void NOTES001_and_NOTES002_point_at_the_name_after_zero_width_characters(string escaped)
        {
            // Found by the property tests: the span started at the line, so it covered the zero-width characters and missed the name's end.
            string prefix = System.Text.RegularExpressions.Regex.Unescape(escaped);
            string text = Lines("Linux.conf.au 2015 – Day 1 – Session 1", "A – Jane Doe", prefix + "Linux.conf.ay 2015 – Day 1 – Session 2", "B – John Roe",
                "Linux.conf.au 2015 – Day 2 – Session 1", "C – Joe Bloggs", prefix + "Linux.conf.au – Day 3 – Session 1");
            GeneratorOutput run = GeneratorProperties.Run(new[] { new NotesInput(Path, text) });
            AssertDiagnostic(run, NotesRules.MisspeltConference, text, 3, prefix.Length + 1, NotesRules.Format(NotesRules.MisspeltConference, "Linux.conf.ay", "Linux.conf.au", 2015));
            AssertDiagnostic(run, NotesRules.MissingYear, text, 7, prefix.Length + 1, NotesRules.Format(NotesRules.MissingYear, "Linux.conf.au", "Linux.conf.au", 2015));
            Assert.Equal(new[] { "Linux.conf.ay", "Linux.conf.au" }, run.Diagnostics.Select(d => SourceText.From(text).ToString(d.Location.SourceSpan)));
        }

        [Fact]
        public void NOTES002_heading_without_a_year_at_the_name()
            => Generate(NotesRules.MissingYear, Lines(Heading, "A – Jane Doe", "Conf – Day 2 – Session 1", "B – John Roe"), 3, 1, "Conf", "Conf", "Conf", 2020);

        [Fact]
        public void NOTES002_quotes_the_name_the_heading_wrote_when_it_was_filed_under_a_close_one()
            => Generate(NotesRules.MissingYear, Lines("Linux.conf.ay 2015 – Day 1 – Session 1", "A – Jane Doe", "Linux.conf.au – Day 2 – Session 1", "B – John Roe"), 3, 1,
                "Linux.conf.au", "Linux.conf.au", "Linux.conf.ay", 2015);

        [Fact]
        public void NOTES003_talk_before_the_first_heading_at_the_talk()
            => Generate(NotesRules.NoHeading, Lines("", "  Early – Jane Doe", Heading, "A – John Roe"), 2, 3, "Early – Jane Doe");

        [Fact]
        public void NOTES004_prose_at_its_first_character()
            => Generate(NotesRules.Prose, Lines(Heading, "A – Jane Doe", "", "Someone asked about the weather."), 4, 1, "Someone asked about the weather.", "prose of session '" + Heading + "'", "Start it with '• ' to make it a note, or write 'Title – Speaker' at the left margin to make it a talk.");

        [Fact]
        public void NOTES005_talk_line_without_a_title()
            => Generate(NotesRules.EmptyTitle, Lines(Heading, "### – Jane Doe", "  • one"), 2, 5, "– Jane Doe", "Untitled talk by Jane Doe");

        [Fact]
        public void NOTES006_talk_line_without_a_speaker_at_the_dash()
            => Generate(NotesRules.EmptySpeaker, Lines(Heading, "A Talk –", "  • one"), 2, 8, "–");

        [Fact]
        public void NOTES007_control_characters_from_the_first_to_the_last()
            => Generate(NotesRules.ControlCharacters, Lines(Heading, "A – Jane Doe", "  • ring \u0007 bell \u001B."), 3, 10, "\u0007 bell \u001B", 2, "0007");

        [Fact]
        public void NOTES008_NUL_once_at_the_first_NUL()
            => Generate(NotesRules.NotText, Lines(Heading, "A – Jane Doe", "  • bin\0ary", "  • more\0"), 3, 8, "\0");

        [Fact]
        public void NOTES009_no_runtime_reference_at_the_file_and_no_source()
        {
            string text = Lines(Heading, "A – Jane Doe");
            CSharpCompilation withoutRuntime = CSharpCompilation.Create("NoRuntime", references: Basic.Reference.Assemblies.Net80.References.All, options: GeneratorHarness.CompilationOptions);
            GeneratorOutput run = GeneratorProperties.Run(new[] { new NotesInput(Path, text) }, compilation: withoutRuntime);
            // The advice names the package's version, as a PackageReference needs one (NU1015 without).
            string version = typeof(NotesDataset.Generator.NotesGenerator).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion.Split('+')[0];
            Assert.Matches(@"^\d+\.\d+\.\d+", version);
            Diagnostic d = AssertDiagnostic(run, NotesRules.MissingRuntime, text, 1, 1, NotesRules.Format(NotesRules.MissingRuntime, version));
            Assert.Contains("Version=\"" + version + "\"", d.GetMessage(), StringComparison.Ordinal);
            Assert.Empty(run.Sources);
            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }

        [Fact]
        public void NOTES010_invalid_ClassName_metadata_at_the_file()
        {
            string text = Lines(Heading, "A – Jane Doe");
            GeneratorOutput run = GeneratorProperties.Run(new[] { new NotesInput(Path, text, ClassName: "Not a name") });
            AssertDiagnostic(run, NotesRules.InvalidClassName, text, 1, 1, NotesRules.Format(NotesRules.InvalidClassName, "Not a name", "Conf2020", "it is not a valid C# class name"));
            Assert.Contains("public static partial class Conf2020\n", Assert.Single(run.Sources).SourceText.ToString());
        }

        [Fact]
        public void NOTES011_invalid_NotesDatasetNamespace_metadata_at_the_file()
        {
            string text = Lines(Heading, "A – Jane Doe");
            GeneratorOutput run = GeneratorProperties.Run(new[] { new NotesInput(Path, text, Namespace: "Acme..Notes") });
            AssertDiagnostic(run, NotesRules.InvalidNamespace, text, 1, 1, NotesRules.Format(NotesRules.InvalidNamespace, "Acme..Notes", "NotesDataset", "it is not a valid C# namespace: write dotted identifiers such as 'MyApp.Data'"));
            Assert.Contains("namespace NotesDataset\n", Assert.Single(run.Sources).SourceText.ToString());
        }

        [Fact]
        public void NOTES011_invalid_NotesDatasetNamespace_build_property_at_each_file()
        {
            string text = Lines(Heading, "A – Jane Doe");
            var file = new NotesInput(Path, text);
            var globals = new Dictionary<string, string> { ["build_property.NotesDatasetNamespace"] = "9Acme.class" };
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { file.ToAdditionalText() }, GeneratorHarness.OptionsFor(new[] { file }, rootNamespace: null, globals: globals))
                .RunGeneratorsAndUpdateCompilation(GeneratorProperties.BaseCompilation, out Compilation output, out var diagnostics);
            var run = new GeneratorOutput(driver.GetRunResult().Results.Single(), output, diagnostics);
            AssertDiagnostic(run, NotesRules.InvalidNamespace, text, 1, 1, NotesRules.Format(NotesRules.InvalidNamespace, "9Acme.class", "the global namespace", "it is not a valid C# namespace: write dotted identifiers such as 'MyApp.Data'"));
            Assert.DoesNotContain("namespace ", Assert.Single(run.Sources).SourceText.ToString());
        }

        [Fact]
        public void NOTES012_two_files_for_one_class_at_the_second_file()
        {
            string text = Lines(Heading, "A – Jane Doe");
            GeneratorOutput run = GeneratorProperties.Run(new[] { new NotesInput("/src/b.notes.txt", text), new NotesInput("/src/a.notes.txt", text) });
            AssertDiagnostic(run, NotesRules.DuplicateClassName, text, 1, 1, NotesRules.Format(NotesRules.DuplicateClassName, "a.notes.txt", "NotesDataset.Conf2020", "Conf2020_2"), "/src/b.notes.txt");
        }

        /// <summary>An AdditionalText the compiler cannot read.</summary>
        private sealed class Unreadable : AdditionalText
        {
            public override string Path => DiagnosticCoverageTests.Path;

            public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("The disk went away.");
        }

        [Fact]
        public void NOTES013_generator_failure_at_the_file_and_no_source()
        {
            // The generator catches any failure on a file and reports it instead of crashing the build (CS8785). No notes
            // text makes it fail (the property tests and the corpus say so), so this uses a file that cannot be read.
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new AdditionalText[] { new Unreadable() }, GeneratorHarness.OptionsFor(Array.Empty<NotesInput>()))
                .RunGeneratorsAndUpdateCompilation(GeneratorProperties.BaseCompilation, out Compilation output, out var diagnostics);
            var run = new GeneratorOutput(driver.GetRunResult().Results.Single(), output, diagnostics);
            Assert.Null(run.Result.Exception);
            AssertDiagnostic(run, NotesRules.GeneratorFailure, "", 1, 1, NotesRules.Format(NotesRules.GeneratorFailure, "IOException: The disk went away."));
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
            Assert.Empty(run.Result.GeneratedSources); // "no code was generated for it", as the message says
        }

        [Fact]
        public void NOTES015_undecodable_characters_at_the_first_with_the_file_s_count()
        {
            // What the compiler hands over for a Windows-1252 "café" read as UTF-8: U+FFFD where the bytes were not UTF-8.
            string text = Lines(Heading, "A – Jane Doe", "  • caf\uFFFD au lait", "  • na\uFFFDve");
            GeneratorOutput run = GeneratorProperties.Run(new[] { new NotesInput(Path, text) });
            Diagnostic d = AssertDiagnostic(run, NotesRules.Undecodable, text, 3, 8, NotesRules.Format(NotesRules.Undecodable, 3, 2));
            Assert.Equal("\uFFFD", SourceText.From(text).ToString(d.Location.SourceSpan));
            Assert.Single(run.Sources); // a warning: the code is still generated, with the text as the compiler decoded it

            // The file's decoding is the generator's concern: the runtime parser, given a string, does not report it.
            Assert.DoesNotContain(NotesParser.Parse(text, "case0.notes.txt").Diagnostics, x => x.Id == NotesRules.Undecodable.Id);
        }

        [Fact]
        public void NOTES017_close_spellings_used_as_often_at_the_later_name()
        {
            Diagnostic d = Generate(NotesRules.CloseConferenceNames,
                Lines("RustConf 2023 – Day 1 – Session 1", "A – Jane Doe", "RustConv 2023 – Day 2 – Session 1", "B – John Roe"),
                3, 1, "RustConv", "RustConv", "RustConf", 2023, 1);
            Assert.Contains("<NoWarn>NOTES017</NoWarn>", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void NOTES018_repeated_heading_at_the_repeat()
        {
            Diagnostic d = Generate(NotesRules.RepeatedHeading,
                Lines(Heading, "A – Jane Doe", "", Heading, "B – John Roe"),
                4, 1, Heading, Heading, 1);
            Assert.Contains("second session", d.GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        // A heading whose day could not be read ("Day Five", "Day Two") was kept as a talk with no word of it: NOTES022 at the
        // session after the talk line's last dash, or at what follows the heading's conference at the line's start.
        [InlineData("Conf 2020 – Day Five – Session 3", 24, "Session 3", "'Session 3' names a session, not a speaker", "Conf 2020 – Day Five – Session 3")]
        [InlineData("Conf 2020 – Day Two", 13, "Day Two", "'Day Two' follows 'Conf 2020', the conference of the heading above, where a heading has its day", "Conf 2020 – Day Two")]
        public void NOTES022_a_talk_line_that_reads_like_a_heading(string line, int column, string located, string reason, string title)
        {
            Diagnostic d = Generate(NotesRules.SessionAsSpeaker, Lines(Heading, "A – Jane Doe", line, "B – John Roe"), 3, column, located, reason, title);
            Assert.Contains("'Day N'", d.GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(2, false)]
        [InlineData(3, true)]
        public void NOTES019_too_much_text_compiled_in_at_the_file_that_makes_it_too_much(int files, bool over)
        {
            // Files without a resource (bare AdditionalFiles) have their text compiled in as string constants, each of which
            // must start within the assembly's first 16 MB (CS8103 when it is written). Two of 4.2 million characters fit,
            // although they come to more than 8,388,608: the second starts after the first. A third cannot.
            var inputs = Enumerable.Range(0, files).Select(i => new NotesInput("/src/" + (char)('a' + i) + ".notes.txt",
                Lines(Heading, "T" + i + " – Jane Doe") + string.Concat(Enumerable.Repeat("  • " + new string('x', 95) + "\n", 42_000)))).ToArray();
            GeneratorOutput run = GeneratorProperties.Run(inputs);
            Assert.Equal(files, run.Sources.Length);
            using var pe = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = run.Output.Emit(pe);
            if (over)
            {
                // The count takes in each file's index too: these tests compile against the runtime's netstandard2.0 build, which
                // takes the index as a string constant (it once counted the index only where C# had no UTF-8 literals).
                long indexes = run.Sources.Sum(s => (long)((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)GeneratorHarness.LoadArguments(s.SourceText.ToString())[1].Expression).Token.ValueText.Length);
                Assert.True(indexes > 0);
                AssertDiagnostic(run, NotesRules.TooMuchInlineText, inputs[2].Text, 1, 1, NotesRules.Format(NotesRules.TooMuchInlineText, inputs.Sum(f => (long)f.Text.Length) + indexes, 3), inputs[2].Path);
                Assert.Contains(emitted.Diagnostics, d => d.Id == "CS8103");
            }
            else
            {
                Assert.True(inputs.Sum(f => (long)f.Text.Length) > 8_388_608);
                Assert.DoesNotContain(run.Diagnostics, d => d.Id == NotesRules.TooMuchInlineText.Id);
                Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics));
            }
        }

        [Fact]
        public void NOTES024_a_class_that_hides_a_type_at_the_file()
        {
            string text = Lines("Conf 2020 – Day 1 – Session 1", "A – Jane Doe", "", "Other 2021 – Day 1 – Session 1", "B – John Roe");
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/console.notes.txt", text) }, "MyApp", new[] { "global using System;" });
            var output = new GeneratorOutput(run.Result, run.Output, run.GeneratorDiagnostics);
            AssertDiagnostic(output, NotesRules.HidesType, text, 1, 1, NotesRules.Format(NotesRules.HidesType, "MyApp.Console", "System.Console", "the code in namespace 'MyApp'", "Console"), "/src/console.notes.txt");
            Assert.Contains("public static partial class Console\n", run.SingleSource);
        }

        [Fact]
        public void Every_rule_of_the_generator_has_a_test_here()
        {
            string[] tested = typeof(DiagnosticCoverageTests).GetMethods().Select(m => m.Name).Where(n => n.StartsWith("NOTES", StringComparison.Ordinal)).Select(n => n.Substring(0, 8)).Distinct().OrderBy(n => n).ToArray();
            Assert.Equal(NotesRules.All.Select(r => r.Id).OrderBy(n => n), tested);
        }
    }
}
