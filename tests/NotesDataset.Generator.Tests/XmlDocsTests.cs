using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// Doc comments are written where the compiler reads them (the IDE parses them whatever the project says; a build
    /// that writes an XML doc file checks them) and left out of a build that would treat them as plain comments.
    /// </summary>
    public class XmlDocsTests
    {
        private const string TalkDoc = "/// <summary><b>NoOps with Ansible and Puppet</b> — Monty Taylor<br/>";

        private static GeneratorRun Run(DocumentationMode mode, string? option = null)
        {
            var globals = new Dictionary<string, string>();
            if (option != null) globals["build_property.NotesDatasetXmlDocs"] = option;
            return GeneratorHarness.Run(
                new[] { GeneratorHarness.Seed() },
                globals: globals,
                parseOptions: GeneratorHarness.ParseOptions.WithDocumentationMode(mode));
        }

        [Theory]
        [InlineData(DocumentationMode.None, false)]
        [InlineData(DocumentationMode.Parse, true)]
        [InlineData(DocumentationMode.Diagnose, true)]
        public void Doc_comments_are_written_only_where_the_compiler_reads_them(DocumentationMode mode, bool expected)
        {
            GeneratorRun run = Run(mode);
            string source = run.SingleSource;

            Assert.Equal(expected, source.Contains(TalkDoc, StringComparison.Ordinal));
            Assert.Equal(expected, source.Contains("///", StringComparison.Ordinal));
            Assert.Empty(run.CompilationProblems);
        }

        [Theory]
        [InlineData("true", DocumentationMode.None, true)]
        [InlineData(" True ", DocumentationMode.None, true)]
        [InlineData("false", DocumentationMode.Parse, false)]
        [InlineData("false", DocumentationMode.Diagnose, false)]
        [InlineData("yes", DocumentationMode.None, true)] // MSBuild's other spellings, which the package's targets accept
        [InlineData("on", DocumentationMode.None, true)]
        [InlineData("No", DocumentationMode.Parse, false)]
        [InlineData("!on", DocumentationMode.Diagnose, false)]
        [InlineData("", DocumentationMode.None, false)]
        [InlineData("", DocumentationMode.Parse, true)]
        [InlineData("sometimes", DocumentationMode.Parse, true)] // the package's targets warn (NOTES014); the default applies
        public void NotesDatasetXmlDocs_overrides_the_default(string option, DocumentationMode mode, bool expected)
        {
            GeneratorRun run = Run(mode, option);

            Assert.Equal(expected, run.SingleSource.Contains(TalkDoc, StringComparison.Ordinal));
            Assert.Empty(run.CompilationProblems);
        }

        [Fact]
        public void A_speakers_docs_list_their_first_three_talks_in_order_then_how_many_more()
        {
            string notes = GeneratorHarness.Lines(
                "Conf 2020 – Day 1 – Session 1", "", "One – Ann Lee", "Two – Ann Lee + Bo Lin", "Three – Ann Lee",
                "Conf 2020 – Day 2 – Session 1", "", "Four – Ann Lee + ann lee", "Five <b> – ann  lee");
            GeneratorRun run = WithDocs("/src/x.notes.txt", notes);

            Assert.Contains("/// <b>Ann Lee</b>: 5 talks: <i>One</i> (Conf 2020 – Day 1 – Session 1); <i>Two</i> (Conf 2020 – Day 1 – Session 1); "
                + "<i>Three</i> (Conf 2020 – Day 1 – Session 1); and 2 more.\n", run.SingleSource, StringComparison.Ordinal);

            // A talk that names one speaker twice is listed once for them.
            GeneratorRun twice = WithDocs("/src/y.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "", "Duo – Ann Lee + ann lee"));
            Assert.Contains("/// <b>Ann Lee</b>: 1 talk: <i>Duo</i> (Conf 2020 – Day 1 – Session 1).\n", twice.SingleSource, StringComparison.Ordinal);
            Assert.Contains("/// <b>Bo Lin</b>: 1 talk: <i>Two</i> (Conf 2020 – Day 1 – Session 1).\n", run.SingleSource, StringComparison.Ordinal);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }

        /// <summary>The generator over one notes file, with doc comments (a build that writes a doc file).</summary>
        private static GeneratorRun WithDocs(string path, string notes)
            => GeneratorHarness.Run(new[] { new NotesInput(path, notes) }, parseOptions: GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose));

        [Fact]
        public void Text_cut_short_ends_at_a_word_with_one_ellipsis_and_a_keynote_by_its_title_names_the_speaker_once()
        {
            string notes = GeneratorHarness.Lines(
                "Conf 2020 – Day 1 – Keynote", "", "Jane Doe – Acme Corp", "  • welcome",
                "Conf 2020 – Day 1 – Session 1", "", "One – Ann Lee", "  • coffee", "  • the plan",
                "  • the kernel maintainers discussed the scheduler rewrite and its many benchmarks", "  • questions");
            GeneratorRun run = WithDocs("/src/x.notes.txt", notes);

            Assert.Contains("• the kernel maintainers discussed the scheduler rewrite and…</summary>", run.SingleSource, StringComparison.Ordinal);
            Assert.Contains("/// <summary><b>Jane Doe</b> (Acme Corp)<br/>", run.SingleSource, StringComparison.Ordinal);
            Assert.Contains("Conf 2020 – Day 1 – Keynote (keynote, line 1): 1 talk.", run.SingleSource, StringComparison.Ordinal);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));

            // The speaker as first written elsewhere ("JANE DOE"), a title with two spaces: still one person, named once. A
            // cut that falls at a word's end keeps the word; a note that itself ends in '…' still says more notes follow.
            string more = GeneratorHarness.Lines(
                "Conf 2020 – Day 1 – Session 1", "", "Intro – JANE DOE",
                "Conf 2020 – Day 2 – Keynote", "", "Jane  Doe – Acme Corp",
                "Conf 2020 – Day 2 – Session 1", "", "Two – Ann Lee", "  • one", "  • two", "  • and so on…", "  • four",
                "Three – Bo Lin", "  • abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcde tail"); // a word ends at the 60th character
            GeneratorRun second = WithDocs("/src/y.notes.txt", more);
            Assert.Contains("/// <summary><b>Jane  Doe</b> (Acme Corp)<br/>", second.SingleSource, StringComparison.Ordinal);
            Assert.Contains("• and so on… …</summary>", second.SingleSource, StringComparison.Ordinal);
            Assert.Contains("• abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcde…</summary>", second.SingleSource, StringComparison.Ordinal);
            Assert.True(second.CompilationProblems.IsEmpty, GeneratorHarness.Format(second.CompilationProblems));

            // Cut after an entity: its ';' stays (a property test found "&amp…", badly formed XML, CS1570).
            GeneratorRun entities = WithDocs("/src/z.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "", "Four – Cy Dee", "  • " + new string('&', 70) + ","));
            Assert.Contains("&amp;&amp;…</summary>", entities.SingleSource, StringComparison.Ordinal);
            Assert.True(entities.CompilationProblems.IsEmpty, GeneratorHarness.Format(entities.CompilationProblems));
        }

        [Fact]
        public void A_talks_docs_show_a_numbered_items_number()
        {
            string notes = GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "", "One – Ann Lee", "  1. welcome", "  2) the plan", "  • coffee");
            GeneratorRun run = WithDocs("/src/x.notes.txt", notes);
            Assert.Contains("line 3, 3 notes: • 1. welcome • 2) the plan • coffee</summary>", run.SingleSource, StringComparison.Ordinal);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }

        [Fact]
        public void Without_doc_comments_the_code_is_the_same_line_for_line()
        {
            string[] withDocs = Run(DocumentationMode.Parse).SingleSource.Split('\n');
            string[] withoutDocs = Run(DocumentationMode.None).SingleSource.Split('\n');

            Assert.True(withDocs.Length > withoutDocs.Length + 100, "the seed's docs are more than 100 lines");
            Assert.Equal(withDocs.Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)), withoutDocs);
        }

        [Fact]
        public void The_same_driver_writes_the_docs_once_the_parse_options_ask_for_them()
        {
            NotesInput seed = GeneratorHarness.Seed();
            CSharpParseOptions parse = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.None);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { seed.ToAdditionalText() }, GeneratorHarness.OptionsFor(new[] { seed }), parseOptions: parse);
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { "class A { }" }, parseOptions: parse);
            driver = driver.RunGenerators(compilation);
            Assert.DoesNotContain("///", driver.GetRunResult().GeneratedTrees.Single().ToString(), StringComparison.Ordinal);

            // The IDE opens the same project: its parse options ask for doc comments.
            CSharpParseOptions ide = parse.WithDocumentationMode(DocumentationMode.Parse);
            driver = driver.WithUpdatedParseOptions(ide).RunGenerators(GeneratorHarness.CreateCompilation(new[] { "class A { }" }, parseOptions: ide));
            string source = driver.GetRunResult().GeneratedTrees.Single().ToString();
            Assert.Contains(TalkDoc, source, StringComparison.Ordinal);
            Assert.Contains("notes: • NoOps • Cloud Native", source, StringComparison.Ordinal); // re-parsed: the first notes are built again
        }
    }
}
