using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>The seed's two odd headings are filed under LCA 2015 and reported where they are.</summary>
    public class SeedDiagnosticsTests
    {
        private static NotesDocument Doc => Seed.Document;

        [Fact]
        public void Misspelt_heading_lands_in_LCA_2015_with_NOTES001_at_its_line()
        {
            Session session = Doc.Sessions.Single(s => s.Line == 250);
            Assert.Equal("Linux.conf.ay 2015 – Day 4 – Session 3", session.Heading);
            Assert.Equal("Session 3", session.Title);
            Assert.Equal(4, session.Day.Number);
            Assert.Equal("Linux.conf.au", session.Day.Conference.Name);
            Assert.Equal(2015, session.Day.Conference.Year);

            NotesDiagnostic d = Assert.Single(Doc.Diagnostics, x => x.Id == "NOTES001");
            Assert.Equal(NotesSeverity.Warning, d.Severity);
            Assert.Equal(250, d.Line);
            Assert.Equal(1, d.Column);
            Assert.Equal(Seed.FilePath, d.Path);
            Assert.Contains("Linux.conf.ay", d.Message);
            Assert.Contains("Write 'Linux.conf.au'", d.Message);
        }

        [Fact]
        public void Year_less_heading_lands_in_LCA_2015_with_NOTES002_at_its_line()
        {
            Session session = Doc.Sessions.Single(s => s.Line == 458);
            Assert.Equal("Lightning talks", session.Title);
            Assert.Equal(3, session.Day.Number);
            Assert.Same(Doc.Conferences[0], session.Day.Conference);

            NotesDiagnostic d = Assert.Single(Doc.Diagnostics, x => x.Id == "NOTES002");
            Assert.Equal(NotesSeverity.Warning, d.Severity);
            Assert.Equal(458, d.Line);
            Assert.Equal(1, d.Column);
            Assert.Contains("Write 'Linux.conf.au 2015'", d.Message);
        }

        [Fact]
        public void Diagnostic_offsets_agree_with_line_and_column()
        {
            var lines = Notes.Lines(Seed.Text);
            foreach (NotesDiagnostic d in Doc.Diagnostics)
            {
                int lineStart = 0;
                for (int i = 0; i < d.Line - 1; i++) lineStart = Seed.Text.IndexOf('\n', lineStart) + 1;
                Assert.Equal(lineStart + d.Column - 1, d.Start);
                Assert.True(d.Length >= 0 && d.Column - 1 + d.Length <= lines[d.Line - 1].Length);
            }
        }

        [Fact]
        public void The_seed_has_exactly_the_two_warnings_and_no_errors()
        {
            Assert.Equal(new[] { "NOTES001@250", "NOTES002@458" },
                Doc.Diagnostics.Where(d => d.Severity != NotesSeverity.Info).Select(d => d.Id + "@" + d.Line).ToArray());
        }

        [Fact]
        public void The_seed_has_three_diagnostics_in_file_order()
        {
            // README: the misspelt heading, the prose line under the keynotes, the year-less lightning heading.
            Assert.Equal(new[] { "NOTES001@250", "NOTES004@456", "NOTES002@458" }, Doc.Diagnostics.Select(d => d.Id + "@" + d.Line).ToArray());
        }

        [Fact]
        public void The_prose_line_is_reported_as_info_NOTES004()
        {
            NotesDiagnostic d = Assert.Single(Doc.Diagnostics, x => x.Id == "NOTES004");
            Assert.Equal(NotesSeverity.Info, d.Severity);
            Assert.Equal(456, d.Line);
            Assert.Equal(1, d.Column);
        }

        [Fact]
        public void Diagnostics_print_like_compiler_messages()
        {
            NotesDiagnostic d = Doc.Diagnostics.Single(x => x.Id == "NOTES001");
            Assert.StartsWith(Seed.FilePath + "(250,1): warning NOTES001: ", d.ToString());
        }
    }
}
