using System;
using System.Text;
using System.Threading;
using NotesDataset.Parsing;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>The index writer's UTF-8 accounting: the notes' bytes travel as a resource only when the text's UTF-8 is exactly them.</summary>
    public class IndexWriterTests
    {
        private const string Notes = "Conf 2015 – Day 1 – Session 1\n\nA talk – Jane Doe\n  • ";

        private static (long Length, bool Exact) Write(string text)
        {
            ParsedNotes parsed = NotesSyntaxParser.Parse(text, "x.notes.txt");
            IndexWriter.Write(parsed, text, "x.notes.txt", out long length, out bool exact);
            return (length, exact);
        }

        [Theory]
        [InlineData("plain ASCII")]
        [InlineData("é ü – • ✓")]
        [InlineData("a pair 🚀 and another 𝄞")]
        public void Text_that_UTF8_encodes_exactly_is_exact_and_counted_as_the_encoder_counts(string note)
        {
            string text = Notes + note + "\n";
            Assert.Equal((Encoding.UTF8.GetByteCount(text), true), Write(text));
        }

        [Theory]
        [InlineData("high \uD800 alone")]
        [InlineData("low \uDC00 alone")]
        [InlineData("reversed \uDC00\uD800")]
        [InlineData("a high surrogate at the end \uD83D")]
        [InlineData("a decoder's replacement \uFFFD")]
        public void A_lone_surrogate_or_a_replacement_character_is_not_exact_and_counts_3_bytes(string note)
        {
            string text = Notes + note + "\n";
            Assert.Equal((Encoding.UTF8.GetByteCount(text), false), Write(text));
        }

        [Fact]
        public void A_cancelled_token_stops_the_writer_which_finishes_without_one()
        {
            // The generator writes the index after the parse, which has checked the token for the last time: a keystroke
            // then must still stop it.
            string text = Notes + "x\n";
            ParsedNotes parsed = NotesSyntaxParser.Parse(text, "x.notes.txt");
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => IndexWriter.Write(parsed, text, "x.notes.txt", out _, out _, cts.Token));
            Assert.NotEmpty(IndexWriter.Write(parsed, text, "x.notes.txt", out _, out _, CancellationToken.None));
        }
    }
}
