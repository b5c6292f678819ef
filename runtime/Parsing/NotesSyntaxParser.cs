// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
using System;
using System.Collections.Generic;
using System.Threading;

namespace NotesDataset.Parsing
{
    /// <summary>
    /// The grammar of conference notes, written once. Pass A walks the lines and finds the structure:
    /// headings, the block of lines each talk owns, and prose. Pass B (<see cref="ParseTalkBlock"/>) reads one
    /// talk's block into its title, speakers and note tree; the runtime calls it again, lazily, on a single
    /// block of an embedded dataset. Nothing here throws on any input and every non-blank line ends up
    /// somewhere in the result.
    /// </summary>
    internal static class NotesSyntaxParser
    {
        /// <summary>Deeper bullets are attached at this depth, so that no consumer has to recurse without bound.</summary>
        public const int MaxDepth = 64;

        /// <summary>After this many diagnostics of one rule the rest are dropped (a binary file would otherwise give millions).</summary>
        public const int MaxDiagnosticsPerRule = 100;

        private enum Kind : byte { Blank, Bullet, Text }

        private struct Line
        {
            public int Start;        // offset of the line
            public int End;          // offset after the content, before the line break
            public int ContentStart; // offset of the first non-space character (after the bullet marker for bullets)
            public int MarkerColumn; // 0-based column of the first non-space character
            public int Indent;       // visual indentation (tab = 4)
            public Kind Kind;
            public byte Numbered;    // an indented line of text that starts "1. " or "12) ": its marker's length; else 0
        }

        private sealed class Heading
        {
            public int Line;
            public int Start;
            public int NameStart;    // offset of the conference name in the text (after any zero-width characters or a year before it)
            public int NameLine;     // the line of that name, and where that line starts: the heading's own, or a "# DevConf 2024" line's
            public int NameLineStart;
            public string? Name;
            public int? Year;
            public string DayLabel = "";
            public int? DayNumber;
            public int? Weekday;
            public bool Miniconf;
            public ParsedSession Session = null!;
            public ParsedConference? Conference;
        }

        /// <param name="text">The notes.</param>
        /// <param name="path">The file's path, for diagnostics.</param>
        /// <param name="cancellationToken">Checked every thousand lines or so.</param>
        /// <param name="noteLimit">
        /// Below <see cref="int.MaxValue"/>: build only this many top-level notes of each talk, without their
        /// sub-notes; the rest are only counted, and links are not collected. The generator needs a talk's first notes for its XML docs and nothing more,
        /// so it saves building (and collecting) hundreds of thousands of notes; the runtime builds them all.
        /// </param>
        /// <remarks>
        /// Never inlined, so a stack trace through the parser shows it (its inner steps may be inlined into it): once the
        /// generator is hot, tiered compilation with profile data inlined this and <c>ScanLines</c> into the generator's
        /// <c>ParseFile</c>, and a cancellation the parser noticed read as <c>ParseFile</c>'s. One call per file: no cost.
        /// </remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public static ParsedNotes Parse(NotesChars text, string? path, CancellationToken cancellationToken = default, int noteLimit = int.MaxValue)
        {
            var result = new ParsedNotes();
            var diagnostics = new Diagnostics(result.Diagnostics, path);
            Line[] lines = ScanLines(text, 0, text.Length, diagnostics, cancellationToken, pooled: true, out int lineCount);
            try
            {
                Read(text, lines, lineCount, result, diagnostics, cancellationToken, noteLimit);
            }
            finally
            {
                ReturnLines(lines);
            }

            diagnostics.SayWhatWasLeftOut();

            SortDiagnostics(result.Diagnostics);
            return result;
        }

        /// <summary>In the file's order; two at one place by id.</summary>
        private static void SortDiagnostics(List<NotesDiagnostic> diagnostics) => diagnostics.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id));

#if !NOTESDATASET_GENERATOR
        /// <summary>
        /// NOTES015 at the first U+FFFD of <paramref name="text"/>, read from a file, with their count: where a file's bytes are
        /// not UTF-8 (one saved as Windows-1252), reading it as UTF-8 puts U+FFFD, and those characters are lost. As the
        /// generator reports it, for the runtime's <see cref="NotesParser.ParseFile"/> and the command-line tool.
        /// </summary>
        internal static void ReportUndecodable(ParsedNotes result, string text, string? path)
        {
            int first = text.IndexOf('\uFFFD');
            if (first < 0) return;
            int count = 0;
            for (int at = first; at >= 0; at = text.IndexOf('\uFFFD', at + 1)) count++;
            int pos = 0, line = 0, start = 0;
            while (NotesText.NextLine(text, ref pos, text.Length, out start, out int end))
            {
                line++;
                if (first < end) break;
            }

            new Diagnostics(result.Diagnostics, path).Add(NotesRules.Undecodable, line, start, first, first + 1, line, count);
            SortDiagnostics(result.Diagnostics);
        }
