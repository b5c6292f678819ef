using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>
    /// Shapes from real conference notes (blog posts in the seed's style and Markdown notes, stop 33's corpus) that were
    /// misread with no word of it, each read as its writer meant, parsed and compiled alike.
    /// </summary>
    public class RealNotesTests
    {
        private const string Heading = "Linux.conf.au 2019 – Wednesday – Session 1";

        private static NotesDocument[] Both(params string[] lines)
        {
            string text = string.Join("\n", lines);
            return new[] { NotesParser.Parse(text), CompiledText.Load(text) };
        }

        [Theory]
        [InlineData("Dr Ben Martin")]              // a speaker's photo caption: the speaker's name, with more words
        [InlineData("ben martin")]
        [InlineData("URL: https://youtu.be/abc")]  // a link line between the talk line and its bullets
        [InlineData("[video](https://youtu.be/abc)")]
        public void A_caption_between_a_talk_line_and_its_bullets_is_a_note_of_the_talk(string caption)
        {
            // It was a talk of its own, named after the caption, with the notes; the talk above had none.
            foreach (NotesDocument doc in Both(Heading, "", "Filesender: Sending large files – Ben Martin", "", caption, "  • 10 Year old project", "  • Web based", "    • nested", "", "Next – Ann Lee", "  • n"))
            {
                Assert.Equal(new[] { "Filesender: Sending large files", "Next" }, doc.Talks.Select(t => t.Title).ToArray());
                Talk talk = doc.Talks[0];
                Assert.Equal(new[] { caption, "10 Year old project", "Web based" }, talk.Notes.Select(n => n.Text).ToArray());
                Assert.Null(talk.Notes[0].Bullet);
                Assert.Empty(talk.Notes[0].Children);
                Assert.Equal("nested", talk.Notes[2].Children.Single().Text);
                NotesDiagnostic d = Assert.Single(doc.Diagnostics);
                Assert.Equal(("NOTES004", 5), (d.Id, d.Line));
                Assert.Contains("kept as a note with no bullet of the talk on line 3. Start it with '• ' to make it a bullet,", d.Message, System.StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData("Closing Remarks")]            // names no speaker of the talk above: a talk with no speaker, as before
        [InlineData("Martin Luther King Jr")]
        public void A_title_alone_after_a_talk_line_that_names_none_of_its_speakers_is_a_talk(string title)
        {
            foreach (NotesDocument doc in Both(Heading, "Filesender – Ben Martin", title, "  • thanks"))
            {
                Assert.Equal(new[] { "Filesender", title }, doc.Talks.Select(t => t.Title).ToArray());
                Assert.Empty(doc.Talks[0].Notes);
                Assert.Empty(doc.Diagnostics);
            }
        }

        [Fact]
        public void A_caption_comes_straight_after_the_talk_line()
        {
            // Nor is a line that starts like a numbered item one: indented, as the writer puts a talk's notes, it would be a
            // numbered note (the long property tests' case).
            foreach (NotesDocument doc in Both(Heading, "Filesender – Ben Martin", "10. https://example.org/a", "  • second"))
            {
                Assert.Equal(new[] { "Filesender", "10. https://example.org/a" }, doc.Talks.Select(t => t.Title).ToArray());
            }

            // After the talk's first notes, or after a line of prose, a title alone over bullets starts a talk, as it did.
            foreach (NotesDocument doc in Both(Heading, "Filesender – Ben Martin", "  • first", "Dr Ben Martin", "  • second"))
            {
                Assert.Equal(new[] { "Filesender", "Dr Ben Martin" }, doc.Talks.Select(t => t.Title).ToArray());
            }

            foreach (NotesDocument doc in Both(Heading, "Filesender – Ben Martin", "Some words.", "", "Dr Ben Martin", "  • second"))
            {
                Assert.Equal(new[] { "Filesender", "Dr Ben Martin" }, doc.Talks.Select(t => t.Title).ToArray());
                Assert.Equal("Some words.", doc.Sessions.Single().Prose.Single().Text);
            }
        }
        [Fact]
        public void Numbers_after_the_last_dash_are_no_speakers()
        {
            // "October 10 - 11, 2019" was a talk by "11" and "2019", both in the speaker index.
            foreach (NotesDocument doc in Both("DevOpsDays Sydney 2019 – Day 1 – Open Spaces", "October 10 - 11, 2019", "Rust – 2019", "  • a note", "Talk A – Jane Doe", "  • b"))
            {
                Assert.Equal(new[] { "Rust – 2019", "Talk A" }, doc.Talks.Select(t => t.Title).ToArray());
                Assert.Empty(doc.Talks[0].Speakers);
                Assert.Equal(new[] { "Jane Doe" }, doc.Speakers.Select(s => s.Name).ToArray());
                Assert.Equal("October 10 - 11, 2019", doc.Sessions.Single().Prose.Single().Text);
            }
        }

        [Theory]
        [InlineData("Open Cloud Miniconf – Continuous Delivery using blue-green deployments by Ruben Rubio Rey", "Open Cloud Miniconf – Continuous Delivery using blue-green deployments", "Ruben Rubio Rey")]
        [InlineData("Keynote – Welcome by Jane Doe", "Keynote – Welcome", "Jane Doe")]
        [InlineData("Stand by Me – Jane Doe", "Stand by Me", "Jane Doe")]
        [InlineData("Part A – Driven by Open Source", "Part A", "Driven by Open Source")]
        public void A_talk_line_whose_last_part_is_title_by_speakers_splits_at_the_by(string line, string title, string speakers)
        {
            // A miniconf's talks, as its day's notes list them: the line was a heading of a new day "Open Cloud Miniconf",
            // its session named after the talk, and the session above had no talk.
            foreach (NotesDocument doc in Both("Linux.conf.au 2016 – Monday – Session 1", "", line, "  • Lots of things can go wrong"))
            {
                Talk talk = Assert.Single(doc.Talks);
                Assert.Equal((title, speakers), (talk.Title, string.Join("|", talk.Speakers.Select(s => s.Name))));
                Assert.Equal("Monday", Assert.Single(doc.Days).Label);
                Assert.Empty(doc.Diagnostics);
            }
        }

        [Fact]
        public void A_session_whose_talk_lines_are_all_speaker_first_reads_them_so()
        {
            // A DevOpsDays write-up lists a session's talks "Speaker – Title": the titles were the speakers' names, and the
            // speaker index held "Creating Shared Contexts", "A Trip Down CI" and "CD Lane".
            foreach (NotesDocument doc in Both("DevOpsDaysNZ 2018 – Day 1 – Session 4", "Everett Toews – A Trip Down CI/CD Lane", "  • a",
                "Jeff Smith – Creating Shared Contexts", "  • b", "Peter Sellars – 2018: A Build Engineers Odyssey", "Katrina Clokie – Testing in DevOps for Engineers", "  • c"))
            {
                Assert.Equal(new[] { "A Trip Down CI/CD Lane", "Creating Shared Contexts", "2018: A Build Engineers Odyssey", "Testing in DevOps for Engineers" }, doc.Talks.Select(t => t.Title).ToArray());
                Assert.Equal(new[] { "Everett Toews", "Jeff Smith", "Peter Sellars", "Katrina Clokie" }, doc.Talks.Select(t => t.Speakers.Single().Name).ToArray());
                Assert.Equal("Jeff Smith – Creating Shared Contexts", doc.Talks[1].LineText);
            }
        }

        [Theory]
        [InlineData("Mars Rover – Ann Lee", "Kernel Tracing – Bob Ray and Cat Ng")]          // titles that look like names: the right sides are names
        [InlineData("Docker Swarm – mjg59", "Rust Macros – bdale")]                           // right sides that read as no title
        [InlineData("Ann Lee – Open Source Licensing Today", "Rust in the Kernel – Bob Ray")] // one left side that is no name
        public void A_session_with_title_first_talk_lines_stays_title_first(string first, string second)
        {
            foreach (NotesDocument doc in Both("Conf 2024 – Day 1 – Session 1", first, "  • a", second, "  • b"))
            {
                Assert.Equal(new[] { first.Substring(0, first.IndexOf(" – ")), second.Substring(0, second.IndexOf(" – ")) }, doc.Talks.Select(t => t.Title).ToArray());
            }
        }

        [Theory]
        [InlineData("Q&A with Jane Doe")]                      // names the speaker among other words: a talk
        [InlineData("Jane Doe's Farewell Party")]
        [InlineData("### Jane Doe")]                           // a Markdown heading: a talk line of its own
        [InlineData("Talk E (slides at https://x.org/b)")]     // a web address among more than two words
        public void A_line_that_is_no_caption_after_a_talk_line_is_a_talk(string line)
        {
            // A review of the caption rule: each of these took the next talk and its notes into the talk above.
            foreach (NotesDocument doc in Both(Heading, "Talk C – Jane Doe", line, "  • questions"))
            {
                Assert.Equal(2, doc.Talks.Count);
                Assert.Empty(doc.Talks[0].Notes);
                Assert.Equal("questions", doc.Talks[1].Notes.Single().Text);
            }
        }

        [Theory]
        [InlineData("## Day 1 – Sponsored by Red Hat", "Sponsored by Red Hat")]   // a documented heading form stays one
        [InlineData("Monday – Chaired by Ann Lee", "Chaired by Ann Lee")]
        public void A_day_heading_whose_session_is_by_someone_stays_a_heading(string heading, string session)
        {
            foreach (NotesDocument doc in Both("# Conf 2024", heading, "Talk A – Jane Doe", "  • a"))
            {
                Assert.Equal(("Conf", session), (doc.Conferences.Single().Name, doc.Sessions.Single().Title));
                Assert.DoesNotContain(doc.Diagnostics, d => d.Severity != NotesSeverity.Info);
            }
        }

        [Theory]
        [InlineData("Panel: Future of Linux – Ann Lee, Bob Ray, moderated by Cat Poe", "Panel: Future of Linux", "Ann Lee|Bob Ray|moderated by Cat Poe")]
        [InlineData("Rust – Jane Doe – Ann Lee by Bob Ray", "Rust – Jane Doe – Ann Lee", "Bob Ray")]
        [InlineData("Title – **Demo by Jane Doe**", "Title", "Demo by Jane Doe")]
        [InlineData("Rust in the kernel – Ann Lee – 2019", "Rust in the kernel", "Ann Lee")]            // a year or a time after the speakers
        [InlineData("Keynote – Jane Doe – 9:30", "Keynote", "Jane Doe")]
        [InlineData("[Talk](https://slides.org/t) – Jane Doe – https://slides.org/t", "Talk", "Jane Doe")] // the same link twice
        public void Talk_lines_the_review_of_the_new_rules_showed(string line, string title, string speakers)
        {
            foreach (NotesDocument doc in Both(Heading, line, "  • a"))
            {
                Talk talk = doc.Talks.Single();
                Assert.Equal((title, speakers), (talk.Title, string.Join("|", talk.Speakers.Select(s => s.Name))));
            }
        }

        [Theory]
        [InlineData("Python 2020 – Guido", "Python 2020", "Guido")]                              // a year in the title, one-word speaker
        [InlineData("Rust 2018 – mjg59", "Rust 2018", "mjg59")]
        [InlineData("Continuous Delivery by Roger Sessions", "Continuous Delivery", "Roger Sessions")]
        [InlineData("Registration – 8:00 - 9:00", "Registration – 8:00 - 9:00", "")]          // times alone after the last dash
        [InlineData("Sysadmin Miniconf – Docker & Kubernetes at Scale by Ann Lee", "Sysadmin Miniconf – Docker & Kubernetes at Scale", "Ann Lee")]
        [InlineData("Keynote – Rock and Roll by Jane Doe", "Keynote – Rock and Roll", "Jane Doe")]
        public void Talk_lines_the_second_review_showed(string line, string title, string speakers)
        {
            foreach (NotesDocument doc in Both(Heading, line, "  • a"))
            {
                Talk talk = doc.Talks.Single();
                Assert.Equal((title, speakers), (talk.Title, string.Join("|", talk.Speakers.Select(s => s.Name))));
                Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "NOTES022");
            }
        }

        [Fact]
        public void A_session_of_talks_by_speakers_with_their_companies_stays_title_first()
        {
            // "Jane Doe, Linux Australia" reads as a title by its words ("Linux"): the session flipped, its titles the speakers.
            foreach (NotesDocument doc in Both("Conf 2024 – Day 1 – Session 1", "Chaos Engineering – Jane Doe, Linux Australia", "  • a",
                "Home Automation – Bob Ray, Open Source Initiative", "  • b", "Service Meshes – Cat Poe from Google", "  • c"))
            {
                Assert.Equal(new[] { "Chaos Engineering", "Home Automation", "Service Meshes" }, doc.Talks.Select(t => t.Title).ToArray());
            }
        }

        [Theory]
        [InlineData("Ben Martin (CSIRO)")]
        [InlineData("Dr. Ben Martin, CSIRO")]
        [InlineData("Slides available at https://example.org/slides")]
        public void A_caption_may_give_the_speakers_place_or_say_what_its_link_is(string caption)
        {
            foreach (NotesDocument doc in Both(Heading, "Filesender – Ben Martin", caption, "  • a"))
            {
                Assert.Equal(new[] { caption, "a" }, doc.Talks.Single().Notes.Select(n => n.Text).ToArray());
            }
        }
    }
}
