using System;
using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>Bullets, indentation, line breaks and odd white space.</summary>
    public class LayoutTests
    {
        private const string Heading = "LCA 2015 – Day 1 – Session 1";

        private static string Tree(Note note) => note.Children.Count == 0 ? note.Text : note.Text + "(" + string.Join(",", note.Children.Select(Tree)) + ")";

        private static string Tree(Talk talk) => string.Join(",", talk.Notes.Select(Tree));

        [Theory]
        [InlineData("•")]
        [InlineData("-")]
        [InlineData("*")]
        public void Bullet_markers(string marker)
        {
            string text = string.Join("\n", Heading, "A Talk – Jane Doe", "  " + marker + " one", "    " + marker + " two", "  " + marker + " three");
            NotesDocument doc = NotesParser.Parse(text);
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("one(two),three", Tree(talk));
            Assert.All(talk.AllNotes(), n => Assert.True(n.IsBullet));
            Assert.Equal(new[] { 3, 5, 3 }, talk.AllNotes().Select(n => n.Column).ToArray());
            Assert.Empty(doc.Diagnostics);
        }

        [Fact]
        public void Numbered_items_under_a_talk_are_bullets_that_keep_their_numbers()
        {
            // Markdown's ordered lists. Each numbered line was kept as prose of the talk, with a NOTES004 info.
            string text = string.Join("\n", Heading, "A Talk – Jane Doe", "  1. one", "     - one a", "  2) two", "  10.\tten", "  3.", "  1.5 million is prose", "  4.x is prose");
            NotesDocument doc = NotesParser.Parse(text);
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("one(one a),two,ten,,1.5 million is prose,4.x is prose", Tree(talk));
            Assert.Equal(new[] { "1.", "-", "2)", "10.", "3.", null, null }, talk.AllNotes().Select(n => n.Bullet).ToArray());
            Assert.Equal(new[] { 3, 6, 3, 3, 3, 3, 3 }, talk.AllNotes().Select(n => n.Column).ToArray());
            Assert.Equal(new[] { 8, 9 }, doc.Diagnostics.Select(d => d.Line).ToArray()); // NOTES004 for the prose lines only
            Assert.All(doc.Diagnostics, d => Assert.Equal("NOTES004", d.Id));

            // Rendered with their markers, and parsed back the same.
            string rendered = NotesWriter.Render(doc);
            Assert.Contains("  1. one\n", rendered);
            Assert.Contains("  10. ten\n", rendered);
            Talk again = Assert.Single(NotesParser.Parse(rendered).Talks);
            Assert.Equal(Tree(talk), Tree(again));
            Assert.Equal(talk.AllNotes().Select(n => n.Bullet), again.AllNotes().Select(n => n.Bullet));
        }

        [Fact]
        public void A_numbered_line_at_the_margin_or_before_any_talk_reads_as_it_did()
        {
            // At the margin a number starts a talk line, as numbered agendas write them; before a session's first talk an
            // indented line is the session's prose, numbered or not; ten digits are not a list number.
            string text = string.Join("\n", Heading, "  1. before the talks", "1. Opening – Jane Doe", "  1234567890. not a marker", "2. Closing – John Roe", "  • a note");
            NotesDocument doc = NotesParser.Parse(text);
            Assert.Equal(new[] { "1. Opening", "2. Closing" }, doc.Talks.Select(t => t.Title).ToArray());
            Note prose = Assert.Single(Assert.Single(doc.Sessions).Prose);
            Assert.Equal(("1. before the talks", false), (prose.Text, prose.IsBullet));
            Note notANumber = Assert.Single(doc.Talks[0].Notes);
            Assert.Equal(("1234567890. not a marker", false), (notANumber.Text, notANumber.IsBullet));
        }

        [Fact]
        public void Mixed_bullet_markers_in_one_talk()
        {
            NotesDocument doc = Notes.Parse(Heading, "A Talk – Jane Doe", "• one", "  - two", "    * three", "• four");
            Assert.Equal("one(two(three)),four", Tree(Assert.Single(doc.Talks)));
        }

        [Fact]
        public void A_hyphen_without_a_space_is_not_a_bullet()
        {
            NotesDocument doc = Notes.Parse(Heading, "A Talk – Jane Doe", "  • -5 degrees");
            Assert.Equal("-5 degrees", Assert.Single(Assert.Single(doc.Talks).Notes).Text);
        }

        [Fact]
        public void Tab_indentation_nests()
        {
            NotesDocument doc = Notes.Parse(Heading, "A Talk – Jane Doe", "\t• one", "\t\t• two", "\t\t\t• three", "\t• four");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("one(two(three)),four", Tree(talk));
            Assert.Equal(2, talk.Notes[0].Column);
        }

        [Fact]
        public void A_tab_counts_to_the_next_multiple_of_four()
        {
            NotesDocument doc = Notes.Parse(Heading, "A Talk – Jane Doe", "    • four spaces", "\t• one tab", "  \t  • tab then two", "  • two spaces");
            // "\t" is column 4 like four spaces (siblings); "  \t  " is 4 + 2 = 6 (a child); two spaces is shallower than both.
            Assert.Equal("four spaces,one tab(tab then two),two spaces", Tree(Assert.Single(doc.Talks)));
        }

        [Fact]
        public void Tabs_inside_lines_are_white_space()
        {
            NotesDocument doc = Notes.Parse(Heading, "A Talk\t–\tJane Doe", "  •\tnote\t");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("A Talk", talk.Title);
            Assert.Equal(new[] { "Jane Doe" }, talk.Speakers.Select(s => s.Name).ToArray());
            Assert.Equal("note", talk.Notes.Single().Text);
        }

        [Fact]
        public void Crlf_gives_the_same_model_as_lf()
        {
            string[] lines = { Heading, "", "A Talk – Jane Doe", "", "  • one", "    • two", "B Talk – John Roe", "  • three" };
            NotesDocument lf = NotesParser.Parse(string.Join("\n", lines));
            NotesDocument crlf = NotesParser.Parse(string.Join("\r\n", lines) + "\r\n");
            Assert.Equal(lf.Talks.Select(t => t.Title + "|" + t.Line + "|" + Tree(t)), crlf.Talks.Select(t => t.Title + "|" + t.Line + "|" + Tree(t)));
            Assert.Equal(lf.Talks.SelectMany(t => t.AllNotes()).Select(n => n.Line), crlf.Talks.SelectMany(t => t.AllNotes()).Select(n => n.Line));
            Assert.DoesNotContain(crlf.Talks.SelectMany(t => t.AllNotes()), n => n.Text.Contains('\r'));
            Assert.DoesNotContain(crlf.Talks, t => t.Title.Contains('\r') || t.Speakers.Any(s => s.Name.Contains('\r')));
            Assert.Equal("Session 1", crlf.Sessions.Single().Title);
        }

        [Fact]
        public void Cr_only_line_breaks_are_line_breaks()
        {
            NotesDocument doc = NotesParser.Parse(string.Join("\r", Heading, "A Talk – Jane Doe", "  • one"));
            Assert.Equal("one", Assert.Single(Assert.Single(doc.Talks).Notes).Text);
            Assert.Equal(3, doc.Talks[0].Notes[0].Line);
        }

        [Fact]
        public void A_byte_order_mark_is_not_part_of_the_heading()
        {
            string text = "\uFEFF" + string.Join("\n", Heading, "A Talk – Jane Doe", "  • one");
            NotesDocument doc = NotesParser.Parse(text);
            Conference conference = Assert.Single(doc.Conferences);
            Assert.Equal("LCA", conference.Name);
            Assert.Equal(2015, conference.Year);
            Assert.Equal(1, doc.Sessions.Single().Line);
            Assert.Equal("A Talk", doc.Talks.Single().Title);
            Assert.DoesNotContain(doc.Diagnostics, d => d.Severity != NotesSeverity.Info);
            Notes.AssertLossless(text, doc);
        }

        [Fact]
        public void A_file_with_a_byte_order_mark_reads_the_same()
        {
            string path = System.IO.Path.GetTempFileName();
            try
            {
                System.IO.File.WriteAllText(path, string.Join("\n", Heading, "A Talk – Jane Doe", "  • one"), new System.Text.UTF8Encoding(true));
                NotesDocument doc = NotesParser.ParseFile(path);
                Assert.Equal("LCA", doc.Conferences.Single().Name);
                Assert.Equal(path, doc.Path);
                Assert.Equal("one", doc.Talks.Single().Notes.Single().Text);
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }

        [Fact]
        public void Non_breaking_spaces_are_white_space()
        {
            string text = string.Join("\n",
                "LCA 2015\u00A0– Day 1 –\u00A0Session 1",
                "\u00A0",
                "A\u00A0Talk\u00A0–\u00A0Jane\u00A0Doe",
                "\u00A0\u00A0• one\u00A0",
                "\u00A0\u00A0\u00A0\u00A0• two",
                "\u00A0\u00A0\u00A0");
            NotesDocument doc = NotesParser.Parse(text);
            Session session = Assert.Single(doc.Sessions);
            Assert.Equal("Session 1", session.Title);
            Assert.Equal(1, session.Day.Number);
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("A Talk", talk.Title.Replace('\u00A0', ' '));
            Assert.Equal("Jane Doe", Assert.Single(talk.Speakers).Name.Replace('\u00A0', ' '));
            Assert.Equal("one(two)", Tree(talk));
            Assert.Empty(doc.Diagnostics);
            Notes.AssertLossless(text, doc);
        }

        [Fact]
        public void Deep_nesting_is_kept()
        {
            NotesDocument doc = Notes.Parse(
                Heading,
                "Deep – Jane Doe",
                "  • l1",
                "    • l2",
                "      • l3",
                "        • l4",
                "          • l5",
                "            • l6",
                "      • l3b",
                "  • l1b");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("l1(l2(l3(l4(l5(l6))),l3b)),l1b", Tree(talk));
            Note l6 = talk.AllNotes().Single(n => n.Text == "l6");
            Assert.Equal(8, l6.Line);
            Assert.Equal(13, l6.Column);
        }

        [Fact]
        public void Very_deep_nesting_keeps_every_line()
        {
            var lines = new System.Collections.Generic.List<string> { Heading, "Deep – Jane Doe" };
            for (int i = 0; i < 200; i++) lines.Add(new string(' ', 2 * i) + "• level " + i);
            string text = string.Join("\n", lines);
            NotesDocument doc = NotesParser.Parse(text);
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal(200, talk.AllNotes().Count());
            Assert.Equal(Enumerable.Range(0, 200).Select(i => "level " + i), talk.AllNotes().Select(n => n.Text));
            Notes.AssertLossless(text, doc);
            Assert.Contains("level 199", NotesJson.ToJson(doc));
        }

        [Fact]
        public void File_cut_off_mid_line_keeps_the_partial_note()
        {
            string text = string.Join("\n", Heading, "A Talk – Jane Doe", "  • one", "    • two is cut of");
            NotesDocument doc = NotesParser.Parse(text);
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("one(two is cut of)", Tree(talk));
            Notes.AssertLossless(text, doc);
        }

        [Fact]
        public void File_cut_off_in_the_talk_line()
        {
            string text = Heading + "\nA Talk – Ja";
            NotesDocument doc = NotesParser.Parse(text);
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("A Talk", talk.Title);
            Assert.Equal("Ja", Assert.Single(talk.Speakers).Name);
            Assert.Empty(talk.Notes);
        }

        [Fact]
        public void File_cut_off_after_a_bare_bullet_or_a_carriage_return()
        {
            string text = Heading + "\r\nA Talk – Jane Doe\r\n  • one\r\n  •";
            NotesDocument doc = NotesParser.Parse(text);
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal(new[] { 3, 4 }, talk.Notes.Select(n => n.Line).ToArray());
            Assert.Equal("", talk.Notes[1].Text);
            Notes.AssertLossless(text, doc);

            string cr = Heading + "\nA Talk – Jane Doe\n  • one\r";
            Assert.Equal("one", NotesParser.Parse(cr).Talks.Single().Notes.Single().Text);
        }

        [Fact]
        public void Empty_and_blank_inputs_give_an_empty_document()
        {
            foreach (string text in new[] { "", "\n\n", "  \t\u00A0\r\n\u00A0", "\uFEFF" })
            {
                NotesDocument doc = NotesParser.Parse(text);
                Assert.Empty(doc.Talks);
                Assert.Empty(doc.Sessions);
                Assert.Empty(doc.Prose);
                Assert.Empty(doc.Diagnostics);
            }

            Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => NotesParser.Parse(null!)).ParamName);
        }
    }
}
