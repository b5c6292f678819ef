using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>What the records print: the strings a user sees in a debugger, a log line or the CLI.</summary>
    public class DisplayTests
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Records_print_as_the_notes_name_them(bool compiled)
        {
            NotesDocument doc = compiled ? CompiledText.Load(Seed.Text) : Seed.Document;
            Assert.Equal("Linux.conf.au 2015: 3 days, 10 sessions, 33 talks", doc.ToString());
            Talk noOps = doc.Talks.Single(t => t.Title == "NoOps with Ansible and Puppet");
            Assert.Equal("NoOps with Ansible and Puppet – Monty Taylor", noOps.ToString());
            Assert.Equal("Linux.conf.au 2015 – Day 5 – Session 3", noOps.Session.ToString());
            Assert.Equal("Linux.conf.au 2015 – Day 5", noOps.Session.Day.ToString());

            // A keynote whose line gives only "Speaker – Company": its title is the speaker's name, printed once.
            Talk keynote = doc.FindSpeaker("Cooper Lees")!.Talks.Single();
            Assert.Equal(("Cooper Lees", "Facebook"), (keynote.Title, keynote.Affiliation));
            Assert.Equal("Cooper Lees (Facebook)", keynote.ToString());
        }

        [Theory]
        [InlineData(3, "Conf 2001, Conf 2002, Conf 2003: 3 days, 3 sessions, 3 talks")]
        [InlineData(20, "Conf 2001, Conf 2002 and 18 more conferences: 20 days, 20 sessions, 20 talks")]
        public void A_document_names_three_conferences_at_most(int conferences, string expected)
        {
            string notes = string.Join("\n", Enumerable.Range(2001, conferences).Select(y => "Conf " + y + " – Day 1 – Session 1\nA talk – Ann Lee\n"));
            Assert.Equal(expected, NotesParser.Parse(notes).ToString());
            Assert.Equal(expected, CompiledText.Load(notes).ToString());
        }

        [Fact]
        public void Notes_without_headings_or_talks_print_without_empty_parts()
        {
            Assert.Equal("0 days, 0 sessions, 0 talks", NotesParser.Parse("").ToString());

            NotesDocument early = NotesParser.Parse("Early – Ann Lee\n");
            Talk talk = early.Talks.Single();
            Assert.Equal("Early – Ann Lee", talk.ToString());
            Assert.Equal("(unnamed conference)", talk.Session.Day.ToString());
            Assert.Equal("(unnamed conference)", talk.Session.ToString());
            Assert.Equal("(unnamed conference): 1 day, 1 session, 1 talk", early.ToString());
        }
    }
}
