using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using NotesDataset.Parsing;

namespace NotesDataset.Generator
{
    /// <summary>C# names from free text: valid for any input, keywords escaped, collisions resolved in a fixed order.</summary>
    internal static class Identifiers
    {
        public const int MaxLength = 64;

        /// <summary>"NoOps with Ansible and Puppet" → NoOpsWithAnsibleAndPuppet; "8 writers…" → _8Writers…; nothing usable → <paramref name="fallback"/>.</summary>
        public static string FromText(string text, string fallback)
        {
            // One builder per thread, reused: a 20,000-talk dataset asks for 20,000 names.
            StringBuilder sb = s_builder ??= new StringBuilder(MaxLength + 16);
            sb.Clear();
            bool startOfWord = true;
            for (int i = 0; i < text.Length && sb.Length < MaxLength; i++)
            {
                char c = text[i];
                if (c == '\'' || c == '’' || c == '‘')
                {
                    continue; // "Won't" is one word
                }

                if (IsPart(c))
                {
                    if (sb.Length == 0 && !IsStart(c))
                    {
                        if (!char.IsDigit(c)) continue; // a combining mark cannot start a name
                        sb.Append('_');
                    }

                    sb.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                    startOfWord = false;
                }
                else
                {
                    startOfWord = true;
                }
            }

            string name = sb.ToString();
            if (name.Length == 0 || name == "_" || !SyntaxFacts.IsValidIdentifier(name)) name = fallback;
            return name;
        }

        [ThreadStatic]
        private static StringBuilder? s_builder;

        private static bool IsStart(char c) => char.IsLetter(c);

        private static bool IsPart(char c)
        {
            // '_' separates words like any punctuation, so no name from the notes starts with "__" (the
            // generated class's own helpers do) and snake_case reads as SnakeCase.
            if (char.IsSurrogate(c)) return false;
            if (char.IsLetterOrDigit(c)) return true;
            var category = char.GetUnicodeCategory(c);
            return category == System.Globalization.UnicodeCategory.NonSpacingMark
                || category == System.Globalization.UnicodeCategory.SpacingCombiningMark
                || category == System.Globalization.UnicodeCategory.LetterNumber;
        }

        /// <summary>Returns <paramref name="name"/>, or name_2, name_3… whichever is not yet in <paramref name="used"/>, and records it.</summary>
        public static string Unique(string name, HashSet<string> used)
        {
            string candidate = name;
            for (int n = 2; !used.Add(candidate); n++) candidate = name + "_" + n;
            return candidate;
        }

        /// <summary>The identifier as it must be written in source: keywords (and contextual keywords) get '@'.</summary>
        public static string Escape(string name)
            => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        public static bool IsValidClassName(string? name)
        {
            if (name == null) return false;
            string bare = name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
            return bare.Length > 0 && SyntaxFacts.IsValidIdentifier(bare);
        }

        public static bool IsValidNamespace(string? ns)
        {
            if (ns == null) return false;
            foreach (string part in ns.Split('.'))
            {
                if (!IsValidClassName(part)) return false;
                if (part == "global") return false;
            }

            return true;
        }

        public static string EscapeNamespace(string ns)
        {
            string[] parts = ns.Split('.');
            for (int i = 0; i < parts.Length; i++) parts[i] = parts[i].StartsWith("@", StringComparison.Ordinal) ? parts[i] : Escape(parts[i]);
            return string.Join(".", parts);
        }

        /// <summary>The members every generated class has (<see cref="Emitter"/>): a nested class or the class itself may not take these names.</summary>
        public static readonly string[] ClassMembers = { "Document", "Conference", "Conferences", "Days", "Sessions", "Talks", "Speakers", "People", "__Data" };

        /// <summary>Full names a generated class may not have: it would hide what the generated code refers to (global::System…, global::NotesDataset.Talk…).</summary>
        private static readonly string[] TakenFullNames =
        {
            "System", "NotesDataset", "NotesDataset.NotesDocument", "NotesDataset.Conference", "NotesDataset.Day", "NotesDataset.Session",
            "NotesDataset.Talk", "NotesDataset.Speaker", "NotesDataset.Compiled", "NotesDataset.Compiled.CompiledNotes",
        };

        /// <summary>Whether a valid class name cannot be used for a generated class in <paramref name="ns"/> (null: the global namespace).</summary>
        public static bool IsReservedClassName(string? ns, string className)
        {
            string bare = Unescape(className);
            if (Array.IndexOf(ClassMembers, bare) >= 0) return true;
            return Array.IndexOf(TakenFullNames, ns == null ? bare : Unescape(ns) + "." + bare) >= 0;
        }

        /// <summary>A name or dotted namespace without verbatim '@'s: the identifiers as the compiler compares them.</summary>
        public static string Unescape(string name)
        {
            if (name.IndexOf('@') < 0) return name;
            string[] parts = name.Split('.');
            for (int i = 0; i < parts.Length; i++) parts[i] = parts[i].StartsWith("@", StringComparison.Ordinal) ? parts[i].Substring(1) : parts[i];
            return string.Join(".", parts);
        }

        public static string EscapeClassName(string name) => name.StartsWith("@", StringComparison.Ordinal) ? name : Escape(name);

        /// <summary>The class for a notes file: "Linux.conf.au" 2015 → Lca2015 (initials of a three-or-more-word name), else the name in PascalCase, else the file's name.</summary>
        public static string ClassNameFor(ParsedNotes parsed, string relativePath)
        {
            if (parsed.Conferences.Count == 1 && parsed.Conferences[0].Name != null)
            {
                ParsedConference c = parsed.Conferences[0];
                List<string> words = Words(c.Name!);
                string stem;
                if (words.Count >= 3)
                {
                    var sb = new StringBuilder();
                    foreach (string w in words) sb.Append(sb.Length == 0 ? char.ToUpperInvariant(w[0]) : char.ToLowerInvariant(w[0]));
                    stem = sb.ToString();
                }
                else
                {
                    stem = FromText(c.Name!, "");
                }

                string name = FromText(stem + (c.Year?.ToString() ?? ""), "");
                if (name.Length > 0) return name;
            }

            string file = relativePath;
            int slash = file.LastIndexOf('/');
            if (slash >= 0) file = file.Substring(slash + 1);
            int dot = file.IndexOf('.');
            if (dot > 0) file = file.Substring(0, dot);
            return FromText(file, "Notes");
        }

        private static List<string> Words(string s)
        {
            var words = new List<string>();
            var sb = new StringBuilder();
            foreach (char c in s)
            {
                if (char.IsLetterOrDigit(c))
                {
                    sb.Append(c);
                }
                else if (sb.Length > 0)
                {
                    words.Add(sb.ToString());
                    sb.Clear();
                }
            }

            if (sb.Length > 0) words.Add(sb.ToString());
            return words;
        }

        /// <summary>A hint name from the file's path in the project: only letters, digits, '_', '.' and '-'.</summary>
        public static string HintName(string relativePath)
        {
            var sb = new StringBuilder(relativePath.Length);
            foreach (char c in relativePath)
            {
                sb.Append(c < 128 && (char.IsLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
            }

            return sb.Length == 0 ? "notes" : sb.ToString();
        }
    }
}
