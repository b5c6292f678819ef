// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
using System.Collections.Generic;

namespace NotesDataset
{
    /// <summary>What kind of session a heading names, read from its title.</summary>
#if NOTESDATASET_GENERATOR
    internal
#else
    public
#endif
    enum SessionKind
    {
        /// <summary>An ordinary numbered session ("Session 2").</summary>
        Regular = 0,

        /// <summary>A keynote ("Keynotes").</summary>
        Keynote = 1,

        /// <summary>A panel ("Keynote/Panel").</summary>
        Panel = 2,

        /// <summary>Lightning talks: each top-level bullet "Speaker – Title" is a talk.</summary>
        Lightning = 3,

        /// <summary>A miniconf.</summary>
        Miniconf = 4,

        /// <summary>Anything else.</summary>
        Other = 5,
    }
}

namespace NotesDataset.Parsing
{
    /// <summary>How a talk was written, which decides how its first line is read.</summary>
    internal enum TalkForm : byte
    {
        /// <summary>"Title – Speaker", "Title by Speaker", or a title alone followed by bullets.</summary>
        TitleSpeaker = 0,

        /// <summary>"Speaker – Affiliation" in a keynote session.</summary>
        SpeakerAffiliation = 1,

        /// <summary>A top-level bullet "Speaker – Title" in a lightning-talk session.</summary>
        LightningBullet = 2,

        /// <summary>Bullets under a heading with no talk line: one talk named after the session.</summary>
        SessionNamed = 3,

        /// <summary>"Speaker – Title", in a session whose talk lines are written that way (see NotesSyntaxParser.ReadSpeakerFirst).</summary>
        SpeakerTitle = 4,

        /// <summary>
        /// A talk line that is its title alone, dashes and all: a heading with no day ("Gather 2015 – Morning Sessions",
        /// NOTES022), or numbers after its last dash and no names before them ("Registration – 8:00 - 9:00" over bullets).
        /// </summary>
        TitleOnly = 5,
    }

    /// <summary>The parser's plain result: no back references, no Roslyn types; the runtime and the generator each build their own model from it.</summary>
    internal sealed class ParsedNotes
    {
        public List<ParsedConference> Conferences { get; } = new List<ParsedConference>();
        public List<ParsedNote> Prose { get; } = new List<ParsedNote>();
        public List<NotesDiagnostic> Diagnostics { get; } = new List<NotesDiagnostic>();
    }

    internal sealed class ParsedConference
    {
        public string? Name { get; set; }
        public int? Year { get; set; }
        public List<ParsedDay> Days { get; } = new List<ParsedDay>();
    }

    internal sealed class ParsedDay
    {
        public string Label { get; set; } = "";
        public int? Number { get; set; }
        public int? Weekday { get; set; }
        public List<ParsedSession> Sessions { get; } = new List<ParsedSession>();
        internal int FirstSeen;
    }

    internal sealed class ParsedSession
    {
        public string Title { get; set; } = "";
        public SessionKind Kind { get; set; }
        public int? Number { get; set; }

        /// <summary>1-based line of the heading; 0 for the implicit session that holds lines before any heading.</summary>
        public int Line { get; set; }
        public string HeadingText { get; set; } = "";

        /// <summary>Where <see cref="HeadingText"/> starts in the notes text; -1 when the session has no heading.</summary>
        public int HeadingStart { get; set; } = -1;
        public List<ParsedTalk> Talks { get; } = new List<ParsedTalk>();
        public List<ParsedNote> Prose { get; } = new List<ParsedNote>();
    }

    internal sealed class ParsedTalk
    {
        public string Title { get; set; } = "";
        public string[] Speakers { get; set; } = System.Array.Empty<string>();
        public string? Affiliation { get; set; }

        /// <summary>1-based line of the talk line (the heading's line for a session-named talk).</summary>
        public int Line { get; set; }
        public TalkForm Form { get; set; }

        /// <summary>The talk's line as written, trimmed (with its bullet, for a lightning talk); null for a session-named talk.</summary>
        public string? LineText { get; set; }

        /// <summary>Character offsets of the talk's block (its own line and every line it owns) in the text.</summary>
        public int BlockStart { get; set; }
        public int BlockEnd { get; set; }

        /// <summary>1-based line on which the block starts.</summary>
        public int BlockLine { get; set; }
        public List<ParsedNote> Notes { get; } = new List<ParsedNote>();

        /// <summary>Every note line of the talk, at any depth, including those a limited parse did not build.</summary>
        public int NoteCount { get; set; }
        public List<string> Links { get; } = new List<string>();

        /// <summary>The links, as a set, once the talk has more than a few (see <see cref="NotesText.CollectLinks"/>).</summary>
        public HashSet<string>? LinkSet;
    }

    internal sealed class ParsedNote
    {
        public ParsedNote(string text, int line, int column, char bullet, string? marker = null)
        {
            Text = text;
            Line = line;
            Column = column;
            Bullet = bullet;
            Marker = marker;
        }

        public string Text { get; }
        public int Line { get; }
        public int Column { get; }

        /// <summary>For prose: the line is indented (<see cref="Column"/> counts zero-width characters too, so it cannot tell).</summary>
        public bool Indented { get; set; }

        /// <summary>The bullet character as written ('•', '-', '*'…; '.' or ')' for a numbered item); '\0' for a line of prose.</summary>
        public char Bullet { get; }

        /// <summary>A numbered item's marker as written ("1.", "12)"); null for a one-character bullet and for prose.</summary>
        public string? Marker { get; }
        public bool IsBullet => Bullet != '\0';

        /// <summary>The notes under this one; most notes have none, and then no list is made.</summary>
        public IReadOnlyList<ParsedNote> Children => (IReadOnlyList<ParsedNote>?)_children ?? System.Array.Empty<ParsedNote>();

        private List<ParsedNote>? _children;

        public void AddChild(ParsedNote child) => (_children ??= new List<ParsedNote>()).Add(child);
    }
}
