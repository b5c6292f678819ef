using CsCheck;
using NotesDataset.Parsing;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>
    /// The parser sizes its line table from <see cref="NotesSyntaxParser.CountLines"/>, which counts a vector of
    /// characters at a time: it must agree with <see cref="NotesText.NextLine"/> and the definition of a control character.
    /// </summary>
    public class LineCountTests
    {
        // Mostly plain text, so that whole blocks are clean, with every character the count treats specially.
        private static readonly Gen<string> Texts = Gen.Frequency(
                (20, Gen.Const('a')),
                (1, Gen.OneOf(new[] { ' ', '\t', '\n', '\r', '\u0085', '\u2028', '\u2029', '\u2027', '\u202A', '\0', '\u0001', '\u001F',
                    '\u007E', '\u007F', '\u0080', '\u009F', '\u00A0', '•', '\uFFFF' })))
            .Array[0, 300]
            .Select(chars => new string(chars));

        private static int Expected(string text, int from, int to, out bool controls)
        {
            controls = false;
            for (int i = from; i < to; i++)
            {
                char c = text[i];
                if ((c < ' ' && c != '\t' && !NotesText.IsLineBreak(c)) || (c >= '\u007F' && c < '\u00A0' && !NotesText.IsLineBreak(c))) controls = true;
            }

            int n = 0, pos = from;
            while (NotesText.NextLine(text, ref pos, to, out _, out _)) n++;
            return n;
        }

        [Fact]
        public void Counts_what_NextLine_returns_and_finds_every_control_character()
        {
            Gen.Select(Texts, Gen.Int[0, 40], Gen.Int[0, 40]).Sample((text, cutStart, cutEnd) =>
            {
                int from = System.Math.Min(cutStart, text.Length);
                int to = System.Math.Max(from, text.Length - cutEnd);
                int expected = Expected(text, from, to, out bool expectedControls);
                Assert.Equal(expected, NotesSyntaxParser.CountLines(text, from, to, out bool controls));
                Assert.Equal(expectedControls, controls);
            }, iter: 20000);
        }

        [Fact]
        public void Counts_more_line_feeds_than_a_lane_holds()
        {
            // 70,000 clean blocks of LFs: each lane's count is flushed before it wraps at 65,535.
            string text = new string('\n', 16 * 70_000);
            Assert.Equal(text.Length, NotesSyntaxParser.CountLines(text, 0, text.Length, out bool controls));
            Assert.False(controls);
        }

        [Fact]
        public void A_CRLF_across_a_block_boundary_is_one_line()
        {
            for (int at = 1; at < 70; at++)
            {
                string text = new string('a', at) + "\r\n" + new string('b', 70);
                Assert.Equal(2, NotesSyntaxParser.CountLines(text, 0, text.Length, out _));
            }
        }
    }
}
