using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NotesDataset.Parsing;

namespace NotesDataset.PropertyTests.Infrastructure
{
    /// <summary>Lines and white space exactly as the parser defines them (<see cref="NotesText.NextLine"/>, <see cref="NotesText.IsSpace"/>).</summary>
    internal static class Text
    {
        public readonly record struct Line(int Number, int Start, int End, string Content);

        public static List<Line> Lines(string text)
        {
            var lines = new List<Line>();
            int pos = 0;
            while (NotesText.NextLine(text, ref pos, text.Length, out int start, out int end))
            {
                lines.Add(new Line(lines.Count + 1, start, end, text.Substring(start, end - start)));
            }

            return lines;
        }

        public static bool IsBlank(string line)
        {
            foreach (char c in line)
            {
                if (!NotesText.IsSpace(c)) return false;
            }

            return true;
        }

        /// <summary>
        /// A line up to white space: runs of white space collapsed to one space, trimmed, and one space after a leading
        /// bullet marker ("•text" and "•   text" are the bullet "• text", which is how the writer renders it).
        /// </summary>
        public static string Normalise(string line)
        {
            var sb = new StringBuilder(line.Length);
            bool space = false;
            foreach (char c in line)
            {
                if (NotesText.IsSpace(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }

            string s = sb.ToString();
            if (s.Length > 0 && NotesText.IsBulletMarker(s[0], s.Length > 1 ? s[1] : '\0', s.Length == 1))
            {
                string rest = s.Substring(1).TrimStart(' ');
                s = rest.Length == 0 ? s.Substring(0, 1) : s[0] + " " + rest;
            }

            return s;
        }

        /// <summary>The non-blank lines of <paramref name="text"/>, normalised, with their 1-based numbers.</summary>
        public static List<(int Number, string Text)> NonBlank(string text)
        {
            var result = new List<(int, string)>();
            foreach (Line line in Lines(text))
            {
                if (!IsBlank(line.Content)) result.Add((line.Number, Normalise(line.Content)));
            }

            return result;
        }

        /// <summary>A C#-style literal of <paramref name="s"/> (printable ASCII as is, the rest as \uXXXX), cut at <paramref name="max"/> characters.</summary>
        public static string Escape(string s, int max = 2000)
        {
            bool cut = s.Length > max;
            if (cut) s = s.Substring(0, max);
            var sb = new StringBuilder("\"");
            foreach (char c in s)
            {
                if (c == '"') sb.Append("\\\"");
                else if (c == '\\') sb.Append("\\\\");
                else if (c == '\n') sb.Append("\\n");
                else if (c == '\r') sb.Append("\\r");
                else if (c == '\t') sb.Append("\\t");
                else if (c < ' ' || c > '~') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }

            sb.Append('"');
            if (cut) sb.Append("…");
            return sb.ToString();
        }
    }
}
