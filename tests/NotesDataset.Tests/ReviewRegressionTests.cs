using System;
using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>Inputs a review of the stop-31 parser changes found read wrongly, each as the notes should be read.</summary>
    public class ReviewRegressionTests
    {
        [Fact]
        public void A_misspelt_title_heading_is_one_NOTES001_on_its_own_line()
        {
            // The headings that took the name from "# DevConff 2024" reported it at their own line with its offset: a
            // negative column, which stopped the generator.
            string text = string.Join("\n", "# DevConff 2024", "## Day 1 – Session 1", "Talk – Jane Doe", "## Day 1 – Session 2", "Talk 2 – Jane Doe",
                "DevConf 2024 – Day 2 – Session 1", "Talk 3 – Ann Lee", "DevConf 2024 – Day 2 – Session 2", "Talk 4 – Bob Ray", "DevConf 2024 – Day 2 – Session 3", "Talk 5 – Bob Ray");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                NotesDiagnostic d = Assert.Single(doc.Diagnostics);
                Assert.Equal(("NOTES001", 1, 3), (d.Id, d.Line, d.Column));
                Assert.Equal("DevConff", Notes.TextAt(text, d));
                Assert.Equal("DevConf 2024", Assert.Single(doc.Conferences).ToString());
            }
        }

        [Fact]
        public void A_title_heading_after_a_heading_that_names_its_conference_is_prose_only()
        {
            NotesDocument doc = Notes.Parse("LCA 2024 – Day 1 – Session 1", "T – Ann Lee", "# Retrospective 2023", "## Day 2 – Session 1", "U – Bo Lin");
            Assert.Equal("LCA 2024", Assert.Single(doc.Conferences).ToString());

            // A heading with a year of its own ends a title heading's reach.
            doc = Notes.Parse("# DevConf 2024", "## Day 1 – Session 1", "T – Ann Lee", "## 2025 – Day 1 – Session 1", "U – Bo Lin");
            Assert.Equal(new[] { "2025", "DevConf 2024" }, doc.Conferences.Select(c => c.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToArray());
        }

        [Theory]
        [InlineData("LCA 2015 – Day 1, Tues – Session 1", "Day 1, Tues", "Session 1")]
        [InlineData("LCA 2015 – Day 2, Thurs 15 Jan – Session 1", "Day 2, Thurs 15 Jan", "Session 1")]
        [InlineData("LCA 2015 – Day 1, Friday the 13th – Session 1", "Day 1, Friday the 13th", "Session 1")]
        [InlineData("LCA 2015 – Day 1: Monday – Session 1", "Day 1: Monday", "Session 1")]
        [InlineData("LCA 2015 – Day 1, Monday (Miniconfs) – Session 1", "Day 1, Monday (Miniconfs)", "Session 1")]
        [InlineData("LCA 2015 – Day 1, Keynotes – Morning", "Day 1, Keynotes", "Morning")] // the day part is not the last: no split
        public void A_day_label_with_a_date_or_before_more_parts_is_not_split(string heading, string label, string session)
        {
            NotesDocument doc = Notes.Parse(heading, "A – Ann Lee");
            Day day = Assert.Single(doc.Days);
            Assert.Equal(label, day.Label);
            Session s = Assert.Single(day.Sessions);
            Assert.Equal((session, SessionKind.Regular), (s.Title, s.Kind == SessionKind.Other ? SessionKind.Regular : s.Kind));
        }

        [Theory]
        [InlineData("DevConf 2024 – Day 1:", "Day 1", 1, "")]
        [InlineData("DevConf 2024 – Day 1,", "Day 1", 1, "")]
        [InlineData("DevConf 2024 – Day 3, (Tue) Session 2", "Day 3", 3, "(Tue) Session 2")]
        [InlineData("DevConf 2024 – Day 4 (Friday), Session 1", "Day 4 (Friday)", 4, "Session 1")]
        [InlineData("DevConf 2024 – Day 4 (Friday)", "Day 4 (Friday)", 4, "")]
        public void A_comma_or_colon_after_the_day_or_its_parenthesis_ends_the_label(string heading, string label, int number, string session)
        {
            // A second review: "Day 1:" kept its colon, "(Tue) Session 2" was read as a date, "Day 4 (Friday), Session 1" was not split.
            Day day = Assert.Single(Notes.Parse(heading, "A – Ann Lee").Days);
            Assert.Equal((label, number), (day.Label, day.Number!.Value));
            Assert.Equal(session, Assert.Single(day.Sessions).Title);
        }

        [Theory]
        [InlineData("Conf 2020 – Day Five – Session 3", 24)]
        [InlineData("Linux.conf.au 2015 – Dad 3 – session 2", 30)]
        public void A_heading_whose_day_could_not_be_read_is_a_talk_with_NOTES022(string line, int column)
        {
            // A format review: such a line was silently a talk, with "Session 3" its speaker, and took the next talks' place.
            // Then a documentation review: with NOTES022 it still had "Session 3" for its speaker (in the speakers' index, a
            // member of People), where the README said it has none, as the other lines NOTES022 names have none.
            string text = "Conf 2020 – Day 1 – Session 1\nA – Ann Lee\n" + line + "\nB – Bo Lin";
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                NotesDiagnostic d = Assert.Single(doc.Diagnostics);
                Assert.Equal(("NOTES022", NotesSeverity.Warning, 3, column), (d.Id, d.Severity, d.Line, d.Column));
                Assert.Equal(line.Substring(line.LastIndexOf('–') + 2), Notes.TextAt(text, d));
                Assert.Equal(line, doc.Talks[1].Title);
                Assert.Empty(doc.Talks[1].Speakers);
                Assert.DoesNotContain(doc.Speakers, s => s.Name.StartsWith("Session", StringComparison.OrdinalIgnoreCase));
            }

            // Not for a talk whose speakers merely mention a session, nor for a heading.
            Assert.Empty(Notes.Parse("Conf 2020 – Day 1 – Session 1", "Recap – Session 3 Crew", "Conf 2020 – Day 2 – Session 3", "C – Cy Dee").Diagnostics);
        }

        [Fact]
        public void A_bold_word_alone_is_read_without_its_asterisks()
        {
            Talk talk = Assert.Single(Notes.Parse("LCA 2015 – Day 1 – Session 1", "**Keynote**", "  • a note").Talks);
            Assert.Equal(("Keynote", "**Keynote**"), (talk.Title, talk.LineText));
        }

        [Fact]
        public void NOTES017_quotes_the_name_written_where_it_points()
        {
            string text = string.Join("\n", "RustConv 2023 – Day 1 – Session 1", "A – Ann Lee", "RustConv 2023 – Day 1 – Session 2", "B – Ann Lee",
                "RustConv 2023 – Day 1 – Session 3", "C – Ann Lee", "rustconf 2023 – Day 2 – Session 1", "D – Bo Lin",
                "RustConf 2023 – Day 2 – Session 2", "E – Bo Lin", "RustConf 2023 – Day 2 – Session 3", "F – Bo Lin");
            NotesDocument doc = NotesParser.Parse(text);
            NotesDiagnostic d = Assert.Single(doc.Diagnostics, x => x.Id == "NOTES017");
            Assert.Equal("rustconf", Notes.TextAt(text, d));
            Assert.StartsWith("'rustconf 2023'", d.Message, StringComparison.Ordinal);
            Assert.Contains(doc.Conferences, c => c.Name == "RustConf"); // named as most headings write it
        }

        [Theory]
        [InlineData("**Welcome** – **Jane Doe**", "Welcome", "Jane Doe")]         // each part bold: read without the asterisks (stop 32)
        [InlineData("**Talk A** – John Smith", "Talk A", "John Smith")]
        [InlineData("**a** and **b** – Jane Doe", "**a** and **b**", "Jane Doe")]
        [InlineData("__init__", "__init__", "")]
        [InlineData("Title – ASP.NET", "Title", "ASP.NET")]             // a bare domain is no link here
        public void Partly_bold_lines_names_and_bare_domains_are_read_as_written(string line, string title, string speakers)
        {
            Talk talk = Assert.Single(Notes.Parse("LCA 2015 – Day 1 – Session 1", line, "  • a note").Talks);
            Assert.Equal(title, talk.Title);
            Assert.Equal(speakers, string.Join(",", talk.Speakers.Select(s => s.Name)));
        }

        [Theory]
        [InlineData("--- Day 2 ---")]
        [InlineData("-- Day 2 --")]
        [InlineData("cargo test -- --nocapture")]
        public void Hyphens_at_a_lines_edge_or_before_an_option_separate_nothing(string line)
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Session 1", "A – Ann Lee", line);
            Assert.Equal(new[] { "A" }, doc.Talks.Select(t => t.Title).ToArray());
            Assert.Equal(line, Assert.Single(doc.Sessions[0].Prose).Text);
            Assert.Equal("NOTES004", Assert.Single(doc.Diagnostics).Id);
        }

        [Fact]
        public void NOTES006_on_a_bold_line_spans_the_dash_alone()
        {
            string text = "LCA 2015 – Day 1 – Session 1\n**Title –**";
            NotesDiagnostic d = Assert.Single(NotesParser.Parse(text).Diagnostics);
            Assert.Equal(("NOTES006", "–"), (d.Id, Notes.TextAt(text, d)));
        }

        [Fact]
        public void A_conference_without_a_year_is_named_as_most_headings_write_it()
        {
            NotesDocument doc = Notes.Parse("linux.conf.au – Day 1 – Session 1", "A – Ann Lee", "Linux.conf.au – Day 1 – Session 2", "B – Bo Lin", "Linux.conf.au – Day 2 – Session 1", "C – Cy Dee");
            Assert.Equal("Linux.conf.au", Assert.Single(doc.Conferences).Name);
        }
    }
}
