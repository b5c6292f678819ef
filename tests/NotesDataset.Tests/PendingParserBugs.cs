// Tests for parser bugs that are reported but not fixed yet. They fail today, so they are compiled only with
//     dotnet test tests/NotesDataset.Tests -p:PendingParserBugs=true
// When a bug is fixed, move its test into the matching test class and delete it here.
#if PENDING_PARSER_BUGS
using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    public class PendingParserBugs
    {
        private const string Heading = "LCA 2015 – Day 1 – Session 1";

        /// <summary>
        /// Spec: "LCA 2016 – Sysadmin Miniconf – Session 1" gives session kind Miniconf.
        /// Actual: Regular. The heading parser only uses the miniconf day when the session has no title, and a
        /// title containing "Session" makes KindOf return Regular before the day is considered.
        /// </summary>
        [Fact]
        public void Miniconf_day_with_a_session_title_is_a_miniconf_session()
        {
            NotesDocument doc = Notes.Parse("LCA 2016 – Sysadmin Miniconf – Session 1", "Backups – Jane Doe", "  • test restores");
            Day day = Assert.Single(Assert.Single(doc.Conferences).Days);
            Assert.Equal("Sysadmin Miniconf", day.Label);
            Session session = Assert.Single(day.Sessions);
            Assert.Equal("Session 1", session.Title);
            Assert.Equal(1, session.Number);
            Assert.Equal(SessionKind.Miniconf, session.Kind);
        }

        /// <summary>
        /// A talk whose title starts with a weekday is read as a heading: "Monday Morning Blues – Jane Doe" under a
        /// heading becomes a new day "Monday Morning Blues" with a session "Jane Doe", and the talk is lost (the
        /// bullets become a session-named talk "Jane Doe" with no speaker). TryParseDay accepts any phrase of up to
        /// four words whose first word is a weekday.
        /// </summary>
        [Fact]
        public void Talk_title_starting_with_a_weekday_is_not_a_heading()
        {
            NotesDocument doc = Notes.Parse(Heading, "Monday Morning Blues – Jane Doe", "  • note");
            Session session = Assert.Single(doc.Sessions);
            Talk talk = Assert.Single(session.Talks);
            Assert.Equal("Monday Morning Blues", talk.Title);
            Assert.Equal(new[] { "Jane Doe" }, talk.Speakers.Select(s => s.Name).ToArray());
        }

        /// <summary>
        /// Same cause: any part of up to five words containing "miniconf" is a day, so the talk
        /// "Why every miniconf needs you – Jane Doe" becomes a heading.
        /// </summary>
        [Fact]
        public void Talk_title_mentioning_a_miniconf_is_not_a_heading()
        {
            NotesDocument doc = Notes.Parse(Heading, "Why every miniconf needs you – Jane Doe", "  • note");
            Talk talk = Assert.Single(Assert.Single(doc.Sessions).Talks);
            Assert.Equal("Why every miniconf needs you", talk.Title);
            Assert.Equal(new[] { "Jane Doe" }, talk.Speakers.Select(s => s.Name).ToArray());
        }

        /// <summary>
        /// A URL with balanced parentheses loses its closing one: "(http://en.wikipedia.org/wiki/Foo_(bar))" gives
        /// "http://en.wikipedia.org/wiki/Foo_(bar". AsLink trims every trailing ')' without matching it against
        /// an '(' inside the link.
        /// </summary>
        [Fact]
        public void Link_keeps_balanced_parentheses()
        {
            NotesDocument doc = Notes.Parse(Heading, "A – Jane Doe", "  • see (http://en.wikipedia.org/wiki/Foo_(bar)) for more");
            Assert.Equal(new[] { "http://en.wikipedia.org/wiki/Foo_(bar)" }, doc.Talks.Single().Links.ToArray());
        }

        /// <summary>
        /// NOTES003 on a bullet points after the bullet marker (column 5 for "  • stray"), while the note itself
        /// and every other line diagnostic (NOTES004 on indented text) point at the first non-blank character,
        /// the bullet (column 3).
        /// </summary>
        [Fact]
        public void NOTES003_on_a_bullet_points_at_the_bullet()
        {
            NotesDocument doc = Notes.Parse("  • stray", Heading, "A – Jane Doe");
            Note stray = doc.Talks.SelectMany(t => t.AllNotes()).Single(n => n.Text == "stray");
            NotesDiagnostic d = Assert.Single(doc.Diagnostics, x => x.Id == "NOTES003");
            Assert.Equal(1, d.Line);
            Assert.Equal(stray.Column, d.Column);
        }
    }
}
#endif
