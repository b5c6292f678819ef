using System.Collections.Generic;
using System;
using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>Heading variations on small inputs.</summary>
    public class HeadingTests
    {
        [Theory]
        [InlineData("Day 2 – Jane Doe", "Jane Doe")]
        [InlineData("Day 2 – Guido van Rossum", "Guido van Rossum")]
        [InlineData("Friday 13th – Jane Doe", "Jane Doe")]
        public void Talk_line_that_starts_like_a_day_but_names_a_speaker_is_a_talk(string line, string speaker)
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Session 1", line, "  • note");
            Session session = Assert.Single(doc.Sessions);
            Talk talk = Assert.Single(session.Talks);
            Assert.Equal(speaker, Assert.Single(talk.Speakers).Name);
            Assert.Equal(line.Substring(0, line.IndexOf(" –")), talk.Title);
        }

        [Fact]
        public void Markdown_heading_markers_are_not_part_of_the_conference_and_the_heading_keeps_them()
        {
            // "## PyCon US 2024 – …" was conference "## PyCon US", and "### Day 2 – Session 3" (no conference) a talk titled
            // "### Day 2" by "Session 3".
            string[] lines = { "## PyCon US 2024 - Day 1 - Session 1", "", "A Talk – Jane Doe", "  • a note", "", "### Day 2 – Session 3", "", "B Talk – John Roe", "" };
            NotesDocument doc = Notes.Parse(lines);
            Conference conference = Assert.Single(doc.Conferences);
            Assert.Equal("PyCon US", conference.Name);
            Assert.Equal(2024, conference.Year);
            Assert.Equal(new int?[] { 1, 2 }, conference.Days.Select(d => d.Number).ToArray());
            Assert.Equal(new[] { "Session 1", "Session 3" }, doc.Sessions.Select(s => s.Title).ToArray());
            Assert.Equal(new[] { "A Talk", "B Talk" }, doc.Talks.Select(t => t.Title).ToArray());
            Assert.Equal(new[] { "## PyCon US 2024 - Day 1 - Session 1", "### Day 2 – Session 3" }, doc.Sessions.Select(s => s.Heading).ToArray());
            Assert.Empty(doc.Diagnostics);
            NotesDocument rendered = NotesParser.Parse(NotesWriter.Render(doc), "rendered.notes");
            Assert.Equal(doc.Sessions.Select(s => s.Heading), rendered.Sessions.Select(s => s.Heading));
            Assert.Equal("PyCon US", Assert.Single(rendered.Conferences).Name);
        }

        [Fact]
        public void A_talk_line_written_as_a_markdown_heading_is_read_without_its_hashes_and_keeps_them_as_written()
        {
            // "### Opening Keynote – Jane Doe" was a talk titled "### Opening Keynote".
            string[] lines = { "## PyCon US 2024 – Day 1 – Session 1", "", "### Opening Keynote – Jane Doe", "  • a note", "", "#### Lightning round", "  • b note", "", "#hashtag – Ann Lee", "", "### A Talk –" };
            NotesDocument doc = Notes.Parse(lines);
            Assert.Equal(new[] { "Opening Keynote", "Lightning round", "#hashtag", "A Talk" }, doc.Talks.Select(t => t.Title).ToArray());
            Assert.Equal(new[] { "### Opening Keynote – Jane Doe", "#### Lightning round", "#hashtag – Ann Lee", "### A Talk –" }, doc.Talks.Select(t => t.LineText).ToArray());
            Assert.Equal("Jane Doe", Assert.Single(doc.Talks[0].Speakers).Name);

            // NOTES006 (no speaker after the dash) still points at the dash.
            NotesDiagnostic noSpeaker = Assert.Single(doc.Diagnostics);
            Assert.Equal(("NOTES006", 11, lines[10].IndexOf('–') + 1), (noSpeaker.Id, noSpeaker.Line, noSpeaker.Column));

            NotesDocument rendered = NotesParser.Parse(NotesWriter.Render(doc), "rendered.notes");
            Assert.Equal(doc.Talks.Select(t => t.Title + "|" + t.LineText), rendered.Talks.Select(t => t.Title + "|" + t.LineText));
            Assert.Equal(doc.Talks.Select(t => t.Title), CompiledText.Load(string.Join("\n", lines)).Talks.Select(t => t.Title));
        }

        [Theory]
        [InlineData("#LinuxConf 2020 – Day 1 – Session 1", "#LinuxConf")]         // a hash with no space is part of the name
        [InlineData("####### Conf 2020 – Day 1 – Session 1", "####### Conf")]     // Markdown has six levels
        [InlineData("# Conf 2020 – Day 1 – Session 1", "Conf")]
        [InlineData("######\tConf 2020 – Day 1 – Session 1", "Conf")]
        public void Only_one_to_six_hashes_and_a_space_are_a_markdown_heading_marker(string heading, string name)
        {
            NotesDocument doc = Notes.Parse(heading, "A Talk – Jane Doe");
            Assert.Equal(name, Assert.Single(doc.Conferences).Name);
            Assert.Equal(heading, Assert.Single(doc.Sessions).Heading);
        }

        [Fact]
        public void Day_heading_without_a_conference_still_names_a_session()
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Session 1", "A – Jane Doe", "Day 2 – Keynotes", "Ann Lee – Acme");
            Assert.Equal(new[] { "Session 1", "Keynotes" }, doc.Sessions.Select(s => s.Title).ToArray());
        }

        [Fact]
        public void Weekday_heading_with_a_bare_year()
        {
            NotesDocument doc = Notes.Parse(
                "2017 – Wednesday – Session 1",
                "A Talk – Jane Doe",
                "  • a note");
            Conference conference = Assert.Single(doc.Conferences);
            Assert.Null(conference.Name);
            Assert.Equal(2017, conference.Year);
            Day day = Assert.Single(conference.Days);
            Assert.Equal("Wednesday", day.Label);
            Assert.Equal(DayOfWeek.Wednesday, day.Weekday);
            Assert.Null(day.Number);
            Session session = Assert.Single(day.Sessions);
            Assert.Equal("Session 1", session.Title);
            Assert.Equal(1, session.Number);
            Assert.Equal(SessionKind.Regular, session.Kind);
            Assert.Equal("A Talk", Assert.Single(session.Talks).Title);
            Notes.AssertLossless(string.Join("\n", "2017 – Wednesday – Session 1", "A Talk – Jane Doe", "  • a note"), doc);
        }

        [Theory]
        [InlineData("Friday Saturday Sunday Monday", "Friday Saturday Sunday Monday")]   // over a weekend, as written
        [InlineData("Monday Sunday Saturday Friday", "Friday Saturday Sunday Monday")]   // written newest first
        [InlineData("Sunday Monday Tuesday", "Sunday Monday Tuesday")]
        [InlineData("Monday Friday", "Monday Friday")]                                   // four days apart: no direction, Monday first
        [InlineData("Friday Tuesday", "Tuesday Friday")]
        [InlineData("Friday Wednesday Monday", "Monday Wednesday Friday")]               // newest first
        [InlineData("Tuesday Monday Wednesday", "Monday Tuesday Wednesday")]             // no direction in the notes: Monday first
        [InlineData("Monday", "Monday")]
        [InlineData("Monday Saturday Sunday Friday", "Friday Saturday Sunday Monday")]   // …from after the longest gap
        public void Weekday_days_are_in_the_order_held_across_a_weekend(string written, string held)
        {
            var lines = new List<string>();
            foreach (string day in written.Split(' '))
            {
                lines.Add("PyCon 2017 – " + day + " – Session 1");
                lines.Add(day + " Talk – Jane Doe");
            }

            NotesDocument doc = Notes.Parse(lines.ToArray());
            Assert.Equal(held, string.Join(" ", doc.Days.Select(d => d.Weekday!.Value.ToString())));
            Assert.Equal(held.Split(' ').Select(d => d + " Talk").ToArray(), doc.Talks.Select(t => t.Title).ToArray());
        }

        [Fact]
        public void Weekday_days_are_ordered_by_weekday()
        {
            NotesDocument doc = Notes.Parse(
                "PyCon 2017 – Friday – Session 1",
                "Late Talk – Jane Doe",
                "PyCon 2017 – Wednesday – Session 1",
                "Early Talk – John Roe");
            Assert.Equal(new[] { DayOfWeek.Wednesday, DayOfWeek.Friday }, doc.Days.Select(d => d.Weekday!.Value).ToArray());
            Assert.Equal(new[] { "Early Talk", "Late Talk" }, doc.Talks.Select(t => t.Title).ToArray());
        }

        [Fact]
        public void Miniconf_heading_gives_a_miniconf_day()
        {
            NotesDocument doc = Notes.Parse(
                "LCA 2016 – Sysadmin Miniconf",
                "Backups – Jane Doe",
                "  • test restores");
            Conference conference = Assert.Single(doc.Conferences);
            Assert.Equal("LCA", conference.Name);
            Assert.Equal(2016, conference.Year);
            Day day = Assert.Single(conference.Days);
            Assert.Equal("Sysadmin Miniconf", day.Label);
            Assert.Null(day.Number);
            Assert.Equal(SessionKind.Miniconf, Assert.Single(day.Sessions).Kind);
            Assert.Equal("Backups", Assert.Single(doc.Talks).Title);
        }

        [Fact]
        public void Miniconf_instead_of_a_day_with_a_session_title_is_a_miniconf_session()
        {
            NotesDocument doc = Notes.Parse("LCA 2016 – Sysadmin Miniconf – Session 1", "Backups – Jane Doe", "  • test restores");
            Day day = Assert.Single(Assert.Single(doc.Conferences).Days);
            Assert.Equal("Sysadmin Miniconf", day.Label);
            Session session = Assert.Single(day.Sessions);
            Assert.Equal("Session 1", session.Title);
            Assert.Equal(1, session.Number);
            Assert.Equal(SessionKind.Miniconf, session.Kind);
            Assert.Equal("Backups", Assert.Single(session.Talks).Title);
        }

        [Theory]
        [InlineData("Monday Morning Blues – Jane Doe", "Monday Morning Blues", "Jane Doe")]
        [InlineData("Wednesday Night Hacks – Jane Doe", "Wednesday Night Hacks", "Jane Doe")]
        [InlineData("Why every miniconf needs you – Jane Doe", "Why every miniconf needs you", "Jane Doe")]
        [InlineData("Miniconf Organising Tips – Jane Doe", "Miniconf Organising Tips", "Jane Doe")]
        [InlineData("Welcome to the Sysadmin Miniconf – Ewen McNeill (Naos)", "Welcome to the Sysadmin Miniconf", "Ewen McNeill")]
        [InlineData("Welcome to the Sysadmin Miniconf – Ann Lee and Bo Lin", "Welcome to the Sysadmin Miniconf", "Ann Lee,Bo Lin")]
        [InlineData("Day 2 Recap – Ann Lee & Bo Lin", "Day 2 Recap", "Ann Lee,Bo Lin")]
        public void Talk_titles_that_mention_a_weekday_or_a_miniconf_are_not_headings(string line, string title, string speakers)
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Sysadmin Miniconf – Session 1", line, "  • note", "Docker in production – Ann Lee");
            Session session = Assert.Single(doc.Sessions);
            Assert.Equal(new[] { title, "Docker in production" }, session.Talks.Select(t => t.Title).ToArray());
            Assert.Equal(speakers.Split(','), session.Talks[0].Speakers.Select(s => s.Name).ToArray());
        }

        [Theory]
        [InlineData("Conf 2020 – Day 5, Session 1", "Conf 2020 – Day 5, Session 2")]
        [InlineData("Conf 2020 – Day 5: Session 1", "Conf 2020 – Day 5: Session 2")]
        [InlineData("Day 5, Session 1", "Day 5,Session 2")]
        public void A_comma_or_colon_after_the_day_starts_the_sessions_title(string first, string second)
        {
            // "Day 5, Session 1" was all the day's label, so the second heading named the same session (NOTES018); "Day 5:
            // Session 3" was no day at all, so the line was a talk titled "Conf 2020".
            NotesDocument doc = Notes.Parse("Conf 2020 – Day 4 – Session 1", "Z – Cy Dee", first, "A – Ann Lee", second, "B – Bo Lin");
            Day day = doc.Days[1];
            Assert.Equal(("Day 5", 5), (day.Label, day.Number));
            Assert.Equal(new[] { "Session 1", "Session 2" }, day.Sessions.Select(s => s.Title).ToArray());
            Assert.Equal(new int?[] { 1, 2 }, day.Sessions.Select(s => s.Number).ToArray());
            Assert.Equal(new[] { first, second }, day.Sessions.Select(s => s.Heading).ToArray());
            Assert.Empty(doc.Diagnostics);
        }

        [Theory]
        [InlineData("Conf 2020 – Day 5, 16 January – Session 1", "Day 5, 16 January")]
        [InlineData("Conf 2020 – Day 5, Friday – Session 1", "Day 5, Friday")]
        [InlineData("Conf 2020 – Day 5, Fri 16/1 – Session 1", "Day 5, Fri 16/1")]
        public void A_date_after_the_day_and_a_comma_stays_in_its_label(string heading, string label)
        {
            NotesDocument doc = Notes.Parse(heading, "A – Ann Lee");
            Day day = Assert.Single(doc.Days);
            Assert.Equal((label, 5), (day.Label, day.Number));
            Assert.Equal("Session 1", Assert.Single(day.Sessions).Title);
        }

        [Fact]
        public void A_markdown_title_of_a_conference_and_year_names_the_conference_of_the_headings_after_it()
        {
            // "# DevConf 2024" was prose (an info diagnostic only), so its sessions fell under an unnamed conference.
            string[] lines =
            {
                "# DevConf 2024", "", "## Day 1 – Session 1", "A – Ann Lee", "## Day 2 – Session 1", "B – Bo Lin",
                "# PyCon AU 2016", "## Day 1 – Session 1", "C – Cy Dee",
                "RustConf 2023 – Day 1 – Session 1", "D – Di Eve", "## Day 2 – Session 1", "E – Ed Fox",
            };
            NotesDocument doc = Notes.Parse(lines);
            Assert.Equal(new[] { "A DevConf 2024", "B DevConf 2024", "C PyCon AU 2016", "D RustConf 2023", "E RustConf 2023" },
                doc.Talks.Select(t => t.Title + " " + t.Session.Day.Conference).OrderBy(t => t, System.StringComparer.Ordinal).ToArray());
            Assert.Equal(new[] { "# DevConf 2024" }, doc.Prose.Select(p => p.Text).ToArray());        // kept where it was written
            Assert.Equal(new[] { "# PyCon AU 2016" }, doc.Talks.Single(t => t.Title == "B").Session.Prose.Select(p => p.Text).ToArray());
            Assert.Empty(doc.Diagnostics);
            Notes.AssertLossless(string.Join("\n", lines), doc);
        }

        [Theory]
        [InlineData("# My Notes")]          // no year
        [InlineData("# 2024")]              // no name
        [InlineData("DevConf 2024")]        // no heading marker
        [InlineData("# DevConf 2024 was great")]
        public void Other_lines_before_the_first_heading_stay_prose_of_the_file(string line)
        {
            NotesDocument doc = Notes.Parse(line, "## Day 1 – Session 1", "A – Ann Lee");
            Assert.Equal("(unnamed conference)", Assert.Single(doc.Conferences).ToString());
            Assert.Equal(line, Assert.Single(doc.Prose).Text);
            Assert.Equal("NOTES004", Assert.Single(doc.Diagnostics).Id);
        }

        [Fact]
        public void A_heading_or_talk_line_in_bold_is_read_without_the_asterisks_which_its_text_keeps()
        {
            // "**Conf 2020 – Day 1 – Session 1**" was conference "**Conf", and "Session 1**" its session.
            string[] lines =
            {
                "**PyCon AU 2016 – Day 1 – Session 1**", "**Opening – Jane Doe**", "  • a note",
                "__Day 2 – Session 1__", "## **Day 3 – Session 1**", "### __Closing –__", "**Rust** in production – Ann Lee",
            };
            NotesDocument doc = Notes.Parse(lines);
            Assert.Equal("PyCon AU 2016", Assert.Single(doc.Conferences).ToString());
            Assert.Equal(new int?[] { 1, 2, 3 }, doc.Days.Select(d => d.Number).ToArray());
            Assert.Equal(new[] { "Session 1", "Session 1", "Session 1" }, doc.Sessions.Select(s => s.Title).ToArray());
            Assert.Equal(new[] { lines[0], lines[3], lines[4] }, doc.Sessions.Select(s => s.Heading).ToArray());
            Assert.Equal(new[] { "Opening", "Closing", "**Rust** in production" }, doc.Talks.Select(t => t.Title).ToArray());
            Assert.Equal("Jane Doe", Assert.Single(doc.Talks[0].Speakers).Name);
            Assert.Equal(lines[1], doc.Talks[0].LineText);
            NotesDiagnostic empty = Assert.Single(doc.Diagnostics);                  // NOTES006 at the dash, inside the underscores
            Assert.Equal(("NOTES006", 6, 15), (empty.Id, empty.Line, empty.Column));
            Notes.AssertLossless(string.Join("\n", lines), doc);
        }

        [Fact]
        public void Two_hyphens_separate_a_headings_parts()
        {
            NotesDocument doc = Notes.Parse("PyCon AU 2016 -- Day 2 -- Session 3", "A – Ann Lee");
            Session session = Assert.Single(doc.Sessions);
            Assert.Equal(("PyCon AU", 2016), (session.Day.Conference.Name, session.Day.Conference.Year));
            Assert.Equal((2, "Session 3"), (session.Day.Number, session.Title));
        }

        [Fact]
        public void A_day_before_a_session_title_with_a_title_word_is_a_heading()
        {
            // "Open Source" looks like a name, but is a title: "Day 2 – Open Source" is day 2's session "Open Source".
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Session 1", "A – Ann Lee", "Day 2 – Open Source", "B – Bo Lin");
            Assert.Equal(new int?[] { 1, 2 }, doc.Days.Select(d => d.Number).ToArray());
            Assert.Equal("Open Source", doc.Days[1].Sessions.Single().Title);
        }

        [Fact]
        public void Weekday_with_a_date_is_a_day()
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Wednesday 14 January – Session 1", "A Talk – Jane Doe");
            Day day = Assert.Single(doc.Days);
            Assert.Equal(DayOfWeek.Wednesday, day.Weekday);
            Assert.Equal("Session 1", Assert.Single(day.Sessions).Title);
            Assert.Equal("A Talk", Assert.Single(doc.Talks).Title);
        }

        [Theory]
        [InlineData("WED.", DayOfWeek.Wednesday, false)]               // any case, a trailing '.' or ','
        [InlineData("sat,", DayOfWeek.Saturday, false)]
        [InlineData("  Friday (16/1)  ", DayOfWeek.Friday, false)]     // white space around the part
        [InlineData("Open Source MINI-CONF", null, true)]              // the miniconf is the last word
        [InlineData("Tuesday\u00A0\u200B13th", DayOfWeek.Tuesday, false)] // a no-break space splits words too
        public void Day_parts_read_whatever_their_case_and_spacing(string dayPart, DayOfWeek? weekday, bool miniconf)
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – " + dayPart + " – Session 1", "A Talk – Jane Doe");
            Day day = Assert.Single(doc.Days);
            Assert.Equal(weekday, day.Weekday);
            Assert.Equal(miniconf ? SessionKind.Miniconf : SessionKind.Regular, Assert.Single(day.Sessions).Kind);
            Assert.Equal("A Talk", Assert.Single(doc.Talks).Title);
        }

        [Fact]
        public void No_conference_name_still_gives_day_and_session()
        {
            NotesDocument doc = Notes.Parse(
                "Day 1 – Session 2",
                "A Talk – Jane Doe",
                "  • a note");
            Conference conference = Assert.Single(doc.Conferences);
            Assert.Null(conference.Name);
            Assert.Null(conference.Year);
            Day day = Assert.Single(conference.Days);
            Assert.Equal(1, day.Number);
            Assert.Equal("Day 1", day.Label);
            Session session = Assert.Single(day.Sessions);
            Assert.Equal("Session 2", session.Title);
            Assert.Equal(2, session.Number);
            Assert.Equal("A Talk", Assert.Single(session.Talks).Title);
            Assert.DoesNotContain(doc.Diagnostics, d => d.Severity != NotesSeverity.Info);
        }

        [Fact]
        public void Newest_first_days_and_sessions_are_put_in_chronological_order()
        {
            NotesDocument doc = Notes.Parse(
                "LCA 2015 – Day 2 – Session 2",
                "D Talk – Dee Dee",
                "LCA 2015 – Day 2 – Session 1",
                "C Talk – Cee Cee",
                "LCA 2015 – Day 2 – Keynotes",
                "Kay Noat – Acme",
                "LCA 2015 – Day 1 – Session 1",
                "A Talk – Aye Aye");
            Assert.Equal(new int?[] { 1, 2 }, doc.Days.Select(d => d.Number).ToArray());
            Assert.Equal(new[] { "Session 1", "Keynotes", "Session 1", "Session 2" }, doc.Sessions.Select(s => s.Title).ToArray());
            Assert.Equal(new[] { 8, 6, 4, 2 }, doc.Talks.Select(t => t.Line).ToArray());
        }

        [Theory]
        [InlineData("Day 5|Friday 16 January|Day 3|Day 4|Day 2|Day 7", "Day 2|Friday 16 January|Day 3|Day 4|Day 5|Day 7")]
        [InlineData("Sysadmin Miniconf|Day 3|Day 1|Day 2", "Sysadmin Miniconf|Day 1|Day 2|Day 3")]
        [InlineData("Day 3|Day 2|Sysadmin Miniconf|Day 1", "Day 1|Sysadmin Miniconf|Day 2|Day 3")] // newest first: read backwards
        public void Numbered_days_among_others_are_in_number_order_and_the_others_stay_where_written(string written, string expected)
        {
            // The numbered days kept the file's order whenever one day was named otherwise.
            var lines = new List<string>();
            foreach (string day in written.Split('|')) lines.AddRange(new[] { "LCA 2015 – " + day + " – Session 1", "Talk on " + day + " – Ann Lee" });
            NotesDocument doc = Notes.Parse(lines.ToArray());
            Assert.Equal(expected, string.Join("|", doc.Days.Select(d => d.Label)));
        }

        [Theory]
        [InlineData("linux.conf.au|Linux.conf.au|Linux.conf.au", "Linux.conf.au")]
        [InlineData("Linux.conf.au|linux.conf.au|LINUX.CONF.AU", "Linux.conf.au")]   // as often each: the first
        [InlineData("LCA|lca|lca|Linux.conf.au", "lca")]
        public void A_conference_written_in_several_cases_is_named_as_most_headings_write_it(string names, string expected)
        {
            // It was named as its first heading wrote it.
            var lines = new List<string>();
            int n = 0;
            foreach (string name in names.Split('|')) lines.AddRange(new[] { name + " 2015 – Day 1 – Session " + ++n, "Talk " + n + " – Ann Lee" });
            NotesDocument doc = Notes.Parse(lines.ToArray());
            Assert.Equal(expected, doc.Conferences.First(c => string.Equals(c.Name, expected, System.StringComparison.OrdinalIgnoreCase)).Name);
            Assert.Equal(names.Contains("Linux") && names.Contains("LCA") ? 2 : 1, doc.Conferences.Count);
            Assert.DoesNotContain(doc.Diagnostics, d => d.Id == "NOTES001");
        }

        [Fact]
        public void Sessions_of_one_day_from_different_places_in_the_file_are_merged()
        {
            NotesDocument doc = Notes.Parse(
                "LCA 2015 – Day 1 – Session 1",
                "A Talk – Aye Aye",
                "LCA 2015 – Day 2 – Session 1",
                "B Talk – Bee Bee",
                "LCA 2015 – Day 1 – Session 2",
                "C Talk – Cee Cee");
            Assert.Equal(2, doc.Days.Count);
            Assert.Equal(new[] { "Session 1", "Session 2" }, doc.Days[0].Sessions.Select(s => s.Title).ToArray());
        }

        [Fact]
        public void Conferences_are_ordered_oldest_first()
        {
            NotesDocument doc = Notes.Parse(
                "LCA 2016 – Day 1 – Session 1",
                "New Talk – Jane Doe",
                "LCA 2015 – Day 1 – Session 1",
                "Old Talk – John Roe");
            Assert.Equal(new int?[] { 2015, 2016 }, doc.Conferences.Select(c => c.Year).ToArray());
            Assert.Equal("Old Talk", doc.Conferences[0].Talks.Single().Title);
            Assert.Equal("New Talk", doc.Conferences[1].Talks.Single().Title);
        }

        [Fact]
        public void Inline_misspelling_is_pulled_to_the_common_spelling_with_NOTES001()
        {
            string text = string.Join("\n",
                "Linux.conf.au 2015 – Day 1 – Session 1",
                "A Talk – Jane Doe",
                "Linux.conf.ay 2015 – Day 1 – Session 2",
                "B Talk – John Roe",
                "Linux.conf.au 2015 – Day 2 – Session 1",
                "C Talk – Joe Bloggs");
            NotesDocument doc = NotesParser.Parse(text, "x.notes");
            Conference conference = Assert.Single(doc.Conferences);
            Assert.Equal("Linux.conf.au", conference.Name);
            NotesDiagnostic d = Assert.Single(doc.Diagnostics);
            Assert.Equal(("NOTES001", NotesSeverity.Warning, 3, 1), (d.Id, d.Severity, d.Line, d.Column));
            Assert.Equal("x.notes", d.Path);
            Assert.Contains("Write 'Linux.conf.au'", d.Message);
        }

        [Fact]
        public void Close_spellings_used_as_often_stay_two_conferences_with_NOTES017_at_the_later()
        {
            // One heading each: neither is the common spelling, so nothing is filed under the other, and the writer is told.
            NotesDocument doc = Notes.Parse(
                "RustConf 2023 – Day 1 – Session 1",
                "A Talk – Jane Doe",
                "",
                "RustConv 2023 – Day 2 – Session 1",
                "B Talk – John Roe");
            Assert.Equal(new[] { "RustConf", "RustConv" }, doc.Conferences.Select(c => c.Name).ToArray());
            NotesDiagnostic d = Assert.Single(doc.Diagnostics);
            Assert.Equal(("NOTES017", NotesSeverity.Warning, 4, 1), (d.Id, d.Severity, d.Line, d.Column));
            Assert.StartsWith("'RustConv 2023' and 'RustConf 2023' (line 1) are spelt an edit or two apart", d.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_misspelling_goes_to_the_most_used_close_spelling_and_the_earliest_of_equals()
        {
            // Spellings used 2, 2 and 1 times: the one-off goes to the first of the two most used; those two stay two (NOTES017).
            NotesDocument doc = Notes.Parse(
                "PyCon AW 2019 – Day 1 – Session 1", "A – Jane Doe",
                "PyCon AU 2019 – Day 1 – Session 2", "B – Jane Doe",
                "PyCon AV 2019 – Day 2 – Session 1", "C – Jane Doe",
                "PyCon AV 2019 – Day 2 – Session 2", "D – Jane Doe",
                "PyCon AU 2019 – Day 3 – Session 1", "E – Jane Doe");
            Assert.Equal(new[] { "PyCon AU", "PyCon AV" }, doc.Conferences.Select(c => c.Name).OrderBy(n => n, System.StringComparer.Ordinal).ToArray());
            Assert.Equal(new[] { "A", "B", "E" }, doc.Conferences.Single(c => c.Name == "PyCon AU").Talks.Select(t => t.Title).ToArray());
            Assert.Equal(new[] { ("NOTES001", 1), ("NOTES017", 5) }, doc.Diagnostics.Select(d => (d.Id, d.Line)).ToArray());
        }

        [Theory]
        [InlineData("RustConf 2023", "RustConf 2023", "RustConv 2023", null)]   // two to one: NOTES001 files the one under the two
        [InlineData("RustConf 2023", "RustConv 2024", "RustConv 2024", null)]   // different years: two conferences, nothing to say
        [InlineData("RustConf 2023", "PyCon 2023", "PyCon 2023", null)]         // not close
        [InlineData("DebConf 2024", "DevConf 2024", "PyCon 2024", "NOTES017")]   // one each: two conferences, or a slip; said either way
        [InlineData("NDCs 2023", "NDC 2023", "PyCon 2023", null)]               // a name under four letters is never a slip of another,
        [InlineData("NDC 2023", "NDCs 2023", "PyCon 2023", null)]               // whichever comes first
        public void Close_spellings_are_NOTES017_only_when_neither_is_more_common(string first, string second, string third, string? expected)
        {
            NotesDocument doc = Notes.Parse(first + " – Day 1 – Session 1", "A – Jane Doe", second + " – Day 2 – Session 1", "B – John Roe", third + " – Day 3 – Session 1", "C – Bo Lin");
            Assert.Equal(expected, doc.Diagnostics.SingleOrDefault(d => d.Id == "NOTES017")?.Id);
        }

        [Fact]
        public void A_repeated_heading_stays_a_second_session_with_NOTES018_at_the_repeat()
        {
            NotesDocument doc = Notes.Parse(
                "Conf 2020 – Day 1 – Session 1",
                "A – Jane Doe",
                "",
                "Conf 2020 – Day 1 – Session 2",
                "B – John Roe",
                "",
                "Conf 2020 – Day 1 – Session 1",
                "C – Ann Lee");
            Assert.Equal(new[] { "Session 1:A", "Session 1:C", "Session 2:B" }, doc.Sessions.Select(s => s.Title + ":" + string.Concat(s.Talks.Select(t => t.Title))).ToArray());
            NotesDiagnostic d = Assert.Single(doc.Diagnostics);
            Assert.Equal(("NOTES018", NotesSeverity.Warning, 7, 1, "Conf 2020 – Day 1 – Session 1".Length), (d.Id, d.Severity, d.Line, d.Column, d.Length));
            Assert.StartsWith("'Conf 2020 – Day 1 – Session 1' names the same session as the heading at line 1;", d.Message, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Conf 2020 – Day 1 – Session 1", "conf 2020 - day 1 - SESSION 1", 1)]   // case and dashes: the same session
        [InlineData("Conf 2020 – Day 1 – Session 1 – Databases", "Conf 2020 – Day 1 – Session 1 - Databases", 1)]
        [InlineData("Conf 2020 – Day 1 – Lightning talks", "Conf 2020 – Day 1 – Lightning  Talks", 1)]
        [InlineData("Conf 2020 – Day 1 – C++", "Conf 2020 – Day 1 – C#", 0)]                     // punctuation counts
        [InlineData("Conf 2020 – Day 1 – Session 1.2", "Conf 2020 – Day 1 – Session 12", 0)]
        [InlineData("Conf 2020 – Day 1 – Session 1", "Conf 2020 – Day 1 – Session1", 0)]
        [InlineData("Conf 2020 – Day 1", "Conf 2020 – Day 1", 1)]                             // a day's heading with no session, twice
        [InlineData("Conf 2020 – Day 1 – Session 1", "Conf 2020 – Day 2 – Session 1", 0)]     // another day
        [InlineData("Conf 2020 – Day 1 – Session 1", "Conf 2021 – Day 1 – Session 1", 0)]     // another conference
        [InlineData("Conf 2020 – Day 1 – Session 1", "Conf 2020 – Day 1 – Session 11", 0)]    // another session
        [InlineData("Conf 2020 – Day 1", "Conf 2020 – Day 1 – ???", 0)]
        public void Headings_are_NOTES018_when_they_name_a_session_of_the_same_day_again(string first, string second, int expected)
        {
            NotesDocument doc = Notes.Parse(first, "A – Jane Doe", "", second, "B – John Roe");
            Assert.Equal(expected, doc.Diagnostics.Count(d => d.Id == "NOTES018"));
            Assert.Equal(2, doc.Sessions.Count);
        }

        [Fact]
        public void Inline_year_less_heading_joins_the_named_conference_with_NOTES002()
        {
            NotesDocument doc = Notes.Parse(
                "PyCon AU 2019 – Day 1 – Session 1",
                "A Talk – Jane Doe",
                "PyCon AU – Day 2 – Session 1",
                "B Talk – John Roe");
            Conference conference = Assert.Single(doc.Conferences);
            Assert.Equal(2019, conference.Year);
            Assert.Equal(2, conference.Days.Count);
            NotesDiagnostic d = Assert.Single(doc.Diagnostics);
            Assert.Equal(("NOTES002", NotesSeverity.Warning, 3, 1), (d.Id, d.Severity, d.Line, d.Column));
            Assert.Contains("Write 'PyCon AU 2019' in the heading", d.Message);
        }

        [Fact]
        public void Heading_text_and_line_are_kept()
        {
            NotesDocument doc = Notes.Parse("", "", "LCA 2015 – Day 1 – Lightning talks", "  • Jane Doe – Quick One");
            Session session = Assert.Single(doc.Sessions);
            Assert.Equal(3, session.Line);
            Assert.Equal("LCA 2015 – Day 1 – Lightning talks", session.Heading);
            Assert.Equal(SessionKind.Lightning, session.Kind);
        }
    }
}
