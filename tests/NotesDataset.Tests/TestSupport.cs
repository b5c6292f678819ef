using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>The seed notes file (notes-data/Lca2015/lca2015.notes.txt), found from the test's output folder.</summary>
    internal static class Seed
    {
        private static readonly Lazy<string> _root = new Lazy<string>(FindRepoRoot);
        private static readonly Lazy<string> _text = new Lazy<string>(() => File.ReadAllText(FilePath));
        private static readonly Lazy<NotesDocument> _document = new Lazy<NotesDocument>(() => NotesParser.Parse(Text, FilePath));

        /// <summary>The folder that holds NotesDataset.sln.</summary>
        public static string RepoRoot => _root.Value;

        public static string FilePath => Path.Combine(RepoRoot, "notes-data", "Lca2015", "lca2015.notes.txt");

        public static string Text => _text.Value;

        /// <summary>The seed parsed once; the model is immutable, so tests share it.</summary>
        public static NotesDocument Document => _document.Value;

        private static string FindRepoRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NotesDataset.sln"))) return dir.FullName;
                dir = dir.Parent;
            }

            throw new InvalidOperationException("No folder holding NotesDataset.sln above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Notes compiled as the generator compiles them (its index over the text), without running the generator.</summary>
    internal static class CompiledText
    {
        public static NotesDocument Load(string text)
        {
            Parsing.ParsedNotes parsed = Parsing.NotesSyntaxParser.Parse(text, "x.notes.txt");
            string index = Parsing.IndexWriter.Write(parsed, text, "x.notes.txt", out _, out _);
            return Compiled.CompiledNotes.Load(typeof(CompiledText), index, null, text);
        }
    }

    /// <summary>Helpers written from the spec, independent of the parser's own line and space rules.</summary>
    internal static class Notes
    {
        /// <summary>The text a diagnostic covers in <paramref name="text"/> (lines split at '\n' only), up to its line's end.</summary>
        public static string TextAt(string text, NotesDiagnostic d)
        {
            string[] lines = text.Split('\n');
            return lines[d.Line - 1].Substring(d.Column - 1, Math.Min(d.Length, lines[d.Line - 1].Length - (d.Column - 1)));
        }

        /// <summary>Splits text into lines at CR, LF, CRLF, NEL, LS and PS (a break at the very end starts no further line).</summary>
        public static List<string> Lines(string text)
        {
            var lines = new List<string>();
            int start = 0;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    lines.Add(text.Substring(start, i - start));
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    start = i;
                    continue;
                }

                i++;
            }

            if (start < text.Length) lines.Add(text.Substring(start));
            return lines;
        }

        /// <summary>
        /// White space a reader cannot see: Unicode white space (incl. U+00A0) and the invisible BOM / zero-width
        /// space. Control characters other than tab, VT and FF are data (NOTES007 keeps them), not white space.
        /// </summary>
        public static bool IsInvisible(char c)
            => c == '\uFEFF' || c == '\u200B' || (char.IsWhiteSpace(c) && (!char.IsControl(c) || c == '\t' || c == '\v' || c == '\f'));

        public static bool IsBlank(string line) => line.All(IsInvisible);

        /// <summary>1-based numbers of the lines that hold something.</summary>
        public static SortedSet<int> NonBlankLines(string text)
        {
            var set = new SortedSet<int>();
            List<string> lines = Lines(text);
            for (int i = 0; i < lines.Count; i++)
            {
                if (!IsBlank(lines[i])) set.Add(i + 1);
            }

            return set;
        }

        /// <summary>Every line number the model owns: headings (via sessions), talk lines, notes, session prose and file prose.</summary>
        public static List<int> OwnedLines(NotesDocument document)
        {
            var owned = new List<int>();
            foreach (Conference conference in document.Conferences)
            {
                foreach (Day day in conference.Days)
                {
                    foreach (Session session in day.Sessions)
                    {
                        if (session.Line > 0) owned.Add(session.Line);
                        foreach (Talk talk in session.Talks)
                        {
                            owned.Add(talk.Line);
                            owned.AddRange(talk.AllNotes().Select(n => n.Line));
                        }

                        owned.AddRange(session.Prose.SelectMany(n => n.DescendantsAndSelf()).Select(n => n.Line));
                    }
                }
            }

            owned.AddRange(document.Prose.SelectMany(n => n.DescendantsAndSelf()).Select(n => n.Line));
            return owned;
        }

        /// <summary>Asserts that the model owns exactly the non-blank lines of <paramref name="text"/>.</summary>
        public static void AssertLossless(string text, NotesDocument document)
        {
            SortedSet<int> expected = NonBlankLines(text);
            var actual = new SortedSet<int>(OwnedLines(document));
            var missing = expected.Except(actual).ToList();
            var extra = actual.Except(expected).ToList();
            if (missing.Count > 0 || extra.Count > 0)
            {
                Assert.Fail("Lossless check failed. Lines dropped: [" + string.Join(", ", missing.Take(20)) + "]; lines owned that are blank or out of range: ["
                    + string.Join(", ", extra.Take(20)) + "]. Input: " + Escape(text));
            }
        }

        /// <summary>Every note of every talk, depth first.</summary>
        public static IEnumerable<Note> AllTalkNotes(NotesDocument document) => document.Talks.SelectMany(t => t.AllNotes());

        public static string Escape(string s)
        {
            if (s.Length > 400) s = s.Substring(0, 400) + "…";
            var sb = new System.Text.StringBuilder("\"");
            foreach (char c in s)
            {
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c < ' ' || c > '~') sb.Append("\\u").Append(((int)c).ToString("X4"));
                else sb.Append(c);
            }

            return sb.Append('"').ToString();
        }

        /// <summary>Parses lines joined with "\n".</summary>
        public static NotesDocument Parse(params string[] lines) => NotesParser.Parse(string.Join("\n", lines), "test.notes");
    }
}
