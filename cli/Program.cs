using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NotesDataset.Cli
{
    /// <summary>The <c>notes</c> command: list, show and export conference notes.</summary>
    public static class Program
    {
        private const string Usage = @"notes — browse conference notes as a typed dataset

usage: notes [--file PATH] [command] [options]     (an option's value may also follow '=': --day=5;
                                                   after --, every word is a word: notes show -- -O2)

commands:
  summary                       conferences, days, sessions and talk counts (the default)
  list [--day N] [--speaker NAME] [--text WORD] [--session TEXT]
                                talks, grouped by day and session
  show TITLE                    one talk (first whose title contains TITLE) with its notes as a tree
  speakers                      every speaker with their talks
  export [--format json] [--out FILE]
                                the whole dataset as JSON
  help                          this text (also --help, -h)

--file PATH   read notes from PATH instead of the bundled LCA 2015 dataset
Diagnostics go to stderr as path(line,col): warning NOTES0xx: message.
Exit code: 0; 1 when the notes hold an error diagnostic (the command's output is still written) or a file cannot be
read; 2 for bad usage.";

        /// <summary>The largest notes file read: a .NET string's length limit, in bytes of (at least one byte a character) UTF-8.</summary>
        private const long MaxFileBytes = 1_000_000_000;

        /// <summary>How summary names the day of notes written before any heading (list --day takes it too).</summary>
        private const string NoDay = "(no day)";

        public static int Main(string[] args)
        {
            // Buffered: the JSON writer writes in small pieces, and Console.Out flushes each one (a 20 MB export took 100 s
            // to a pipe, 3 s to a file). The console stream still ignores a closed pipe ("notes list | head -1").
            Encoding encoding = Console.OutputEncoding.CodePage == 65001 ? new UTF8Encoding(false) : Console.OutputEncoding;
            var stdout = new StreamWriter(Console.OpenStandardOutput(), encoding, 1 << 16) { AutoFlush = false };
            try
            {
                int code = Run(args, stdout, Console.Error);
                stdout.Flush();
                return code;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine("notes: cannot write the output: " + e.Message);
                return 1;
            }
        }

        /// <summary>Runs the command; an error in the notes (such as NOTES008) makes a successful command exit 1, as a compiler does.</summary>
        public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, MaxFileBytes);

        /// <summary><see cref="Run(string[], TextWriter, TextWriter)"/> with another limit on a notes file's size (for tests).</summary>
        internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, long maxFileBytes)
        {
            int code = RunCommand(args, stdout, stderr, maxFileBytes, out NotesDocument? document);
            return code == 0 && document != null && document.Diagnostics.Any(d => d.Severity == NotesSeverity.Error) ? 1 : code;
        }

        /// <summary>The file's text as <see cref="File.ReadAllText(string)"/> reads it (UTF-8, or the encoding its byte order mark names); null past <paramref name="maxChars"/> characters.</summary>
        private static string? ReadAtMost(string path, long maxChars)
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = new StringBuilder();
            var buffer = new char[1 << 16];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (text.Length + (long)read > maxChars) return null;
                text.Append(buffer, 0, read);
            }

            return text.ToString();
        }

        private static string N(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

        private static int RunCommand(string[] args, TextWriter stdout, TextWriter stderr, long maxFileBytes, out NotesDocument? loaded)
        {
            loaded = null;
            var options = new Options(args);
            if (options.Has("--help") || options.Has("-h") || options.Command == "help")
            {
                stdout.WriteLine(Usage);
                return 0;
            }

            // Usage is checked before the notes are read, so a mistake in the command is not lost among their diagnostics.
            string? usage = options.Error ?? options.Check();
            if (usage != null)
            {
                stderr.WriteLine("notes: " + usage + "; run 'notes --help'");
                return 2;
            }

            NotesDocument document;
            string? file = options.Value("--file");
            if (file != null)
            {
                if (Directory.Exists(file))
                {
                    stderr.WriteLine("notes: cannot read '" + file + "': it is a directory; pass a notes file");
                    return 1;
                }

                // A .NET string holds about a billion characters: a larger file ran out of memory (exit 134) instead.
                var info = new FileInfo(file);
                if (info.Exists && info.Length > maxFileBytes)
                {
                    stderr.WriteLine("notes: cannot read '" + file + "': it is " + N(info.Length) + " bytes, more than the " + N(maxFileBytes) + " a notes file may have");
                    return 1;
                }

                try
                {
                    // A device or a pipe has no length (/dev/zero, <(cat …)): the read itself stops at the limit.
                    string? text = ReadAtMost(file, maxFileBytes);
                    if (text == null)
                    {
                        stderr.WriteLine("notes: cannot read '" + file + "': it holds more than the " + N(maxFileBytes) + " characters a notes file may have");
                        return 1;
                    }

                    document = NotesParser.ParseRead(text, file); // NOTES015 where the bytes were not UTF-8, as the generator says
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    stderr.WriteLine("notes: cannot read '" + file + "': " + e.Message);
                    return 1;
                }
            }
            else
            {
                document = BundledDataset.Load();
            }

            loaded = document;

            foreach (NotesDiagnostic diagnostic in document.Diagnostics)
            {
                stderr.WriteLine(diagnostic.ToString());
            }

            switch (options.Command)
            {
                case null:
                case "summary":
                    Summary(document, stdout);
                    return 0;
                case "list":
                    return List(document, options, stdout, stderr);
                case "show":
                    return Show(document, options, stdout, stderr);
                case "speakers":
                    foreach (Speaker speaker in document.Speakers.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        stdout.WriteLine(speaker.Name + " (" + speaker.Talks.Count + ")");
                        foreach (Talk talk in speaker.Talks) stdout.WriteLine("  " + talk.Title + "  [" + talk.Session + "]");
                    }

                    return 0;
                case "export":
                    string? output = options.Value("--out");
                    if (output == null)
                    {
                        NotesJson.Write(document, stdout);
                        return 0;
                    }

                    try
                    {
                        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
                        NotesJson.Write(document, writer);
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                    {
                        stderr.WriteLine("notes: cannot write '" + output + "': " + e.Message);
                        return 1;
                    }

                    return 0;
                default:
                    throw new InvalidOperationException("Options.Check let the command '" + options.Command + "' through");
            }
        }

        private static void Summary(NotesDocument document, TextWriter stdout)
        {
            foreach (Conference conference in document.Conferences)
            {
                stdout.WriteLine(conference + ": " + Count(conference.Days.Count, "day") + ", " + Count(conference.Sessions.Count, "session") + ", " + Count(conference.Talks.Count, "talk"));
                foreach (Day day in conference.Days)
                {
                    stdout.WriteLine("  " + (day.Label.Length == 0 ? NoDay : day.Label)); // notes before any heading
                    foreach (Session session in day.Sessions)
                    {
                        stdout.WriteLine("    " + (session.Title.Length == 0 ? "(untitled)" : session.Title) + " — " + Count(session.Talks.Count, "talk"));
                    }
                }
            }

            stdout.WriteLine(Count(document.Speakers.Count, "speaker") + ", " + Count(document.Talks.Sum(t => t.AllNotes().Count()), "note") + ", " + Count(document.Diagnostics.Count, "diagnostic"));
        }

        private static bool IsWeekday(string text, DayOfWeek weekday)
        {
            string name = weekday.ToString();
            return text.Equals(name, StringComparison.OrdinalIgnoreCase) || text.Equals(name.Substring(0, 3), StringComparison.OrdinalIgnoreCase);
        }

        private static string Count(int n, string noun) => n + " " + noun + (n == 1 ? "" : "s");

        private static int List(NotesDocument document, Options options, TextWriter stdout, TextWriter stderr)
        {
            IEnumerable<Talk> talks = document.Talks;
            string? day = options.Value("--day");
            if (day != null)
            {
                // "(no day)" is how summary names the day of notes written before any heading. A weekday (or its first three
                // letters) finds a day held on it, whatever its label: "Fri" the day of "Friday" and "Fri" headings.
                Func<Day, bool> isDay = d => d.Number?.ToString() == day || d.Label.Equals(day, StringComparison.OrdinalIgnoreCase) || (d.Label.Length == 0 && day.Equals(NoDay, StringComparison.OrdinalIgnoreCase))
                    || (d.Weekday != null && IsWeekday(day, d.Weekday.Value));
                if (!document.Days.Any(isDay))
                {
                    // A day that is not in the notes is a mistake in the command, not an empty answer: say which days there are.
                    string days = string.Join(", ", document.Days.Select(d => d.Number?.ToString() ?? (d.Label.Length == 0 ? NoDay : d.Label)).Distinct());
                    stderr.WriteLine("notes: no day '" + day + "' in the notes; the days are: " + (days.Length == 0 ? "(none)" : days));
                    return 1;
                }

                talks = talks.Where(t => isDay(t.Day));
            }

            string? speaker = options.Value("--speaker");
            if (speaker != null)
            {
                talks = talks.Where(t => t.Speakers.Any(s => s.Name.IndexOf(speaker, StringComparison.OrdinalIgnoreCase) >= 0));
            }

            string? session = options.Value("--session");
            if (session != null)
            {
                talks = talks.Where(t => t.Session.Title.IndexOf(session, StringComparison.OrdinalIgnoreCase) >= 0);
            }

            string? text = options.Value("--text");
            if (text != null)
            {
                var matches = new HashSet<Talk>(document.Search(text));
                talks = talks.Where(matches.Contains);
            }

            Session? current = null;
            int count = 0;
            foreach (Talk talk in talks)
            {
                if (!ReferenceEquals(talk.Session, current))
                {
                    current = talk.Session;
                    stdout.WriteLine(current.ToString());
                }

                stdout.WriteLine("  " + talk + "  (line " + talk.Line + ", " + Count(talk.AllNotes().Count(), "note") + ")");
                count++;
            }

            stdout.WriteLine(Count(count, "talk"));
            return 0;
        }

        private static int Show(NotesDocument document, Options options, TextWriter stdout, TextWriter stderr)
        {
            // The words after "show" are the title, quoted or not: notes show No Ops (Options.Check: at least one).
            string query = string.Join(" ", options.Positional);

            Talk? talk = document.Talks.FirstOrDefault(t => t.Title.Equals(query, StringComparison.OrdinalIgnoreCase))
                ?? document.Talks.FirstOrDefault(t => t.Title.IndexOf(query, StringComparison.OrdinalIgnoreCase) >= 0);
            if (talk == null)
            {
                stderr.WriteLine("notes: no talk title contains '" + query + "'");
                return 1;
            }

            stdout.WriteLine(talk.Title);
            if (talk.Speakers.Count > 0) stdout.WriteLine("  by " + string.Join(", ", talk.Speakers.Select(s => s.Name)) + (talk.Affiliation == null ? "" : " (" + talk.Affiliation + ")"));
            stdout.WriteLine("  " + talk.Session + ", line " + talk.Line);
            stdout.WriteLine();
            var stack = new Stack<(Note Note, int Depth)>();
            for (int i = talk.Notes.Count - 1; i >= 0; i--) stack.Push((talk.Notes[i], 0));
            while (stack.Count > 0)
            {
                var (note, depth) = stack.Pop();
                stdout.WriteLine(new string(' ', 2 + (2 * Math.Min(depth, 40))) + (note.Bullet == null ? "" : note.Bullet.Length > 1 ? note.Bullet + " " : "• ") + note.Text); // numbered items keep their numbers
                for (int i = note.Children.Count - 1; i >= 0; i--) stack.Push((note.Children[i], depth + 1));
            }

            if (talk.Links.Count > 0)
            {
                stdout.WriteLine();
                stdout.WriteLine("  links: " + string.Join(" ", talk.Links));
            }

            return 0;
        }

        /// <summary>"--name value" (or "--name=value") options, flags and positional words, in any order after the command.</summary>
        private sealed class Options
        {
            private static readonly HashSet<string> Flags = new HashSet<string> { "--help", "-h" };

            /// <summary>The options each command reads (besides --file and the flags), and whether it takes words.</summary>
            private static readonly Dictionary<string, (string[] Options, bool Words)> Commands = new Dictionary<string, (string[], bool)>
            {
                ["summary"] = (new string[0], false),
                ["list"] = (new[] { "--day", "--speaker", "--text", "--session" }, false),
                ["show"] = (new string[0], true),
                ["speakers"] = (new string[0], false),
                ["export"] = (new[] { "--format", "--out" }, false),
            };

            /// <summary>Every option that takes a value: --file and those of the commands.</summary>
            private static readonly HashSet<string> WithValue = new HashSet<string>(Commands.Values.SelectMany(c => c.Options)) { "--file" };

            private readonly Dictionary<string, string> _values = new Dictionary<string, string>();
            private readonly HashSet<string> _flags = new HashSet<string>();

            public Options(string[] args)
            {
                for (int i = 0; i < args.Length; i++)
                {
                    string arg = args[i];
                    int equals = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=') : -1;
                    string name = equals > 0 ? arg.Substring(0, equals) : arg;
                    if (WithValue.Contains(name))
                    {
                        // Given twice, one value would silently win: --day 4 --day 5 listed day 5 only.
                        if (_values.ContainsKey(name)) Error ??= name + " is given twice";
                        if (equals > 0)
                        {
                            _values[name] = arg.Substring(equals + 1);
                            continue;
                        }

                        if (i + 1 >= args.Length)
                        {
                            Error ??= arg + " needs a value";
                            continue;
                        }

                        _values[arg] = args[++i];
                    }
                    else if (arg == "--")
                    {
                        // The rest are words, even those that start with '-': notes show -- -fstack-protector.
                        for (i++; i < args.Length; i++) Word(args[i]);
                    }
                    else if (arg.StartsWith("-", StringComparison.Ordinal) && arg != "-")
                    {
                        if (Flags.Contains(arg)) _flags.Add(arg);
                        else Error ??= "unknown option '" + arg + "'";
                    }
                    else
                    {
                        Word(arg);
                    }
                }
            }

            /// <summary>The command, then its words.</summary>
            private void Word(string word)
            {
                if (Command == null) Command = word;
                else Positional.Add(word);
            }

            public string? Command { get; private set; }
            public List<string> Positional { get; } = new List<string>();
            public string? Error { get; }

            public string? Value(string name) => _values.TryGetValue(name, out string? v) ? v : null;

            public bool Has(string flag) => _flags.Contains(flag);

            /// <summary>What is wrong with the command line for its command, or <see langword="null"/>: an unknown command, an option it does not read, words it does not take.</summary>
            public string? Check()
            {
                string command = Command ?? "summary";
                if (!Commands.TryGetValue(command, out (string[] Options, bool Words) accepts)) return "unknown command '" + command + "'";
                foreach (KeyValuePair<string, string> option in _values)
                {
                    if (option.Key != "--file" && Array.IndexOf(accepts.Options, option.Key) < 0) return "'" + command + "' does not take " + option.Key;
                    if (option.Value.Length == 0) return option.Key + " needs a value";
                }

                if (!accepts.Words && Positional.Count > 0) return "'" + command + "' takes no words, but was given '" + string.Join(" ", Positional) + "'";
                if (command == "show" && string.IsNullOrWhiteSpace(string.Join(" ", Positional))) return "show needs a title, for example: notes show \"NoOps\"";
                string? format = Value("--format");
                return command == "export" && format != null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase)
                    ? "unknown export format '" + format + "'; the formats are: json"
                    : null;
            }
        }
    }

    /// <summary>The LCA 2015 notes that ship with the command, compiled into the NotesDataset.Lca2015 library.</summary>
    internal static class BundledDataset
    {
        public static NotesDocument Load() => Lca2015.Document;
    }
}
