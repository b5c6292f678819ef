// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
using System;
using System.Collections.Generic;
using System.Text;

namespace NotesDataset.Parsing
{
    /// <summary>The small lexical rules of notes text: line breaks, indentation, bullets, separators, names, links.</summary>
    internal static class NotesText
    {
        /// <summary>A line break as Roslyn's SourceText counts them: CR, LF (CRLF is one), NEL, LS, PS.</summary>
        public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        /// <summary>Reads the line starting at <paramref name="pos"/>; the same line breaks as Roslyn's SourceText (CR, LF, CRLF, NEL, LS, PS).</summary>
        public static bool NextLine(NotesChars text, ref int pos, int end, out int lineStart, out int contentEnd)
        {
            lineStart = pos;
            if (pos >= end)
            {
                contentEnd = pos;
                return false;
            }

            // IndexOfAny is vectorised on .NET Core (where the compiler runs the generator too): most of a line is skipped 16 or 32 characters at a time.
            int i = text.IndexOfAny(LineBreaks, pos, end - pos);
            if (i >= 0)
            {
                contentEnd = i;
                pos = (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n') ? i + 2 : i + 1;
                return true;
            }

            contentEnd = end;
            pos = end;
            return true;
        }

        private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

        /// <summary>Skips the leading white space from <paramref name="i"/> and returns its width: a tab to the next multiple of 4, a BOM or zero-width space 0, any other space 1.</summary>
        public static int Indentation(NotesChars text, ref int i, int end)
        {
            int indent = 0;
            while (i < end && IsSpace(text[i]))
            {
                char c = text[i];
                indent += c == '\t' ? 4 - (indent % 4) : c == '\uFEFF' || c == '\u200B' ? 0 : 1;
                i++;
            }

            return indent;
        }

        public static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\uFEFF' || c == '\u200B' || (c > 127 && char.IsWhiteSpace(c)) || c == '\f' || c == '\v';

        public static bool IsBulletMarker(char c, char next, bool atEnd)
        {
            switch (c)
            {
                case '•': case '◦': case '▪': case '‣': case '●': case '○': case '■': case '□': case '▫': case '·': case '⁃':
                    return true;
                case '-': case '*': case '+':
                case '–': case '—': // "– item": a word processor or a blog's editor makes "- " an en dash
                    return atEnd || IsSpace(next);
                default:
                    return false;
            }
        }

        /// <summary>
        /// The length of a numbered list item's marker at <paramref name="i"/>, as Markdown writes one: one to nine ASCII
        /// digits, then '.' or ')', then white space or the line's end ("1. ", "12) "); 0 when there is none there.
        /// </summary>
        public static int NumberedMarkerLength(NotesChars text, int i, int end)
        {
            int k = i;
            while (k < end && k - i < 10 && text[k] >= '0' && text[k] <= '9') k++;
            int digits = k - i;
            if (digits == 0 || digits > 9 || k == end || (text[k] != '.' && text[k] != ')')) return 0;
            return k + 1 == end || IsSpace(text[k + 1]) ? digits + 1 : 0;
        }

        public static bool IsDash(char c) => c == '-' || c == '–' || c == '—' || c == '―' || c == '‒' || c == '−';

        /// <summary>
        /// Indices of the separators in <paramref name="s"/> (see <see cref="SeparatorLength"/>): where each starts; the part
        /// after it starts at <see cref="AfterSeparator"/>.
        /// </summary>
        public static List<int> Separators(string s)
        {
            List<int>? result = null;
            for (int i = 0; i < s.Length; i++)
            {
                if (!IsDash(s[i])) continue; // most characters, without a call
                int length = SeparatorLength(s, i);
                if (length == 0) continue;
                (result ??= new List<int>()).Add(i);
                i += length - 1;
            }

            return result ?? Empty;
        }

        /// <summary>How many <see cref="Separators"/> <paramref name="s"/> has, and the first and last (-1 when none), without a list.</summary>
        public static int CountSeparators(string s, out int first, out int last)
        {
            int count = 0;
            first = last = -1;
            for (int i = 0; i < s.Length; i++)
            {
                if (!IsDash(s[i])) continue; // most characters, without a call
                int length = SeparatorLength(s, i);
                if (length == 0) continue;
                if (count++ == 0) first = i;
                last = i;
                i += length - 1;
            }

            return count;
        }

        /// <summary>
        /// The length of the separator that starts at <paramref name="i"/>, 0 when none does: a dash with white space (or the
        /// text's edge) on both sides, in a text that holds more than the dash; or two or three ASCII hyphens as typed for one
        /// ("Title -- Speaker"), with white space on both sides and text on both, not another option after them ("--- Day 2
        /// ---" and "cargo test -- --nocapture" separate nothing).
        /// </summary>
        public static int SeparatorLength(string s, int i)
        {
            char c = s[i];
            if (!IsDash(c) || (i > 0 && !IsSpace(s[i - 1]))) return 0;
            int end = i + 1;
            if (c == '-')
            {
                while (end < s.Length && end - i < 3 && s[end] == '-') end++;
            }

            if (end < s.Length && !IsSpace(s[end])) return 0;
            if (end - i == 1) return s.Length > 1 ? 1 : 0;
            int next = end;
            while (next < s.Length && IsSpace(s[next])) next++;
            return i > 0 && next < s.Length && s[next] != '-' ? end - i : 0;
        }

        /// <summary>Where the text after the separator at <paramref name="separator"/> starts.</summary>
        public static int AfterSeparator(string s, int separator) => separator + SeparatorLength(s, separator);

        private static readonly List<int> Empty = new List<int>();

        public static string Trim(string s, int start, int end) => Trim(s, start, end, out _);

        /// <summary><see cref="Trim(string, int, int)"/>, also giving where the trimmed text starts in <paramref name="s"/>.</summary>
        public static string Trim(string s, int start, int end, out int trimmedStart)
        {
            while (start < end && IsSpace(s[start])) start++;
            trimmedStart = start;
            while (end > start && IsSpace(s[end - 1])) end--;
            return start == 0 && end == s.Length ? s : s.Substring(start, end - start);
        }

#if NOTESDATASET_GENERATOR
        /// <summary><see cref="Trim(string, int, int)"/> over the generator's rented text, which is always copied out.</summary>
        public static string Trim(NotesChars s, int start, int end) => Trim(s, start, end, out _);

        public static string Trim(NotesChars s, int start, int end, out int trimmedStart)
        {
            while (start < end && IsSpace(s[start])) start++;
            trimmedStart = start;
            while (end > start && IsSpace(s[end - 1])) end--;
            return s.Substring(start, end - start);
        }
#endif

        /// <summary>The parts of <paramref name="s"/> between separators, trimmed.</summary>
        public static List<string> Parts(string s, List<int> separators)
        {
            var parts = new List<string>(separators.Count + 1);
            int from = 0;
            foreach (int sep in separators)
            {
                parts.Add(Trim(s, from, sep));
                from = AfterSeparator(s, sep);
            }

            parts.Add(Trim(s, from, s.Length));
            return parts;
        }

        public static int WordCount(string s)
        {
            int count = 0;
            bool inWord = false;
            foreach (char c in s)
            {
                bool space = IsSpace(c);
                if (!space && !inWord) count++;
                inWord = !space;
            }

            return count;
        }

        /// <summary>Words of talk titles that are not in people's names, in any case: "Opening Keynote", "Free Software" and "The Cloud" are titles, even in title case.</summary>
        private static readonly HashSet<string> TitleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "of", "and", "for", "with", "from", "by", "are", "how", "why", "what",
            "keynote", "opening", "closing", "welcome", "panel", "talk", "address", "session", "introduction", "intro", "future",
            "state", "open", "source", "free", "software", "linux", "cloud", "kernel", "security", "data", "web", "systems",
        };

