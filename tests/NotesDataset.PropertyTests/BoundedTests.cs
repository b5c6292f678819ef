using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using NotesDataset.Generator.Tests.Infrastructure;
using NotesDataset.PropertyTests.Infrastructure;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>
    /// Big and degenerate inputs end with a result (and, where the file is not notes, a diagnostic), never an exception or a
    /// stack overflow: a big file, a single very long line, very deep indentation and a binary file. No timing is asserted;
    /// the 50 MB file and the generator over 10,000-deep indentation are in the Long category, CI runs 5 MB and smaller variants.
    /// </summary>
    public class BoundedTests
    {
        /// <summary>The seed notes repeated (a new year for each copy, so each is its own conference) up to <paramref name="chars"/> characters.</summary>
        public static string Big(int chars)
        {
            string seed = Repo.SeedText;
            var sb = new StringBuilder(chars + seed.Length);
            for (int copy = 0; sb.Length < chars; copy++) sb.Append(seed.Replace("2015", (2100 + (copy % 800)).ToString())).Append('\n');
            return sb.ToString();
        }

        public static string SingleLine(int chars)
        {
            var sb = new StringBuilder(chars);
            string[] words = { "word", "–", "Jane", "Doe", "*/", "\"", "\\", "•", "#error", "<![CDATA[", "&", "\u202E", "by", "http://example.org/(a)" };
            for (int i = 0; sb.Length < chars; i++) sb.Append(words[i % words.Length]).Append(' ');
            return sb.ToString();
        }

        /// <summary>A talk whose bullets each go one space deeper than the last, <paramref name="levels"/> deep.</summary>
        public static string Deep(int levels)
        {
            var sb = new StringBuilder("Linux.conf.au 2015 – Day 1 – Session 1\nDeep – Jane Doe\n");
            for (int d = 1; d <= levels; d++) sb.Append(' ', d).Append("• level ").Append(d).Append('\n');
            return sb.ToString();
        }

        /// <summary>Random bytes (NUL included) as a compiler would decode them: UTF-8 with U+FFFD for what is not.</summary>
        public static string Binary(int bytes)
        {
            var data = new byte[bytes];
            new Random(2015).NextBytes(data);
            return Corpus.Decode(data);
        }

        private enum Depth { Properties, Compile, Emit }

        /// <summary>
        /// The generator on a big input: all its properties (several runs and a compile) where that is cheap; on the biggest,
        /// one run and a compile, and in the Long category an emit too (which checks what compiling alone does not, such as
        /// the total size of the string constants).
        /// </summary>
        private static void Generate(string text, Depth depth, string? resourceName = null)
        {
            var input = GeneratorProperties.Input(text) with { ResourceName = resourceName };
            GeneratorOutput run = depth == Depth.Properties ? GeneratorProperties.Check(input) : GeneratorProperties.Run(new[] { input });
            Assert.Null(run.Result.Exception);
            Assert.Single(run.Sources);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "NOTES013" || d.Id == "CS8785");
            Assert.Empty(GeneratorHarness.WithNullableWarnings(run.Output).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            if (depth != Depth.Emit) return;
            EmitResult emitted = run.Output.Emit(Stream.Null);
            Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        [Fact]
        public void Five_megabyte_notes_file()
        {
            string text = Big(5 << 20);
            NotesDocument doc = ParserProperties.Check(text);
            Assert.True(doc.Talks.Count > 5_000, doc.Talks.Count + " talks");
            Generate(text, Depth.Compile);
        }

        [LongFact, Trait("Category", Settings.Long)]
        public void Fifty_megabyte_notes_file()
        {
            string text = Big(50 << 20);
            NotesDocument doc = ParserProperties.Check(text);
            Assert.True(doc.Talks.Count > 50_000, doc.Talks.Count + " talks");
            Generate(text, Depth.Emit, resourceName: "Notes.lca.notes.txt"); // as the package passes it: the text is a resource, the code holds the index
            Generate(text, Depth.Emit);                                      // without the package's targets: the text inlined as a constant
        }

        [Fact]
        public void One_megabyte_single_line()
        {
            string text = SingleLine(1 << 20);
            NotesDocument doc = ParserProperties.Check(text);
            Assert.Single(doc.Talks); // "… – Jane Doe …": a talk line, its title and speakers as long as they come
            Generate(text, Depth.Properties);
        }

        [Fact]
        public void Ten_thousand_deep_indentation_is_parsed_without_recursion()
        {
            string text = Deep(10_000); // 50 MB of indentation
            NotesDocument doc = ParserProperties.Check(text);
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal(10_000, talk.AllNotes().Count());

            // Nesting stops at the parser's bound: deeper bullets are attached at that depth, so no consumer recurses without limit.
            int depth = 0;
            for (Note? n = talk.Notes.Single(); n != null; n = n.Children.LastOrDefault()) depth++;
            Assert.Equal(Parsing.NotesSyntaxParser.MaxDepth + 1, depth);
            Generate(Deep(1_000), Depth.Properties);
        }

        [LongFact, Trait("Category", Settings.Long)]
        public void Ten_thousand_deep_indentation_through_the_generator() => Generate(Deep(10_000), Depth.Emit);

        [Fact]
        public void Binary_file_gives_NOTES008_and_keeps_every_line()
        {
            string text = Binary(1 << 20);
            NotesDocument doc = ParserProperties.Check(text);
            NotesDiagnostic d = Assert.Single(doc.Diagnostics, x => x.Id == "NOTES008");
            Assert.Equal(NotesSeverity.Error, d.Severity);
            Assert.All(doc.Diagnostics.GroupBy(x => x.Id), g => Assert.InRange(g.Count(), 1, Parsing.NotesSyntaxParser.MaxDiagnosticsPerRule));
            Generate(text.Substring(0, 256 << 10), Depth.Properties);
        }
    }
}
