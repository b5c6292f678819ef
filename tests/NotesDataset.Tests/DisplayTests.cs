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
