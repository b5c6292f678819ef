using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>Every bullet of the seed is kept, with its nesting; nothing is dropped.</summary>
    public class SeedNotesTests
    {
        private static NotesDocument Doc => Seed.Document;

        [Fact]
        public void The_seed_has_543_bullet_lines()
        {
            // A check on the test's own reading of the file, so that the counts below mean what they say.
            int bullets = Notes.Lines(Seed.Text).Count(l => l.TrimStart().StartsWith("•", System.StringComparison.Ordinal));
            Assert.Equal(543, bullets);
        }

        [Fact]
        public void Talk_notes_are_the_527_bullets_that_are_not_lightning_talk_lines()
        {
            List<Note> notes = Notes.AllTalkNotes(Doc).ToList();
            Assert.Equal(527, notes.Count);
            Assert.All(notes, n => Assert.True(n.IsBullet));
            Assert.Equal(527, notes.Select(n => n.Line).Distinct().Count());

            var lightningLines = Doc.Sessions.Single(s => s.Kind == SessionKind.Lightning).Talks.Select(t => t.Line);
            Assert.Empty(notes.Select(n => n.Line).Intersect(lightningLines));
            Assert.Equal(543, notes.Count + lightningLines.Count());
        }

        [Fact]
        public void Each_note_text_is_its_line_without_the_bullet()
        {
            List<string> lines = Notes.Lines(Seed.Text);
            foreach (Note note in Notes.AllTalkNotes(Doc))
            {
                string line = lines[note.Line - 1];
                Assert.Equal('•', line[note.Column - 1]);
                Assert.Equal(line.Substring(note.Column).Trim(), note.Text);
            }
        }

        [Fact]
        public void Nesting_follows_indentation()
        {
            Talk noops = Doc.Talks.Single(t => t.Title == "NoOps with Ansible and Puppet");
            Assert.Equal(
                new[] { "NoOps", "Cloud Native", "OpenStack Infra", "Create Servers manually at 1st", "Step 1 – Puppet", "Secret stuff that you don’t want into you puppet git repo", "Step 2 – Ansible for orchestration", "Step 3 – Ansible for cloud management", "Ansible config currently mixed in with puppet under – http://git.openstack.org/cgit/openstack-infra/system-config/" },
                noops.Notes.Select(n => n.Text).ToArray());
            Assert.Equal(new[] { 4, 5, 6, 0, 6, 1, 6, 0, 0 }, noops.Notes.Select(n => n.Children.Count).ToArray());
            Assert.Equal("hiera", noops.Notes[5].Children[0].Text);
            Assert.Equal(3, noops.Notes[0].Column);
            Assert.Equal(5, noops.Notes[0].Children[0].Column);

            // Every child sits on a later line and further right than its parent.
            foreach (Note parent in Notes.AllTalkNotes(Doc))
            {
                foreach (Note child in parent.Children)
                {
                    Assert.True(child.Line > parent.Line);
                    Assert.True(child.Column > parent.Column);
                }
            }
        }

        [Fact]
        public void Top_level_and_nested_note_counts_match_the_indentation_of_the_file()
        {
            // Outside the lightning session, bullets indented by 2 are top-level notes and by 4 are their children.
            List<string> lines = Notes.Lines(Seed.Text);
            Session lightning = Doc.Sessions.Single(s => s.Kind == SessionKind.Lightning);
            var otherTalks = Doc.Talks.Where(t => t.Session != lightning).ToList();
            int top = otherTalks.Sum(t => t.Notes.Count);
            int nested = otherTalks.Sum(t => t.AllNotes().Count() - t.Notes.Count);
            var outside = Enumerable.Range(1, lines.Count).Where(n => n < 462 || n > 524).Select(n => lines[n - 1]).ToList();
            Assert.Equal(outside.Count(l => l.StartsWith("  •", System.StringComparison.Ordinal)), top);
            Assert.Equal(outside.Count(l => l.StartsWith("    •", System.StringComparison.Ordinal)), nested);

            // Inside it, the talks' notes are all the 4-space bullets.
            Assert.Equal(Enumerable.Range(462, 63).Count(n => lines[n - 1].StartsWith("    •", System.StringComparison.Ordinal)), lightning.Talks.Sum(t => t.Notes.Count));
            Assert.All(lightning.Talks, t => Assert.All(t.Notes, n => Assert.Empty(n.Children)));
        }

        [Fact]
        public void The_QA_line_is_kept_as_prose_of_the_day_4_keynotes()
        {
            Session keynotes = Doc.Sessions.Single(s => s.Day.Number == 4 && s.Title == "Keynotes");
            Note prose = Assert.Single(keynotes.Prose);
            Assert.StartsWith("There was a Q&A.", prose.Text);
            Assert.EndsWith("for peopl eto work for them", prose.Text);
            Assert.Equal(456, prose.Line);
            Assert.Equal(1, prose.Column);
            Assert.False(prose.IsBullet);

            Assert.Empty(Doc.Prose);
            Assert.Single(Doc.Sessions.SelectMany(s => s.Prose));
            Assert.DoesNotContain(Notes.AllTalkNotes(Doc), n => n.Text.StartsWith("There was a Q&A", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Lossless_every_non_blank_line_is_owned_by_the_model()
        {
            SortedSet<int> nonBlank = Notes.NonBlankLines(Seed.Text);
            Assert.Equal(570, nonBlank.Count); // 10 headings + 16 talk lines + 543 bullets + 1 prose line
            Assert.DoesNotContain(43, nonBlank); // a line holding only U+00A0
            Assert.DoesNotContain(460, nonBlank);
            Notes.AssertLossless(Seed.Text, Doc);
        }

        [Fact]
        public void No_line_is_owned_twice()
        {
            // Session-named talks share the heading's line; count those once.
            var owned = Notes.OwnedLines(Doc);
            int sessionNamed = Doc.Talks.Count(t => t.Line == t.Session.Line);
            Assert.Equal(1, sessionNamed);
            Assert.Equal(owned.Count - sessionNamed, owned.Distinct().Count());
        }
    }
}