        /// <summary>Short title words that also start names ("Or Gerlitz", "In-young", "To Lam"): title words only after the first word.</summary>
        private static readonly HashSet<string> InnerTitleWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "in", "on", "to", "at", "is", "or" };

        /// <summary>
        /// Whether <paramref name="s"/> reads as a talk title rather than a person's name: it has one of the
        /// <see cref="TitleWords"/>, one of the <see cref="InnerTitleWords"/> after its first word ("Life On Mars"), or
        /// starts with "The", or with "A"/"An" before two more words that are not an initial ("A New Hope", not "A J Smith"
        /// or "An Wang").
        /// </summary>
        public static bool HasTitleWord(string s)
        {
            List<string> words = WordsOf(s); // [""] for no words, which is none of these
            for (int w = 0; w < words.Count; w++)
            {
                if (TitleWords.Contains(words[w]) || (w > 0 && InnerTitleWords.Contains(words[w]))) return true;
            }

            if (string.Equals(words[0], "the", StringComparison.OrdinalIgnoreCase)) return true;
            bool article = string.Equals(words[0], "a", StringComparison.OrdinalIgnoreCase) || string.Equals(words[0], "an", StringComparison.OrdinalIgnoreCase);
            return article && words.Count >= 3 && words[1].TrimEnd('.').Length > 1;
        }

        /// <summary>
        /// Lower-case particles of surnames ("Guido van Rossum", "Ana de la Cruz", "Ahmed bin Said"): a name may hold them
        /// between its words, not first or last.
        /// </summary>
        private static readonly string[] NameParticles =
        {
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "des", "la", "le", "ter", "ten",
            "bin", "binti", "ibn", "al", "el", "y", "zu",
        };

        /// <summary>
        /// A person's or organisation's name: one to four words, each starting with an upper-case letter, with lower-case
        /// <see cref="NameParticles"/> between them, no digits or sentence punctuation.
        /// </summary>
        public static bool LooksLikeName(string s, int minWords = 1)
        {
            int words = 0;
            bool endsWithParticle = false;
            int i = 0;
            while (i < s.Length)
            {
                if (IsSpace(s[i]))
                {
                    i++;
                    continue;
                }

                int end = i;
                while (end < s.Length && !IsSpace(s[end]))
                {
                    char c = s[end];
                    if (char.IsDigit(c) || c == ':' || c == '?' || c == '!' || c == '"' || c == '“' || c == '(' || c == ')') return false;
                    end++;
                }

                if (char.IsUpper(s[i]))
                {
                    words++;
                    endsWithParticle = false;
                }
                else if (words > 0 && IsNameParticle(s, i, end - i))
                {
                    endsWithParticle = true;
                }
                else
                {
                    return false;
                }

                i = end;
            }

            return !endsWithParticle && words >= minWords && words <= 4;
        }

        private static bool IsNameParticle(string s, int start, int length)
        {
            foreach (string particle in NameParticles)
            {
                if (particle.Length == length && string.CompareOrdinal(s, start, particle, 0, length) == 0) return true;
            }

            return false;
        }

        /// <summary>
        /// Splits a speaker part on " + ", "/", ", ", " &amp; " and " and " outside parentheses; a trailing "(…)" of a
        /// name is that speaker's affiliation ("Ann Lee (Red Hat), Bob Ray (IBM)"), and a talk's affiliation is theirs
        /// joined, each once ("Red Hat, IBM"). With unbalanced parentheses, only the part's trailing "(…)" is the
        /// affiliation, and separators split inside parentheses too.
        /// </summary>
        public static string[] SplitSpeakers(string part, out string? affiliation)
        {
            affiliation = null;
            var list = new SpeakerList();
            string s = part;
            bool balanced = Balanced(s);
            if (!balanced && s.Length > 2 && s[s.Length - 1] == ')')
            {
                int open = s.LastIndexOf('(');
                if (open > 0)
                {
                    affiliation = Trim(s, open + 1, s.Length - 1);
                    s = Trim(s, 0, open);
                    if (affiliation.Length == 0) affiliation = null;
                }
            }

            int from = 0;
            int i = 0;
            int depth = 0;
            while (i < s.Length)
            {
                int skip = 0;
                char c = s[i];
                if (balanced && (c == '(' || c == ')'))
                {
                    depth += c == '(' ? 1 : -1;
                }
                else if (depth > 0)
                {
                    // Inside an affiliation: "(Black and Decker, Inc.)" is not a list.
                }
                else if (c == '/' || c == ',' || c == ';')
                {
                    skip = 1;
                }
                else if ((c == '+' || c == '&') && i > 0 && IsSpace(s[i - 1]) && i + 1 < s.Length && IsSpace(s[i + 1]))
                {
                    skip = 1;
                }
                else if (c == 'a' && i > 0 && IsSpace(s[i - 1]) && i + 3 < s.Length && s[i + 1] == 'n' && s[i + 2] == 'd' && IsSpace(s[i + 3]))
                {
                    skip = 3;
                }

                if (skip > 0)
                {
                    AddName(ref list, balanced, s, from, i);
                    from = i + skip;
                    i += skip;
                }
                else
                {
                    i++;
                }
            }

            AddName(ref list, balanced, s, from, s.Length);
            if (list.Affiliations != null) affiliation = string.Join(", ", list.Affiliations);
            return list.Names != null ? list.Names.ToArray() : list.Single != null ? new[] { list.Single } : Array.Empty<string>();
        }

