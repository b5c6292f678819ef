using System.Text;
using CsCheck;
using NotesDataset.Parsing;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary><see cref="NotesText.SpeakerKey"/> returns a name already in key form without copying it: the key must not change.</summary>
    public class SpeakerKeyTests
    {
        /// <summary>The definition: white space trimmed, each run of it inside one space, U+200B and U+FEFF left out.</summary>
        private static string Expected(string name)
        {
            var sb = new StringBuilder();
            bool space = false;
            foreach (char c in name)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (c == '\u200B' || c == '\uFEFF') continue;
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }

            return sb.ToString();
        }

        private static readonly Gen<string> Names = Gen.Frequency(
                (8, Gen.Char['a', 'e']),
                (1, Gen.OneOf(new[] { ' ', '\t', '\u00A0', '\u2003', '\u3000', '\u0001', '\u200B', '\uFEFF', '\u0085', 'é', '\n' })))
            .Array[0, 12]
            .Select(chars => new string(chars));

        [Fact]
        public void Is_the_name_with_its_white_space_trimmed_and_collapsed_and_zero_width_spaces_left_out()
        {
            Names.Sample(name =>
            {
                string key = NotesText.SpeakerKey(name);
                Assert.Equal(Expected(name), key);
                if (key == name) Assert.Same(name, key); // no copy of a name already in key form
            }, iter: 20000);
        }
    }
}
