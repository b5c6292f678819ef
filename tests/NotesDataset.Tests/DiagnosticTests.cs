using System.Linq;
using NotesDataset.Parsing;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>Each diagnostic: id, severity, line, column, and a message that says what to write instead.</summary>
    public class DiagnosticTests
    {
        private const string Heading = "LCA 2015 – Day 1 – Session 1";

        private static NotesDiagnostic Only(NotesDocument doc, string id) => Assert.Single(doc.Diagnostics, d => d.Id == id);

        [Fact]
        public void Unindented_prose_in_a_session_is_kept_with_info_NOTES004()
        {
            NotesDocument doc = Notes.Parse(Heading, "A Talk – Jane Doe", "  • one", "", "Someone asked about the weather.", "", "LCA 2015 – Day 1 – Session 2", "B Talk – John Roe");
            Session session = doc.Sessions.First(s => s.Title == "Session 1");
            Note prose = Assert.Single(session.Prose);
            Assert.Equal("Someone asked about the weather.", prose.Text);
            Assert.Equal((5, 1, false), (prose.Line, prose.Column, prose.IsBullet));
            Assert.Equal(new[] { "one" }, doc.Talks[0].Notes.Select(n => n.Text).ToArray());

            NotesDiagnostic d = Assert.Single(doc.Diagnostics);
            Assert.Equal(("NOTES004", NotesSeverity.Info, 5, 1), (d.Id, d.Severity, d.Line, d.Column));
            Assert.Contains("Start it with '• '", d.Message);
            Assert.Contains("write 'Title – Speaker'", d.Message);
        }

        [Fact]
        public void Indented_text_under_a_talk_is_kept_as_a_note_with_NOTES004()
        {
            string text = string.Join("\n", Heading, "A Talk – Jane Doe", "  • one", "   a wrapped line", "  • two");
            NotesDocument doc = NotesParser.Parse(text, "t.notes");
            Talk talk = Assert.Single(doc.Talks);
            Note wrapped = talk.AllNotes().Single(n => n.Text == "a wrapped line");
            Assert.False(wrapped.IsBullet);
            Assert.Equal((4, 4), (wrapped.Line, wrapped.Column));
            Assert.Equal(new[] { "one", "two" }, talk.Notes.Where(n => n.IsBullet).Select(n => n.Text).ToArray());

            NotesDiagnostic d = Only(doc, "NOTES004");
            Assert.Equal((NotesSeverity.Info, 4, 4), (d.Severity, d.Line, d.Column));
            Assert.Equal("t.notes", d.Path);
            Notes.AssertLossless(text, doc);
        }

        [Fact]
        public void An_indented_talk_line_is_told_to_start_at_the_left_margin()
        {
            // The advice was "write 'Title – Speaker' to make it a talk", which the line already was. (Under a heading, with
            // no talk above it, such a line is a talk.)
            NotesDocument doc = NotesParser.Parse(string.Join("\n", Heading, "Talk – Bo Lin", "  Talk one – Ann Lee"), "t.notes");
            NotesDiagnostic d = Only(doc, "NOTES004");
            Assert.Contains("write 'Title – Speaker' at the left margin to make it a talk", d.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Prose_before_any_heading_is_kept_as_file_prose()
        {
            string text = string.Join("\n", "My notes from the conference", "", Heading, "A Talk – Jane Doe");
            NotesDocument doc = NotesParser.Parse(text);
            Note prose = Assert.Single(doc.Prose);
            Assert.Equal(("My notes from the conference", 1, 1), (prose.Text, prose.Line, prose.Column));
            NotesDiagnostic d = Assert.Single(doc.Diagnostics);
            Assert.Equal(("NOTES004", NotesSeverity.Info, 1, 1), (d.Id, d.Severity, d.Line, d.Column));
            Assert.Equal("A Talk", Assert.Single(doc.Talks).Title);
            Notes.AssertLossless(text, doc);
        }

        [Fact]
        public void Talk_before_any_heading_gives_NOTES003()
        {
            string text = string.Join("\n", "Early Talk – Jane Doe", "  • one", Heading, "A Talk – John Roe");
            NotesDocument doc = NotesParser.Parse(text);
            Talk early = Assert.Single(doc.Talks, t => t.Title == "Early Talk");
            Assert.Equal(1, early.Line);
            Assert.Equal(0, early.Session.Line);
            Assert.Equal("one", Assert.Single(early.Notes).Text);

            NotesDiagnostic d = Only(doc, "NOTES003");
            Assert.Equal((NotesSeverity.Warning, 1, 1), (d.Severity, d.Line, d.Column));
            Assert.Contains("Add a heading such as", d.Message);
            Assert.Single(doc.Diagnostics);
            Notes.AssertLossless(text, doc);
        }

        [Fact]
        public void Bullets_before_any_heading_give_NOTES003_and_are_kept()
        {
            string text = string.Join("\n", "  • stray", "    • strayer", Heading, "A Talk – John Roe");
            NotesDocument doc = NotesParser.Parse(text);
            Assert.Equal(new[] { "stray", "strayer" }, doc.Talks.SelectMany(t => t.AllNotes()).Select(n => n.Text).ToArray());
            NotesDiagnostic d = Only(doc, "NOTES003");
            Note stray = doc.Talks.SelectMany(t => t.AllNotes()).Single(n => n.Text == "stray");
            Assert.Equal((NotesSeverity.Warning, 1, 3), (d.Severity, d.Line, d.Column)); // at the bullet, like the note
            Assert.Equal(stray.Column, d.Column);
            Assert.Contains("Add a heading such as", d.Message);
            Notes.AssertLossless(text, doc);
        }

        [Fact]
        public void Talk_line_without_a_title_gives_NOTES005()
        {
            NotesDocument doc = Notes.Parse(Heading, "### – Jane Doe", "  • one");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal(new[] { "Jane Doe" }, talk.Speakers.Select(s => s.Name).ToArray());
            Assert.NotEqual("", talk.Title);
            Assert.Equal("one", Assert.Single(talk.Notes).Text);

            NotesDiagnostic d = Only(doc, "NOTES005");
            Assert.Equal((NotesSeverity.Warning, 2, 5), (d.Severity, d.Line, d.Column));
            Assert.Contains("'" + talk.Title + "'", d.Message);
            Assert.Contains("Write 'Title – Speaker'", d.Message);
        }

        [Fact]
        public void Talk_line_ending_with_a_dash_gives_NOTES006_at_the_dash()
        {
            NotesDocument doc = Notes.Parse(Heading, "A Talk –", "  • one");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("A Talk", talk.Title);
            Assert.Empty(talk.Speakers);
            Assert.Equal("one", Assert.Single(talk.Notes).Text);

            NotesDiagnostic d = Only(doc, "NOTES006");
            Assert.Equal((NotesSeverity.Warning, 2, 8), (d.Severity, d.Line, d.Column)); // "A Talk –": the dash is column 8
            Assert.Contains("Write 'Title – Speaker'", d.Message);
            Assert.Contains("its title alone with its notes as bullets under it", d.Message);

            // The audit: the advice was "drop the dash", which, for a talk with nothing under it, made the line prose.
            Assert.Empty(Notes.Parse(Heading, "Closing remarks").Talks);
        }

        [Fact]
        public void Control_characters_give_NOTES007_and_are_kept()
        {
            string text = string.Join("\n", Heading, "A Talk – Jane Doe", "  • ring \u0007 bell");
            NotesDocument doc = NotesParser.Parse(text);
            Assert.Equal("ring \u0007 bell", doc.Talks.Single().Notes.Single().Text);

            NotesDiagnostic d = Only(doc, "NOTES007");
            Assert.Equal((NotesSeverity.Warning, 3), (d.Severity, d.Line));
            Assert.Equal("  • ring \u0007".Length, d.Column); // at the character, not the line's start
            Assert.Equal(1, d.Length);
            Assert.Contains("U+0007", d.Message);
            Assert.Contains("Remove them", d.Message);
        }

        [Fact]
        public void NUL_gives_one_NOTES008_error_and_keeps_every_line()
        {
            string text = string.Join("\n", Heading, "A Talk – Jane Doe", "  • bin\0ary", "  • more\0nul\0s", "B\0 – x");
            NotesDocument doc = NotesParser.Parse(text);
            NotesDiagnostic d = Only(doc, "NOTES008");
            Assert.Equal((NotesSeverity.Error, 3), (d.Severity, d.Line));
            Assert.Equal(("  • bin\0".Length, 1), (d.Column, d.Length)); // the first NUL
            Assert.Contains("Pass only UTF-8 text files", d.Message);
            Assert.Contains("read as text all the same", d.Message);
            Assert.DoesNotContain(doc.Diagnostics, x => x.Id == "NOTES007");
            Notes.AssertLossless(text, doc);
        }

        [Fact]
        public void Diagnostics_are_in_file_order()
        {
            NotesDocument doc = Notes.Parse("Early – Jane Doe", Heading, "A Talk –", "Untitled remark", "### – John Roe", "  • x\u0001");
            Assert.Equal(new[] { "NOTES003", "NOTES006", "NOTES004", "NOTES005", "NOTES007" }, doc.Diagnostics.Select(d => d.Id).ToArray());
            Assert.Equal(new[] { 1, 3, 4, 5, 6 }, doc.Diagnostics.Select(d => d.Line).ToArray());
        }

        [Fact]
        public void Each_rule_reports_at_most_a_hundred_times_but_every_line_is_kept()
        {
            var lines = new System.Collections.Generic.List<string> { Heading, "A Talk – Jane Doe" };
            for (int i = 0; i < 300; i++) lines.Add("  • bell\u0007 " + i);
            string text = string.Join("\n", lines);
            NotesDocument doc = NotesParser.Parse(text);
            Assert.Equal(NotesSyntaxParser.MaxDiagnosticsPerRule, doc.Diagnostics.Count(d => d.Id == "NOTES007"));
            Assert.Equal(300, doc.Talks.Single().Notes.Count);

            // The last one reported says how many were not.
            NotesDiagnostic[] bells = doc.Diagnostics.Where(d => d.Id == "NOTES007").ToArray();
            Assert.EndsWith(" (200 more like this in the file are not reported.)", bells[^1].Message, System.StringComparison.Ordinal);
            Assert.Equal(102, bells[^1].Line);
            Assert.All(bells.Take(bells.Length - 1), d => Assert.DoesNotContain("not reported", d.Message, System.StringComparison.Ordinal));
        }

        [Fact]
        public void Rule_table_has_ids_NOTES001_to_NOTES008_each_saying_what_to_do()
        {
            Assert.Equal(Enumerable.Range(1, 8).Select(i => "NOTES00" + i), NotesRules.All.Take(8).Select(r => r.Id));
            Assert.Equal(NotesRules.All.Length, NotesRules.All.Select(r => r.Id).Distinct().Count());
            string[] advice = { "Write '", "Write '", "Add a heading", "{1}", "Write '", "Write '", "Remove them", "Pass only" }; // NOTES004's depends on the line
            for (int i = 0; i < advice.Length; i++) Assert.Contains(advice[i], NotesRules.All[i].Format);
            Assert.Equal(NotesSeverity.Error, NotesRules.NotText.Severity);
            Assert.Equal(NotesSeverity.Info, NotesRules.Prose.Severity);
        }
    }
}
