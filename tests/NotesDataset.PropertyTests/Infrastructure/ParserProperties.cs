using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NotesDataset.Parsing;

namespace NotesDataset.PropertyTests.Infrastructure
{
    /// <summary>What must hold for the runtime parser on every input (issue 5, properties 1 and 3, and sane diagnostics).</summary>
    internal static class ParserProperties
    {
        public const string Path = "case.notes.txt";

        // The parser's rules: NOTES001–008, NOTES017, NOTES018 and NOTES022 (the rest are the generator's or MSBuild's).
        private static readonly HashSet<string> ParserIds = new HashSet<string>(NotesRules.All.Select(r => r.Id).Where(id => string.CompareOrdinal(id, "NOTES008") <= 0)
            .Append(NotesRules.CloseConferenceNames.Id).Append(NotesRules.RepeatedHeading.Id).Append(NotesRules.SessionAsSpeaker.Id));

        /// <summary>Parses <paramref name="text"/> and checks every parser property; throws (with a message naming the property) when one fails.</summary>
        public static NotesDocument Check(string text)
        {
            // 1. No exception.
            NotesDocument doc;
            try
            {
                doc = NotesParser.Parse(text, Path);
            }
            catch (Exception e)
            {
                throw new PropertyException("1 (no exception): NotesParser.Parse threw " + e.GetType().Name + ": " + e.Message, e);
            }

            CheckLossless(text, doc);
            CheckDiagnostics(text, doc);
            return doc;
        }

        /// <summary>3. Every non-blank line is owned by the model exactly once, and the writer gives the input back up to white space.</summary>
        public static void CheckLossless(string text, NotesDocument doc)
        {
            List<(int Number, string Text)> expected = Text.NonBlank(text);

            var owners = new Dictionary<int, string>();
            foreach ((int line, string what) in OwnedLines(doc))
            {
                if (!owners.TryAdd(line, what)) throw new PropertyException("3 (lossless): line " + line + " is owned twice: as " + owners[line] + " and as " + what);
            }

            var expectedNumbers = expected.Select(e => e.Number).ToList();
            var missing = expectedNumbers.Where(n => !owners.ContainsKey(n)).Take(10).ToList();
            var extra = owners.Keys.Except(expectedNumbers).OrderBy(n => n).Take(10).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                throw new PropertyException("3 (lossless): lines dropped [" + string.Join(", ", missing) + "], lines owned that are blank or out of range ["
                    + string.Join(", ", extra.Select(n => n + " as " + owners[n])) + "]");
            }

            string rendered;
            try
            {
                rendered = NotesWriter.Render(doc);
            }
            catch (Exception e)
            {
                throw new PropertyException("1 (no exception): NotesWriter.Render threw " + e.GetType().Name + ": " + e.Message, e);
            }

            List<(int Number, string Text)> back = Text.NonBlank(rendered);
            for (int i = 0; i < Math.Max(expected.Count, back.Count); i++)
            {
                string want = i < expected.Count ? expected[i].Text : "(nothing)";
                string got = i < back.Count ? back[i].Text : "(nothing)";
                if (want != got)
                {
                    throw new PropertyException("3 (lossless): rendered line " + (i + 1) + " differs from input line " + (i < expected.Count ? expected[i].Number : -1)
                        + ": expected " + Text.Escape(want, 300) + ", rendered " + Text.Escape(got, 300));
                }
            }

            // And the rendered text parses to the same document, line numbers aside (the writer drops blank lines).
            NotesDocument again = NotesParser.Parse(rendered, Path);
            string[] before = Describe(doc, positions: false).Split('\n'), after = Describe(again, positions: false).Split('\n');
            for (int i = 0; i < Math.Max(before.Length, after.Length); i++)
            {
                string want = i < before.Length ? before[i] : "(nothing)";
                string got = i < after.Length ? after[i] : "(nothing)";
                if (want != got)
                {
                    throw new PropertyException("3 (lossless): the rendered text parses to another document: item " + (i + 1) + " was " + Text.Escape(want, 300)
                        + ", is " + Text.Escape(got, 300) + "; rendered " + Text.Escape(rendered, 600));
                }
            }
        }

        /// <summary>Every line the model owns, with what owns it: headings, talk lines, notes and prose.</summary>
        public static IEnumerable<(int Line, string What)> OwnedLines(NotesDocument doc)
        {
            foreach (Note n in doc.Prose.SelectMany(p => p.DescendantsAndSelf())) yield return (n.Line, "file prose");
            foreach (Session s in doc.Sessions)
            {
                if (s.Line > 0) yield return (s.Line, "heading of '" + s.Heading + "'");
                foreach (Note n in s.Prose.SelectMany(p => p.DescendantsAndSelf())) yield return (n.Line, "session prose");
                foreach (Talk t in s.Talks)
                {
                    if (t.LineText != null) yield return (t.Line, "talk line of '" + t.Title + "'");
                    foreach (Note n in t.AllNotes()) yield return (n.Line, "note of '" + t.Title + "'");
                }
            }
        }

