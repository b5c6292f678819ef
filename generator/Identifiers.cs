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
                if (c == '\'' || c == '’' || c == '‘' || (c > '\u007F' && IsFormatting(c)))
                {
                    continue; // "Won't" is one word; C# ignores formatting characters (a soft hyphen) in a name
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

        private static bool IsFormatting(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

        /// <summary>
        /// A class name or namespace from the options as the compiler reads it: without formatting characters (Unicode
        /// category Cf, such as a soft hyphen), which C# ignores in identifiers. "Doc\u00ADument" is the name Document,
        /// so the checks below must see Document.
        /// </summary>
        public static string? WithoutFormatting(string? name)
        {
            if (name == null) return null;
            int i = 0;
            while (i < name.Length && !IsFormatting(name[i])) i++;
            if (i == name.Length) return name;
            var sb = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (!IsFormatting(c)) sb.Append(c);
            }

            return sb.ToString();
        }

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

        /// <summary>
        /// The longest class name or namespace taken from an option, in UTF-8 bytes: metadata holds a type's full name in
        /// at most 1,023 (a longer one compiles, then fails to emit with CS7013), and a suffix may follow ("_2", "Notes").
        /// </summary>
        public const int MaxOptionBytes = 500;

        public static bool IsValidClassName(string? name)
        {
            if (name == null) return false;
            string bare = name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
            return bare.Length > 0 && SyntaxFacts.IsValidIdentifier(bare) && Encoding.UTF8.GetByteCount(bare) <= MaxOptionBytes;
        }

        public static bool IsValidNamespace(string? ns)
        {
            if (ns == null || Encoding.UTF8.GetByteCount(ns) > MaxOptionBytes) return false;
            foreach (string part in ns.Split('.'))
            {
                if (!IsValidClassName(part)) return false;
                if (part == "global") return false;
            }

            return true;
        }

        /// <summary>
        /// The project's RootNamespace made a namespace as the SDK's templates make one of a project's name (their classes
        /// go there too): the SDK leaves a project "my-app" the root namespace "my-app", and a template writes my_app;
        /// "2024conf" gives _2024conf. A valid namespace is returned as it is.
        /// </summary>
        public static string? SafeNamespace(string? ns)
        {
            if (ns == null || IsValidNamespace(ns)) return ns;
            string[] parts = ns.Split('.');
            var sb = new StringBuilder(ns.Length + parts.Length);
            foreach (string part in parts)
            {
                if (sb.Length > 0) sb.Append('.');
                if (part.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(part[0])) sb.Append('_');
                foreach (char c in part) sb.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            }

            string safe = sb.ToString();
            return IsValidNamespace(safe) ? safe : null;
        }

        public static string EscapeNamespace(string ns)
        {
            string[] parts = ns.Split('.');
            for (int i = 0; i < parts.Length; i++) parts[i] = parts[i].StartsWith("@", StringComparison.Ordinal) ? parts[i] : Escape(parts[i]);
            return string.Join(".", parts);
        }

        /// <summary>The members every generated class has (<see cref="Emitter"/>): a nested class or the class itself may not take these names.</summary>
        public static readonly string[] ClassMembers = { "Document", "Conference", "Conferences", "Days", "Sessions", "Talks", "Speakers", "People", "__Data" };

        /// <summary>What every class inherits from <see cref="object"/>: a generated member of that name would hide it (warning CS0108).</summary>
        private static readonly string[] ObjectMembers = { "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

        /// <summary>The names a generated class's members may not take: those it inherits, and <paramref name="taken"/>.</summary>
        public static HashSet<string> Scope(params string[] taken)
        {
            var scope = new HashSet<string>(ObjectMembers, StringComparer.Ordinal);
            foreach (string name in taken) scope.Add(name);
            return scope;
        }

        /// <summary>Empties a reused <see cref="Scope"/> for the next class, keeping what every class inherits.</summary>
        public static void Reset(HashSet<string> scope)
        {
            scope.Clear();
            foreach (string name in ObjectMembers) scope.Add(name);
        }

        /// <summary>The types the generated code names (as global::…), without the "global::".</summary>
        private static readonly HashSet<string> UsedTypes = FullNames(
            TypeNames.CompiledNotes, TypeNames.NotesDocument, TypeNames.Conference, TypeNames.Day, TypeNames.Session, TypeNames.Talk, TypeNames.Speaker,
            TypeNames.ReadOnlyList, TypeNames.LazyInitializer, TypeNames.GeneratedCode, TypeNames.DebuggerNonUserCode, TypeNames.ExcludeFromCodeCoverage);

        /// <summary>The namespaces that hold <see cref="UsedTypes"/>: System, System.Collections…, NotesDataset, NotesDataset.Compiled.</summary>
        private static readonly HashSet<string> UsedNamespaces = Namespaces(UsedTypes);

        /// <summary>
        /// The runtime's other public types and namespaces (a test keeps the list in step with the runtime): a class of one
        /// of these full names, in a project whose namespace is NotesDataset, would hide it from the project's code (CS0436,
        /// CS0437). So would a class Microsoft in the global namespace, which every reference has.
        /// </summary>
        private static readonly HashSet<string> OtherTypes = new HashSet<string>(StringComparer.Ordinal)
        {
            "NotesDataset.Note", "NotesDataset.NotesDiagnostic", "NotesDataset.NotesJson", "NotesDataset.NotesParser", "NotesDataset.NotesSeverity",
            "NotesDataset.NotesWriter", "NotesDataset.SessionKind",
        };

        private static readonly HashSet<string> OtherNamespaces = new HashSet<string>(StringComparer.Ordinal) { "NotesDataset.Parsing", "NotesDataset.Search", "Microsoft" };

        private static HashSet<string> FullNames(params string[] qualified)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (string q in qualified) names.Add(q.Substring("global::".Length));
            return names;
        }

        private static HashSet<string> Namespaces(HashSet<string> types)
        {
            var namespaces = new HashSet<string>(StringComparer.Ordinal);
            foreach (string type in types) namespaces.UnionWith(Parents(type));
            return namespaces;
        }

        /// <summary>
        /// Whether a valid class name cannot be used for a generated class in <paramref name="ns"/> (null: the global
        /// namespace): it is one of the class's own members, or its full name is a type or a namespace the generated code
        /// names (a class System.Collections hides the namespace global::System.Collections.Generic is in).
        /// </summary>
        public static bool IsReservedClassName(string? ns, string className)
        {
            string bare = Unescape(className);
            if (Array.IndexOf(ClassMembers, bare) >= 0) return true;
            string full = ns == null ? bare : Unescape(ns) + "." + bare;
            return UsedTypes.Contains(full) || UsedNamespaces.Contains(full) || OtherTypes.Contains(full) || OtherNamespaces.Contains(full);
        }

        /// <summary>The namespaces code names from the top: System and Microsoft, which every project's references have, and the runtime's.</summary>
        private static readonly string[] TopNamespaces = { "System", "Microsoft", "NotesDataset" };

        /// <summary>
        /// Whether a class <paramref name="className"/> in namespace <paramref name="ns"/> would hide a namespace code names
        /// from the top: in namespace MyApp, a class MyApp.System makes the project's <c>System.Console</c> name the class
        /// (CS0117). In the global namespace, <see cref="IsReservedClassName"/> says so.
        /// </summary>
        public static bool HidesTopNamespace(string? ns, string className) => ns != null && Array.IndexOf(TopNamespaces, Unescape(className)) >= 0;

        /// <summary>The runtime's public types in namespace NotesDataset, which the project's code names after <c>using NotesDataset;</c>.</summary>
        private static readonly string[] RuntimeTypes =
        {
            "Conference", "Day", "Session", "Talk", "Speaker", "Note", "NotesDocument", "NotesParser", "NotesDiagnostic", "NotesSeverity",
            "SessionKind", "NotesJson", "NotesWriter",
        };

        /// <summary>
        /// Whether a class <paramref name="className"/> would hide one of the runtime's types from the project's code: a class
        /// MyApp.Session (from "session.notes.txt") makes <c>Session</c> in MyApp's code name the class, not the record of a
        /// session (CS0030, CS1061), and in the global namespace it does so everywhere.
        /// </summary>
        public static bool HidesRuntimeType(string className) => Array.IndexOf(RuntimeTypes, Unescape(className)) >= 0;

        /// <summary>Whether <paramref name="name"/> is one of the dotted names of <paramref name="ns"/> ("B" of "A.B.C"), as the compiler compares them.</summary>
        public static bool IsNamespaceSegment(string? ns, string name)
        {
            if (ns == null) return false;
            string bare = Unescape(name);
            foreach (string segment in ns.Split('.'))
            {
                if (Unescape(segment.Trim()) == bare) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether a namespace is valid and can hold the generated class: neither it nor the namespace it is in may be a
        /// type of the runtime (a namespace NotesDataset.Talk makes global::NotesDataset.Talk a namespace), and it may not
        /// be System or in it, where a class can hide a type the compiler itself uses (System.Type for typeof,
        /// System.Attribute, System.Runtime.CompilerServices.NullableAttribute).
        /// </summary>
        public static bool IsUsableNamespace(string? ns) => NamespaceProblem(ns) == null;

        /// <summary>Why <paramref name="ns"/> cannot hold the generated class (see <see cref="IsUsableNamespace"/>), as NOTES011 says it; null when it can.</summary>
        public static string? NamespaceProblem(string? ns)
        {
            if (ns == null) return "it is not a valid C# namespace: write dotted identifiers such as 'MyApp.Data'";
            if (!IsValidNamespace(ns))
            {
                return Encoding.UTF8.GetByteCount(ns) > MaxOptionBytes ? "it is longer than " + MaxOptionBytes + " bytes of UTF-8"
                    : "it is not a valid C# namespace: write dotted identifiers such as 'MyApp.Data'";
            }

            foreach (string name in NamespaceAndParents(ns))
            {
                if (name == "System") return "it is System or a namespace in it, where a class can hide a type the compiler itself uses (System.Type)";
                if (UsedTypes.Contains(name) || OtherTypes.Contains(name)) return "it is or is in '" + name + "', a type the generated code or the runtime has";
            }

            return null;
        }

        /// <summary>A namespace and each namespace it is in, as the compiler compares them: "A.@B.C" → A, A.B, A.B.C.</summary>
        public static IEnumerable<string> NamespaceAndParents(string ns)
        {
            string bare = Unescape(ns);
            foreach (string parent in Parents(bare)) yield return parent;
            yield return bare;
        }

        /// <summary>The namespaces a dotted name is in: "A.B.C" → A, A.B.</summary>
        private static IEnumerable<string> Parents(string dotted)
        {
            for (int dot = dotted.IndexOf('.'); dot > 0; dot = dotted.IndexOf('.', dot + 1)) yield return dotted.Substring(0, dot);
        }

        /// <summary>A name or dotted namespace without verbatim '@'s: the identifiers as the compiler compares them.</summary>
        public static string Unescape(string name)
        {
            if (name.IndexOf('@') < 0) return name;
            string[] parts = name.Split('.');
            for (int i = 0; i < parts.Length; i++) parts[i] = parts[i].StartsWith("@", StringComparison.Ordinal) ? parts[i].Substring(1) : parts[i];
            return string.Join(".", parts);
        }

        /// <summary>
        /// The class name as declared: keywords get '@', and so does a name of lower-case ASCII letters only ("foo"), which
        /// C# reserves for future keywords (warning CS8981 unless written verbatim).
        /// </summary>
        public static string EscapeClassName(string name)
        {
            if (name.StartsWith("@", StringComparison.Ordinal)) return name;
            string escaped = Escape(name);
            if (escaped != name) return escaped;
            foreach (char c in name)
            {
                if (c < 'a' || c > 'z') return name;
            }

            return "@" + name;
        }

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
