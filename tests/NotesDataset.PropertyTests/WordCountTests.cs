using System.Linq;
using CsCheck;
using NotesDataset.Search;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>
    /// Words.Count (the compiled dataset's first-search check of a session-named talk's title) counts what the index's
    /// rule, Words.CountPhrase over Words.Split, counts: whole words, case-insensitive, beyond ASCII too.
    /// </summary>
    public class WordCountTests
    {
        private static readonly string[] Needles = { "telescope", "k", "i", "ab1", "2015", "12" };

        // A note's marker: a bullet, or a numbered item's, whose number is a word of the line as written.
        private static readonly string[] Markers = { "\u2022 ", "12. ", "1) " };

        // Letters of both cases, digits, separators, letters beyond ASCII, KELVIN SIGN (whose lower case is ASCII) and I WITH
        // DOT ABOVE (whose lower case is not), a combining mark, final sigma, a letter and an emoji beyond the BMP, a lone
        // surrogate, and pieces of the needles so that they occur.
        private static readonly Gen<string> Texts = Gen.OneOf(
                "a", "B", "k", "K", "i", "I", "1", "2", " ", "-", "\u2013", "\n", "\u00E9", "\u00C9", "\u00DF", "\u212A", "\u0130", "\uD835\uDC00",
                "\u0301", "\u03C2", "\uD83D\uDE00", "\uD835",
                "telescope", "TeLeScOpE", "ab1", "AB1", "2015")
            .Array[0, 12]
            .Select(parts => string.Concat(parts));

        [Fact]
        public void Count_agrees_with_CountPhrase_on_every_needle()
        {
            Gen.Select(Texts, Gen.OneOf(Needles)).Sample((text, word) =>
            {
                int expected = Words.CountPhrase(text, new[] { word });
                int actual = Words.Count(text, word);
                Assert.True(expected == actual, "text " + Escape(text) + ", word " + word + ": CountPhrase " + expected + ", Count " + actual);
            }, iter: 20000);
        }

        [Theory]
        [InlineData("The Telescope, telescopes and TELESCOPE", "telescope", 2)]
        [InlineData("\u00E9telescope telescope\u00E9 telescope", "telescope", 1)]
        [InlineData("\u212A8s on k8s", "k8s", 2)]
        [InlineData("ab1\u0301 ab1 \uD835\uDC00ab1 \uD83D\uDE00ab1", "ab1", 2)] // a mark and a letter join the word, an emoji does not
        public void Count_examples(string text, string word, int count) => Assert.Equal(count, Words.Count(text, word));

        /// <summary>
        /// A compiled dataset's first one-word searches scan the notes' UTF-8 bytes, later ones use the index: the two
        /// find the same talks in the same order, and so does the parsed document, whatever letters surround the word.
        /// </summary>
        [Fact]
        public void The_first_search_of_a_compiled_dataset_agrees_with_the_index_on_every_needle()
        {
            Gen.Select(Texts.Array[1, 4], Gen.OneOf(Needles), Gen.OneOf(Markers)).Sample((notes, word, marker) =>
            {
                var text = new System.Text.StringBuilder("C 2024 \u2013 Day 1 \u2013 Session 1\n");
                for (int i = 0; i < notes.Length; i++) text.Append("T").Append(i).Append(" \u2013 Ann Lee\n  ").Append(marker).Append(notes[i].Replace("\n", " ")).Append('\n');
                string notesText = text.ToString();
                NotesDocument parsed = NotesParser.Parse(notesText);
                Parsing.ParsedNotes syntax = Parsing.NotesSyntaxParser.Parse(notesText, "x.notes.txt");
                string index = Parsing.IndexWriter.Write(syntax, notesText, "x.notes.txt", out _, out _);
                NotesDocument compiled = Compiled.CompiledNotes.Load(typeof(WordCountTests), index, null, notesText);

                string[] expected = parsed.Search(word).Select(t => t.Title).ToArray();
                string[] scanned = compiled.Search(word).Select(t => t.Title).ToArray();
                compiled.Search("two words"); // a phrase: the index from here on
                string[] indexed = compiled.Search(word).Select(t => t.Title).ToArray();
                Assert.True(expected.SequenceEqual(scanned) && expected.SequenceEqual(indexed),
                    "notes " + string.Join(" | ", notes.Select(Escape)) + " after " + Escape(marker) + ", word " + word + ": parsed [" + string.Join(",", expected) + "], scanned [" + string.Join(",", scanned) + "], indexed [" + string.Join(",", indexed) + "]");
            }, iter: 3000);
        }

        private static string Escape(string text) => string.Concat(text.Select(c => c < 128 && c >= ' ' ? c.ToString() : "\\u" + ((int)c).ToString("X4")));
    }
}