        /// <summary>
        /// The names of a talk line as <see cref="SplitSpeakers"/> reads them. Most talks have one speaker: a list only from
        /// the second name on, and sets of what is listed from the second on (so a line of thousands of names is not quadratic).
        /// </summary>
        private struct SpeakerList
        {
            public string? Single;
            public List<string>? Names;
            public HashSet<string>? Keys;           // speaker keys of Names, case-insensitive
            public List<string>? Affiliations;
            public HashSet<string>? AffiliationSet; // Affiliations, case-insensitive, once there are two
        }

        /// <summary>Whether every ')' closes a '(' and every '(' is closed.</summary>
        private static bool Balanced(string s)
        {
            int depth = 0;
            foreach (char c in s)
            {
                if (c == '(') depth++;
                else if (c == ')' && --depth < 0) return false;
            }

            return depth == 0;
        }

        private static void AddName(ref SpeakerList list, bool balanced, string s, int from, int to)
        {
            // With balanced parentheses, a name's own trailing "(…)" is its affiliation; a "(…)" alone after a separator
            // ("Ann Lee, (IBM)") is the previous name's.
            int start = from;
            while (start < to && IsSpace(s[start])) start++;
            int end = to;
            while (end > start && IsSpace(s[end - 1])) end--;
            if (balanced && end - start > 2 && s[end - 1] == ')')
            {
                int open = end - 1, depth = 0;
                for (; open >= start; open--)
                {
                    if (s[open] == ')') depth++;
                    else if (s[open] == '(' && --depth == 0) break;
                }

                if (open > start || (open == start && list.Single != null))
                {
                    string own = Trim(s, open + 1, end - 1);
                    if (own.Length > 0)
                    {
                        // The set only from a second affiliation on: most talk lines have one, or none.
                        if (list.Affiliations == null) list.Affiliations = new List<string>(1) { own };
                        else if ((list.AffiliationSet ??= new HashSet<string>(list.Affiliations, StringComparer.OrdinalIgnoreCase)).Add(own)) list.Affiliations.Add(own);
                    }

                    to = open;
                }
            }

            string name = Trim(s, from, to);
            if (name.Length == 0) return;
            if (list.Single == null)
            {
                list.Single = name;
                return;
            }

            // A name given twice ("Ann Lee + ann lee") is one speaker, as the speaker index counts them: listed once.
            if (list.Keys == null)
            {
                list.Keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { SpeakerKey(list.Single) };
                list.Names = new List<string> { list.Single };
            }

            if (list.Keys.Add(SpeakerKey(name))) list.Names!.Add(name);
        }

        /// <summary>
        /// Whether the right side of "Name – <paramref name="s"/>" under a keynote heading may be the speaker's company:
        /// anything but nothing, a speaker with an affiliation ("Ann Lee (NASA)") or a list of names ("Ann Lee and Bob Ray").
        /// </summary>
        public static bool MayBeAffiliation(string s)
        {
            if (s.Length == 0 || s.IndexOf('(') >= 0) return false;
            string[] names = SplitSpeakers(s, out _);
            return names.Length < 2 || !AreNames(names);
        }

        /// <summary>
        /// Whether <paramref name="s"/> is speakers: names as <see cref="SplitSpeakers"/> splits them, each of two words or
        /// more (<see cref="LooksLikeName"/>) and none with a title's words ("Open Source" is no speaker), with or without
        /// their affiliations ("Ewen McNeill (Naos)").
        /// </summary>
        public static bool IsNameList(string s) => AreNames(SplitSpeakers(s, out _));

        private static bool AreNames(string[] names)
        {
            if (names.Length == 0) return false;
            foreach (string name in names)
            {
                if (!LooksLikeName(name, 2) || HasTitleWord(name)) return false;
            }

            return true;
        }

        /// <summary>
        /// "Title by Speaker": the last " by " whose right side is a list of names, none with a title's words ("Driven by
        /// Open Source" is a title, as "Free Software – Richard Stallman" is a title and a speaker).
        /// </summary>
        public static bool TrySplitBy(string s, out string title, out string speakers)
        {
            title = speakers = "";
            int at = s.LastIndexOf(" by ", StringComparison.Ordinal);
            if (at <= 0) return false;
            string right = Trim(s, at + 4, s.Length);
            string left = Trim(s, 0, at);
            if (left.Length == 0 || right.Length == 0 || !IsNameList(right)) return false;
            title = left;
            speakers = right;
            return true;
        }

        private static readonly string[] Weekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
        private static readonly string[] WeekdayAbbreviations = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

        /// <summary>The short forms of weekdays beyond their first three letters, and the day each names (0 for Monday).</summary>
        private static readonly KeyValuePair<string, int>[] LongerAbbreviations =
        {
            new KeyValuePair<string, int>("tues", 1), new KeyValuePair<string, int>("weds", 2),
            new KeyValuePair<string, int>("thur", 3), new KeyValuePair<string, int>("thurs", 3),
        };

        /// <summary>
        /// Which weekday (0 for Monday) <paramref name="s"/>[<paramref name="from"/>..<paramref name="to"/>) names, compared
        /// case-insensitively: a weekday's name, its first three letters, or "Tues", "Weds", "Thur", "Thurs"; else -1.
        /// <paramref name="full"/>: whether it is the name written out.
        /// </summary>
        private static int WeekdayOf(string s, int from, int to, out bool full)
        {
            full = false;
            for (int d = 0; d < Weekdays.Length; d++)
            {
                full = IsAnyOf(s, from, to, Weekdays[d]);
                if (full || IsAnyOf(s, from, to, WeekdayAbbreviations[d])) return d;
            }

            foreach (KeyValuePair<string, int> a in LongerAbbreviations)
            {
                if (IsAnyOf(s, from, to, a.Key)) return a.Value;
            }

            return -1;
        }

