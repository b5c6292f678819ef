using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using NotesDataset.Generator.Tests.Infrastructure;

namespace NotesDataset.PropertyTests.Infrastructure
{
    /// <summary>
    /// CsCheck generators of notes text. Options are listed simplest first, so shrinking moves towards plain words,
    /// LF line breaks, no indentation and fewer lines.
    /// </summary>
    internal static class NotesGen
    {
        /// <summary>Strings that would break naive code generation or naive line handling.</summary>
        public static readonly string[] Hostile =
        {
            "\"", "\"\"\"", "'", "“quoted”", "\\", "\\\\", "C:\\temp\\", "*/", "/*", "//", "/// <summary>", "</summary>", "</para>", "<br/>",
            "<see cref=\"System.Object\"/>", "<![CDATA[", "]]>", "<!--", "-->", "<?xml ?>", "&", "&amp;", "&lt;", "&#x26;", "&bogus;", "&#0;",
            "#line 1 \"evil.cs\"", "#error injected", "#pragma warning disable", "#nullable disable", "#if X", "#endif", "#region", "#define Y",
            "\\u0022", "\\U00000022", "\\x22", "\\n", "\\0", "{", "}", "{0}", "{{", "$\"{x}\"", "@\"", "'\\''", "\"); System.Environment.Exit(1); //",
            "\u2028", "\u2029", "\u0085", "\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
            "\0", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u001F", "\u007F", "\u0080", "\u009F",
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\U0001F680", "\U0010FFFF", "\uFFFE", "\uFFFF", "\uFFFD", "\uFEFF", "\u200B", "\u00A0", "\u2003", "\u3000",
            "class", "@class", "namespace", "global::", "__arglist", "Data", "People", "Document", "Day", "Session", "Speakers", "Conference", "Talks",
            "a\u0301", "\u0301", "Ⅻ", "١٢", "𝒳", "_", "9", "2015",
        };

        private static readonly string[] Words =
        {
            "Talk", "notes", "Linux.conf.au", "LCA", "2015", "Day", "Session", "Keynote", "Lightning", "Miniconf", "Panel", "by", "and", "Jane", "Doe",
            "http://example.org/a_(b)", "collectd.org", "Q&A", "e.g.", "(Acme)", "/", "+", ",", "Wednesday", "Friday", "–", "-", "—",
        };

        private static readonly string[] Breaks = { "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085" };

        private static readonly string[] Separators = { " – ", " - ", " — ", " ‒ ", " − ", "\t–\t", "\u00A0–\u00A0", "–", " -- " };

        // With Markdown's numbered items: bullets when indented under a talk, talk lines or prose elsewhere.
        private static readonly string[] Markers = { "• ", "- ", "* ", "•", "◦ ", "+ ", "▪ ", "‣\t", "-\u00A0", "· ", "1. ", "2) ", "10.\t", "3.", "1.5 ", "1234567890. " };

        private static readonly string[] IndentUnits = { "  ", "\t", "    ", " ", "\u00A0", "\u3000", " \t", "\uFEFF", "\u200B", "\u000B", "\f" };

        private static readonly string[] Conferences = { "Linux.conf.au", "LCA", "Linux.conf.ay", "PyCon AU", "", "linux.conf.au", "Conf" };

        private static readonly string[] Years = { " 2015", " 2016", "", " 1999", " 2015'", "2015 " };

        private static readonly string[] Days = { "Day 1", "Day 2", "Day 5 (Friday)", "Wednesday", "Wed", "Sysadmin Miniconf", "Miniconf", "Day 999999", "Day", "Friday 13th" };

        private static readonly string[] SessionTitles = { "Session 1", "Session 2", "Keynotes", "Lightning talks", "Keynote/Panel", "", "Session 3 – Part 2" };

        private static readonly string[] Speakers = { "Jane Doe", "John Roe", "Jane Doe and John Roe", "Jane Doe / John Roe", "Jane Doe (Acme)", "Mary O’Brien, Joe Bloggs", "Facebook", "" };

