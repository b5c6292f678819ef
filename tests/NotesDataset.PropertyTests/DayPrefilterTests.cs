using System;
using System.Linq;
using CsCheck;
using NotesDataset.Parsing;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>
    /// <see cref="NotesText.MayNameADay"/> looks for its words in one pass instead of ten case-insensitive searches:
    /// it must answer exactly as those searches do.
    /// </summary>
    public class DayPrefilterTests
    {
        private static readonly string[] Words = { "day", "miniconf", "mini-conf", "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

        /// <summary>The definition: any of the words, ordinal and case-insensitive.</summary>
        private static bool Exact(string s) => Words.Any(w => s.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0);

        // The words' letters in both cases, near misses, and the characters whose upper case is an ASCII letter
        // ('ı' → 'I', 'ſ' → 'S', 'K' Kelvin sign's lower case is 'k') or looks like one ('İ', 'é').
        private static readonly Gen<string> Lines = Gen.OneOf(
                Gen.Const("d"), Gen.Const("A"), Gen.Const("y"), Gen.Const("M"), Gen.Const("i"), Gen.Const("N"), Gen.Const("o"),
                Gen.Const("c"), Gen.Const("F"), Gen.Const("-"), Gen.Const("t"), Gen.Const("U"), Gen.Const("e"), Gen.Const("h"),
                Gen.Const("w"), Gen.Const("r"), Gen.Const("S"), Gen.Const("ı"), Gen.Const("ſ"), Gen.Const("İ"), Gen.Const("\u212A"),
                Gen.Const("é"), Gen.Const(" "), Gen.Const("–"), Gen.Const("Day"), Gen.Const("MINI"), Gen.Const("conf"))
            .Array[0, 12]
            .Select(parts => string.Concat(parts));

        [Fact]
        public void Answers_as_the_case_insensitive_searches_do()
        {
            Lines.Sample(line => Assert.Equal(Exact(line), NotesText.MayNameADay(line)), iter: 50000);
        }

        [Theory]
        [InlineData("Linux.conf.au 2015 – Day 5 – Session 3", true)]
        [InlineData("Sysadmin MINI-CONF", true)]
        [InlineData("ſat", false)] // 'ſ' upper-cases to 'S', so the one pass stops here, but the exact search does not match it
        [InlineData("Wıth Weds", true)]
        [InlineData("Rust in production – Jane Doe", false)]
        [InlineData("da y, mo n, tu e", false)]
        public void Examples(string line, bool expected)
        {
            Assert.Equal(Exact(line), expected);
            Assert.Equal(expected, NotesText.MayNameADay(line));
        }
    }
}