        private static int WeekdayOf(string s, int from, int to) => WeekdayOf(s, from, to, out _);

        /// <summary>The weekday (1 for Monday) the first of the words of <paramref name="s"/>[<paramref name="from"/>..<paramref name="to"/>) to name one names, less brackets and punctuation around it; else null.</summary>
        private static int? WeekdayIn(string s, int from, int to)
        {
            // The first group after the number, up to a ',' or a bracket: "Tues" of ", Tues", "Friday" of " (Friday)",
            // "Tuesday 13 Jan", "Monday" of ", Monday (Miniconfs)"; not "(SAT solving track)" or "(Sun Microsystems day)".
            int i = from;
            while (i < to && (IsSpace(s[i]) || s[i] == '(' || s[i] == ',' || s[i] == ':')) i++;
            int end = i;
            while (end < to && s[end] != ',' && s[end] != '(' && s[end] != ')' && s[end] != ';') end++;
            if (end == i) return null; // "Day 5" alone, as most are
            List<string> words = WordsOf(s.Substring(i, end - i));
            string first = words[0].TrimEnd('.');
            int d = WeekdayOf(first, 0, first.Length);
            if (d < 0) return null;
            for (int k = 1; k < words.Count; k++)
            {
                if (!IsDateWord(words[k])) return null;
            }

            return d + 1;
        }

        /// <summary>How a miniconf day part ends ("Sysadmin Miniconf"), lower case.</summary>
        private static readonly string[] Miniconfs = { "miniconf", "mini-conf" };

        /// <summary>
        /// A cheap test that rules out most talk lines before a heading is split into parts: every day part
        /// <see cref="TryParseDay"/> accepts contains "day" (full weekday names too), "miniconf", "mini-conf" or a weekday abbreviation.
        /// </summary>
        public static bool MayNameADay(string content)
        {
            // One pass over the line finds every candidate (ten case-insensitive searches of each talk line took most of
            // the parse's time after splitting the lines). A candidate of ASCII letters is a match; only one that folded
            // another character ('ı', 'ſ') pays for the exact test.
            bool folded = false;
            for (int i = 0; i < content.Length; i++)
            {
                bool candidate = FoldCase(content[i]) switch
                {
                    'd' => Near(content, i, "day", ref folded),
                    'm' => Near(content, i, "mon", ref folded) || Near(content, i, "miniconf", ref folded) || Near(content, i, "mini-conf", ref folded),
                    't' => Near(content, i, "tue", ref folded) || Near(content, i, "thu", ref folded),
                    'w' => Near(content, i, "wed", ref folded),
                    'f' => Near(content, i, "fri", ref folded),
                    's' => Near(content, i, "sat", ref folded) || Near(content, i, "sun", ref folded),
                    _ => false,
                };
                if (candidate && !folded) return true;
            }

            return folded && (content.IndexOf("day", StringComparison.OrdinalIgnoreCase) >= 0 || Mentions(content, Miniconfs) || Mentions(content, WeekdayAbbreviations));
        }

        /// <summary>
        /// Whether <paramref name="content"/> at <paramref name="at"/> reads <paramref name="word"/> (lower-case ASCII) under
        /// <see cref="FoldCase"/>: true wherever an ordinal case-insensitive comparison would say so, and sometimes more.
        /// A match that folded a character other than an ASCII letter sets <paramref name="folded"/> (and is not reported).
        /// </summary>
        private static bool Near(string content, int at, string word, ref bool folded)
        {
            if (at + word.Length > content.Length) return false;
            bool ascii = true;
            for (int k = 0; k < word.Length; k++)
            {
                char c = content[at + k];
                if (FoldCase(c) != word[k]) return false;
                ascii &= c < '\u0080';
            }

            folded |= !ascii;
            return ascii;
        }

        /// <summary>
        /// ASCII letters in lower case, and any other character whose upper case is an ASCII letter ('ı', 'ſ') as that
        /// letter: the characters an ordinal case-insensitive search for an ASCII word can match. Others unchanged.
        /// </summary>
        private static char FoldCase(char c)
        {
            if (c < '\u0080') return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
            char upper = char.ToUpperInvariant(c);
            return upper >= 'A' && upper <= 'Z' ? (char)(upper | 0x20) : c;
        }

