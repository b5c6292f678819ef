using System;
using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>Notes an audit of the diagnostics table (stop 32) found misread with no word of it, each as the notes should be read.</summary>
    public class AuditRegressionTests
    {
        [Theory]
        [InlineData("Conf 2024 – Tues", "Tues", 2, "")]
        [InlineData("Conf 2024 – Thurs", "Thurs", 4, "")]
        [InlineData("Conf 2024 – Thur – Session 2", "Thur", 4, "Session 2")]
        [InlineData("Conf 2024 – Weds", "Weds", 3, "")]
        [InlineData("Conf 2024 – Thu 15 Jan", "Thu 15 Jan", 4, "")]
        [InlineData("Conf 2024 – Mon 12 Jan – Keynote", "Mon 12 Jan", 1, "Keynote")]
        [InlineData("Conf 2024 – Fri 16 January", "Fri 16 January", 5, "")]
        [InlineData("Conf 2024 – Thursday 15", "Thursday 15", 4, "")]
        public void A_weekday_cut_short_names_the_headings_day(string heading, string label, int weekday, string session)
        {
            // Only a weekday's full name took a date after it, and only three letters of one stood alone: "Conf 2024 – Thurs"
            // was a talk titled "Conf 2024" by "Thurs", and the talks under it were filed under the day before.
            string text = string.Join("\n", "Conf 2024 – Sunday", "A – Ann Lee", heading, "B – Bo Lin");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Assert.Empty(doc.Diagnostics);
                Assert.Equal(2, doc.Days.Count);
                Day day = doc.Talks.Single(t => t.Title == "B").Day;
                Assert.Equal((label, (DayOfWeek)(weekday % 7)), (day.Label, day.Weekday!.Value));
                Assert.Equal(session, day.Sessions.Single().Title);
            }
        }

        [Theory]
        [InlineData("Frida – Dynamic instrumentation for everyone – Ole André Ravnås")]
        [InlineData("Fri 13th – Debugging horror stories – Jane Doe")]
        [InlineData("Sat 5 – Intro to X – Jane Doe")]
        [InlineData("Wed 2.0 – the sequel – Jane Doe")]
        [InlineData("Sunset – Jane Doe")]
        public void A_talk_title_that_starts_like_a_weekday_is_a_talk(string line)
        {
            // A review of the change above: any three letters of a weekday, and a short form before any number, made these headings.
            NotesDocument doc = Notes.Parse("Conf 2024 – Day 1 – Session 1", "A – Ann Lee", line, "B – Bo Lin");
            Assert.Single(doc.Days);
            Assert.Equal(3, doc.Talks.Count);
            Assert.Equal(line.Substring(0, line.LastIndexOf(" – ", StringComparison.Ordinal)), doc.Talks[1].Title);
        }

        [Theory]
        [InlineData("Conf 2024 – Day 1, Tues – Session 1", "Day 1, Tues", DayOfWeek.Tuesday)]
        [InlineData("Conf 2024 – Day 1, Tuesday 13 Jan", "Day 1, Tuesday 13 Jan", DayOfWeek.Tuesday)]
        [InlineData("Conf 2024 – Day 4 (Friday), Session 1", "Day 4 (Friday)", DayOfWeek.Friday)]
        [InlineData("Conf 2024 – Day 1, Monday (Miniconfs)", "Day 1, Monday (Miniconfs)", DayOfWeek.Monday)]
        [InlineData("Conf 2024 – Day 3, (Tue) Session 2", "Day 3", null)]
        [InlineData("Conf 2024 – Day 3 – Tuesday talks", "Day 3", null)]
        [InlineData("Conf 2024 – Day 2 (SAT solving track)", "Day 2 (SAT solving track)", null)]
        [InlineData("Conf 2024 – Day 1 (Sun Microsystems day)", "Day 1 (Sun Microsystems day)", null)]
        public void A_numbered_days_label_gives_its_weekday_too(string heading, string label, DayOfWeek? weekday)
        {
            // A runtime review: Day.Weekday ("the day of the week when the heading names one") was null for these.
            string text = string.Join("\n", heading, "A – Ann Lee");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Day day = Assert.Single(doc.Days);
                Assert.Equal((label, weekday), (day.Label, day.Weekday));
                Assert.Empty(doc.Diagnostics);
            }
        }

        [Theory]
        [InlineData("Session 123456", SessionKind.Regular, 123456)]
        [InlineData("Session 1234567", SessionKind.Regular, null)]
        [InlineData("Session 2147483647", SessionKind.Regular, null)]
        [InlineData("Afternoon session 2", SessionKind.Regular, 2)]
        [InlineData("Postersession 2", SessionKind.Regular, 2)]
        public void A_sessions_number_is_its_whole_number_after_the_word_session(string title, SessionKind kind, int? number)
        {
            // A runtime review: "Session 1234567" was number 123456.
            string text = string.Join("\n", "Conf 2024 – Day 1 – " + title, "A – Ann Lee");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Session session = Assert.Single(doc.Sessions);
                Assert.Equal((title, kind, number), (session.Title, session.Kind, session.Number));
            }
        }

        [Fact]
        public void A_speakers_name_and_place_are_as_first_written_in_the_datasets_order()
        {
            // A runtime review: the docs said "as first written" and "order of first appearance" of the file, which puts day 2
            // first here; the dataset's order (days in order) is what both follow, and what the docs now say.
            string text = string.Join("\n", "Conf 2020 – Day 2 – Session 1", "B – ann lee and Bo Lin", "Conf 2020 – Day 1 – Session 1", "A – Ann Lee");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Assert.Equal(new[] { "A", "B" }, doc.Talks.Select(t => t.Title));
                Assert.Equal(new[] { "Ann Lee", "Bo Lin" }, doc.Speakers.Select(s => s.Name));
            }
        }

        [Theory]
        [InlineData("Conf 2024 – Day Two", "Day Two", "Conf 2024 – Day Two")] // two parts: the line is the title, with no speaker
        [InlineData("## Conf 2024 – Dy 3 – Keynote", "Dy 3", "Conf 2024 – Dy 3")]
        [InlineData("CONF 2024 – 2nd day", "2nd day", "CONF 2024 – 2nd day")]
        public void A_talk_line_that_starts_with_the_headings_conference_is_NOTES022_at_its_day(string line, string day, string title)
        {
            // The audit: such a line was a talk with no word of it, with the day as its speaker, and the talks after it were
            // filed under the day before.
            string text = string.Join("\n", "Conf 2024 – Day 1 – Session 1", "A – Ann Lee", line, "B – Bo Lin");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                NotesDiagnostic d = Assert.Single(doc.Diagnostics);
                Assert.Equal(("NOTES022", NotesSeverity.Warning, 3), (d.Id, d.Severity, d.Line));
                Assert.Equal(day, Notes.TextAt(text, d));
                Assert.StartsWith("'" + day + "' follows '" + title.Split(' ')[0], d.Message, StringComparison.Ordinal);
                Assert.Contains("kept as the talk '" + title + "'", d.Message, StringComparison.Ordinal);
                Assert.Equal(title, doc.Talks[1].Title);
            }
        }

        [Theory]
        [InlineData("Gather 2015 – Morning Sessions", "Morning Sessions", "Gather 2015")]
        [InlineData("Other 2024 – Day Two", "Day Two", "Other 2024")]
        [InlineData("Conf 2023 – Day Two", "Day Two", "Conf 2023")]
        public void A_talk_line_of_any_conference_and_year_and_no_speakers_is_NOTES022_and_a_title(string line, string day, string conference)
        {
            // A real one-day event's heading ("Gather 2015 – Morning Sessions") was a talk "Gather 2015" by "Morning Sessions",
            // with no word of it. Only a part with a session's word ("Python 2020 – Guido" is a talk).
            string text = string.Join("\n", "Conf 2024 – Day 1 – Session 1", "A – Ann Lee", line, "  • a note", "B – Bo Lin");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                NotesDiagnostic d = Assert.Single(doc.Diagnostics);
                Assert.Equal(("NOTES022", 3, day), (d.Id, d.Line, Notes.TextAt(text, d)));
                Assert.StartsWith("'" + day + "' follows '" + conference + "', a conference and its year, where a heading has its day", d.Message, StringComparison.Ordinal);
                Assert.Contains("kept as the talk '" + line + "'", d.Message, StringComparison.Ordinal);
                Assert.Equal((line, 0), (doc.Talks[1].Title, doc.Talks[1].Speakers.Count));
                Assert.Equal(new[] { "Ann Lee", "Bo Lin" }, doc.Speakers.Select(s => s.Name));
            }
        }

        [Theory]
        [InlineData("Conf 2024 – Jane Doe")]                  // a talk named after the conference, by a speaker
        [InlineData("Conf 2024 – Welcome – Jane Doe")]        // the conference's welcome, by a speaker
        [InlineData("Conf 2024 – Raymond Hettinger")]         // a name with "mon" in it
        [InlineData("Conf 2024 – Simon Willison")]
        [InlineData("Conf 2024 Retrospective – Jane Doe")]
        public void A_talk_line_that_merely_starts_with_a_conference_gets_no_NOTES022(string line)
        {
            Assert.Empty(Notes.Parse("Conf 2024 – Day 1 – Session 1", "A – Ann Lee", line, "B – Bo Lin").Diagnostics);
        }

        [Fact]
        public void Talk_lines_indented_under_a_heading_are_talks()
        {
            // The audit: "Talk A" was session prose, its notes a made-up talk named after the session, and "Talk B" a note of it.
            string text = string.Join("\n", "Conf 2024 – Day 1 – Session 1", "    Talk A – Jane Doe", "        • note a", "          • deeper",
                "    Talk B – John Smith", "        • note b", "", "Conf 2024 – Day 1 – Session 2", "Talk C – Ann Lee", "  • note c");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Assert.Empty(doc.Diagnostics);
                Assert.Equal(new[] { "Talk A", "Talk B", "Talk C" }, doc.Talks.Select(t => t.Title));
                Assert.Equal(new[] { "Jane Doe", "John Smith", "Ann Lee" }, doc.Speakers.Select(sp => sp.Name));
                Assert.Equal((2, "note a", "deeper"), (doc.Talks[0].Line, doc.Talks[0].Notes.Single().Text, doc.Talks[0].Notes[0].Children.Single().Text));
                Assert.Equal("note b", doc.Talks[1].Notes.Single().Text);
                Assert.Equal(doc.Talks.Select(t => t.Title), NotesParser.Parse(NotesWriter.Render(doc)).Talks.Select(t => t.Title));
            }
        }

        [Fact]
        public void Indented_lines_that_are_not_talk_lines_stay_prose_and_notes()
        {
            // Under a talk at the left margin, an indented "Title – Name" is a note, as before; under a heading, indented text
            // whose last part names no one, or with nothing indented further under it, is the session's prose.
            // A review: "  Sponsored by Red Hat" and "  Room – Main Hall" under a heading were made talks; only a talk line with its
            // bullets under it is one.
            string text = string.Join("\n", "Conf 2024 – Day 1 – Session 1", "  Room 3 – the big one", "  Coffee after", "  Sponsored by Red Hat",
                "  Room – Main Hall", "    Chair – Jane Doe", "  Chaired by Jane Doe", "Talk A – Jane Doe", "  Ansible – Michael DeHaan", "  • a bullet");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Talk talk = Assert.Single(doc.Talks);
                Assert.Equal(new[] { "Ansible – Michael DeHaan", "a bullet" }, talk.Notes.Select(n => n.Text));
                Assert.Equal(new[] { "Room 3 – the big one", "Coffee after", "Sponsored by Red Hat", "Room – Main Hall", "Chair – Jane Doe", "Chaired by Jane Doe" },
                    doc.Sessions.Single().Prose.Select(n => n.Text));
            }

            // Indented text with bullets under it, but no speakers, is prose before a talk named after the session, as before.
            NotesDocument room = Notes.Parse("Conf 2024 – Day 1 – Session 1", "  Room 5", "    • projector broken");
            Assert.Equal(("Session 1", "Room 5"), (room.Talks.Single().Title, room.Sessions[0].Prose.Single().Text));
        }

        [Fact]
        public void An_indented_heading_is_a_note_of_the_talk_above()
        {
            // A review: read as headings, "  ## …" and an indented bold line took the notes after them out of the talk, and the
            // writer, which puts headings at the left margin, changed the document on a round trip.
            string text = string.Join("\n", "## Conf 2024 – Day 5 – Session 3", "Talk A – Jane Doe", "  • a", "  ## Conf 2024 – Day 5 – Session 4",
                "  **Conf 2024 – Friday – what I missed**", "  • point", "Closing remarks", "  ## Conf 2024 – Day 6 – Session 1");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Assert.Equal(new[] { "Session 3" }, doc.Sessions.Select(x => x.Title));
                Assert.Equal(new[] { "a", "## Conf 2024 – Day 5 – Session 4", "**Conf 2024 – Friday – what I missed**", "point" }, doc.Talks[0].Notes.Select(n => n.Text));
                Assert.Equal("Closing remarks", doc.Talks[1].Title);
                string rendered = NotesWriter.Render(doc);
                Assert.Equal(doc.Talks.Select(t => t.Title + t.Notes.Count), NotesParser.Parse(rendered).Talks.Select(t => t.Title + t.Notes.Count));
            }
        }

        [Theory]
        [InlineData("### Session 2, afternoon", true)]
        [InlineData("Conf 2024, Day 4, Session 1", true)]
        [InlineData("Conf 2024 / Day 6 / Session 1", true)]
        [InlineData("See you all on day 2!", false)]
        [InlineData("Someone asked about the weather.", false)]
        [InlineData("Holiday 2 weeks later", false)]
        public void NOTES004_tells_how_to_write_a_heading_for_a_line_that_reads_like_one(string line, bool headingLike)
        {
            // The audit: "### Session 2" was told to start with '• ' or to be 'Title – Speaker', which make a note or a talk.
            NotesDocument doc = Notes.Parse("Conf 2024 – Day 1 – Session 1", "A – Ann Lee", line);
            NotesDiagnostic d = Assert.Single(doc.Diagnostics);
            Assert.Equal(("NOTES004", 3), (d.Id, d.Line));
            Assert.Equal(headingLike, d.Message.Contains("If it is a session's heading, write it as 'Conference Year – Day N – Session title'", StringComparison.Ordinal));
            Assert.NotEqual(headingLike, d.Message.Contains("Start it with '• '", StringComparison.Ordinal));
        }

        [Fact]
        public void NOTES004_under_a_talk_named_after_its_session_says_so()
        {
            // The audit: it said "the talk on line 1", the heading's line.
            NotesDocument doc = Notes.Parse("Conf 2024 – Day 1 – Session 1", "  • a note", "  some more");
            NotesDiagnostic d = Assert.Single(doc.Diagnostics);
            Assert.Contains("kept as a note with no bullet of the talk named after session 'Conf 2024 – Day 1 – Session 1'.", d.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Markdown_sub_headings_of_sessions_are_sessions_of_the_day_above()
        {
            // The audit: "### Session 1" and "### Session 2" were prose, and both talks one untitled session of day 1; the
            // conference, "# DevConf 2024 Notes", was none.
            string text = string.Join("\n", "# DevConf 2024 Notes", "", "## Day 1", "", "### Session 1", "", "#### Talk A – John Smith", "- point a",
                "", "### Session 2", "", "#### Talk B – Ann Lee", "- point b", "", "### Lightning talks", "- Jane Doe – Quick one", "",
                "## Day 2", "### Keynote", "#### Talk C – Bo Lin", "- asked", "#### Lightning round", "- a talk, not a session");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Assert.Empty(doc.Diagnostics);
                Assert.Equal("DevConf 2024", Assert.Single(doc.Conferences).ToString());
                Assert.Equal(new[] { "Day 1|", "Day 1|Lightning talks", "Day 1|Session 1", "Day 1|Session 2", "Day 2|", "Day 2|Keynote" },
                    doc.Sessions.Select(x => x.Day.Label + "|" + x.Title));
                Assert.Equal(new[] { "Quick one|Lightning talks", "Talk A|Session 1", "Talk B|Session 2", "Talk C|Keynote", "Lightning round|Keynote" }, doc.Talks.Select(t => t.Title + "|" + t.Session.Title));
                Assert.Equal("asked", doc.Talks[3].Notes.Single().Text);
                Assert.Equal(doc.Sessions.Select(x => x.Title), NotesParser.Parse(NotesWriter.Render(doc)).Sessions.Select(x => x.Title));
            }
        }

        [Fact]
        public void Lightning_sub_headings_bold_speakers_and_title_first_lightning_bullets()
        {
            // A second review: "### Lightning talks" over indented talk lines made each bullet a talk; "**Bob Ray** – Google" under
            // a keynote heading was the talk "Bob Ray" by Google; "• Rust in 5 minutes – Jane Doe" was the talk "Jane Doe".
            NotesDocument indented = Notes.Parse("# PyCon 2024", "## Day 1", "### Lightning talks", "  Talk A – Jane Doe", "    - note a");
            Assert.Equal("Lightning talks", indented.Talks.Single().Title);
            Assert.Equal(("Talk A – Jane Doe", "note a"), (indented.Talks[0].Notes.Single().Text, indented.Talks[0].Notes[0].Children.Single().Text));

            NotesDocument keynote = Notes.Parse("PyCon 2015 – Day 1 – Keynote", "**Bob Ray** – Google");
            Assert.Equal(("Bob Ray", "Bob Ray", "Google"), (keynote.Talks[0].Title, keynote.Talks[0].Speakers.Single().Name, keynote.Talks[0].Affiliation));

            NotesDocument lightning = Notes.Parse("PyCon 2015 – Day 1 – Lightning talks", "• Rust in 5 minutes – Jane Doe", "• Jane Doe – Why we test", "• **Bo Lin** – Tabs",
                "• Bo – Cool Thing", "• mjg59 – Secure Boot", "• The Doctor – Time Travel", "• Jane Doe – Ann Lee");
            Assert.Equal(new[] { "Rust in 5 minutes|Jane Doe", "Why we test|Jane Doe", "Tabs|Bo Lin", "Cool Thing|Bo", "Secure Boot|mjg59", "Time Travel|The Doctor", "Ann Lee|Jane Doe" },
                lightning.Talks.Select(t => t.Title + "|" + t.Speakers.Single().Name));

            // An indented line that would be a heading at the left margin is no talk (the property tests: the round trip changed it).
            NotesDocument miniconf = Notes.Parse("PyCon 2015 – Day 1 – Session 1", "A – Bo Lin", " 2015 — Sysadmin Miniconf", "\t\t- Keynote");
            Assert.Equal(new[] { "A" }, miniconf.Talks.Select(t => t.Title));

            NotesDocument indentedBold = Notes.Parse("PyCon 2015 – Day 1 – Session 1", "  Talk A – **Jane Doe**", "    - n");
            Assert.Equal(("Talk A", "Jane Doe"), (indentedBold.Talks.Single().Title, indentedBold.Talks[0].Speakers.Single().Name));
        }
    }
}