        /// <summary>A character from the ranges that matter: controls, C1, surrogates, line and bidi controls, white space, anything.</summary>
        public static readonly Gen<char> OddChar = Gen.Frequency(
            (4, Gen.Char[' ', '~']),
            (2, Gen.Char['\0', '\u001F']),
            (1, Gen.Char['\u007F', '\u009F']),
            (2, Gen.Char['\uD800', '\uDFFF']),
            (2, Gen.OneOf('\u2028', '\u2029', '\u0085', '\u202E', '\u2066', '\u2069', '\u200E', '\u061C', '\uFEFF', '\u200B', '\u00A0', '\u3000', '\uFFFE', '\uFFFF', '\uFFFD', '•', '–')),
            (2, Gen.Char['\u00A0', '\uFFFF']));

        /// <summary>A piece of text: a word, a hostile string, odd characters, or (rarely) a very long run.</summary>
        public static readonly Gen<string> Fragment = Gen.Frequency(
            (8, Gen.OneOf(Words)),
            (6, Gen.OneOf(Hostile)),
            (3, OddChar.Array[1, 8].Select(a => new string(a))),
            (1, Gen.Select(Gen.OneOf(Hostile.Concat(Words).ToArray()), Gen.Int[100, 3000], (s, n) => string.Concat(Enumerable.Repeat(s, n)))));

        /// <summary>A few fragments, joined by a space (or nothing).</summary>
        public static readonly Gen<string> Phrase = Gen.Select(Fragment.Array[1, 5], Gen.Bool, (parts, glue) => string.Join(glue ? "" : " ", parts));

        private static Gen<string> Pick(string[] options) => Gen.Frequency((3, Gen.OneOf(options)), (1, Phrase));

        private static readonly Gen<string> Separator = Gen.OneOf(Separators);

        // Mostly one conference and year, so that a misspelling (NOTES001) or a missing year (NOTES002) has something to be near.
        private static readonly Gen<string> Conference = Gen.Frequency((6, Gen.Const("Linux.conf.au")), (3, Gen.OneOf(Conferences)), (1, Phrase));

        private static readonly Gen<string> Year = Gen.Frequency((6, Gen.Const(" 2015")), (2, Gen.OneOf(Years)));

        private static readonly Gen<string> Heading = Gen.Select(Conference, Year, Separator, Pick(Days), Separator, Pick(SessionTitles), Gen.Int[0, 3],
            (conference, year, sep1, day, sep2, title, shape) => shape switch
            {
                0 => conference + year + sep1 + day + sep2 + title,
                1 => conference + year + sep1 + day,
                2 => day + sep2 + title,
                _ => day,
            });

        private static readonly Gen<string> TalkLine = Gen.Select(Phrase, Separator, Pick(Speakers), Gen.Int[0, 4],
            (title, sep, speaker, shape) => shape switch
            {
                0 => title + sep + speaker,
                1 => title + " by " + speaker,
                2 => sep.TrimStart() + speaker,       // no title
                3 => title + sep.TrimEnd(),            // no speaker
                _ => title,                            // a title alone (a talk when bullets follow)
            });

        private static readonly Gen<string> Indent = Gen.Frequency(
            (6, Gen.Select(Gen.OneOf(IndentUnits), Gen.Int[1, 6], (unit, depth) => string.Concat(Enumerable.Repeat(unit, depth)))),
            (2, Gen.OneOf(IndentUnits).Array[1, 6].Select(units => string.Concat(units))),
            (1, Gen.Int[7, 300].Select(n => new string(' ', n))));

        private static readonly Gen<string> Bullet = Gen.Select(Indent, Gen.OneOf(Markers), Phrase, (indent, marker, text) => indent + marker + text);

        private static readonly Gen<string> Blank = Gen.OneOf("", " ", "\t", "\u00A0", "\uFEFF", "\u200B", "  \t ", "\u3000\u2003");

        /// <summary>One line, without its break.</summary>
        public static readonly Gen<string> Line = Gen.Frequency(
            (5, Bullet),
            (3, TalkLine),
            (2, Heading),
            (2, Blank),
            (1, Phrase),
            (1, Gen.Select(Indent, Phrase, (indent, text) => indent + text)),
            (1, Gen.Select(Indent, Gen.OneOf(Markers), TalkLine, (indent, marker, talk) => indent + marker + talk)),
            (1, Gen.Select(Gen.OneOf("# ", "### ", "###\t ", "#######", "#"), Gen.Frequency((2, TalkLine), (1, Heading)), (marker, line) => marker + line))); // Markdown's

        private static readonly Gen<string> Break = Gen.Frequency((12, Gen.Const("\n")), (3, Gen.Const("\r\n")), (1, Gen.OneOf(Breaks)));

