using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>The seed notes through the generator: the output compiles cleanly, and the compiled dataset answers queries.</summary>
    public class CompileAndRunTests
    {
        private const string Probe = """
using System.Linq;
using NotesDataset;

/// <summary>Queries the generated dataset the way a user's program would.</summary>
public static class Probe
{
    /// <summary>Every talk by Rusty Russell, as title@day.</summary>
    public static string RustyTalks() => string.Join("|", Lca2015.Talks
        .Where(t => t.Speakers.Any(s => s.Name == "Rusty Russell"))
        .Select(t => t.Title + "@" + t.Day.Number));

    /// <summary>The first speaker of a named talk.</summary>
    public static string NoOpsSpeaker() => Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet.Speakers[0].Name;

    /// <summary>How many notes the talk has; they are read from the inlined text on first use.</summary>
    public static int NoOpsNotes() => Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet.Notes.Count;

    /// <summary>The first note of the talk.</summary>
    public static string NoOpsFirstNote() => Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet.Notes[0].Text;

    /// <summary>Counts: conferences, days, sessions, talks, speakers.</summary>
    public static string Counts() => Lca2015.Conferences.Count + "," + Lca2015.Days.Count + "," + Lca2015.Sessions.Count + "," + Lca2015.Talks.Count + "," + Lca2015.Speakers.Count;

    /// <summary>A speaker through the People class.</summary>
    public static string MontyTalks() => string.Join("|", Lca2015.People.MontyTaylor.Talks.Select(t => t.Title));
}
""";

        private static readonly Lazy<GeneratorRun> SeedRun = new Lazy<GeneratorRun>(() => GeneratorHarness.Run(new[] { GeneratorHarness.Seed() }, "NotesDataset", new[] { Probe }));

        [Fact]
        public void Seed_generates_one_file_named_after_the_notes_file()
        {
            GeneratorRun run = SeedRun.Value;
            GeneratedSourceResult source = Assert.Single(run.Sources);
            Assert.Equal("lca2015.notes.txt.g.cs", source.HintName);
            Assert.Contains("public static partial class Lca2015", source.SourceText.ToString());
            Assert.Contains("namespace NotesDataset", source.SourceText.ToString());
        }

        [Fact]
        public void Seed_output_compiles_with_no_errors_and_no_warnings()
        {
            GeneratorRun run = SeedRun.Value;
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            // The generated tree really is part of the compilation that was checked.
            Assert.Equal(run.Input.SyntaxTrees.Count() + 1, run.Output.SyntaxTrees.Count());
        }

        [Fact]
        public void Seed_reports_only_the_seed_notes_own_warnings_located_in_the_notes_file()
        {
            GeneratorRun run = SeedRun.Value;
            Assert.Equal(new[] { "NOTES001", "NOTES002" }, run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).ToArray());
            Assert.All(run.GeneratorDiagnostics, d => Assert.Equal(Repo.SeedPath, d.Location.GetLineSpan().Path));
        }

        [Fact]
        public void Compiled_seed_answers_queries_at_run_time()
        {
            GeneratorRun run = SeedRun.Value;
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);

            Assert.Equal("Pettycoin: Towards 1.0@5", loaded.Invoke("Probe", "RustyTalks"));
            Assert.Equal("Monty Taylor", loaded.Invoke("Probe", "NoOpsSpeaker"));
            Assert.True((int)loaded.Invoke("Probe", "NoOpsNotes")! > 0);
            Assert.Equal("NoOps", loaded.Invoke("Probe", "NoOpsFirstNote"));
            Assert.Equal("NoOps with Ansible and Puppet", loaded.Invoke("Probe", "MontyTalks"));
        }

        [Fact]
        public void Compiled_seed_matches_the_runtime_parser()
        {
            GeneratorRun run = SeedRun.Value;
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            var compiled = (NotesDocument)loaded.Get("NotesDataset.Lca2015", "Document")!;
            NotesDocument parsed = NotesParser.Parse(Repo.SeedText, "lca2015.notes.txt");

            Assert.Equal(33, compiled.Talks.Count);
            Assert.Equal(parsed.Talks.Select(Describe), compiled.Talks.Select(Describe));
            Assert.Equal(parsed.Speakers.Select(s => s.Name + ":" + s.Talks.Count), compiled.Speakers.Select(s => s.Name + ":" + s.Talks.Count));
            Assert.Equal(parsed.Sessions.Select(s => s.Heading), compiled.Sessions.Select(s => s.Heading));

            // 16 lightning talks and 31 speakers: fields filled over several calls, each the item it is named for.
            string[] talkMembers = GeneratedShape.AssertMembersMapTheDataset(loaded.Assembly.GetType("NotesDataset.Lca2015", throwOnError: true)!);
            Assert.Equal("NoOpsWithAnsibleAndPuppet", talkMembers[compiled.Talks.ToList().FindIndex(t => t.Title == "NoOps with Ansible and Puppet")]);
            Assert.Equal("AnOpenHardwareOpenSoftwareRouter", talkMembers[compiled.Sessions[0].Talks.Count - 1]); // the 16th lightning talk, filled by the third call

            static string Describe(Talk t) => t.Day.Label + "/" + t.Session.Title + "/" + t.Title + "/" + string.Join("+", t.Speakers.Select(s => s.Name)) + "/" + t.Line + "/"
                + string.Join("\u0001", t.AllNotes().Select(n => n.Line + ":" + n.Text)) + "/" + string.Join(" ", t.Links);
        }

        [Theory]
        [InlineData("empty", "")]
        [InlineData("blank", "\n\n   \n")]
        [InlineData("prose-only", "Some words.\nMore words.\n")]
        [InlineData("headings-only", "Conf 2020 – Day 1 – Session 1\n\nConf 2020 – Day 2 – Session 1\n")]
        [InlineData("no-final-newline", "Conf 2020 – Day 1 – Session 1\nA Talk – Jane Doe\n  • last note")]
        public void Degenerate_inputs_compile_cleanly_and_load_as_the_parser_reads_them(string name, string text)
        {
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/" + name + ".notes.txt", text, ClassName: "Degenerate"));
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            var compiled = (NotesDocument)loaded.Get("NotesDataset.Degenerate", "Document")!;
            NotesDocument parsed = NotesParser.Parse(text, name + ".notes.txt");
            Assert.Equal(parsed.Sessions.Select(x => x.Heading), compiled.Sessions.Select(x => x.Heading));
            Assert.Equal(parsed.Talks.Select(t => t.Title + "/" + string.Join("|", t.AllNotes().Select(n => n.Text))), compiled.Talks.Select(t => t.Title + "/" + string.Join("|", t.AllNotes().Select(n => n.Text))));
            Assert.Equal(parsed.Prose.Select(p => p.Text), compiled.Prose.Select(p => p.Text));
            GeneratedShape.AssertMembersMapTheDataset(loaded.Assembly.GetType("NotesDataset.Degenerate", throwOnError: true)!);
        }

        /// <summary>
        /// Text that still starts with U+FEFF after decoding (a file saved with two byte order marks): the generator
        /// counts the mark's 3 bytes, but CompiledNotes strips a leading BOM from the inlined text too, so reading any
        /// talk's notes throws "holds 54 bytes, but the dataset was compiled from 57". A runtime bug (CompiledNotes
        /// should strip the mark only from a resource's bytes); reported, not fixed here.
        /// </summary>
        [Fact]
        public void Text_starting_with_a_byte_order_mark_loads_its_notes()
        {
            string text = "\uFEFFConf 2020 – Day 1 – Session 1\nA Talk – Jane Doe\n  • a note\n";
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/bom.notes.txt", text, ClassName: "Bom"));
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            var compiled = (NotesDocument)loaded.Get("NotesDataset.Bom", "Document")!;
            Assert.Equal("a note", compiled.Talks.Single().Notes.Single().Text);
        }
    }
}
