using System;
using System.Collections.Generic;

namespace StartupBench
{
    /// <summary>A talk as the plain parser reads it.</summary>
    internal sealed class PlainTalk
    {
        public PlainTalk(string conference, string day, string session, string title, string[] speakers, string? affiliation, int line)
        {
            Conference = conference;
            Day = day;
            Session = session;
            Title = title;
            Speakers = speakers;
            Affiliation = affiliation;
            Line = line;
        }

        public string Conference { get; }
        public string Day { get; }
        public string Session { get; }
        public string Title { get; }
        public string[] Speakers { get; }
        public string? Affiliation { get; }

        /// <summary>1-based line of the talk (of the session heading, for a talk named after its session).</summary>
        public int Line { get; }

        /// <summary>The talk's bullets in file order, each with its depth below the talk (1 = top level).</summary>
        public List<PlainNote> Notes { get; } = new List<PlainNote>();
    }

    internal readonly struct PlainNote
    {
        public PlainNote(int depth, string text)
        {
            Depth = depth;
            Text = text;
        }

        public int Depth { get; }
        public string Text { get; }
    }

    /// <summary>
    /// A plain, single-pass line parser for notes in the seed's format — what an app would write for itself rather
    /// than take NotesParser: "Conference – Day N – Session" headings; unindented "Title – Speaker[, Speaker and
    /// Speaker] (Affiliation)" talk lines (in a keynote session, "Speaker – Company" when both sides look like
    /// names); "•" bullets nested by indentation; in a lightning-talk session each top-level bullet
    /// "Speaker – Title" is a talk; bullets straight under a heading are a talk named after the session.
    /// </summary>
    internal static class PlainNotesParser
    {
        private const string Dash = " – ";

        public static List<PlainTalk> Parse(string text)
        {
            var talks = new List<PlainTalk>(Math.Max(16, text.Length / 700));
            string conference = "", day = "", session = "";
            int sessionLine = 0;
            bool lightning = false, keynote = false;
            PlainTalk? talk = null;
            int talkIndent = -1; // a lightning talk's bullet indentation; -1 for a talk that owns every bullet
            int lineNumber = 0;
            int pos = 0;
            while (pos < text.Length)
            {
                int end = text.IndexOf('\n', pos);
                if (end < 0) end = text.Length;
                lineNumber++;
                ReadOnlySpan<char> line = text.AsSpan(pos, end - pos);
                pos = end + 1;

                int indent = 0;
                while (indent < line.Length && (line[indent] == ' ' || line[indent] == '\t')) indent++;
                ReadOnlySpan<char> content = line.Slice(indent).Trim(); // also drops '\r' and a lone U+00A0
                if (content.IsEmpty) continue;

                if (indent == 0)
                {
                    if (TryHeading(content, out conference, out day, out session))
                    {
                        sessionLine = lineNumber;
                        lightning = session.Contains("lightning", StringComparison.OrdinalIgnoreCase);
                        keynote = !lightning && session.Contains("keynote", StringComparison.OrdinalIgnoreCase) && !session.Contains("panel", StringComparison.OrdinalIgnoreCase);
                        talk = null;
                        continue;
                    }

                    talk = TalkLine(content, keynote, conference, day, session, lineNumber);
                    talkIndent = -1;
                    talks.Add(talk);
                    continue;
                }

                bool bullet = (content[0] == '•' || content[0] == '-' || content[0] == '*') && (content.Length == 1 || content[1] == ' ');
                ReadOnlySpan<char> noteText = bullet ? content.Slice(1).TrimStart() : content;
                if (bullet && lightning && (talk == null || (talkIndent >= 0 && indent <= talkIndent)))
                {
                    talk = LightningTalk(noteText, conference, day, session, lineNumber);
                    talkIndent = indent;
                    talks.Add(talk);
                    continue;
                }

                if (talk == null)
                {
                    talk = new PlainTalk(conference, day, session, session, Array.Empty<string>(), null, sessionLine);
                    talkIndent = -1;
                    talks.Add(talk);
                }

                int depth = talkIndent >= 0 ? (indent - talkIndent) / 2 : (indent + 1) / 2;
                talk.Notes.Add(new PlainNote(Math.Max(1, depth), noteText.ToString()));
            }

            return talks;
        }

