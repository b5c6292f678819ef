using NotesDataset.Parsing;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>The compact encoding's reader moves past texts it is not asked to build.</summary>
    public class CompactReaderTests
    {
        [Fact]
        public void SkipText_moves_past_a_written_out_string_a_reference_and_none()
        {
            var w = new CompactWriter();
            w.String("héllo – “quoted”").Bytes(123456, 78).String(null).String("").Number(42);
            IndexData data = IndexData.FromString(w.ToString());

            var r = new CompactReader(data, 0);
            for (int i = 0; i < 4; i++) r.SkipText();
            Assert.Equal(42, r.Int());
            Assert.Equal(data.Length, r.Position);

            // The same texts, read: what was skipped.
            r = new CompactReader(data, 0);
            Assert.Equal("héllo – “quoted”", r.Text(out _, out _));
            Assert.Null(r.Text(out long offset, out long length));
            Assert.Equal((123456L, 78L), (offset, length));
        }
    }
}