#endif

        /// <summary>Passes A and B over the file's lines, <paramref name="lines"/>[0..<paramref name="lineCount"/>), into <paramref name="result"/>.</summary>
        private static void Read(NotesChars text, Line[] lines, int lineCount, ParsedNotes result, Diagnostics diagnostics, CancellationToken cancellationToken, int noteLimit)
        {
            var headings = new List<Heading>();
            Heading? implicitHeading = null;
            ParsedSession? session = null;
            Heading? heading = null;
            ParsedTalk? talk = null;
            int talkIndent = -1; // indentation of a lightning talk's bullet; -1 when the talk owns every bullet
            int talkLastLine = -1;
            int talkLineIndent = -1; // indentation of the talk's line of text ("    Talk – Jane Doe" under a heading: 4); -1 for a bullet's
            Heading? titleHeading = null; // the last "# DevConf 2024": the conference of the headings after it that name none
            bool named = false;           // whether a heading has named its conference: then "# DevConf 2024" lines are prose only

            void EndTalk()
            {
                if (talk != null)
                {
                    Line last = lines[talkLastLine];
                    talk.BlockEnd = last.End;
                    talk = null;
                }
            }

            ParsedSession EnsureSession(int lineIndex)
            {
                if (session != null) return session;
                Line l = lines[lineIndex];
                diagnostics.Add(NotesRules.NoHeading, lineIndex + 1, l.Start, l.Start + l.MarkerColumn, l.End);
                implicitHeading = new Heading { Line = 0, Start = 0 };
                implicitHeading.Session = new ParsedSession { Title = "", Kind = SessionKind.Other, Line = 0 };
                headings.Add(implicitHeading);
                heading = implicitHeading;
                session = implicitHeading.Session;
                return session;
            }

            for (int i = 0; i < lineCount; i++)
            {
                if ((i & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                Line line = lines[i];
                bool indentedTalk = line.Kind == Kind.Text && line.Indent > 0
                    && IndentedLineStartsTalk(text, lines, lineCount, i, talk == null || line.Indent <= talkLineIndent, session?.Kind ?? SessionKind.Other);
                switch (line.Kind)
                {
                    case Kind.Blank:
                        continue;

                    case Kind.Bullet:
                    {
                        ParsedSession s = EnsureSession(i);
                        if (s.Kind == SessionKind.Lightning && (talk == null || (talk.Form == TalkForm.LightningBullet && line.Indent <= talkIndent)))
                        {
                            EndTalk();
                            talk = StartTalk(s, TalkForm.LightningBullet, i, line);
                            talkIndent = line.Indent;
                            talkLineIndent = -1;
                        }
                        else if (talk == null)
                        {
                            talk = StartTalk(s, TalkForm.SessionNamed, i, line);
                            talk.Line = s.Line == 0 ? i + 1 : s.Line;
                            talkIndent = -1;
                            talkLineIndent = -1;
                        }

                        talkLastLine = i;
                        continue;
                    }

                    case Kind.Text when line.Indent > 0 && !indentedTalk:
                        if (talk != null)
                        {
                            // A numbered item under a talk is a note of it, as a bullet is (pass B); other text is prose.
                            talkLastLine = i;
                            if (line.Numbered == 0)
                            {
                                // Bullets under a heading with no talk line are a talk named after its session: say so, not "line 1".
                                string owner = "a note with no bullet of " + (talk.Form == TalkForm.SessionNamed ? "the talk named after session '" + Describe(session!) + "'" : "the talk on line " + talk.Line);
                                diagnostics.Add(NotesRules.Prose, i + 1, line.Start, line.ContentStart, line.End, owner, ProseAdvice(text, line, note: true));
                            }
                        }
                        else
                        {
                            ParsedSession s = EnsureSession(i);
                            s.Prose.Add(ProseNote(text, line, i));
                            diagnostics.Add(NotesRules.Prose, i + 1, line.Start, line.ContentStart, line.End, "prose of session '" + Describe(s) + "'", ProseAdvice(text, line));
                        }

                        continue;
                }

                // An unindented line of text: a heading, a talk line or prose.
                string content = NotesText.Trim(text, line.ContentStart, line.End, out int contentStart);
                string unmarked = WithoutHeadingMarker(content, out int unmarkedStart);
                Heading? h = indentedTalk ? null : TryHeading(unmarked); // an indented line is never a heading
                if (h == null && !indentedTalk && unmarkedStart > 0 && content[0] == '#' && heading != null && heading != implicitHeading && IsSessionSubheading(unmarked, text, lines, lineCount, i, unmarkedStart)
                    && (heading.DayNumber != null || heading.Weekday != null || heading.Miniconf))
                {
                    // "### Session 2" under "## Day 1": Markdown's sub-heading, a session of the day of the heading above (whose
                    // conference it takes as any heading that names none does).
                    h = new Heading { DayLabel = heading.DayLabel, DayNumber = heading.DayNumber, Weekday = heading.Weekday, Miniconf = heading.Miniconf, Session = new ParsedSession { Title = unmarked } };
                }

                if (h != null)
                {
                    EndTalk();
                    h.Line = i + 1;
                    h.Start = line.Start;
                    LocateName(h, text, line, i);
                    if (h.Name != null || h.Year != null)
                    {
                        // A heading that names its conference, or a year, ends a title heading's reach; one that names a
                        // conference ends them all, as the notes then name their conferences in their headings.
                        titleHeading = null;
                        named |= h.Name != null;
                    }
                    else if (titleHeading != null)
                    {
                        h.Name = titleHeading.Name;
                        h.Year = titleHeading.Year;
                        h.NameStart = titleHeading.NameStart;
                        h.NameLine = titleHeading.NameLine;
                        h.NameLineStart = titleHeading.NameLineStart;
                    }

                    // A numbered or plain session of a miniconf day is a miniconf session; its keynotes and lightning talks keep their kind.
                    SessionKind kind = NotesText.KindOf(h.Session.Title, h.Miniconf, out int? number);
                    h.Session.Kind = h.Miniconf && (kind == SessionKind.Other || kind == SessionKind.Regular) ? SessionKind.Miniconf : kind;
                    h.Session.Number = number;
                    h.Session.Line = i + 1;
                    h.Session.HeadingText = content;
                    h.Session.HeadingStart = content.Length == 0 ? -1 : contentStart;
                    headings.Add(h);
                    heading = h;
                    session = h.Session;
                    continue;
                }

                TalkForm? form = TalkLineForm(unmarked, session?.Kind ?? SessionKind.Other, lines, lineCount, i); // "### Title – Speaker" too
                if (form == TalkForm.TitleSpeaker && talk != null && talkLastLine == talk.Line - 1 && (talk.Form == TalkForm.TitleSpeaker || talk.Form == TalkForm.TitleOnly) && talkLineIndent == 0 && !indentedTalk
                    && OnlyBlankBetween(lines, talk.Line - 1, i) && NotesText.NumberedMarkerLength(text, line.ContentStart, line.End) == 0 // "10. https://…" would be a numbered note once indented
                    && (object)unmarked == content && IsCaption(content, talk.LineText!))
                {
                    // "Dr Ben Martin" (a photo's caption) or "URL: https://…" between a talk line and its bullets: a note with no
                    // bullet of that talk, whose notes follow, rather than a talk of its own named after the caption.
                    talkLastLine = i;
                    diagnostics.Add(NotesRules.Prose, i + 1, line.Start, line.ContentStart, line.End, "a note with no bullet of the talk on line " + talk.Line, ProseAdvice(text, line, note: true));
                    continue;
                }

                if (form != null)
                {
                    // "Conf 2024 – Day Two", "Conf 2024 – Dy 3 – Keynote": a heading of the conference above whose day could not be
                    // read, kept as a talk (one that ends with "Session 3" is told so when its header is read); "Gather 2015 –
                    // Morning Sessions", a heading of any conference, with no day. In two parts, the talk's title is the whole line
                    // (TalkForm.TitleOnly, which the index keeps, so a compiled dataset reads the talk so too); in more, what comes
                    // before the last dash.
                    int conferenceEnd = 0, dayStart = 0, dayEnd = 0, titleEnd = 0;
                    bool ofHeading = heading?.Name != null && heading.Year != null
                        && NotesText.StartsLikeHeading(unmarked, heading.Name, heading.Year, out conferenceEnd, out dayStart, out dayEnd, out titleEnd);
                    bool wholeLine = NotesText.StartsLikeHeading(unmarked, null, null, out int anyEnd, out int anyDayStart, out int anyDayEnd, out _);
                    if (ofHeading || wholeLine)
                    {
                        if (!ofHeading)
                        {
                            conferenceEnd = anyEnd;
                            dayStart = anyDayStart;
                            dayEnd = anyDayEnd;
                        }

                        diagnostics.Add(NotesRules.SessionAsSpeaker, i + 1, line.Start, contentStart + unmarkedStart + dayStart, contentStart + unmarkedStart + dayEnd,
                            "'" + unmarked.Substring(dayStart, dayEnd - dayStart) + "' follows '" + unmarked.Substring(0, conferenceEnd) + "', "
                            + (ofHeading ? "the conference of the heading above" : "a conference and its year") + ", where a heading has its day",
                            NotesText.PartText(wholeLine ? unmarked : unmarked.Substring(0, titleEnd)));
                        if (wholeLine && form == TalkForm.TitleSpeaker) form = TalkForm.TitleOnly;
                    }

                    EndTalk();
                    ParsedSession s = EnsureSession(i);
                    talk = StartTalk(s, form.Value, i, line);
                    talk.LineText = content; // what pass B would trim again
                    talkIndent = -1;
                    talkLineIndent = line.Indent;
                    talkLastLine = i;
                    continue;
                }

                // A Markdown heading of a conference and its year alone ("# DevConf 2024") names the conference of the headings
                // after it that name none ("## Day 1 – Session 1"). It stays prose, where it is (nothing is lost), with no NOTES004.
                Heading? title = unmarked.Length != content.Length && !named ? TryTitleHeading(unmarked) : null;
                if (title != null)
                {
                    LocateName(title, text, line, i);
                    titleHeading = title;
                }

                if (session == null)
                {
                    result.Prose.Add(ProseNote(text, line, i));
                    if (title == null) diagnostics.Add(NotesRules.Prose, i + 1, line.Start, line.ContentStart, line.End, "prose of the file", ProseAdvice(text, line));
                }
                else
                {
                    session.Prose.Add(ProseNote(text, line, i));
                    if (title == null) diagnostics.Add(NotesRules.Prose, i + 1, line.Start, line.ContentStart, line.End, "prose of session '" + Describe(session) + "'", ProseAdvice(text, line));
                }
            }

            EndTalk();

            // Pass B: each talk's block, from the lines pass A read.
            var stack = new List<KeyValuePair<int, ParsedNote?>>();
            foreach (Heading h in headings)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReadSpeakerFirst(h.Session);
                foreach (ParsedTalk t in h.Session.Talks)
                {
                    int first = t.BlockLine - 1, last = first;
                    while (last + 1 < lineCount && lines[last + 1].Start < t.BlockEnd) last++;
                    FillTalk(t, text, lines, first, last + 1, first, SessionTitle(h.Session, h), diagnostics, noteLimit, stack);
                }
            }

            ResolveConferences(headings, result, diagnostics);
            Order(result);
        }

        /// <summary>
        /// A session whose talk lines are written "Speaker – Title" ("Katrina Clokie – Testing in DevOps for Engineers", "Peter
        /// Sellars – 2018: A Build Engineers Odyssey", as some writers list a day's talks): two or more talk lines of one dash each, the
        /// left side of every one names people (two words or more each, none a title's), and the right sides of at least two
        /// and at least half of them read as titles (three words or more with a title's words or a digit) and not as names.
        /// Then each is read Speaker – Title. Titles that look like names ("Mars Rover – Ann Lee") do not turn a session: their
        /// right sides are names.
        /// </summary>
        private static void ReadSpeakerFirst(ParsedSession session)
        {
            int lines = 0, titles = 0;
            foreach (ParsedTalk t in session.Talks)
            {
                if ((t.Form != TalkForm.TitleSpeaker && t.Form != TalkForm.TitleOnly) || t.LineText == null) continue;
                string content = WithoutHeadingMarker(t.LineText, out _);
                if (NotesText.CountSeparators(content, out int separator, out _) != 1) return;
                string left = NotesText.PartText(NotesText.Trim(content, 0, separator));
                if (!NotesText.LooksLikeName(left, 2) || !NotesText.IsNameList(left)) return;
                string right = NotesText.PartText(NotesText.Trim(content, NotesText.AfterSeparator(content, separator), content.Length));
                if (StartsWithName(right)) return; // "Jane Doe, Linux Australia", "Jane Doe from Google": a speaker and their company
                lines++;
                if (NotesText.ReadsAsTitle(right) && !NotesText.IsNameList(right)) titles++;
            }

            if (lines < 2 || titles < 2 || titles * 2 < lines) return;
            foreach (ParsedTalk t in session.Talks)
            {
                if ((t.Form == TalkForm.TitleSpeaker || t.Form == TalkForm.TitleOnly) && t.LineText != null) t.Form = TalkForm.SpeakerTitle;
            }
        }

        private static readonly string[] CompanyMarks = { ",", " (", " from ", " of ", " at " };

        /// <summary>Whether <paramref name="s"/> starts with a name and then its company: "Jane Doe, Linux Australia", "Jane Doe (Google)", "Bob Ray of Atlassian".</summary>
        private static bool StartsWithName(string s)
        {
            int end = s.Length;
            foreach (string mark in CompanyMarks)
            {
                int at = s.IndexOf(mark, StringComparison.Ordinal);
                if (at > 0 && at < end) end = at;
            }

            return end < s.Length && NotesText.IsNameList(s.Substring(0, end));
        }

        /// <summary>
        /// NOTES004's advice for a line kept as prose: for one that reads like a heading ("### Session 2", "Conf 2024, Day 4,
        /// Session 1", "## Day 1 / Session 2"), how a heading is written; else how a note or a talk line is.
        /// </summary>
        private static string ProseAdvice(NotesChars text, Line line, bool note = false)
        {
            // At the left margin only (an indented line is never a heading): a Markdown heading, or a line that names a
            // numbered day and a session ("Conf 2024, Day 4, Session 1"), or starts with its day ("Day 3 / Session 2").
            bool headingLike = false;
            if (line.Indent == 0)
            {
                string content = NotesText.Trim(text, line.ContentStart, line.End);
                int day = -1;
                for (int at = content.IndexOf("day", StringComparison.OrdinalIgnoreCase); day < 0 && at >= 0; at = content.IndexOf("day", at + 3, StringComparison.OrdinalIgnoreCase))
                {
                    int k = at + 3;
                    while (k < content.Length && NotesText.IsSpace(content[k])) k++;
                    if ((at == 0 || !char.IsLetter(content[at - 1])) && k < content.Length && content[k] >= '0' && content[k] <= '9') day = at; // "Day 4", not "Holiday 2"
                }

                int session = content.IndexOf("session", StringComparison.OrdinalIgnoreCase);
                headingLike = content[0] == '#' || day == 0 || (day > 0 && session >= 0 && (session == 0 || !char.IsLetter(content[session - 1])));
            }

            return headingLike
                ? "If it is a session's heading, write it as 'Conference Year – Day N – Session title', its parts between dashes, or as '## Day N – Session title' under a '# Conference Year' line."
                : note ? "Start it with '• ' to make it a bullet, or write 'Title – Speaker' at the left margin to make it a talk."
                : "Start it with '• ' to make it a note, or write 'Title – Speaker' at the left margin to make it a talk.";
        }

        private static string Describe(ParsedSession s) => s.HeadingText.Length > 0 ? s.HeadingText : "(before the first heading)";

        private static string SessionTitle(ParsedSession s, Heading h)
            => s.Title.Length > 0 ? s.Title : h.DayLabel.Length > 0 ? h.DayLabel : "Notes";

        private static ParsedTalk StartTalk(ParsedSession session, TalkForm form, int index, Line line)
        {
            var talk = new ParsedTalk { Form = form, Line = index + 1, BlockStart = line.Start, BlockEnd = line.End, BlockLine = index + 1 };
            session.Talks.Add(talk);
            return talk;
        }

        private static ParsedNote ProseNote(NotesChars text, Line line, int index)
            => new ParsedNote(NotesText.Trim(text, line.ContentStart, line.End), index + 1, line.MarkerColumn + 1, '\0') { Indented = line.Indent > 0 };

        /// <summary>
        /// Whether indented line <paramref name="index"/> starts a talk, as a talk line at the left margin does: where
        /// <paramref name="mayStartTalk"/> (no talk is open, or the open one's line is indented as far or further) and not
        /// in a lightning session, a talk line with a title and, after its last dash, speakers that look like names
        /// ("    Talk A – Jane Doe"), with a bullet indented further under it, its notes. Other indented text is prose, or a
        /// note of the talk above: "  Room – Main Hall" with nothing under it, "  Sponsored by Red Hat" stay the session's prose.
        /// </summary>
        private static bool IndentedLineStartsTalk(NotesChars text, Line[] lines, int lineCount, int index, bool mayStartTalk, SessionKind kind)
        {
            Line line = lines[index];
            if (!mayStartTalk || kind == SessionKind.Lightning || line.Numbered > 0) return false;
            int next = index + 1;
            while (next < lineCount && lines[next].Kind == Kind.Blank) next++;
            if (next == lineCount || lines[next].Kind != Kind.Bullet || lines[next].Indent <= line.Indent) return false;
            string content = NotesText.Trim(text, line.ContentStart, line.End);
            if (NotesText.CountSeparators(content, out int first, out int last) == 0 || NotesText.Trim(content, 0, first).Length == 0) return false;
            // Not a line that would be a heading at the left margin ("  2015 – Sysadmin Miniconf"): the writer puts talk lines
            // there, and the document must read the same again.
            if (TryHeading(WithoutHeadingMarker(content, out _)) != null) return false;
            return NotesText.IsNameList(NotesText.PartText(NotesText.Trim(content, NotesText.AfterSeparator(content, last), content.Length)))
                || TalkLineForm(content, kind, lines, lineCount, index) == TalkForm.SpeakerAffiliation;
        }

        /// <summary>
        /// Whether <paramref name="content"/>, a title alone on the line after talk line <paramref name="talkLine"/> (before any
        /// of its notes), is a caption of that talk rather than a talk of its own: one of the talk's speakers, after a title
        /// such as "Dr" ("Dr Ben Martin" under "Filesender – Ben Martin"), or a web address with a word or two ("URL:
        /// https://…", "[video](https://…)").
        /// </summary>
        private static bool IsCaption(string content, string talkLine)
        {
            if (NotesText.CountSeparators(content, out _, out _) > 0 || NotesText.TrySplitBy(content, out _, out _)) return false;
            if (content.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                int words = 0;
                foreach (string word in NotesText.PartText(content).Split(' ', '\t'))
                {
                    if (word.Length > 0 && word.IndexOf("://", StringComparison.Ordinal) < 0) words++;
                }

                return words <= 3; // "Slides available at https://…"; "Talk E (slides at https://…)" is a talk
            }

            string header = WithoutHeadingMarker(talkLine, out _);
            if (NotesText.CountSeparators(header, out _, out int last) == 0) return false;
            string caption = content;
            foreach (string title in Honorifics)
            {
                if (caption.Length > title.Length && caption.StartsWith(title, StringComparison.OrdinalIgnoreCase) && NotesText.IsSpace(caption[title.Length]))
                {
                    caption = NotesText.Trim(caption, title.Length, caption.Length);
                    break;
                }
            }

            // "Ben Martin (CSIRO)", "Dr. Bob Ray, CSIRO": the name and the speaker's place.
            int named = caption.IndexOfAny(PlaceMarks, 1);
            if (named > 0) caption = NotesText.Trim(caption, 0, named);
            foreach (string speaker in NotesText.SplitSpeakers(NotesText.PartText(NotesText.Trim(header, NotesText.AfterSeparator(header, last), header.Length)), out _))
            {
                if (NotesText.LooksLikeName(speaker, 2) && string.Equals(NotesText.SpeakerKey(caption), NotesText.SpeakerKey(speaker), StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        private static readonly char[] PlaceMarks = { '(', ',' };

        private static readonly string[] Honorifics = { "Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Sir", "Dame" };

        private static bool OnlyBlankBetween(Line[] lines, int from, int to)
        {
            for (int k = from + 1; k < to; k++)
            {
                if (lines[k].Kind != Kind.Blank) return false;
            }

            return true;
        }

        /// <summary>Whether the part before the last dash of <paramref name="content"/> (of three parts or more) is a list of names: "Keynote – Jane Doe – 9:30".</summary>
        private static bool NamesBeforeLastPart(string content)
        {
            List<int> all = NotesText.Separators(content);
            return all.Count > 1 && NotesText.IsNameList(NotesText.PartText(NotesText.Trim(content, NotesText.AfterSeparator(content, all[all.Count - 2]), all[all.Count - 1])));
        }

        /// <summary>Decides whether a line that is not a heading starts a talk, and how to read it.</summary>
        private static TalkForm? TalkLineForm(string content, SessionKind kind, Line[] lines, int lineCount, int index)
        {
            int separators = NotesText.CountSeparators(content, out int separator, out int lastSeparator);
            // "October 10 - 11, 2019", "Lunch – 12:30 - 1:30": numbers only after the last dash, and no names before them, so no
            // speakers; a title alone, if anything ("Keynote – Jane Doe – 9:30" is a talk, see ReadHeader).
            if (separators > 0 && (!NotesText.IsNumbersOnly(content, NotesText.AfterSeparator(content, lastSeparator), content.Length) || NamesBeforeLastPart(content)))
            {
                // Under a keynote heading, "Name – Company" is a keynote by that speaker ("Cooper Lees – Facebook", "Jane Doe –
                // eBay", "Ann Lee – University of Sydney"); a left side with a title's words is a title all the same ("Opening
                // Keynote – Jane Doe", "Free Software – Richard Stallman"), and so is one before what can only be speakers.
                if (kind == SessionKind.Keynote && separators == 1)
                {
                    string left = NotesText.PartText(NotesText.Trim(content, 0, separator));
                    if (NotesText.LooksLikeName(left, 2) && !NotesText.HasTitleWord(left) && NotesText.MayBeAffiliation(NotesText.PartText(NotesText.Trim(content, NotesText.AfterSeparator(content, separator), content.Length))))
                    {
                        return TalkForm.SpeakerAffiliation;
                    }
                }

                return TalkForm.TitleSpeaker;
            }

            if (NotesText.TrySplitBy(content, out _, out _)) return TalkForm.TitleSpeaker;

            // A title alone is a talk when bullets follow it; otherwise it is prose.
            for (int j = index + 1; j < lineCount; j++)
            {
                if (lines[j].Kind == Kind.Blank) continue;
                if (lines[j].Kind != Kind.Bullet && lines[j].Indent <= lines[index].Indent) return null;
                return separators > 0 ? TalkForm.TitleOnly : TalkForm.TitleSpeaker; // "Registration – 8:00 - 9:00": dashes and all
            }

            return null;
        }

        /// <summary>
        /// A heading written as Markdown's (<c>## LCA 2015 – Day 1 – Session 1</c>) is read without its <c>#</c>s: one to six
        /// and a space, as Markdown has it, so "#LinuxConf" keeps its hash. A line in bold (<c>**Day 1 – Session 1**</c>,
        /// <c>__…__</c>), after any <c>#</c>s, is read without the asterisks too. The heading's text keeps them (nothing is
        /// lost). <paramref name="start"/>: where the text read starts in <paramref name="content"/>.
        /// </summary>
        private static string WithoutHeadingMarker(string content, out int start)
        {
            start = 0;
            int hashes = 0;
            while (hashes < content.Length && content[hashes] == '#') hashes++;
            string s = content;
            if (hashes > 0 && hashes <= 6 && hashes < content.Length && NotesText.IsSpace(content[hashes]))
            {
                s = NotesText.Trim(content, hashes, content.Length, out start);
            }

            // The whole line: "**Welcome** – **Jane Doe**" is two bold parts, each read without its asterisks as a talk line's.
            string unbold = NotesText.WithoutBold(s);
            if (unbold.Length < s.Length) start += 2;
            return unbold;
        }

        /// <summary>Where the heading's conference name is: in line <paramref name="index"/> + 1, the line itself if no name is found.</summary>
        private static void LocateName(Heading h, NotesChars text, Line line, int index)
        {
            int nameAt = h.Name == null ? -1 : text.IndexOf(h.Name, line.ContentStart, line.End - line.ContentStart, StringComparison.Ordinal);
            h.NameStart = nameAt >= 0 ? nameAt : line.ContentStart;
            h.NameLine = index + 1;
            h.NameLineStart = line.Start;
        }

        /// <summary>
        /// Whether Markdown heading <paramref name="title"/> (line <paramref name="index"/>, its text after <paramref name="hashes"/>
        /// characters) names a session: "Session 2"; "Lightning talks" over a bullet, its first talk; or
        /// "Keynote", "Panel" (three words at most) with a deeper Markdown heading next ("#### Talk – Speaker"), where with
        /// bullets next it is a talk ("#### Lightning round").
        /// </summary>
        private static bool IsSessionSubheading(string title, NotesChars text, Line[] lines, int lineCount, int index, int hashes)
        {
            if (NotesText.CountSeparators(title, out _, out _) > 0) return false;
            if (NotesText.IsNumberedSession(title)) return true;
            SessionKind kind = NotesText.KindOf(title, false, out _);
            if (!(kind == SessionKind.Keynote || kind == SessionKind.Lightning || kind == SessionKind.Panel || kind == SessionKind.Miniconf) || NotesText.WordCount(title) > 3) return false;
            int level = 0;
            while (level < hashes && text[lines[index].ContentStart + level] == '#') level++;
            for (int j = index + 1; j < lineCount; j++)
            {
                Line next = lines[j];
                if (next.Kind == Kind.Blank) continue;
                // "### Lightning talks" over "- Jane Doe – Quick one": its bullets are its talks.
                if (kind == SessionKind.Lightning && title.EndsWith("talks", StringComparison.OrdinalIgnoreCase)) return next.Kind == Kind.Bullet;
                int deeper = 0;
                while (next.ContentStart + deeper < next.End && text[next.ContentStart + deeper] == '#') deeper++;
                return next.Kind == Kind.Text && next.Indent == 0 && deeper > level && deeper <= 6;
            }

            return false;
        }

        /// <summary>"DevConf 2024", "2024 PyCon AU", "DevConf 2024 Notes": a conference and its year, nothing else (no separator, no day).</summary>
        private static Heading? TryTitleHeading(string content)
        {
            if (NotesText.CountSeparators(content, out _, out _) > 0) return null;
            if (content.EndsWith(" notes", StringComparison.OrdinalIgnoreCase)) content = NotesText.Trim(content, 0, content.Length - 6);
            NotesText.SplitConference(content, out string? name, out int? year);
            return name != null && year != null && NotesText.WordCount(name) <= 6 ? new Heading { Name = name, Year = year } : null;
        }

        private static Heading? TryHeading(string content)
        {
            if (!NotesText.MayNameADay(content)) return null;
            List<int> separators = NotesText.Separators(content);
            List<string> parts = NotesText.Parts(content, separators);
            int day = -1, split = -1;
            int? number = null, weekday = null;
            bool miniconf = false;
            for (int d = 0; d < parts.Count && d < 2; d++)
            {
                if (NotesText.TryParseDay(parts[d], out number, out weekday, out miniconf, out split))
                {
                    day = d;
                    break;
                }
            }

            if (day < 0) return null;
            if (parts.Count == 1 && number == null) return null; // "Wednesday" alone is a title, "Day 3" alone a heading
            if (day == 1 && (parts[0].Length == 0 || NotesText.WordCount(parts[0]) > 6)) return null;

            // "Day 2 – Jane Doe", "Friday 13th – Jane Doe", "Welcome to the Sysadmin Miniconf – Ewen McNeill (Naos)": with
            // no conference before the day and speakers after it, this is a talk whose title happens to start like a day.
            // So is "Open Cloud Miniconf – Continuous Delivery by Ruben Rubio Rey", a miniconf's talk as its day's notes list
            // them: a title of two words or more by names ("## Day 1 – Sponsored by Red Hat" stays a heading).
            if (day == 0 && parts.Count == 2 && NotesText.KindOf(parts[1], false, out _) == SessionKind.Other
                && (NotesText.IsNameList(parts[1]) || (miniconf && NotesText.TrySplitBy(parts[1], out string byTitle, out _) && NotesText.WordCount(byTitle) >= 2))) return null;

            var h = new Heading { DayLabel = parts[day], DayNumber = number, Weekday = weekday, Miniconf = miniconf };
            if (day == 1) NotesText.SplitConference(parts[0], out h.Name, out h.Year);
            string title;
            if (split >= 0 && day == parts.Count - 1)
            {
                // "Day 5, Session 1", "Day 5: Session 3": the day is what comes before the ',' or ':', the session's title the
                // rest of the line, as written.
                h.DayLabel = NotesText.Trim(parts[day], 0, split);
                NotesText.Trim(content, day == 0 ? 0 : NotesText.AfterSeparator(content, separators[day - 1]), content.Length, out int partStart);
                title = NotesText.Trim(content, partStart + split + 1, content.Length);
            }
            else
            {
                title = day + 1 < separators.Count + 1 ? NotesText.Trim(content, NotesText.AfterSeparator(content, separators[day]), content.Length) : "";
            }

            h.Session = new ParsedSession { Title = title };
            return h;
        }

        /// <summary>
        /// The lines of [<paramref name="from"/>, <paramref name="to"/>), the first <paramref name="count"/> of the array;
        /// control characters are reported when <paramref name="diagnostics"/> is given. <paramref name="pooled"/>: the
        /// array is rented (see <see cref="ReturnLines"/>), where the shared array pool is available.
        /// </summary>
        private static Line[] ScanLines(NotesChars text, int from, int to, Diagnostics? diagnostics, CancellationToken cancellationToken, bool pooled, out int count)
        {
            // Sized once from a count of line breaks, so a big file costs one large array, not a growing list and a copy.
            int lineCount = CountLines(text, from, to, out bool anyControls);
            Line[] lines = pooled ? RentLines(lineCount) : new Line[lineCount];
            anyControls &= diagnostics != null;
            count = 0;
            int pos = from;
            bool nulReported = false;
            while (NotesText.NextLine(text, ref pos, to, out int start, out int end))
            {
                if ((count & 0x3FFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                var line = new Line { Start = start, End = end };
                int i = start;
                int indent = NotesText.Indentation(text, ref i, end);

                line.Indent = indent;
                line.MarkerColumn = i - start;
                if (i == end)
                {
                    line.Kind = Kind.Blank;
                    line.ContentStart = end;
                }
                else if (NotesText.IsBulletMarker(text[i], i + 1 < end ? text[i + 1] : '\0', i + 1 >= end))
                {
                    line.Kind = Kind.Bullet;
                    i++;
                    while (i < end && NotesText.IsSpace(text[i])) i++;
                    line.ContentStart = i;
                }
                else
                {
                    line.Kind = Kind.Text;
                    line.ContentStart = i;
                    if (indent > 0) line.Numbered = (byte)NotesText.NumberedMarkerLength(text, i, end);
                }

                // Located from the first such character to the last, so that the column is where the invisible
                // character is, not the line's start.
                int controls = 0, firstAt = -1, lastAt = -1, firstNul = -1, lastNul = -1;
                for (int k = start; anyControls && k < end; k++)
                {
                    char c = text[k];
                    if ((c < ' ' && c != '\t') || c == '\u007F' || (c >= '\u0080' && c < '\u00A0'))
                    {
                        if (controls++ == 0) firstAt = k;
                        lastAt = k;
                        if (c == '\0')
                        {
                            if (firstNul < 0) firstNul = k;
                            lastNul = k;
                        }
                    }
                }

                if (controls > 0)
                {
                    if (firstNul >= 0)
                    {
                        if (!nulReported) diagnostics!.Add(NotesRules.NotText, count + 1, start, firstNul, lastNul + 1);
                        nulReported = true;
                    }
                    else
                    {
                        diagnostics!.Add(NotesRules.ControlCharacters, count + 1, start, firstAt, lastAt + 1, controls, ((int)text[firstAt]).ToString("X4"));
                    }
                }

                lines[count++] = line;
            }

            return lines;
        }

        // A large file's line table is 24 bytes a line (10 MB at 20,000 talks): rented, it is the same memory from one
        // parse to the next (the generator's in a compiler server, the runtime's), not fresh pages each time.
#if NOTESDATASET_GENERATOR || NET
        private static Line[] RentLines(int count) => System.Buffers.ArrayPool<Line>.Shared.Rent(count);

        private static void ReturnLines(Line[] lines) => System.Buffers.ArrayPool<Line>.Shared.Return(lines);
#else
        private static Line[] RentLines(int count) => new Line[count];

        private static void ReturnLines(Line[] lines)
        {
        }
#endif

        /// <summary>
        /// How many lines <see cref="NotesText.NextLine"/> will return (one per line break, CRLF is one, plus an unterminated
        /// last line), and whether any line holds a control character: most files hold none, and then no line is checked again.
        /// </summary>
        internal static unsafe int CountLines(NotesChars text, int from, int to, out bool controls)
        {
            int n = 0;
            controls = false;
            fixed (char* chars = text)
            {
                int i = from;
#if NOTESDATASET_GENERATOR || NET
                i = CountLinesVectorized(chars, i, to, ref n, ref controls);
#endif
                CountLinesScalar(chars, i, to, to, ref n, ref controls);
            }

            return to == from || NotesText.IsLineBreak(text[to - 1]) ? n : n + 1;
        }

        /// <summary>
        /// Counts the line breaks in [<paramref name="i"/>, <paramref name="stop"/>) and notes any control character. Returns
        /// where it stopped: <paramref name="stop"/>, or one further when a CR at its end had its LF after it.
        /// </summary>
        private static unsafe int CountLinesScalar(char* chars, int i, int stop, int to, ref int n, ref bool controls)
        {
            for (; i < stop; i++)
            {
                char c = chars[i];
                if (c >= ' ' && c < '\u007F') continue;
                if (c == '\r')
                {
                    if (i + 1 < to && chars[i + 1] == '\n') i++;
                    n++;
                }
                else if (NotesText.IsLineBreak(c))
                {
                    n++;
                }
                else if (c < ' ' ? c != '\t' : c < '\u00A0')
                {
                    controls = true;
                }
            }

            return i;
        }

#if NOTESDATASET_GENERATOR || NET
        /// <summary>
        /// <see cref="CountLinesScalar"/> a vector of characters at a time (16 with AVX2): a block whose only special
        /// characters are LFs has them counted at once, any other block (a CR, a control character, NEL, U+2028/9) is
        /// counted one character at a time. Returns where the whole blocks end.
        /// </summary>
        private static unsafe int CountLinesVectorized(char* chars, int i, int to, ref int n, ref bool controls)
        {
            if (!System.Numerics.Vector.IsHardwareAccelerated) return i;
            int width = System.Numerics.Vector<ushort>.Count;
            var lf = new System.Numerics.Vector<ushort>('\n');
            var tab = new System.Numerics.Vector<ushort>('\t');
            var space = new System.Numerics.Vector<ushort>(' ');
            var del = new System.Numerics.Vector<ushort>('\u007F');
            var c1Width = new System.Numerics.Vector<ushort>(0xA0 - 0x7F); // DEL and the C1 controls, NEL among them
            var lineSeparator = new System.Numerics.Vector<ushort>('\u2028');
            var two = new System.Numerics.Vector<ushort>(2); // U+2028 and U+2029
            var lfs = System.Numerics.Vector<ushort>.Zero; // per lane, LFs counted (a lane's count is flushed before it can wrap)
            int blocks = 0;
            for (; i + width <= to; i += width)
            {
                System.Numerics.Vector<ushort> v = *(System.Numerics.Vector<ushort>*)(chars + i);
                System.Numerics.Vector<ushort> isLf = System.Numerics.Vector.Equals(v, lf);
                System.Numerics.Vector<ushort> special = System.Numerics.Vector.AndNot(System.Numerics.Vector.LessThan(v, space), isLf | System.Numerics.Vector.Equals(v, tab))
                    | System.Numerics.Vector.LessThan(v - del, c1Width)
                    | System.Numerics.Vector.LessThan(v - lineSeparator, two);
                if (special == System.Numerics.Vector<ushort>.Zero)
                {
                    lfs -= isLf; // a match is all ones: minus one
                    if (++blocks == ushort.MaxValue) n += Flush(ref lfs, ref blocks);
                    continue;
                }

                int end = CountLinesScalar(chars, i, i + width, to, ref n, ref controls);
                i = end - width; // a CRLF across the block's end: the LF is counted with the CR, so resume after it
            }

            n += Flush(ref lfs, ref blocks);
            return i;
        }

        private static int Flush(ref System.Numerics.Vector<ushort> lfs, ref int blocks)
        {
            int sum = 0;
            for (int k = 0; k < System.Numerics.Vector<ushort>.Count; k++) sum += lfs[k];
            lfs = System.Numerics.Vector<ushort>.Zero;
            blocks = 0;
            return sum;
        }
#endif

        /// <summary>
        /// Pass B: reads one talk's block, [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>,
        /// whose first line is line <paramref name="firstLine"/> of the file. Every line of a block is the talk's:
        /// pass A ends a talk before any line of session prose (a prose line is one that no bullet or indented line
        /// follows, so nothing after it can belong to the talk above it).
        /// </summary>
        public static ParsedTalk ParseTalkBlock(NotesChars text, int start, int end, int firstLine, TalkForm form, string sessionTitle)
        {
            var talk = new ParsedTalk { Form = form, BlockStart = start, BlockEnd = end, BlockLine = firstLine, Line = firstLine };
            Line[] lines = ScanLines(text, start, end, null, default, pooled: false, out int count);
            FillTalk(talk, text, lines, 0, count, firstLine - 1, sessionTitle, null, int.MaxValue, new List<KeyValuePair<int, ParsedNote?>>());
            return talk;
        }

        /// <summary>
        /// Reads the talk's lines, <paramref name="lines"/>[<paramref name="from"/>..<paramref name="to"/>), the first of
        /// which is line <paramref name="firstLineIndex"/> + 1 of the file. <paramref name="stack"/> is scratch space, reused.
        /// </summary>
        private static void FillTalk(ParsedTalk talk, NotesChars text, Line[] lines, int from, int to, int firstLineIndex, string sessionTitle, Diagnostics? diagnostics, int noteLimit, List<KeyValuePair<int, ParsedNote?>> stack)
        {
            bool first = true;
            stack.Clear();
            if (talk.Form == TalkForm.SessionNamed)
            {
                talk.Title = sessionTitle;
                first = false;
            }

            for (int k = from; k < to; k++)
            {
                Line line = lines[k];
                if (line.Kind == Kind.Blank) continue;
                int number = firstLineIndex + (k - from) + 1;
                int lineStart = line.Start, lineEnd = line.End, contentStart = line.ContentStart, indent = line.Indent;
                int i = lineStart + line.MarkerColumn;
                int column = line.MarkerColumn + 1;
                bool bullet = line.Kind == Kind.Bullet;

                if (first)
                {
                    first = false;
                    talk.LineText ??= NotesText.Trim(text, i, lineEnd); // pass A has it for a talk line of text
                    if (bullet)
                    {
                        ReadHeader(talk, NotesText.Trim(text, contentStart, lineEnd), diagnostics, lineStart, number, column, contentStart, lineEnd);
                    }
                    else
                    {
                        // A talk line written as a Markdown heading is read without its #s, as a heading is; LineText keeps them.
                        string header = WithoutHeadingMarker(talk.LineText, out int headerStart);
                        ReadHeader(talk, header, diagnostics, lineStart, number, column, contentStart + headerStart, lineEnd);
                    }

                    continue;
                }

                // The notes tree: each note under the nearest shallower one above it. A limited parse builds only the
                // first top-level notes (no children, no links) and counts the rest.
                bool full = noteLimit == int.MaxValue;
                if (!full && talk.Notes.Count >= noteLimit)
                {
                    // Nothing more to build: the rest are only counted (for the generator without doc comments, every note).
                    for (; k < to; k++)
                    {
                        if (lines[k].Kind != Kind.Blank) talk.NoteCount++;
                    }

                    return;
                }

                talk.NoteCount++;
                while (stack.Count > 0 && stack[stack.Count - 1].Key >= indent) stack.RemoveAt(stack.Count - 1);
                ParsedNote? note = null;
                if (full || (stack.Count == 0 && talk.Notes.Count < noteLimit))
                {
                    if (line.Numbered > 0)
                    {
                        // "12. text": the marker as written is the note's bullet, the text after it the note's text.
                        int markerEnd = i + line.Numbered;
                        note = new ParsedNote(NotesText.Trim(text, markerEnd, lineEnd), number, column, text[markerEnd - 1], NotesText.Trim(text, i, markerEnd));
                    }
                    else
                    {
                        note = new ParsedNote(NotesText.Trim(text, contentStart, lineEnd), number, column, bullet ? text[i] : '\0');
                    }

                    if (stack.Count == 0) talk.Notes.Add(note);
                    else stack[stack.Count - 1].Value!.AddChild(note);
                }

                // A caption at the left margin ("Dr Ben Martin" between the talk line and its bullets, see IsCaption) takes no
                // children: the bullets after it are the talk's, as they would be without it.
                if (stack.Count < MaxDepth && (bullet || indent > 0 || line.Numbered > 0)) stack.Add(new KeyValuePair<int, ParsedNote?>(indent, note));
                if (full) NotesText.CollectLinks(note!.Text, talk.Links, ref talk.LinkSet);
            }
        }

        private static void ReadHeader(ParsedTalk talk, string content, Diagnostics? diagnostics, int lineStart, int line, int column, int contentStart, int lineEnd)
        {
            int separators = NotesText.CountSeparators(content, out int first, out int last);
            string? speakerPart = null;
            string plain;
            string Part(string s) => NotesText.PartText(s, talk.Links, ref talk.LinkSet);
            switch (talk.Form)
            {
                case TalkForm.LightningBullet:
                    if (separators > 0)
                    {
                        // "• Speaker – Title", as lightning talks are listed; "• Rust in 5 minutes – Jane Doe", whose left side
                        // reads as a title (three words or more, with a title's words or a digit) and whose right side as names,
                        // the other way round ("• Bo – Cool Thing", "• mjg59 – Secure Boot", "• The Doctor – Time Travel" stay).
                        speakerPart = Part(NotesText.Trim(content, 0, first));
                        talk.Title = Part(NotesText.Trim(content, NotesText.AfterSeparator(content, first), content.Length));
                        if (NotesText.ReadsAsTitle(speakerPart) && !NotesText.IsNameList(speakerPart) && NotesText.IsNameList(talk.Title))
                        {
                            string title = speakerPart;
                            speakerPart = talk.Title;
                            talk.Title = title;
                        }
                    }
                    else
                    {
                        talk.Title = Part(content);
                    }

                    break;

                case TalkForm.SpeakerTitle:
                    speakerPart = Part(NotesText.Trim(content, 0, last));
                    talk.Title = Part(NotesText.Trim(content, NotesText.AfterSeparator(content, last), content.Length));
                    break;

                case TalkForm.SpeakerAffiliation:
                {
                    string speaker = Part(NotesText.Trim(content, 0, last));
                    talk.Title = speaker;
                    talk.Speakers = new[] { speaker };
                    talk.Affiliation = Part(NotesText.Trim(content, NotesText.AfterSeparator(content, last), content.Length));
                    return;
                }

                case TalkForm.TitleOnly:
                    // "Gather 2015 – Morning Sessions" (NOTES022 says so), "Registration – 8:00 - 9:00": the line is the title.
                    talk.Title = Part(content);
                    break;

                default:
                    if (separators > 0)
                    {
                        // "**Welcome** – **Jane Doe**": each part in bold is read without its asterisks, "[Rust for Kernels](https://…)
                        // – [Jane Doe](https://…)" as its links' labels, their targets the talk's first links (LineText keeps it all).
                        talk.Title = Part(NotesText.Trim(content, 0, last));
                        string written = NotesText.Trim(content, NotesText.AfterSeparator(content, last), content.Length);
                        speakerPart = NotesText.WithoutBold(written);
                        if (speakerPart.Length == 0)
                        {
                            diagnostics?.Add(NotesRules.EmptySpeaker, line, lineStart, contentStart + (content.Length - 1), contentStart + content.Length);
                            speakerPart = null;
                        }
                        else if (NotesText.IsNumberedSession(speakerPart))
                        {
                            // "Conf 2020 – Day Five – Session 3": a heading whose day could not be read, kept as a talk, as the
                            // other lines NOTES022 names are: the whole line its title, and no speaker ("Session 3" is none).
                            talk.Title = Part(content);
                            if (diagnostics != null)
                            {
                                int at = NotesText.AfterSeparator(content, last);
                                while (NotesText.IsSpace(content[at])) at++;
                                diagnostics.Add(NotesRules.SessionAsSpeaker, line, lineStart, contentStart + at, contentStart + at + written.Length, "'" + speakerPart + "' names a session, not a speaker", talk.Title);
                            }

                            speakerPart = null;
                        }
                        else if (speakerPart.IndexOf(" by ", StringComparison.Ordinal) >= 0 && (object)speakerPart == written
                            && NotesText.TrySplitBy(speakerPart, out string byTitle, out string bySpeakers) && !NotesText.IsNameList(speakerPart)
                            && byTitle.IndexOf(',') < 0 && byTitle.IndexOf(';') < 0) // "Ann Lee, Bob Ray, moderated by Cat Poe" is a list
                        {
                            // "Open Cloud Miniconf – Continuous Delivery by Ruben Rubio Rey": the speakers after the last "by", the
                            // title all before it, dashes and all.
                            talk.Title = Part(NotesText.Trim(content, 0, content.LastIndexOf(" by ", StringComparison.Ordinal)));
                            speakerPart = bySpeakers;
                        }
                        else if (NotesText.IsNumbersOnly(speakerPart, 0, speakerPart.Length) || NotesText.TryCollectLoneLink(speakerPart, talk.Links, ref talk.LinkSet))
                        {
                            // "Title – Speaker – https://youtu.be/…", "Title – https://…": the link after the last dash is one of
                            // the talk's links (the first: it is written first), not its speakers; the speakers are before it. So
                            // for a time or a year there ("Keynote – Jane Doe – 9:30"), which LineText keeps.
                            speakerPart = null;
                            List<int> all = NotesText.Separators(content);
                            if (all.Count > 1)
                            {
                                int previous = all[all.Count - 2];
                                talk.Title = Part(NotesText.Trim(content, 0, previous));
                                speakerPart = Part(NotesText.Trim(content, NotesText.AfterSeparator(content, previous), last));
                                if (speakerPart.Length == 0) speakerPart = null;
                            }
                        }
                    }
                    else if (NotesText.TrySplitBy(plain = Part(content), out string title, out string speakers))
                    {
                        talk.Title = title;
                        speakerPart = speakers;
                    }
                    else
                    {
                        talk.Title = plain;
                    }

                    break;
            }

            if (speakerPart != null)
            {
                // A speaker part that is not a lone link: "[Jane Roe](https://…)" is Jane Roe.
                speakerPart = Part(speakerPart);
                talk.Speakers = NotesText.SplitSpeakers(speakerPart, out string? affiliation);
                talk.Affiliation = affiliation;
            }

            if (talk.Title.Length == 0)
            {
                talk.Title = talk.Speakers.Length > 0 ? "Untitled talk by " + string.Join(", ", talk.Speakers) : "Untitled talk";
                diagnostics?.Add(NotesRules.EmptyTitle, line, lineStart, contentStart, contentStart + content.Length, talk.Title);
            }
        }

        private static void ResolveConferences(List<Heading> headings, ParsedNotes result, Diagnostics diagnostics)
        {
            // A name's key (letters and digits, lower case) once per spelling: a file has thousands of headings and a few names.
            var nameKeys = new Dictionary<string, string>(StringComparer.Ordinal);
            string NameKeyOf(string name)
            {
                if (!nameKeys.TryGetValue(name, out string? key)) nameKeys[name] = key = NotesText.NameKey(name);
                return key;
            }

            var keys = new string?[headings.Count]; // the (name, year) key of each heading with a name
            for (int i = 0; i < headings.Count; i++)
            {
                if (headings[i].Name is string name) keys[i] = NameKeyOf(name) + "|" + headings[i].Year;
            }

            // Spellings of each (name, year) pair, counted, and per year (int.MinValue: none) each spelling's first heading;
            // misspellings are pulled to the most used close spelling. Of the ways one key is written ("linux.conf.au",
            // "Linux.conf.au"), the conference is named as most headings write it (the first of those used as often).
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var byYear = new Dictionary<int, List<int>>();
            var written = new Dictionary<string, string>(StringComparer.Ordinal); // key -> its most used writing
            bool rewritten = false; // whether a key is written two ways: only then are the writings counted (below)
            for (int i = 0; i < headings.Count; i++)
            {
                if (keys[i] is not string key) continue;
                if (!written.TryGetValue(key, out string? first)) written[key] = headings[i].Name!;
                else rewritten |= !string.Equals(first, headings[i].Name, StringComparison.Ordinal);
                counts.TryGetValue(key, out int n);
                counts[key] = n + 1;
                if (n > 0) continue;
                int year = headings[i].Year ?? int.MinValue;
                if (!byYear.TryGetValue(year, out List<int>? spellings)) byYear[year] = spellings = new List<int>();
                spellings.Add(i);
            }

            if (rewritten)
            {
                var writings = new Dictionary<string, int>(StringComparer.Ordinal); // key + '\0' + name as written -> count
                written.Clear();
                for (int i = 0; i < headings.Count; i++)
                {
                    if (keys[i] is not string key) continue;
                    string writing = key + "\0" + headings[i].Name;
                    writings.TryGetValue(writing, out int w);
                    writings[writing] = ++w;
                    if (!written.TryGetValue(key, out string? most) || writings[key + "\0" + most] < w) written[key] = headings[i].Name!;
                }
            }

            // Each year's spellings from the most used to the least (the file's order among equals): a spelling is compared only
            // with those used more, so a file of thousands of names used once costs no comparisons.
            var canonical = new Dictionary<string, string>(StringComparer.Ordinal); // name key+year -> canonical display name
            foreach (KeyValuePair<int, List<int>> year in byYear)
            {
                List<int> spellings = year.Value;
                spellings.Sort((a, b) => counts[keys[a]!] != counts[keys[b]!] ? counts[keys[b]!].CompareTo(counts[keys[a]!]) : a.CompareTo(b));
                var asOften = new List<int>(); // spellings that stay their own and head as many sessions as this one, in the file's order
                for (int s = 0; s < spellings.Count; s++)
                {
                    Heading h = headings[spellings[s]];
                    string key = keys[spellings[s]]!, name = written[key], nameKey = NameKeyOf(name);
                    string? best = null;
                    // The first close spelling used more is the most used of them (the earliest among equals).
                    for (int o = 0; o < s && counts[keys[spellings[o]]!] > counts[key]; o++)
                    {
                        string otherName = written[keys[spellings[o]]!];
                        if (CloseKeys(nameKey, NameKeyOf(otherName)))
                        {
                            best = otherName;
                            break;
                        }
                    }

                    canonical[key] = best ?? name;
                    if (best != null || year.Key == int.MinValue) continue; // NOTES001 said it; or no year to say it with

                    // NOTES017: a close spelling that heads as many sessions, so neither is the common one (up to
                    // MaxCloseSpellingChecks names a year: a file of more is not notes someone typed, nor are its names slips).
                    if (asOften.Count > 0 && counts[keys[asOften[0]]!] != counts[key]) asOften.Clear();
                    if (s < MaxCloseSpellingChecks)
                    {
                        foreach (int e in asOften)
                        {
                            Heading other = headings[e];
                            if (!CloseKeys(NameKeyOf(other.Name!), nameKey)) continue;
                            diagnostics.Add(NotesRules.CloseConferenceNames, h.NameLine, h.NameLineStart, h.NameStart, h.NameStart + h.Name!.Length, h.Name, other.Name, year.Key, other.NameLine);
                            break;
                        }
                    }

                    asOften.Add(spellings[s]);
                }
            }

            var conferences = new Dictionary<string, ParsedConference>(StringComparer.Ordinal);
            ParsedConference Get(string? name, int? year)
            {
                string key = (name == null ? "\0" : NameKeyOf(name)) + "|" + year;
                if (!conferences.TryGetValue(key, out ParsedConference? c))
                {
                    c = new ParsedConference { Name = name, Year = year };
                    conferences[key] = c;
                    result.Conferences.Add(c);
                }

                return c;
            }

            // Named headings with a year first, so the year-less and name-less can find them.
            var misspeltAt = new HashSet<int>();
            for (int i = 0; i < headings.Count; i++)
            {
                Heading h = headings[i];
                if (h.Name == null || h.Year == null) continue;
                string name = canonical[keys[i]!];
                if (!string.Equals(NameKeyOf(name), NameKeyOf(h.Name), StringComparison.Ordinal))
                {
                    // Once a place: headings that take their name from one "# DevConf 2024" line share its.
                    if (misspeltAt.Add(h.NameStart)) diagnostics.Add(NotesRules.MisspeltConference, h.NameLine, h.NameLineStart, h.NameStart, h.NameStart + h.Name.Length, h.Name, name, h.Year);
                }

                h.Conference = Get(name, h.Year);
            }

            for (int i = 0; i < headings.Count; i++)
            {
                Heading h = headings[i];
                if (h.Conference != null) continue;
                if (h.Name != null)
                {
                    // No year: the nearest heading of a conference with a close name and a year.
                    Heading? near = Nearest(headings, i, o => o.Conference?.Year != null && o.Conference.Name != null && Close(o.Conference.Name, h.Name));
                    if (near != null)
                    {
                        h.Conference = near.Conference;
                        diagnostics.Add(NotesRules.MissingYear, h.NameLine, h.NameLineStart, h.NameStart, h.NameStart + h.Name.Length, h.Name, near.Conference!.Name, near.Conference.Year);
                    }
                    else
                    {
                        h.Conference = Get(written[keys[i]!], null);
                    }
                }
                else if (h.Year != null)
                {
                    ParsedConference? only = null;
                    int found = 0;
                    foreach (ParsedConference c in result.Conferences)
                    {
                        if (c.Year == h.Year && c.Name != null)
                        {
                            only = c;
                            found++;
                        }
                    }

                    h.Conference = found == 1 ? only : Get(null, h.Year);
                }
            }

            for (int i = 0; i < headings.Count; i++)
            {
                Heading h = headings[i];
                if (h.Conference != null) continue;
                Heading? near = Nearest(headings, i, o => o.Conference != null && (o.Name != null || o.Year != null));
                h.Conference = near?.Conference ?? Get(null, null);
            }

            // Days: one per conference and label (by number or weekday when known).
            var days = new Dictionary<ParsedConference, Dictionary<string, ParsedDay>>();
            var sessionHeadings = new Dictionary<(ParsedDay, string), Heading>();
            for (int i = 0; i < headings.Count; i++)
            {
                Heading h = headings[i];
                ParsedConference c = h.Conference!;
                if (!days.TryGetValue(c, out Dictionary<string, ParsedDay>? byKey))
                {
                    byKey = new Dictionary<string, ParsedDay>(StringComparer.Ordinal);
                    days[c] = byKey;
                }

                string key = h.DayNumber != null ? "n" + h.DayNumber : h.Weekday != null ? "w" + h.Weekday : "l" + h.DayLabel.ToLowerInvariant();
                if (!byKey.TryGetValue(key, out ParsedDay? day))
                {
                    day = new ParsedDay { Label = h.DayLabel, Number = h.DayNumber, Weekday = h.Weekday, FirstSeen = i };
                    byKey[key] = day;
                    c.Days.Add(day);
                }

                day.Sessions.Add(h.Session);

                // NOTES018: a heading that names a session its day already has (a heading copied and not edited, or one
                // session's notes taken in two sittings). It stays a second session, as the notes have it; the writer is told.
                string title = SessionKey(h.Session.Title);
                if (sessionHeadings.TryGetValue((day, title), out Heading? first))
                {
                    diagnostics.Add(NotesRules.RepeatedHeading, h.Line, h.Start, h.Session.HeadingStart, h.Session.HeadingStart + h.Session.HeadingText.Length, h.Session.HeadingText, first.Line);
                }
                else
                {
                    sessionHeadings.Add((day, title), h);
                }
            }
        }

        /// <summary>
        /// A session title as NOTES018 compares them: case, white space and the kind of dash ignored, everything else as
        /// written ("Session 1" and "session  1" are one session; "C#" and "C++", "Session 1.2" and "Session 12" are two).
        /// </summary>
        private static string SessionKey(string title)
        {
            var key = new System.Text.StringBuilder(title.Length);
            foreach (char c in title)
            {
                if (NotesText.IsSpace(c) || char.IsWhiteSpace(c))
                {
                    if (key.Length > 0 && key[key.Length - 1] != ' ') key.Append(' ');
                }
                else
                {
                    key.Append(NotesText.IsDash(c) ? '-' : char.ToLowerInvariant(c));
                }
            }

            return key.ToString().TrimEnd(' ');
        }

        /// <summary>How many spellings of a year's conference names, most used first, are checked for NOTES017.</summary>
        private const int MaxCloseSpellingChecks = 256;

        private static bool Close(string a, string b) => CloseKeys(NotesText.NameKey(a), NotesText.NameKey(b));

        /// <summary>
        /// Whether two name keys are one name or a slip apart: an edit or two (two from ten characters on), both keys of four
        /// characters or more (NDC and NDCs are two names), whichever is given first.
        /// </summary>
        private static bool CloseKeys(string x, string y)
        {
            int limit = Math.Max(x.Length, y.Length) >= 10 ? 2 : 1;
            return x == y || (Math.Min(x.Length, y.Length) >= 4 && NotesText.EditDistance(x, y, limit) <= limit);
        }

        private static Heading? Nearest(List<Heading> headings, int index, Func<Heading, bool> match)
        {
            for (int d = 1; d < headings.Count; d++)
            {
                if (index - d >= 0 && match(headings[index - d])) return headings[index - d];
                if (index + d < headings.Count && match(headings[index + d])) return headings[index + d];
                if (index - d < 0 && index + d >= headings.Count) break;
            }

            return null;
        }

        /// <summary>Days in chronological order, even in a newest-first file; within a day, unnumbered sessions (keynotes, panels, lightning talks) first, then sessions by number.</summary>
        private static void Order(ParsedNotes result)
        {
            foreach (ParsedConference c in result.Conferences)
            {
                int ascending = 0, descending = 0;
                int? previous = null;
                foreach (ParsedDay d in c.Days)
                {
                    int? ordinal = d.Number ?? d.Weekday;
                    if (ordinal != null && previous != null)
                    {
                        if (ordinal > previous) ascending++;
                        else if (ordinal < previous) descending++;
                    }

                    if (ordinal != null) previous = ordinal;
                }

                bool newestFirst = descending > ascending;
                bool allNumbered = c.Days.TrueForAll(d => d.Number != null);
                bool allWeekdays = !allNumbered && c.Days.TrueForAll(d => d.Weekday != null);
                var ordered = new List<ParsedDay>(c.Days);
                if (allWeekdays)
                {
                    OrderWeekdays(ordered, out newestFirst);
                }
                else
                {
                    StableSort(ordered, (a, b) =>
                        allNumbered ? a.Number!.Value.CompareTo(b.Number!.Value)
                        : newestFirst ? b.FirstSeen.CompareTo(a.FirstSeen) : a.FirstSeen.CompareTo(b.FirstSeen));
                    if (!allNumbered)
                    {
                        // Numbered days among others (a miniconf, a weekday): by number, in the places the numbered days
                        // take; the others stay where the notes put them.
                        List<ParsedDay> numbered = ordered.FindAll(d => d.Number != null);
                        StableSort(numbered, (a, b) => a.Number!.Value.CompareTo(b.Number!.Value));
                        for (int i = 0, n = 0; i < ordered.Count; i++)
                        {
                            if (ordered[i].Number != null) ordered[i] = numbered[n++];
                        }
                    }
                }

                c.Days.Clear();
                c.Days.AddRange(ordered);

                foreach (ParsedDay d in c.Days)
                {
                    var sessions = new List<ParsedSession>(d.Sessions);
                    if (newestFirst) sessions.Reverse();
                    StableSort(sessions, (a, b) => (a.Number ?? 0).CompareTo(b.Number ?? 0));
                    d.Sessions.Clear();
                    d.Sessions.AddRange(sessions);
                }
            }

            var conferences = new List<ParsedConference>(result.Conferences);
            StableSort(conferences, (a, b) => a.Year == b.Year ? 0 : a.Year == null ? 1 : b.Year == null ? -1 : a.Year.Value.CompareTo(b.Year.Value));
            result.Conferences.Clear();
            result.Conferences.AddRange(conferences);
        }

        /// <summary>
        /// Days named by weekday, in the order they were held. A week wraps: a conference from Friday to Monday is Friday,
        /// Saturday, Sunday, Monday. The notes' own order is the order held when, read forwards or (notes written newest
        /// first) backwards, each day is a later weekday than the one before and they all fit in one week. Otherwise the
        /// week is cut at the longest run of weekdays with no day: the conference is taken to be as short as it can be.
        /// Where the notes show no direction, Monday comes first.
        /// </summary>
        private static void OrderWeekdays(List<ParsedDay> days, out bool newestFirst)
        {
            days.Sort((a, b) => a.FirstSeen.CompareTo(b.FirstSeen));
            int forwards = 0, backwards = 0;
            for (int i = 1; i < days.Count; i++)
            {
                // One to three days on reads as forwards, three to one back as backwards; four on (Monday then Friday)
                // could be either, and says nothing.
                int step = DaysOn(days[i - 1].Weekday!.Value, days[i].Weekday!.Value);
                if (step >= 1 && step <= 3) forwards++;
                else if (step >= 5) backwards++;
            }

            newestFirst = backwards > forwards;
            if (forwards == backwards)
            {
                // No direction in the notes (two days four apart, say): Monday first, as a week of talks is.
                StableSort(days, (a, b) => a.Weekday!.Value.CompareTo(b.Weekday!.Value));
                return;
            }

            if (newestFirst) days.Reverse();
            int span = 0;
            for (int i = 1; i < days.Count; i++) span += DaysOn(days[i - 1].Weekday!.Value, days[i].Weekday!.Value);
            if (span < 7) return; // as written

            // Held in the week's order, starting after the longest gap between two of the days.
            var weekdays = new List<int>(days.Count);
            foreach (ParsedDay d in days) weekdays.Add(d.Weekday!.Value);
            weekdays.Sort();
            int start = weekdays[0], longest = weekdays[0] + 7 - weekdays[weekdays.Count - 1];
            for (int i = 1; i < weekdays.Count; i++)
            {
                if (weekdays[i] - weekdays[i - 1] > longest)
                {
                    longest = weekdays[i] - weekdays[i - 1];
                    start = weekdays[i];
                }
            }

            StableSort(days, (a, b) => DaysOn(start, a.Weekday!.Value).CompareTo(DaysOn(start, b.Weekday!.Value)));
        }

        /// <summary>How many days after weekday <paramref name="from"/> the next <paramref name="to"/> is (0 for the same day).</summary>
        private static int DaysOn(int from, int to) => (to - from + 7) % 7;

        private static void StableSort<T>(List<T> items, Comparison<T> comparison)
        {
            var keyed = new KeyValuePair<T, int>[items.Count];
            for (int i = 0; i < keyed.Length; i++) keyed[i] = new KeyValuePair<T, int>(items[i], i);
            Array.Sort(keyed, (a, b) =>
            {
                int c = comparison(a.Key, b.Key);
                return c != 0 ? c : a.Value.CompareTo(b.Value);
            });
            for (int i = 0; i < keyed.Length; i++) items[i] = keyed[i].Key;
        }

        /// <summary>Collects diagnostics with their locations, capping each rule.</summary>
        private sealed class Diagnostics
        {
            private readonly List<NotesDiagnostic> _list;
            private readonly string? _path;
            private readonly Dictionary<string, int> _counts = new Dictionary<string, int>(StringComparer.Ordinal);

            public Diagnostics(List<NotesDiagnostic> list, string? path)
            {
                _list = list;
                _path = path;
            }

            public void Add(NotesRule rule, int line, int lineStart, int start, int end, params object?[] args)
            {
                _counts.TryGetValue(rule.Id, out int n);
                _counts[rule.Id] = n + 1;
                if (n >= MaxDiagnosticsPerRule) return;
                if (end < start) end = start;
                _list.Add(new NotesDiagnostic(rule.Id, rule.Severity, NotesRules.Format(rule, args), _path, line, start - lineStart + 1, start, end - start));
            }

            /// <summary>The last reported diagnostic of each rule that reached its cap says how many more there were.</summary>
            public void SayWhatWasLeftOut()
            {
                foreach (KeyValuePair<string, int> count in _counts)
                {
                    if (count.Value <= MaxDiagnosticsPerRule) continue;
                    int last = _list.FindLastIndex(d => d.Id == count.Key);
                    NotesDiagnostic d = _list[last];
                    int more = count.Value - MaxDiagnosticsPerRule;
                    _list[last] = new NotesDiagnostic(d.Id, d.Severity, d.Message + " (" + more + (more == 1 ? " more like this in the file is" : " more like this in the file are") + " not reported.)", d.Path, d.Line, d.Column, d.Start, d.Length);
                }
            }
        }
    }
}