        private static bool TryHeading(ReadOnlySpan<char> content, out string conference, out string day, out string session)
        {
            conference = day = session = "";
            int first = content.IndexOf(Dash);
            if (first < 0) return false;
            ReadOnlySpan<char> rest = content.Slice(first + Dash.Length);
            if (!rest.StartsWith("Day ", StringComparison.OrdinalIgnoreCase) || rest.Length < 5 || !char.IsDigit(rest[4])) return false;
            int second = rest.IndexOf(Dash);
            conference = content.Slice(0, first).ToString();
            day = (second < 0 ? rest : rest.Slice(0, second)).ToString();
            session = second < 0 ? "" : rest.Slice(second + Dash.Length).ToString();
            return true;
        }

        private static PlainTalk TalkLine(ReadOnlySpan<char> content, bool keynote, string conference, string day, string session, int line)
        {
            int last = content.LastIndexOf(Dash);
            if (last < 0) return new PlainTalk(conference, day, session, content.ToString(), Array.Empty<string>(), null, line);
            ReadOnlySpan<char> left = content.Slice(0, last).Trim();
            ReadOnlySpan<char> right = content.Slice(last + Dash.Length).Trim();
            if (keynote && content.IndexOf(Dash) == last && LooksLikeName(left, 2) && LooksLikeName(right, 1))
            {
                string speaker = left.ToString();
                return new PlainTalk(conference, day, session, speaker, new[] { speaker }, right.ToString(), line); // "Speaker – Company"
            }

            string[] speakers = Speakers(right, out string? affiliation);
            return new PlainTalk(conference, day, session, left.ToString(), speakers, affiliation, line);
        }

        private static PlainTalk LightningTalk(ReadOnlySpan<char> content, string conference, string day, string session, int line)
        {
            int first = content.IndexOf(Dash);
            if (first < 0) return new PlainTalk(conference, day, session, content.ToString(), Array.Empty<string>(), null, line);
            string[] speakers = Speakers(content.Slice(0, first).Trim(), out string? affiliation);
            return new PlainTalk(conference, day, session, content.Slice(first + Dash.Length).Trim().ToString(), speakers, affiliation, line);
        }

        /// <summary>"A, B and C (Company)": names split on ", ", " + ", " & " and " and "; a trailing "(…)" is the affiliation.</summary>
        private static string[] Speakers(ReadOnlySpan<char> part, out string? affiliation)
        {
            affiliation = null;
            if (part.Length > 2 && part[part.Length - 1] == ')')
            {
                int open = part.LastIndexOf('(');
                if (open > 0)
                {
                    affiliation = part.Slice(open + 1, part.Length - open - 2).Trim().ToString();
                    part = part.Slice(0, open).Trim();
                }
            }

            var names = new List<string>(2);
            while (!part.IsEmpty)
            {
                int cut = -1, skip = 0;
                for (int i = 0; i < part.Length; i++)
                {
                    char c = part[i];
                    if (c == ',') { cut = i; skip = 1; break; }
                    if ((c == '+' || c == '&') && i > 0 && part[i - 1] == ' ' && i + 1 < part.Length && part[i + 1] == ' ') { cut = i; skip = 1; break; }
                    if (c == 'a' && i > 0 && part[i - 1] == ' ' && part.Slice(i).StartsWith("and ", StringComparison.Ordinal)) { cut = i; skip = 3; break; }
                }

                ReadOnlySpan<char> name = (cut < 0 ? part : part.Slice(0, cut)).Trim();
                if (!name.IsEmpty) names.Add(name.ToString());
                part = cut < 0 ? ReadOnlySpan<char>.Empty : part.Slice(cut + skip);
            }

            return names.ToArray();
        }

        /// <summary>One to four capitalised words, no digits or punctuation that a title would have.</summary>
        private static bool LooksLikeName(ReadOnlySpan<char> s, int minWords)
        {
            int words = 0;
            bool inWord = false;
            foreach (char c in s)
            {
                if (c == ' ')
                {
                    inWord = false;
                    continue;
                }

                if (char.IsDigit(c) || c == ':' || c == '?' || c == '!' || c == '"' || c == '“' || c == '(' || c == ')') return false;
                if (!inWord)
                {
                    if (!char.IsUpper(c)) return false;
                    words++;
                    inWord = true;
                }
            }

            return words >= minWords && words <= 4;
        }
    }
}
