using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>The seed file's conferences, days, sessions and talks, as the product's requirements describe them.</summary>
    public class SeedStructureTests
    {
        private static NotesDocument Doc => Seed.Document;

        [Fact]
        public void Seed_is_found_by_walking_up_to_the_solution_folder()
        {
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(Seed.RepoRoot, "NotesDataset.sln")));
            Assert.StartsWith("Linux.conf.au 2015 – Day 5 – Session 3", Seed.Text);
        }

        [Fact]
        public void One_conference_Linux_conf_au_2015()
        {
            Conference conference = Assert.Single(Doc.Conferences);
            Assert.Equal("Linux.conf.au", conference.Name);
            Assert.Equal(2015, conference.Year);
        }

        [Fact]
        public void Three_days_in_chronological_order_although_the_file_is_newest_first()
        {
            Assert.Equal(new int?[] { 3, 4, 5 }, Doc.Days.Select(d => d.Number).ToArray());
            Assert.All(Doc.Days, d => Assert.Same(Doc.Conferences[0], d.Conference));
            Assert.Equal(Doc.Days, Doc.Conferences[0].Days);
        }

        [Fact]
        public void Ten_sessions_in_the_required_order()
        {
            string[] expected =
            {
                "3|Lightning talks", "3|Session 2",
                "4|Keynotes", "4|Session 1", "4|Session 2", "4|Session 3",
                "5|Keynote/Panel", "5|Session 1", "5|Session 2", "5|Session 3",
            };
            Assert.Equal(expected, Doc.Sessions.Select(s => s.Day.Number + "|" + s.Title).ToArray());
            Assert.All(Doc.Days, d => Assert.All(d.Sessions, s => Assert.Same(d, s.Day)));
        }

        [Fact]
        public void Session_kinds_and_numbers_are_read_from_titles()
        {
            Session Find(int day, string title) => Doc.Sessions.Single(s => s.Day.Number == day && s.Title == title);
            Assert.Equal(SessionKind.Lightning, Find(3, "Lightning talks").Kind);
            Assert.Equal(SessionKind.Keynote, Find(4, "Keynotes").Kind);
            Assert.Equal(SessionKind.Panel, Find(5, "Keynote/Panel").Kind);
            Session s3 = Find(4, "Session 3");
            Assert.Equal(SessionKind.Regular, s3.Kind);
            Assert.Equal(3, s3.Number);
            Assert.Null(Find(4, "Keynotes").Number);
        }

        [Fact]
        public void Session_heading_lines_point_at_the_headings_in_the_file()
        {
            var lines = Notes.Lines(Seed.Text);
            Assert.All(Doc.Sessions, s => Assert.Equal(lines[s.Line - 1], s.Heading));
            Assert.Equal(new[] { 1, 62, 148, 234, 250, 301, 376, 405, 458, 526 }, Doc.Sessions.Select(s => s.Line).OrderBy(l => l).ToArray());
        }

        [Fact]
        public void Thirty_three_talks()
        {
            Assert.Equal(33, Doc.Talks.Count);
            Assert.Equal(33, Doc.Conferences[0].Talks.Count());
            Assert.Equal(new[] { 16, 2, 3, 1, 2, 2, 1, 2, 2, 2 }, Doc.Sessions.Select(s => s.Talks.Count).ToArray());
        }

        [Fact]
        public void Talk_lines_are_split_on_the_last_dash()
        {
            Talk eqnz = Assert.Single(Doc.Talks, t => t.Title.StartsWith("EQNZ"));
            Assert.Equal("EQNZ – crisis response, open source style", eqnz.Title);
            Assert.Equal(new[] { "Brenda Wallace" }, eqnz.Speakers.Select(s => s.Name).ToArray());
            Assert.Equal(528, eqnz.Line);
            Assert.Equal("Session 2", eqnz.Session.Title);
            Assert.Equal(3, eqnz.Day.Number);
        }

        [Theory]
        [InlineData("NoOps with Ansible and Puppet", "Monty Taylor", 5, "Session 3", 3)]
        [InlineData("When Everything Falls Apart: Stories of Version Control System Scaling", "Ben Kero", 5, "Session 2", 64)]
        [InlineData("SL[AUO]B: Kernel memory allocator design and philosophy", "Christopher Lameter", 5, "Session 2", 107)]
        [InlineData("How to get one of those Open Source jobs", "Mark Atwood", 5, "Session 1", 150)]
        [InlineData("Pettycoin: Towards 1.0", "Rusty Russell", 5, "Session 1", 208)]
        [InlineData("Drupal8 outta the box", "Donna Benjamin", 4, "Session 3", 252)]
        [InlineData("Connecting Containers: Building a PaaS with Docker and Kubernetes", "Katie Miller", 4, "Session 3", 258)]
        [InlineData("Tunnels and Bridges: A drive through OpenStack Networking", "Mark McClain", 4, "Session 2", 303)]
        [InlineData("Crypto Won’t Save You Either", "Peter Gutmann", 4, "Session 2", 353)]
        [InlineData("8 writers in under 8 months: from zero to a docs team in no time flat", "Lana Brindley", 4, "Session 1", 378)]
        [InlineData("collectd in dynamic environments", "Florian Forster", 3, "Session 2", 601)]
        public void Title_speaker_talks(string title, string speaker, int day, string session, int line)
        {
            Talk talk = Assert.Single(Doc.Talks, t => t.Title == title);
            Assert.Equal(new[] { speaker }, talk.Speakers.Select(s => s.Name).ToArray());
            Assert.Null(talk.Affiliation);
            Assert.Equal(day, talk.Day.Number);
            Assert.Equal(session, talk.Session.Title);
            Assert.Equal(line, talk.Line);
        }

        [Fact]
        public void Talks_keep_file_order_within_a_session()
        {
            Session day5s2 = Doc.Sessions.Single(s => s.Day.Number == 5 && s.Title == "Session 2");
            Assert.Equal(new[] { 64, 107 }, day5s2.Talks.Select(t => t.Line).ToArray());
            Session lightning = Doc.Sessions.Single(s => s.Kind == SessionKind.Lightning);
            Assert.Equal(lightning.Talks.Select(t => t.Line).OrderBy(l => l), lightning.Talks.Select(t => t.Line));
        }

        [Fact]
        public void Conference_Closing_has_no_speaker()
        {
            Talk closing = Assert.Single(Doc.Talks, t => t.Title == "Conference Closing");
            Assert.Empty(closing.Speakers);
            Assert.Null(closing.Affiliation);
            Assert.Equal(45, closing.Line);
            Assert.Equal("Session 3", closing.Session.Title);
            Assert.Equal(5, closing.Day.Number);
            Assert.Equal(3, closing.Notes.Count);
            Assert.Equal(9, closing.Notes[1].Children.Count); // "Preview of Linux.conf.au 2016 in Geelong"
        }

        [Theory]
        [InlineData("Cooper Lees", "Facebook", 407)]
        [InlineData("Carol Smith", "Google", 429)]
        [InlineData("Mark McLoughlin", "Red Hat", 439)]
        public void Keynote_lines_are_speaker_and_affiliation(string speaker, string affiliation, int line)
        {
            Session keynotes = Doc.Sessions.Single(s => s.Title == "Keynotes");
            Talk talk = Assert.Single(keynotes.Talks, t => t.Line == line);
            Assert.Equal(new[] { speaker }, talk.Speakers.Select(s => s.Name).ToArray());
            Assert.Equal(affiliation, talk.Affiliation);
            Assert.DoesNotContain(Doc.Speakers, s => s.Name == affiliation);
        }

        [Fact]
        public void Lightning_talks_are_the_top_level_bullets_speaker_first()
        {
            Session lightning = Doc.Sessions.Single(s => s.Title == "Lightning talks");
            Assert.Equal(3, lightning.Day.Number);
            Assert.Equal(16, lightning.Talks.Count);

            // Top-level bullets of lines 462..524 are exactly the talk lines.
            var lines = Notes.Lines(Seed.Text);
            var topLevel = Enumerable.Range(462, 63).Where(n => lines[n - 1].StartsWith("  •", System.StringComparison.Ordinal)).ToArray();
            Assert.Equal(16, topLevel.Length);
            Assert.Equal(topLevel, lightning.Talks.Select(t => t.Line).ToArray());

            Talk first = lightning.Talks[0];
            Assert.Equal("Python Conference Australia 2015 + Kiwi PyCon 2015", first.Title);
            Assert.Equal(new[] { "Clinton Roy", "Tom Eastman" }, first.Speakers.Select(s => s.Name).ToArray());
            Assert.Equal(new[] { "Brisbane , late July 2015", "Similar Structure to LCA", "Christchurch – Septemberish", "kiwi.pycon.org" }, first.Notes.Select(n => n.Text).ToArray());
            Assert.All(first.Notes, n => Assert.Empty(n.Children));

            Talk skype = Assert.Single(lightning.Talks, t => t.Speakers.Any(s => s.Name == "Francois Marier"));
            Assert.Equal("apt-get remove –purge skype", skype.Title);

            Talk okfn = Assert.Single(lightning.Talks, t => t.Title == "What is the Open Knowledge Foundation?");
            Assert.Equal(new[] { "Matthew Cengia", "maia sauren" }, okfn.Speakers.Select(s => s.Name).ToArray());

            Talk mark = Assert.Single(lightning.Talks, t => t.Title == "Failing Gracefully At 10,000ft");
            Assert.Equal(new[] { "Mark Smith" }, mark.Speakers.Select(s => s.Name).ToArray());
            Assert.Equal(7, mark.Notes.Count);
        }

        [Fact]
        public void Keynote_panel_bullets_form_one_talk_named_after_the_session()
        {
            Session panel = Doc.Sessions.Single(s => s.Day.Number == 5 && s.Title == "Keynote/Panel");
            Talk talk = Assert.Single(panel.Talks);
            Assert.Equal("Keynote/Panel", talk.Title);
            Assert.Empty(talk.Speakers);
            Assert.Equal(234, talk.Line);
            Assert.Equal(new[] { 236, 237, 238, 239 }, talk.Notes.Select(n => n.Line).ToArray());
            Assert.Equal("Questions:", talk.Notes[3].Text);
            Assert.Equal(9, talk.Notes[3].Children.Count);
            Assert.Equal("Will you be remembered more for Linux or Git?", talk.Notes[3].Children[8].Text);
        }

        [Fact]
        public void Navigation_goes_both_ways()
        {
            foreach (Session session in Doc.Sessions)
            {
                Assert.Contains(session, session.Day.Sessions);
                foreach (Talk talk in session.Talks)
                {
                    Assert.Same(session, talk.Session);
                    Assert.Same(session.Day, talk.Day);
                    Assert.Same(Doc.Conferences[0], talk.Conference);
                }
            }
        }

        [Fact]
        public void Search_finds_talks_by_note_text_and_speaker()
        {
            Assert.Equal(new[] { "Pettycoin: Towards 1.0" }, Doc.Search("sidechain").Select(t => t.Title).ToArray());
            Assert.Contains(Doc.Search("florian"), t => t.Title == "noping");
            Assert.Empty(Doc.Search("   "));
        }
    }
}
