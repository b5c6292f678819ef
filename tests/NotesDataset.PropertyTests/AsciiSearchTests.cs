using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NotesDataset.Compiled;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>The compiled dataset's vectorised word search finds exactly what a byte-by-byte search finds.</summary>
    public class AsciiSearchTests
    {
        // Bytes that matter: the needle's letters in both cases, digits, '@' and '`' (0x40 and 0x60: one OR 0x20 apart),
        // a space, and UTF-8 continuation and lead bytes.
        private static readonly Gen<byte[]> Haystacks = Gen.OneOf(new byte[] { (byte)'a', (byte)'A', (byte)'b', (byte)'B', (byte)'1', (byte)'@', (byte)'`', (byte)' ', 0xC3, 0xA9, 0xE2, 0x80 })
            .Array[0, 200];

        private static readonly Gen<byte[]> Needles = Gen.OneOf(new byte[] { (byte)'a', (byte)'b', (byte)'1' }).Array[1, 5];

        private static List<int> Naive(byte[] hay, byte[] needle)
        {
            var hits = new List<int>();
            for (int i = 0; i + needle.Length <= hay.Length; i++)
            {
                int k = 0;
                while (k < needle.Length && (hay[i + k] == needle[k] || (needle[k] >= 'a' && needle[k] <= 'z' && hay[i + k] == needle[k] - 32))) k++;
                if (k == needle.Length) hits.Add(i);
            }

            return hits;
        }

        [Fact]
        public void Finds_every_case_insensitive_occurrence_and_nothing_else()
        {
            Gen.Select(Haystacks, Needles).Sample((hay, needle) =>
            {
                var found = new Offsets();
                AsciiSearch.FindAllIgnoreCase(hay, needle, found);
                Assert.Equal(Naive(hay, needle), found.Items.Take(found.Count).ToList());
            }, iter: 20000);
        }

        [Fact]
        public void Finds_occurrences_in_the_last_bytes_and_across_sixteen_byte_boundaries()
        {
            byte[] hay = Enumerable.Repeat((byte)'x', 64).ToArray();
            foreach (int at in new[] { 0, 14, 18, 30, 33, 47, 58, 61 }) // apart; 14 and 30 straddle a boundary, 61 ends the text
            {
                hay[at] = (byte)'A';
                hay[at + 1] = (byte)'b';
                hay[at + 2] = (byte)'C';
            }

            var found = new Offsets();
            AsciiSearch.FindAllIgnoreCase(hay, new[] { (byte)'a', (byte)'b', (byte)'c' }, found);
            Assert.Equal(Naive(hay, new[] { (byte)'a', (byte)'b', (byte)'c' }), found.Items.Take(found.Count).ToList());
            Assert.Equal(8, found.Count);
        }
    }
}