        /// <summary>Diagnostics are known parser rules, inside the text, and their line and column agree with their offset.</summary>
        public static void CheckDiagnostics(string text, NotesDocument doc)
        {
            List<Text.Line> lines = Text.Lines(text);
            foreach (NotesDiagnostic d in doc.Diagnostics)
            {
                string where = d.ToString();
                if (!ParserIds.Contains(d.Id)) throw new PropertyException("diagnostics: unexpected id " + where);
                if (string.IsNullOrWhiteSpace(d.Message)) throw new PropertyException("diagnostics: empty message " + where);
                if (d.Path != Path) throw new PropertyException("diagnostics: path " + where);
                if (d.Start < 0 || d.Length < 0 || d.Start + d.Length > text.Length) throw new PropertyException("diagnostics: span " + d.Start + "+" + d.Length + " outside the text: " + where);
                if (d.Line < 1 || d.Line > lines.Count) throw new PropertyException("diagnostics: line out of range: " + where);
                Text.Line line = lines[d.Line - 1];
                if (line.Start + d.Column - 1 != d.Start) throw new PropertyException("diagnostics: line " + d.Line + " column " + d.Column + " is not offset " + d.Start + ": " + where);
                if (d.Start + d.Length > line.End) throw new PropertyException("diagnostics: span runs past the end of its line: " + where);

                // Rules about what is written (not about the whole line) point at it, not at white space before it.
                string span = text.Substring(d.Start, d.Length);
                if (string.CompareOrdinal(d.Id, "NOTES006") <= 0 && span.Length > 0 && NotesText.IsSpace(span[0])) throw new PropertyException("diagnostics: span starts with white space " + Text.Escape(span, 80) + ": " + where);
                if (d.Id == "NOTES001" && !d.Message.StartsWith("'" + span + "' looks like", StringComparison.Ordinal)) throw new PropertyException("diagnostics: NOTES001 points at " + Text.Escape(span, 80) + ", not at the name it quotes: " + where);
            }

            foreach (IGrouping<string, NotesDiagnostic> rule in doc.Diagnostics.GroupBy(d => d.Id))
            {
                if (rule.Count() > NotesSyntaxParser.MaxDiagnosticsPerRule) throw new PropertyException("diagnostics: more than " + NotesSyntaxParser.MaxDiagnosticsPerRule + " of " + rule.Key);
            }

            for (int i = 1; i < doc.Diagnostics.Count; i++)
            {
                if (doc.Diagnostics[i - 1].Start > doc.Diagnostics[i].Start) throw new PropertyException("diagnostics: not in file order at " + doc.Diagnostics[i]);
            }
        }

        /// <summary>
        /// A one-line-per-item description of a document, for comparing two documents (runtime-parsed and compiled).
        /// <paramref name="positions"/> false: what the document holds without where (no line numbers, columns or
        /// diagnostics), for a document and the one its rendered text parses to.
        /// </summary>
        public static string Describe(NotesDocument d, bool positions = true)
        {
            var sb = new StringBuilder();
            foreach (Conference c in d.Conferences) sb.Append("conference ").Append(c.Name).Append('|').Append(c.Year).Append('\n');
            foreach (Day day in d.Days) sb.Append("day ").Append(day.Label).Append('|').Append(day.Number).Append('|').Append(day.Weekday).Append('\n');
            var sessions = new Dictionary<Session, int>();
            foreach (Session s in d.Sessions)
            {
                sessions.Add(s, sessions.Count);
                sb.Append("session ").Append(s.Heading).Append('|').Append(s.Title).Append('|').Append(s.Kind).Append('|').Append(s.Number);
                if (positions) sb.Append('|').Append(s.Line);
                sb.Append('\n');
                foreach (Note n in s.Prose) Prose(sb.Append("  prose "), n);
            }

            foreach (Talk t in d.Talks)
            {
                sb.Append("talk ").Append(t.Title).Append('|');
                if (positions) sb.Append(t.Line).Append('|');
                sb.Append(string.Join(",", t.Speakers.Select(s => s.Name))).Append('|').Append(t.Affiliation).Append('|').Append(t.LineText).Append("|session ").Append(sessions[t.Session]).Append('\n');
                foreach (Note n in t.AllNotes())
                {
                    sb.Append("  note ");
                    if (positions) sb.Append(n.Line).Append(':').Append(n.Column).Append(':');
                    sb.Append(n.Bullet).Append(':').Append(n.Children.Count).Append(':').Append(n.Text).Append('\n');
                }

                sb.Append("  links ").Append(string.Join(" ", t.Links)).Append('\n');
            }

            foreach (Speaker s in d.Speakers) sb.Append("speaker ").Append(s.Name).Append('|').Append(s.Talks.Count).Append('\n');
            foreach (Note n in d.Prose) Prose(sb.Append("prose "), n);
            if (positions)
            {
                foreach (NotesDiagnostic x in d.Diagnostics) sb.Append("diagnostic ").Append(x).Append('|').Append(x.Start).Append('+').Append(x.Length).Append('\n');
            }

            return sb.ToString();

            void Prose(StringBuilder line, Note n)
            {
                if (positions) line.Append(n.Line).Append(':').Append(n.Column).Append(n.Indented ? ":indented:" : ":");
                line.Append(n.Text).Append('\n');
            }
        }
    }

    /// <summary>A property that does not hold; the message names it.</summary>
    public sealed class PropertyException : Exception
    {
        public PropertyException(string message, Exception? inner = null)
            : base(message, inner)
        {
        }
    }
}