        /// <summary>
        /// Notes with valid structure (headings, talk lines, nested bullets of every marker, indentation of tabs, spaces
        /// and NBSP, every line break, optional BOM) filled with hostile strings.
        /// </summary>
        public static readonly Gen<string> Structured = Gen.Select(
            Gen.Select(Line, Break).Array[0, 40], Gen.Frequency((8, Gen.Const("")), (1, Gen.Const("\uFEFF"))), Gen.Bool,
            (lines, bom, dropLastBreak) =>
            {
                var sb = new StringBuilder(bom);
                for (int i = 0; i < lines.Length; i++)
                {
                    sb.Append(lines[i].Item1);
                    if (i < lines.Length - 1 || !dropLastBreak) sb.Append(lines[i].Item2);
                }

                return sb.ToString();
            });

        /// <summary>The seed notes' lines (as the parser splits them).</summary>
        public static readonly Lazy<string[]> SeedLines = new Lazy<string[]>(() => Text.Lines(Repo.SeedText).Select(l => l.Content).ToArray());

        /// <summary>One edit of a list of lines.</summary>
        public readonly record struct Mutation(int Kind, int A, int B, int Arg);

        private static readonly Gen<Mutation> MutationGen = Gen.Select(Gen.Int[0, 7], Gen.Int.Positive, Gen.Int.Positive, Gen.Int.Positive, (k, a, b, arg) => new Mutation(k, a, b, arg));

        /// <summary>
        /// Random mutations of a window of the seed notes: lines deleted, duplicated, swapped, re-indented, separators removed,
        /// hostile text inserted, line breaks changed, and bytes flipped (then decoded as UTF-8 with replacement characters).
        /// </summary>
        public static Gen<string> Mutated(int maxLines) => Gen.Select(
            Gen.Int[0, 700], Gen.Int[0, maxLines], MutationGen.Array[0, 10], Gen.Select(Gen.Int.Positive, Gen.Byte).Array[0, 4], Break, Gen.Frequency((6, Gen.Const("")), (1, Gen.Const("\uFEFF"))),
            (start, count, mutations, flips, lineBreak, bom) => Mutate(start, count, mutations, flips, lineBreak, bom));

        public static string Mutate(int start, int count, Mutation[] mutations, (int Position, byte Mask)[] flips, string lineBreak, string bom)
        {
            string[] seed = SeedLines.Value;
            start = Math.Min(start, seed.Length);
            var lines = seed.Skip(start).Take(count).ToList();
            foreach (Mutation m in mutations)
            {
                if (lines.Count == 0) break;
                int i = m.A % lines.Count, j = m.B % lines.Count;
                string line = lines[i];
                switch (m.Kind)
                {
                    case 0: lines.RemoveAt(i); break;
                    case 1: lines.Insert(i, line); break;
                    case 2: (lines[i], lines[j]) = (lines[j], lines[i]); break;
                    case 3: lines[i] = IndentUnits[m.Arg % IndentUnits.Length] + line; break;
                    case 4: lines[i] = line.TrimStart(); break;
                    case 5: lines[i] = line.Replace(" – ", m.Arg % 2 == 0 ? " " : "").Replace(" - ", " "); break;
                    case 6:
                        string hostile = Hostile[m.Arg % Hostile.Length];
                        int at = line.Length == 0 ? 0 : m.B % (line.Length + 1);
                        if (at > 0 && at < line.Length && char.IsLowSurrogate(line[at])) at--; // keep the seed's own pairs whole
                        lines[i] = line.Insert(at, hostile);
                        break;
                    default: lines[i] = line.Replace("•", m.Arg % 2 == 0 ? "-" : "*"); break;
                }
            }

            string text = bom + string.Join(lineBreak, lines);
            if (flips.Length == 0) return text;
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            if (bytes.Length == 0) return text;
            foreach ((int position, byte mask) in flips) bytes[position % bytes.Length] ^= mask == 0 ? (byte)0x80 : mask;
            return Encoding.UTF8.GetString(bytes); // invalid sequences become U+FFFD
        }

        /// <summary>Either kind of notes text.</summary>
        public static Gen<string> Any(int maxSeedLines) => Gen.Frequency((1, Structured), (1, Mutated(maxSeedLines)));
    }
}
