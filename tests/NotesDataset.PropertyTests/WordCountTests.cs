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
        private static readonly string[] Needles = { "telescope", "k", "i", "ab1", "2015" };

        // Letters of both cases, digits, separators, letters beyond ASCII, the two characters whose lower case is ASCII
        // (KELVIN SIGN, I WITH DOT ABOVE), a surrogate pair, and pieces of the needles so that they occur.
        private static readonly Gen<string> Texts = Gen.OneOf(
                "a", "B", "k", "K", "i", "I", "1", "2", " ", "-", "\u2013", "\n", "\u00E9", "\u00C9", "\u00DF", "\u212A", "\u0130", "\uD835\uDC00",
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
                Assert.True(expected == actual, "text " + string.Concat(text.Select(c => c < 128 && c >= ' ' ? c.ToString() : "\\u" + ((int)c).ToString("X4"))) + ", word " + word + ": CountPhrase " + expected + ", Count " + actual);
            }, iter: 20000);
        }

        [Theory]
        [InlineData("The Telescope, telescopes and TELESCOPE", "telescope", 2)]
        [InlineData("\u00E9telescope telescope\u00E9 telescope", "telescope", 1)]
        [InlineData("\u212A8s on k8s", "k8s", 2)]
        public void Count_examples(string text, string word, int count) => Assert.Equal(count, Words.Count(text, word));
    }
}