        private static bool Mentions(string content, string[] words)
        {
            foreach (string word in words)
            {
                if (content.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }

            return false;
        }

        /// <summary>
        /// "Day 5", "Day 5 (Friday)", "Day 5, 16 January", "Wednesday", "Wed", "Sysadmin Miniconf": the day part of a heading.
        /// <paramref name="split"/>: in "Day 5, Session 1" or "Day 5: Session 3", where the ',' or ':' before the session's
        /// title is; -1 when the part is the day alone.
        /// </summary>
        public static bool TryParseDay(string part, out int? number, out int? weekday, out bool miniconf, out int split)
        {
            number = weekday = null;
            miniconf = false;
            split = -1;
            if (part.Length == 0) return false;

            if (part.StartsWith("day", StringComparison.OrdinalIgnoreCase))
            {
                int i = 3;
                while (i < part.Length && IsSpace(part[i])) i++;
                int digits = i;
                int value = 0;
                while (i < part.Length && part[i] >= '0' && part[i] <= '9' && i - digits < 6)
                {
                    value = value * 10 + (part[i] - '0');
                    i++;
                }

                int rest = i;
                while (rest < part.Length && IsSpace(part[rest])) rest++;
                if (i > digits && (rest == part.Length || part[rest] == '(' || part[rest] == ',' || part[rest] == ':'))
                {
                    number = value;
                    int at = rest;
                    if (at < part.Length && part[at] == '(')
                    {
                        // "Day 4 (Friday), Session 1": the comma after the parenthesis.
                        int close = part.IndexOf(')', at);
                        at = close < 0 ? part.Length : close + 1;
                        while (at < part.Length && IsSpace(part[at])) at++;
                    }

                    if (at < part.Length && (part[at] == ',' || part[at] == ':'))
                    {
                        string after = Trim(part, at + 1, part.Length);
                        if (after.Length == 0 || !IsDateOrWeekday(after)) split = at; // "Day 1:" alone is day 1 too
                    }

                    weekday = WeekdayIn(part, rest, split >= 0 ? split : part.Length); // "Day 1, Tues", "Day 4 (Friday)"
                    return true;
                }
            }

            // Most parts are neither a weekday nor a miniconf (a conference's name, a talk's title): say so without
            // splitting them into words.
            if (!MayBeWeekdayOrMiniconf(part)) return false;

            // A weekday, alone or followed by a date: "Wednesday", "Wed", "Wednesday 14 January", "Wednesday (14/1)".
            // "Thursday 15 January"; a short form alone ("Thu", "Tues", "Thurs", "Weds") or with a date that names its month
            // ("Thu 15 Jan"; "Fri 13th" and "Sat 5" start titles).
            List<string> words = WordsOf(part);
            string first = words[0].TrimEnd('.', ',').ToLowerInvariant();
            int d = WeekdayOf(first, 0, first.Length, out bool full);
            if (d >= 0)
            {
                bool month = false;
                for (int k = 1; k < words.Count; k++)
                {
                    if (!IsDateWord(words[k])) return false;
                    month |= IsMonth(words[k]);
                }

                if (!full && words.Count > 1 && !month) return false;
                weekday = d + 1;
                return true;
            }

            // A miniconf: "Sysadmin Miniconf", "Miniconf"; not a title that merely mentions one ("Miniconf Organising Tips").
            string last = words[words.Count - 1].ToLowerInvariant();
            if (words.Count <= 5 && Array.IndexOf(Miniconfs, last) >= 0)
            {
                miniconf = true;
                return true;
            }

            return false;
        }

        /// <summary>
        /// False when the part's first word (less a trailing '.' or ',') is no weekday and its last word is no miniconf, as
        /// <see cref="TryParseDay"/> reads them; decided without allocating where both words are ASCII, else true.
        /// </summary>
        private static bool MayBeWeekdayOrMiniconf(string part)
        {
            int start = 0;
            while (start < part.Length && IsSpace(part[start])) start++;
            int end = start;
            while (end < part.Length && !IsSpace(part[end])) end++;
            int lastEnd = part.Length;
            while (lastEnd > 0 && IsSpace(part[lastEnd - 1])) lastEnd--;
            int lastStart = lastEnd;
            while (lastStart > 0 && !IsSpace(part[lastStart - 1])) lastStart--;
            if (!IsAscii(part, start, end) || !IsAscii(part, lastStart, lastEnd)) return true; // case rules beyond ASCII: the full test

            while (end > start && (part[end - 1] == '.' || part[end - 1] == ',')) end--;
            return WeekdayOf(part, start, end) >= 0 || IsAnyOf(part, lastStart, lastEnd, Miniconfs);
        }

        private static bool IsAscii(string s, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (s[i] >= '\u0080') return false;
            }

            return true;
        }

