using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NotesDataset.Parsing;
using NotesDataset.PropertyTests.Infrastructure;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>
    /// The generator parses with a note limit: each talk's first top-level notes built (three for its doc comments, none
    /// without them), the rest only counted. Everything it keeps must be what the full parse says.
    /// </summary>
    public class LimitedParseTests
    {
        private static int CountAll(IEnumerable<ParsedNote> notes) => notes.Sum(n => 1 + CountAll(n.Children));

        [Theory]
        [InlineData(0)]
        [InlineData(3)]
        public void A_limited_parse_counts_every_note_and_builds_the_first_ones(int limit)
        {
            NotesGen.Structured.Sample(text =>
            {
                ParsedNotes full = NotesSyntaxParser.Parse(text, "case.notes.txt");
                ParsedNotes limited = NotesSyntaxParser.Parse(text, "case.notes.txt", default, limit);
                List<ParsedTalk> fullTalks = Talks(full), limitedTalks = Talks(limited);
                Assert.Equal(fullTalks.Count, limitedTalks.Count);
                for (int t = 0; t < fullTalks.Count; t++)
                {
                    ParsedTalk a = fullTalks[t], b = limitedTalks[t];
                    Assert.Equal(a.Title, b.Title);
                    Assert.Equal(a.Speakers, b.Speakers);
                    Assert.Equal(CountAll(a.Notes), b.NoteCount);
                    Assert.Equal(a.NoteCount, b.NoteCount);
                    Assert.Equal(a.Notes.Take(limit).Select(n => (n.Text, n.Line, n.Column)), b.Notes.Select(n => (n.Text, n.Line, n.Column)));
                }

                Assert.Equal(full.Diagnostics.Select(d => (d.Id, d.Start, d.Length)), limited.Diagnostics.Select(d => (d.Id, d.Start, d.Length)));
            }, iter: Settings.ParserCases(false));
        }

        private static List<ParsedTalk> Talks(ParsedNotes notes)
            => notes.Conferences.SelectMany(c => c.Days).SelectMany(d => d.Sessions).SelectMany(s => s.Talks).ToList();
    }
}
