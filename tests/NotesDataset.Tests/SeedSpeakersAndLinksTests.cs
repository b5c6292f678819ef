using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>The speaker index and the links collected per talk, on the seed.</summary>
    public class SeedSpeakersAndLinksTests
    {
        private static NotesDocument Doc => Seed.Document;

        [Theory]
        [InlineData("Donna Benjamin", "The D8 Chook Raffle", "Drupal8 outta the box")]
        [InlineData("Florian Forster", "noping", "collectd in dynamic environments")]
        public void Two_talks_each_in_dataset_order(string name, string first, string second)
        {
            Speaker? speaker = Doc.FindSpeaker(name);
            Assert.NotNull(speaker);
            Assert.Equal(name, speaker!.Name);
            Assert.Equal(new[] { first, second }, speaker.Talks.Select(t => t.Title).ToArray());
            Assert.All(speaker.Talks, t => Assert.Contains(speaker, t.Speakers));
        }

        [Fact]
        public void Thirty_one_speakers()
        {
            // README: "31 speakers": every name on a talk line, co-speakers counted once each, Donna and Florian once.
            Assert.Equal(31, Doc.Speakers.Count);
            Assert.Equal(31, Doc.Talks.SelectMany(t => t.Speakers).Distinct().Count());
        }

        [Fact]
        public void Only_Donna_Benjamin_and_Florian_Forster_gave_more_than_one_talk()
        {
            Assert.Equal(new[] { "Donna Benjamin", "Florian Forster" }, Doc.Speakers.Where(s => s.Talks.Count > 1).Select(s => s.Name).OrderBy(n => n).ToArray());
            Assert.All(Doc.Speakers, s => Assert.NotEmpty(s.Talks));
        }

        [Fact]
        public void Speaker_index_agrees_with_the_talks()
        {
            foreach (Talk talk in Doc.Talks)
            {
                foreach (Speaker speaker in talk.Speakers)
                {
                    Assert.Same(speaker, Doc.FindSpeaker(speaker.Name));
                    Assert.Contains(talk, speaker.Talks);
                }
            }

            int appearances = Doc.Talks.Sum(t => t.Speakers.Count);
            Assert.Equal(appearances, Doc.Speakers.Sum(s => s.Talks.Count));
            Assert.Equal(Doc.Speakers.Count, Doc.Speakers.Select(s => s.Name.ToLowerInvariant()).Distinct().Count());
        }

        [Fact]
        public void Slash_and_plus_separate_speakers()
        {
            Talk okfn = Doc.Talks.Single(t => t.Title == "What is the Open Knowledge Foundation?");
            Assert.Equal(2, okfn.Speakers.Count);
            Assert.NotNull(Doc.FindSpeaker("Matthew Cengia"));
            Assert.NotNull(Doc.FindSpeaker("maia sauren"));
            Assert.Null(Doc.FindSpeaker("Matthew Cengia/maia sauren"));

            Talk pycon = Doc.Talks.Single(t => t.Speakers.Any(s => s.Name == "Clinton Roy"));
            Assert.Equal(new[] { "Clinton Roy", "Tom Eastman" }, pycon.Speakers.Select(s => s.Name).ToArray());
            Assert.Same(pycon, Assert.Single(Doc.FindSpeaker("Tom Eastman")!.Talks));
        }

        [Fact]
        public void Rusty_Russell_has_one_talk_on_day_5()
        {
            Speaker rusty = Doc.FindSpeaker("Rusty Russell")!;
            Assert.NotNull(rusty);
            Talk talk = Assert.Single(rusty.Talks);
            Assert.Equal("Pettycoin: Towards 1.0", talk.Title);
            Assert.Equal(5, talk.Day.Number);
            Assert.Null(Doc.FindSpeaker("Rusty"));
        }

        [Fact]
        public void FindSpeaker_ignores_case_and_folds_white_space()
        {
            Assert.Same(Doc.FindSpeaker("Rusty Russell"), Doc.FindSpeaker("  rusty   RUSSELL "));
            Assert.Null(Doc.FindSpeaker("Nobody Here"));
        }

        [Fact]
        public void Noops_talk_links_the_openstack_repository()
        {
            Talk noops = Doc.Talks.Single(t => t.Title == "NoOps with Ansible and Puppet");
            Assert.Equal(new[] { "http://git.openstack.org/cgit/openstack-infra/system-config/" }, noops.Links.ToArray());
        }

        [Fact]
        public void Cooper_Lees_links_bare_domains()
        {
            Talk cooper = Doc.Talks.Single(t => t.Speakers.Any(s => s.Name == "Cooper Lees"));
            Assert.Equal(new[] { "code.facebook.com", "github.com/facebook" }, cooper.Links.ToArray());
        }

        [Fact]
        public void Lightning_talks_collect_links_from_their_own_notes_only()
        {
            Talk noping = Doc.Talks.Single(t => t.Title == "noping");
            Assert.Equal(new[] { "http://noping.cc" }, noping.Links.ToArray());
            Talk pycon = Doc.Talks.Single(t => t.Speakers.Any(s => s.Name == "Clinton Roy"));
            Assert.Equal(new[] { "kiwi.pycon.org" }, pycon.Links.ToArray());
            Talk okfn = Doc.Talks.Single(t => t.Title == "What is the Open Knowledge Foundation?");
            Assert.Equal(new[] { "au.okfn.org" }, okfn.Links.ToArray());
        }

        [Fact]
        public void A_talk_of_many_links_lists_each_once_in_the_order_first_written()
        {
            // Past a few links the parser keeps them in a set as well: the list stays the same.
            var notes = new System.Text.StringBuilder("C 2024 \u2013 Day 1 \u2013 Session 1\nLinks \u2013 Ann Lee\n");
            for (int line = 0; line < 5; line++)
            {
                notes.Append("  \u2022");
                for (int i = 0; i < 30; i++) notes.Append(" site").Append((line * 7 + i) % 50).Append(".io");
                notes.Append('\n');
            }

            Talk talk = Assert.Single(NotesParser.Parse(notes.ToString()).Talks);
            string[] expected = Enumerable.Range(0, 5).SelectMany(line => Enumerable.Range(0, 30).Select(i => "site" + ((line * 7 + i) % 50) + ".io")).Distinct().ToArray();
            Assert.Equal(50, expected.Length);
            Assert.Equal(expected, talk.Links);
        }

        [Fact]
        public void Collectd_talk_links_bare_domains_at_the_end_of_a_sentence()
        {
            Talk collectd = Doc.Talks.Single(t => t.Title == "collectd in dynamic environments");
            Assert.Equal(new[] { "collectd.org", "facette.io" }, collectd.Links.ToArray());
        }

        [Fact]
        public void Other_seed_links()
        {
            Assert.Equal(new[] { "http://containers.codemiller.com" }, Doc.Talks.Single(t => t.Speakers.Any(s => s.Name == "Katie Miller")).Links.ToArray());
            Assert.Contains("lcabythebay.org.au", Doc.Talks.Single(t => t.Title == "Conference Closing").Links);
            Assert.Empty(Doc.Talks.Single(t => t.Title == "Pettycoin: Towards 1.0").Links);
            Assert.Empty(Doc.Talks.Single(t => t.Title == "Crypto Won’t Save You Either").Links);
        }

        [Fact]
        public void Every_link_is_a_url_or_a_domain_that_appears_in_the_talks_notes()
        {
            var shape = new System.Text.RegularExpressions.Regex(@"^(https?://\S+|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(/\S*)?)$");
            foreach (Talk talk in Doc.Talks)
            {
                Assert.Equal(talk.Links.Count, talk.Links.Distinct().Count());
                foreach (string link in talk.Links)
                {
                    Assert.Matches(shape, link);
                    Assert.Contains(talk.AllNotes(), n => n.Text.Contains(link));
                }
            }
        }
    }
}
