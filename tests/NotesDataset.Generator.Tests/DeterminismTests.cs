using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>The same inputs give byte-identical output, whatever order the files come in.</summary>
    public class DeterminismTests
    {
        private static NotesInput Notes(string path, params string[] lines) => new NotesInput(path, GeneratorHarness.Lines(lines), RelativePath: path.TrimStart('/'));

        // Collisions on purpose: two files whose conference gives the same class, and two paths that give the same hint name.
        private static readonly NotesInput[] Files =
        {
            Notes("/a/x.notes.txt", "Conf 2020 – Day 1 – Session 1", "First – Jane Doe", "  • one"),
            Notes("/a_x.notes.txt", "Conf 2020 – Day 2 – Session 1", "Second – John Roe", "  • two"),
            Notes("/b.notes.txt", "Other 2019 – Day 1 – Session 1", "Third – Jane Doe"),
            Notes("/c.notes.txt", "Third 2018 – Day 1 – Session 1", "Fourth – Mary Major"),
        };

        private static List<(string Hint, byte[] Bytes)> Generate(IEnumerable<NotesInput> files)
            => GeneratorHarness.Run(files).Sources.Select(s => (s.HintName, Encoding.UTF8.GetBytes(s.SourceText.ToString()))).ToList();

        private static void AssertIdentical(List<(string Hint, byte[] Bytes)> expected, List<(string Hint, byte[] Bytes)> actual)
        {
            Assert.Equal(expected.Select(e => e.Hint), actual.Select(a => a.Hint));
            for (int i = 0; i < expected.Count; i++) Assert.True(expected[i].Bytes.AsSpan().SequenceEqual(actual[i].Bytes), expected[i].Hint + " differs");
        }

        [Fact]
        public void Same_inputs_twice_give_identical_output()
        {
            var first = Generate(Files);
            var second = Generate(Files.Select(f => f with { }).ToArray());
            Assert.Equal(4, first.Count);
            AssertIdentical(first, second);
        }

        [Fact]
        public void Every_order_of_the_files_gives_identical_output()
        {
            var expected = Generate(Files);
            foreach (int[] order in Permutations(Enumerable.Range(0, Files.Length).ToArray()))
            {
                AssertIdentical(expected, Generate(order.Select(i => Files[i])));
            }
        }

        [Fact]
        public void Collisions_are_settled_by_path_not_by_order()
        {
            GeneratorRun run = GeneratorHarness.Run(Files.Reverse());
            Assert.Equal(new[] { "a_x.notes.txt.g.cs", "a_x.notes.txt_2.g.cs", "b.notes.txt.g.cs", "c.notes.txt.g.cs" }, run.Sources.Select(s => s.HintName));
            // "/a/x.notes.txt" sorts before "/a_x.notes.txt", so it keeps Conf2020 and the hint name without suffix.
            Assert.Contains("from a/x.notes.txt.", run.Source("a_x.notes.txt.g.cs"));
            Assert.Contains("public static partial class Conf2020\n", run.Source("a_x.notes.txt.g.cs"));
            Assert.Contains("public static partial class Conf2020_2\n", run.Source("a_x.notes.txt_2.g.cs"));
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.Equal("NOTES012", Assert.Single(run.GeneratorDiagnostics).Id);
        }

        [Fact]
        public void Crlf_and_lf_notes_give_the_same_code_apart_from_the_data_constants()
        {
            string lf = string.Join("\n", "Conf 2020 – Day 1 – Session 1", "", "First – Jane Doe", "  • one", "    • nested", "Second – John Roe", "");
            string Code(string text) => Regex.Replace(
                GeneratorHarness.Run(new NotesInput("/x.notes.txt", text)).SingleSource,
                @"(?m)^(\s+)""[^\n]*""(,|\);)$", "$1…$2");

            // The index and the inlined text are the only literals on lines of their own (the Load call's arguments).
            string lfCode = Code(lf);
            Assert.Contains("CompiledNotes.Load(", lfCode);
            Assert.Equal(2, Regex.Matches(lfCode, @"(?m)^\s+…(,|\);)$").Count);
            Assert.Equal(lfCode, Code(lf.Replace("\n", "\r\n")));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(400)]
        public void The_source_handed_to_the_compiler_reads_as_the_same_text_with_the_same_checksum_as_a_string_source(int talks)
        {
            // The generator hands the arrays it wrote into to the compiler without copying them into a string (SourceWriter.ToSourceText):
            // every way the compiler reads a SourceText must give what SourceText.From(string) would, checksum included (it goes into the PDB).
            // The seed's code fits one 32,768-character array; 400 talks' takes several, so reads cross from one to the next.
            NotesInput input = talks == 0 ? GeneratorHarness.Seed() : new NotesInput("/src/many.notes.txt", GeneratorHarness.Lines(
                new[] { "LCA 2016 – Day 1 – Session 1", "" }.Concat(Enumerable.Range(1, talks).SelectMany(i => new[] { "Talk number " + i + " – Speaker " + i, "  • a note" })).ToArray()));
            Microsoft.CodeAnalysis.Text.SourceText text = GeneratorHarness.Run(input).Sources.Single().SourceText;
            string expected = text.ToString();
            var reference = Microsoft.CodeAnalysis.Text.SourceText.From(expected, Encoding.UTF8);

            Assert.NotEqual(reference.GetType(), text.GetType());
            Assert.Equal(Encoding.UTF8, text.Encoding);
            Assert.Equal(reference.Length, text.Length);
            Assert.Equal(Convert.ToHexString(reference.GetChecksum().ToArray()) + reference.ChecksumAlgorithm, Convert.ToHexString(text.GetChecksum().ToArray()) + text.ChecksumAlgorithm);
            Assert.Equal(reference.Lines.Select(l => l.ToString()), text.Lines.Select(l => l.ToString()));
            Assert.True(reference.ContentEquals(text));
            Assert.Equal(expected.Substring(1000, 500), text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(1000, 500)));
            var chars = new char[300];
            text.CopyTo(expected.Length - 300, chars, 0, 300);
            Assert.Equal(expected.Substring(expected.Length - 300), new string(chars));
            Assert.Equal(expected[expected.Length / 2], text[expected.Length / 2]);
            if (talks > 0)
            {
                Assert.True(expected.Length > 3 * 32768, "the code spans several arrays: " + expected.Length);
                text.CopyTo(32768 - 100, chars, 0, 300); // across the first boundary
                Assert.Equal(expected.Substring(32768 - 100, 300), new string(chars));
                Assert.Equal(expected[32768], text[32768]);
                Assert.Equal(expected.Substring(30000, 70000), text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(30000, 70000)));
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => text[expected.Length]);
            Assert.Throws<ArgumentOutOfRangeException>(() => text.CopyTo(expected.Length - 10, chars, 0, 11));
        }

        [Fact]
        public void A_large_file_reaches_the_generated_code_unchanged()
        {
            // The compiler holds a large file's text in chunks, which the generator copies into one array (NotesGenerator.ReadText):
            // a text of several chunks, with non-ASCII letters and an emoji's surrogate pair at 32,768 (where a copy in blocks of a
            // power of two would split it), must come through whole (here as the inlined literal of a bare AdditionalFiles item).
            var sb = new StringBuilder("LCA 2016 – Day 1 – Session 1\n\n");
            for (int i = 1; sb.Length < 32767 - 40; i++) sb.Append("Talk ").Append(i).Append(" – Speaker é").Append(i).Append("\n  • a note\n");
            sb.Append('x', 32767 - 13 - sb.Length).Append("  • boundary 😀 here\n"); // 13 characters before the emoji
            Assert.True(char.IsHighSurrogate(sb[32767]) && char.IsLowSurrogate(sb[32768]), "the pair straddles 32,768");
            for (int i = 1; sb.Length < 100_000; i++) sb.Append("Later talk ").Append(i).Append(" – Jane Doe\n  • ünïcödé ✓\n");
            string notes = sb.ToString();

            Assert.Equal(notes, Inlined(GeneratorHarness.Run(new NotesInput("/big.notes.txt", notes)).SingleSource));
        }

        [Fact]
        public void What_one_file_leaves_in_the_pooled_array_never_reaches_the_next_files_code()
        {
            // The generator parses each file in an array from the shared pool, which is larger than the text and holds whatever
            // the last file left there: only the text's own characters may be read. The second file here is the first one's
            // start, cut in the middle of a talk line, so that the rest of the array is the first file's talks.
            var sb = new StringBuilder("LCA 2016 – Day 1 – Session 1\n");
            for (int i = 1; sb.Length < 40_000; i++) sb.Append("Talk ").Append(i).Append(" – Jane Doe\n  • a note\n");
            string shorter = sb.Append("Last talk – Mary Ma").ToString();
            for (int i = 1; sb.Length < 60_000; i++) sb.Append("jor\n  • stale note\nStale talk ").Append(i).Append(" – Stale Speaker\n");
            string longer = sb.ToString();

            string before = GeneratorHarness.Run(new NotesInput("/cut.notes.txt", shorter)).SingleSource;
            GeneratorHarness.Run(new NotesInput("/whole.notes.txt", longer)); // leaves its text in the pool, same size class as the shorter one's
            string after = GeneratorHarness.Run(new NotesInput("/cut.notes.txt", shorter)).SingleSource;

            Assert.Equal(shorter, Inlined(after));
            Assert.DoesNotContain("Stale", after, StringComparison.Ordinal);
            Assert.Contains("global::NotesDataset.Speaker MaryMa;", after, StringComparison.Ordinal);
            Assert.DoesNotContain("MaryMajor", after, StringComparison.Ordinal);
            Assert.Equal(before, after);
        }

        /// <summary>The notes text a bare AdditionalFiles item inlines: the Load call's last argument, a string literal's value.</summary>
        private static string Inlined(string source)
            => Assert.IsType<LiteralExpressionSyntax>(GeneratorHarness.LoadArguments(source)[3].Expression).Token.ValueText;

        private static IEnumerable<int[]> Permutations(int[] items)
        {
            if (items.Length <= 1)
            {
                yield return items;
                yield break;
            }

            for (int i = 0; i < items.Length; i++)
            {
                int[] rest = items.Where((_, j) => j != i).ToArray();
                foreach (int[] tail in Permutations(rest)) yield return new[] { items[i] }.Concat(tail).ToArray();
            }
        }
    }
}