        private static bool IsAnyOf(string s, int from, int to, string word)
            => word.Length == to - from && string.Compare(s, from, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

        private static bool IsAnyOf(string s, int from, int to, string[] words)
        {
            foreach (string word in words)
            {
                if (word.Length == to - from && string.Compare(s, from, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            }

            return false;
        }

        private static readonly string[] Months =
        {
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        };

        /// <summary>
        /// "16 January", "Friday", "Tues", "Thurs 15 Jan", "Friday the 13th", "Monday (Miniconfs)": what may follow "Day 5, " in a
        /// day's label: weekdays (or three letters or more of one), dates, "the", and anything in parentheses.
        /// </summary>
        private static bool IsDateOrWeekday(string s)
        {
            int open;
            while ((open = s.IndexOf('(')) >= 0)
            {
                // "(Miniconfs)", "(Tue)": left out, and what follows them read.
                int close = s.IndexOf(')', open);
                s = s.Substring(0, open) + " " + (close < 0 ? "" : s.Substring(close + 1));
            }

            foreach (string word in WordsOf(s))
            {
                string w = word.Trim('.', ',', ';').ToLowerInvariant();
                if (w.Length == 0 || w == "the" || IsDateWord(word)) continue;
                bool weekday = false;
                foreach (string day in Weekdays)
                {
                    if (w.Length >= 3 && day.StartsWith(w, StringComparison.Ordinal)) weekday = true;
                }

                if (!weekday && w != "weds") return false;
            }

            return true;
        }

        private static bool IsDateWord(string word)
        {
            string w = word.Trim('(', ')', ',', '.').ToLowerInvariant();
            if (w.Length == 0) return true;
            if (char.IsDigit(w[0]))
            {
                foreach (char c in w)
                {
                    if (!(char.IsDigit(c) || c == '/' || c == '-' || c == '.' || c == 's' || c == 't' || c == 'n' || c == 'd' || c == 'r' || c == 'h')) return false;
                }

                return true;
            }

            return IsMonth(word);
        }

        /// <summary>"Jan", "January,", "(Sept)": a month's name or its short form, less brackets and punctuation around it.</summary>
        private static bool IsMonth(string word) => Array.IndexOf(Months, word.Trim('(', ')', ',', '.').ToLowerInvariant()) >= 0;

        private static List<string> WordsOf(string s)
        {
            var words = new List<string>();
            int i = 0;
            while (i < s.Length)
            {
                while (i < s.Length && IsSpace(s[i])) i++;
                int start = i;
                while (i < s.Length && !IsSpace(s[i])) i++;
                if (i > start) words.Add(s.Substring(start, i - start));
            }

            if (words.Count == 0) words.Add("");
            return words;
        }

        /// <summary>Splits "Linux.conf.au 2015" into a name and a year (a 4-digit 19xx/20xx at either end).</summary>
        public static void SplitConference(string part, out string? name, out int? year)
        {
            name = null;
            year = null;
            string s = part;
            if (s.Length >= 4 && IsYear(s, s.Length - 4) && (s.Length == 4 || !char.IsDigit(s[s.Length - 5])))
            {
                year = ParseYear(s, s.Length - 4);
                s = Trim(s, 0, s.Length - 4);
                if (s.EndsWith("'", StringComparison.Ordinal)) s = s.Substring(0, s.Length - 1);
            }
            else if (s.Length >= 5 && IsYear(s, 0) && IsSpace(s[4]))
            {
                year = ParseYear(s, 0);
                s = Trim(s, 4, s.Length);
            }

            name = s.Length == 0 ? null : s;
        }

        private static bool IsYear(string s, int at)
            => at >= 0 && at + 4 <= s.Length
               && ((s[at] == '1' && s[at + 1] == '9') || (s[at] == '2' && s[at + 1] == '0'))
               && char.IsDigit(s[at + 2]) && char.IsDigit(s[at + 3]);

        private static int ParseYear(string s, int at) => ((s[at] - '0') * 1000) + ((s[at + 1] - '0') * 100) + ((s[at + 2] - '0') * 10) + (s[at + 3] - '0');

        /// <summary>Reads the session's kind and number from its title (and the day part, for a miniconf day).</summary>
        public static SessionKind KindOf(string title, bool miniconfDay, out int? number)
        {
            number = null;
            int at = title.IndexOf("session", StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                int i = at + 7;
                while (i < title.Length && IsSpace(title[i])) i++;
                int digits = i;
                int value = 0;
                while (i < title.Length && char.IsDigit(title[i]) && title[i] <= '9' && i - digits < 6)
                {
                    value = value * 10 + (title[i] - '0');
                    i++;
                }

                bool more = i < title.Length && char.IsDigit(title[i]) && title[i] <= '9';
                if (i > digits && !more) number = value; // "Session 1234567": no number rather than 123456
            }

            if (Has(title, "lightning")) return SessionKind.Lightning;
            if (Has(title, "panel")) return SessionKind.Panel;
            if (Has(title, "keynote")) return SessionKind.Keynote;
            if (miniconfDay || Has(title, "miniconf")) return SessionKind.Miniconf;
            if (at >= 0) return SessionKind.Regular;
            return SessionKind.Other;
        }

        /// <summary>
        /// <paramref name="s"/> without the <c>**</c> or <c>__</c> around it when it is bold as a whole ("**Jane Doe**" →
        /// "Jane Doe"); as it is otherwise: "**a** and **b**" is two bold parts, and "__init__", one word between
        /// underscores, a name.
        /// </summary>
        public static string WithoutBold(string s)
        {
            if (s.Length > 4 && (s[0] == '*' || s[0] == '_') && s[1] == s[0] && s[s.Length - 1] == s[0] && s[s.Length - 2] == s[0]
                && !IsSpace(s[2]) && s[2] != s[0] && !IsSpace(s[s.Length - 3]) && s[s.Length - 3] != s[0])
            {
                string inner = s.Substring(2, s.Length - 4);
                if (inner.IndexOf(s.Substring(0, 2), StringComparison.Ordinal) < 0 && (s[0] == '*' || WordCount(inner) > 1)) return inner;
            }

            return s;
        }

        /// <summary>
        /// <paramref name="s"/> with each Markdown link in it read as its label ("[Rust for Kernels](https://…)" → "Rust for
        /// Kernels"), and the link's target added to <paramref name="links"/>, when given, as <see cref="CollectLinks"/> adds
        /// it. A link stays as written when its label is empty, it is an image (<c>![alt](…)</c>), or its target reads as no
        /// web address or domain with a path.
        /// </summary>
        public static string WithoutLinks(string s, List<string>? links, ref HashSet<string>? seen)
        {
            int at = s.IndexOf("](", StringComparison.Ordinal);
            if (at < 0) return s;
            StringBuilder? sb = null;
            int copied = 0, from = 0, tries = 0;
            // At most 64 links, each target at most 2,048 characters: a line of a million "](" stays linear.
            for (; at >= 0 && tries++ < 64; at = at + 2 < s.Length ? s.IndexOf("](", at + 2, StringComparison.Ordinal) : -1)
            {
                int open = at > from ? s.LastIndexOf('[', at - 1, at - from) : -1;
                if (open < 0 || at - open < 2 || (open > 0 && s[open - 1] == '!') || s.IndexOf(']', open + 1, at - open - 1) >= 0)
                {
                    from = at + 1; // no label for this one: no later one starts before it (so one long line stays linear)
                    continue;
                }

                int close = at + 2, depth = 1, limit = Math.Min(s.Length, at + 2 + 2048);
                for (; close < limit; close++)
                {
                    if (s[close] == '(') depth++;
                    else if (s[close] == ')' && --depth == 0) break;
                }

                if (close == limit)
                {
                    from = at + 1; // an unclosed target: the next link may still be whole ("[a](b [c](https://c.org/x)")
                    continue;
                }

                string? link = null;
                for (int k = at + 2; k < close; k++)
                {
                    if (!IsSpace(s[k])) continue;
                    from = at + 1;
                    goto next;
                }

                link = AsLink(s, at + 2, close);
                if (link == null || Trim(s, open + 1, at).Length == 0)
                {
                    from = at + 1;
                    goto next;
                }

                if (links != null) Add(link, links, ref seen);
                sb ??= new StringBuilder(s.Length);
                sb.Append(s, copied, open - copied).Append(s, open + 1, at - open - 1);
                copied = from = close + 1;
                at = close - 1;
                next:;
            }

            return sb == null ? s : sb.Append(s, copied, s.Length - copied).ToString();
        }

        /// <summary>
        /// A part of a talk line (its title, speakers, a keynote's company) as read: without the <c>**</c> around it
        /// (<see cref="WithoutBold"/>) and with its Markdown links read as their labels (<see cref="WithoutLinks"/>).
        /// </summary>
        public static string PartText(string s, List<string>? links, ref HashSet<string>? seen)
            => WithoutBold(WithoutLinks(WithoutBold(s), links, ref seen));

        /// <summary>A part of a talk line as read (<see cref="PartText(string, List{string}?, ref HashSet{string}?)"/>), its links not collected.</summary>
        public static string PartText(string s)
        {
            HashSet<string>? seen = null;
            return PartText(s, null, ref seen);
        }

        /// <summary>Whether <paramref name="s"/>[<paramref name="from"/>..<paramref name="to"/>) holds a digit and no letter ("11, 2019"): no speaker's name.</summary>
        public static bool IsNumbersOnly(string s, int from, int to)
        {
            bool digit = false;
            for (int i = from; i < to; i++)
            {
                if (char.IsLetter(s[i])) return false;
                digit |= char.IsDigit(s[i]);
            }

            return digit;
        }

        /// <summary>Whether <paramref name="s"/> reads as a talk's title rather than a speaker's name: three words or more, with a title's words or a digit ("Rust in 5 minutes").</summary>
        public static bool ReadsAsTitle(string s)
        {
            if (WordCount(s) < 3) return false;
            if (HasTitleWord(s)) return true;
            foreach (char c in s)
            {
                if (c >= '0' && c <= '9') return true;
            }

            return false;
        }

        /// <summary>"Session 3", "session 12": a numbered session's title, nothing else.</summary>
        public static bool IsNumberedSession(string s)
        {
            if (s.Length < 8 || (s[0] != 'S' && s[0] != 's') || string.Compare(s, 0, "session", 0, 7, StringComparison.OrdinalIgnoreCase) != 0) return false;
            int i = 7;
            while (i < s.Length && IsSpace(s[i])) i++;
            int digits = i;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
            return i > digits && i == s.Length;
        }

        private static bool HasDigit(string s)
        {
            foreach (char c in s)
            {
                if (c >= '0' && c <= '9') return true;
            }

            return false;
        }

        /// <summary>Words a heading's session part has and a speaker's name has not ("Morning Sessions", "Day Two").</summary>
        private static readonly HashSet<string> SessionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "session", "sessions", "morning", "afternoon", "evening", "track", "tracks", "keynote", "keynotes", "talks", "lightning",
            "workshop", "workshops", "tutorial", "tutorials", "plenary", "day",
        };

        private static bool HasSessionWord(string s)
        {
            foreach (string word in WordsOf(s))
            {
                if (SessionWords.Contains(word)) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether talk line <paramref name="s"/> starts as a heading of conference <paramref name="name"/> and
        /// <paramref name="year"/> does ("Conf 2024 – Day Two", "Conf 2024 – Dy 3 – Keynote"): its first part is that conference
        /// and year (names compared by <see cref="NameKey"/>), and its second part is the last and no list of speakers, or
        /// starts with "Day" ("Conf 2024 – Jane Doe" is a talk, "Conf 2024 – Day Two" no talk), or is followed by no list of speakers ("Conf 2024 – Welcome – Jane
        /// Doe" is a talk) and no numbered session (<see cref="IsNumberedSession"/>'s case). With no <paramref name="name"/>,
        /// any conference and year of six words at most, in a line of two parts only whose second has a session's word
        /// ("Gather 2015 – Morning Sessions": a heading with no day, which such a talk line's whole text is the title of;
        /// "Python 2020 – Guido" is a talk).
        /// Out: where the first part ends, where the second lies, and where the title (before the last dash) ends.
        /// </summary>
        public static bool StartsLikeHeading(string s, string? name, int? year, out int conferenceEnd, out int dayStart, out int dayEnd, out int titleEnd)
        {
            conferenceEnd = dayStart = dayEnd = titleEnd = 0;
            if (name != null ? s.Length <= name.Length || FoldCase(s[0]) != FoldCase(name[0]) : !HasDigit(s)) return false; // most talk lines: one test
            int count = CountSeparators(s, out int first, out int last);
            if (count == 0 || (name == null && count > 1)) return false;
            int end = first;
            while (end > 0 && IsSpace(s[end - 1])) end--;
            if (end < 4 || !((s[end - 1] >= '0' && s[end - 1] <= '9') || (s[0] >= '0' && s[0] <= '9'))) return false; // no year at either end of the first part
            string part = s.Substring(0, end);
            SplitConference(part, out string? partName, out int? partYear);
            if (partYear == null || partName == null) return false;
            if (name != null ? partYear != year || NameKey(partName) != NameKey(name) : WordCount(partName) > 6 || !HasSessionWord(Trim(s, AfterSeparator(s, first), s.Length))) return false;
            conferenceEnd = part.Length;
            titleEnd = Trim(s, 0, last).Length;
            string day = Trim(s, AfterSeparator(s, first), count > 1 ? Separators(s)[1] : s.Length, out dayStart);
            dayEnd = dayStart + day.Length;
            string after = Trim(s, AfterSeparator(s, last), s.Length);
            // (With no name, the session's word says the part is no speakers: "Morning Sessions" would read as a name.)
            if (count > 1 ? IsNumberedSession(after) || IsNameList(after) : name != null && IsNameList(day) && !day.StartsWith("day ", StringComparison.OrdinalIgnoreCase)) return false;
            return day.Length > 0;
        }

        private static bool Has(string s, string word) => s.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>
        /// A speaker's identity: the name with white space folded and the zero-width characters the parser reads as space
        /// (U+200B, U+FEFF) left out, so "Ann\u200B Lee" is Ann Lee (compared case-insensitively).
        /// </summary>
        public static string SpeakerKey(string name)
        {
            if (IsSpeakerKey(name)) return name; // most names are written so: no copy
            var chars = new char[name.Length];
            int n = 0;
            bool space = false;
            foreach (char c in name)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = n > 0;
                    continue;
                }

                if (c == '\u200B' || c == '\uFEFF') continue;
                if (space) chars[n++] = ' ';
                space = false;
                chars[n++] = c;
            }

            return new string(chars, 0, n);
        }

        /// <summary>Whether <see cref="SpeakerKey"/> would return <paramref name="name"/> as it is: no white space at either end, and only single spaces inside.</summary>
        private static bool IsSpeakerKey(string name)
        {
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (c == '\u200B' || c == '\uFEFF') return false;
                if ((c > ' ' && c < '\u0080') || !char.IsWhiteSpace(c)) continue;
                if (c != ' ' || i == 0 || i == name.Length - 1 || char.IsWhiteSpace(name[i + 1])) return false;
            }

            return true;
        }

        /// <summary>A comparison key for conference names: letters and digits, lower-case.</summary>
        public static string NameKey(string name)
        {
            var chars = new char[name.Length];
            int n = 0;
            foreach (char c in name)
            {
                if (char.IsLetterOrDigit(c)) chars[n++] = char.ToLowerInvariant(c);
            }

            return new string(chars, 0, n);
        }

        public static int EditDistance(string a, string b, int limit)
        {
            if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
            var prev = new int[b.Length + 1];
            var cur = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) prev[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                cur[0] = i;
                int best = cur[0];
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                    if (cur[j] < best) best = cur[j];
                }

                if (best > limit) return limit + 1;
                var t = prev;
                prev = cur;
                cur = t;
            }

