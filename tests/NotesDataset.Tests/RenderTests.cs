using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>
    /// <see cref="NotesWriter.Render"/> gives text that parses back to the same document: not only the same lines, up
    /// to white space, but each read as it was (prose as prose, a note at its depth), parsed or compiled alike.
    /// </summary>
    public class RenderTests
    {
        private static string Shape(NotesDocument d)
            => string.Join("\n", d.Sessions.Select(s => s.Heading + " | prose: " + string.Join(" / ", s.Prose.Select(p => p.Text))
                + " | talks: " + string.Join(" / ", s.Talks.Select(t => t.Title + " by " + string.Join("+", t.Speakers.Select(x => x.Name))
                    + " {" + string.Join(" ", t.AllNotes().Select(n => n.Text + "@" + Depth(t, n))) + "}"))))
                + "\nfile prose: " + string.Join(" / ", d.Prose.Select(p => p.Text));

        private static int Depth(Talk talk, Note note)
        {
            int depth = 1;
            var level = talk.Notes;
            while (!level.Contains(note))
            {
                level = level.Single(n => n.DescendantsAndSelf().Contains(note)).Children;
                depth++;
            }

            return depth;
        }

        [Theory]
        [InlineData("DevConf 2024 – Day 1 – Session 1\n  Q&A – moderated by the chair\n")]                  // would be a talk
        [InlineData("DevConf 2024 – Day 1 – Session 1\n  DevConf 2024 – Day 2 – Session 1\nTalk – Ann Lee\n")] // would be a heading
        [InlineData("DevConf 2024 – Day 1 – Session 1\n  Lunch break\n  • sandwiches\n")]                     // would be a titled talk
        [InlineData("  Q&A – moderated by the chair\nDevConf 2024 – Day 1 – Session 1\nTalk – Ann Lee\n")]    // before any heading
        [InlineData("DevConf 2024 – Day 1 – Session 1\nMiniconf\n\u200BLunch break\n")]                      // at the margin after a zero-width space: stays there
        public void Indented_prose_before_a_talk_renders_as_prose(string text)
        {
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Assert.Contains(doc.Sessions, s => s.Prose.Count > 0);
                Assert.Equal(Shape(doc), Shape(NotesParser.Parse(NotesWriter.Render(doc))));
            }
        }

        [Theory]
        [InlineData("Session 1", "Talk – Ann Lee", 0)]
        [InlineData("Lightning talks", "  • Ann Lee – A lightning talk", 2)] // a lightning talk's notes start a level deeper
        public void Notes_below_the_deepest_level_render_at_their_depth(string session, string talkLine, int extraIndent)
        {
            // The parser keeps 64 levels; deeper bullets are children of the 64th, at depth 65.
            string text = "DevConf 2024 – Day 1 – " + session + "\n" + talkLine + "\n"
                + string.Concat(Enumerable.Range(0, 67).Select(i => new string(' ', extraIndent + 2 * (i + 1)) + "• n" + i + "\n"));
            NotesDocument doc = NotesParser.Parse(text);
            Talk talk = doc.Talks.Single();
            Assert.Equal(65, Depth(talk, talk.AllNotes().Single(n => n.Text == "n64")));
            Assert.Equal(Shape(doc), Shape(NotesParser.Parse(NotesWriter.Render(doc))));
        }
    }
}