            return prev[b.Length];
        }

        private static readonly HashSet<string> TopLevelDomains = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "com", "org", "net", "io", "au", "nz", "uk", "cc", "edu", "gov", "info", "dev", "co", "me", "ly", "us", "ca",
            "de", "fr", "eu", "tv", "sh", "app", "ai", "xyz", "tech", "ie", "jp", "in", "be", "nl", "ch", "at", "se", "no",
            "fi", "dk", "pl", "cz", "es", "it", "br", "ru", "cn", "fm", "gg", "int", "mil", "biz", "name", "pro", "online",
        };

        /// <summary>
        /// Adds the links in <paramref name="text"/> (http/https URLs and bare domains such as collectd.org) to
        /// <paramref name="links"/>, once each; past a few links, <paramref name="seen"/> (made here, kept by the caller for
        /// the talk's next notes) holds them, so that a note of many links is not quadratic.
        /// </summary>
        public static void CollectLinks(string text, List<string> links, ref HashSet<string>? seen)
        {
            int i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && IsSpace(text[i])) i++;
                int start = i;
                while (i < text.Length && !IsSpace(text[i])) i++;
                if (i > start && !MarkdownLinks(text, start, i, links, ref seen)) Add(AsLink(text, start, i), links, ref seen);
            }
        }

        /// <summary>
        /// When <paramref name="s"/> is one link and nothing else, adds it to <paramref name="links"/> (as
        /// <see cref="CollectLinks"/> does) and says so: one word with a path ("example.org/talk", a web address, a Markdown
        /// link) that reads as a link. A bare domain is not one ("ASP.NET" is a speaker's company as often as it is an
        /// address).
        /// </summary>
        public static bool TryCollectLoneLink(string s, List<string> links, ref HashSet<string>? seen)
        {
            if (s.Length < 4) return false;
            bool path = false;
            foreach (char c in s)
            {
                if (IsSpace(c)) return false;
                path |= c == '/';
            }

            if (!path) return false;
            // A link the talk has already (its title's, "[Talk](https://x.org/t) – Jane Doe – https://x.org/t") is one all the same.
            var found = new List<string>(1);
            HashSet<string>? none = null;
            CollectLinks(s, found, ref none);
            foreach (string link in found) Add(link, links, ref seen);
            return found.Count > 0;
        }

        private static void Add(string? link, List<string> links, ref HashSet<string>? seen)
        {
            if (link == null) return;
            if (seen == null && links.Count < 16)
            {
                if (!links.Contains(link)) links.Add(link);
                return;
            }

            seen ??= new HashSet<string>(links, StringComparer.Ordinal);
            if (seen.Add(link)) links.Add(link);
        }

        /// <summary>
        /// The targets of the Markdown links in the token [<paramref name="start"/>, <paramref name="end"/>) —
        /// <c>[slides](https://…)</c>, <c>![alt](…)</c>, several in a row, or the last word of a longer label,
        /// <c>slides](https://…)</c> — each up to the parenthesis that closes it. False when the token holds none, or
        /// is a web address with "](" in it (then it is read as one token, as before).
        /// </summary>
        private static bool MarkdownLinks(string text, int start, int end, List<string> links, ref HashSet<string>? seen)
        {
            int k = start;
            while (k + 1 < end && !(text[k] == ']' && text[k + 1] == '(')) k++;
            if (k + 1 >= end) return false;
            int s = start;
            while (s < k && "(<\"'“‘".IndexOf(text[s]) >= 0) s++;
            bool bracketed = text[s] == '[' || (text[s] == '!' && s + 1 < end && text[s + 1] == '[');
            if (!bracketed && text.IndexOf("://", s, k - s, StringComparison.Ordinal) >= 0) return false;

            // Each "](" from here on opens a target; nested parentheses in it are its own (…/wiki/Foo_(bar)).
            for (; k + 1 < end; k++)
            {
                if (text[k] != ']' || text[k + 1] != '(') continue;
                int j = k + 2, depth = 1;
                for (; j < end; j++)
                {
                    if (text[j] == '(') depth++;
                    else if (text[j] == ')' && --depth == 0) break;
                }

                Add(AsLink(text, k + 2, j), links, ref seen);
                k = j;
            }

            return true;
        }

        private static int Count(string text, int start, int end, char c)
        {
            int n = 0;
            for (int i = start; i < end; i++)
            {
                if (text[i] == c) n++;
            }

            return n;
        }

        private static string? AsLink(string text, int start, int end)
        {
            while (start < end && "([<\"'“‘".IndexOf(text[start]) >= 0) start++;
            int opens = Count(text, start, end, '('), closes = Count(text, start, end, ')');
            while (end > start && ".,;:!?)]>\"'’”".IndexOf(text[end - 1]) >= 0)
            {
                // A closing parenthesis stays when it closes one opened inside the link: …/wiki/Foo_(bar)
                if (text[end - 1] == ')')
                {
                    if (opens >= closes) break;
                    closes--;
                }

                end--;
            }
            if (end - start < 4) return null;
            string token = text.Substring(start, end - start);
            if (token.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || token.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                return token.Length > 8 ? token : null;
            }

            int slash = token.IndexOf('/');
            string host = slash < 0 ? token : token.Substring(0, slash);
            if (host.IndexOf('@') >= 0) return null;
            int lastDot = host.LastIndexOf('.');
            if (lastDot <= 0 || lastDot == host.Length - 1) return null;
            if (!TopLevelDomains.Contains(host.Substring(lastDot + 1))) return null;
            bool previousDot = true;
            foreach (char c in host)
            {
                if (c == '.')
                {
                    if (previousDot) return null;
                    previousDot = true;
                    continue;
                }

                if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '-'))) return null;
                previousDot = false;
            }

            return token;
        }
    }
}
