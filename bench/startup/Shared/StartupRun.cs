using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Text;

namespace StartupBench
{
    /// <summary>
    /// What every start-up app shares (linked into each): its arguments, the timings it records, and the lines it
    /// prints for StartupHarness once both queries are answered. Nothing is printed before then, so the cost of
    /// initialising the console is never inside a measured query.
    /// </summary>
    /// <remarks>
    /// Arguments: <c>--speaker NAME</c> (Q1: talks by this speaker), <c>--word WORD</c> (Q2: talks whose title,
    /// speakers, affiliation or notes contain it), <c>--first q1|q2</c> (which query the app answers first),
    /// <c>--rule substring|word</c> (how the baselines match Q2; the generated app uses NotesDocument.Search).
    /// Output, tab-separated: <c>mark NAME MS JIT_MS GC_PAUSE_MS</c>, <c>answer Q COUNT CHECKSUM MS</c>,
    /// <c>first_query JIT_MS JIT_METHODS GC_PAUSE_MS GEN0/GEN1/GEN2 VMHWM_KB</c> (when the first query was answered),
    /// <c>elapsed_before_exit MS</c>, <c>vmhwm_kb N</c>, <c>vmrss_kb N</c>. MS is milliseconds since the first line of
    /// Main; JIT_MS and GC_PAUSE_MS are the process's totals so far (System.Runtime.JitInfo, GC.GetTotalPauseDuration).
    /// </remarks>
    internal sealed class StartupRun
    {
        private readonly long _start;
        // The marks are kept in a plain array of a struct, not a List of a value tuple: that generic instantiation is not precompiled
        // anywhere, so its first Add JIT-compiled 8 methods inside the measured time (3–4 ms in a ReadyToRun app, where
        // it was the JIT's first use), a cost of the harness rather than of the approach measured.
        private readonly MarkRecord[] _marks = new MarkRecord[8];
        private int _markCount;
        private readonly List<string> _answers = new List<string>();
        private string? _first;

        /// <summary>One mark: its name, when, and the process's JIT time and GC pauses by then.</summary>
        private struct MarkRecord
        {
            public string Name;
            public long At;
            public TimeSpan Jit;
            public TimeSpan Pause;
        }

        public StartupRun(long start, string[] args)
        {
            _start = start;
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--speaker": Speaker = args[i + 1]; break;
                    case "--word": Word = args[i + 1]; break;
                    case "--first": Q2First = args[i + 1] == "q2"; break;
                    case "--rule": WholeWord = args[i + 1] == "word"; break;
                    default: throw new ArgumentException("Unknown argument " + args[i]);
                }
            }
        }

        public string Speaker { get; } = "Monty Taylor";

        public string Word { get; } = "telescope";

        public bool Q2First { get; }

        /// <summary>Q2 matches whole words (letters and digits on neither side) rather than any substring.</summary>
        public bool WholeWord { get; }

        /// <summary>Milliseconds since the first line of Main.</summary>
        public double Elapsed => Stopwatch.GetElapsedTime(_start).TotalMilliseconds;

        /// <summary>
        /// Records an intermediate timing (printed at the end). Only raw numbers are kept here: formatting them would put
        /// the one-time cost of number formatting (several milliseconds at start-up) inside the query that follows.
        /// </summary>
        public void Mark(string name)
        {
            long now = Stopwatch.GetTimestamp();
            if (_markCount == _marks.Length) throw new InvalidOperationException("More than " + _marks.Length + " marks.");
            ref MarkRecord mark = ref _marks[_markCount++];
            mark.Name = name;
            mark.At = now;
            mark.Jit = JitInfo.GetCompilationTime();
            mark.Pause = GC.GetTotalPauseDuration();
        }

        /// <summary>
        /// Call right after the first query is answered (its own time is then not measured): records the peak resident
        /// set size so far, the JIT's time and methods, and the GC's pauses and collections until then.
        /// </summary>
        public void FirstQueryAnswered()
        {
            double jit = JitInfo.GetCompilationTime().TotalMilliseconds;
            long methods = JitInfo.GetCompiledMethodCount();
            double pause = GC.GetTotalPauseDuration().TotalMilliseconds;
            string gcs = GC.CollectionCount(0).ToString(CultureInfo.InvariantCulture) + "/" + GC.CollectionCount(1).ToString(CultureInfo.InvariantCulture) + "/" + GC.CollectionCount(2).ToString(CultureInfo.InvariantCulture);
            long? peak = ReadStatus("VmHWM:");
            _first = "first_query\t" + Format(jit) + "\t" + methods.ToString(CultureInfo.InvariantCulture) + "\t" + Format(pause) + "\t" + gcs + "\t"
                     + (peak?.ToString(CultureInfo.InvariantCulture) ?? "");
        }

        /// <summary>
        /// Answers Q1 (<paramref name="bySpeaker"/>) and Q2 (<paramref name="byWord"/>) in the order the arguments ask,
        /// each timed from Main to its materialised list, records the peak after the first, then the answers, and prints.
        /// </summary>
        public void AnswerBoth<T>(Func<List<T>> bySpeaker, Func<List<T>> byWord, Func<T, (int Line, string Title)> key)
        {
            List<T> q1, q2;
            double q1Ms, q2Ms;
            if (Q2First)
            {
                q2 = byWord();
                q2Ms = Elapsed;
                FirstQueryAnswered();
                q1 = bySpeaker();
                q1Ms = Elapsed;
            }
            else
            {
                q1 = bySpeaker();
                q1Ms = Elapsed;
                FirstQueryAnswered();
                q2 = byWord();
                q2Ms = Elapsed;
            }

            Answer("Q1", q1Ms, q1.Select(key));
            Answer("Q2", q2Ms, q2.Select(key));
            Finish();
        }

        /// <summary>Records a query's answer: when it was ready, how many talks, and a checksum of the set.</summary>
        public void Answer(string query, double ms, IEnumerable<(int Line, string Title)> talks)
        {
            var keys = new List<string>();
            foreach ((int line, string title) in talks) keys.Add(line.ToString(CultureInfo.InvariantCulture) + ":" + title);
            _answers.Add("answer\t" + query + "\t" + keys.Count.ToString(CultureInfo.InvariantCulture) + "\t" + Checksum(keys) + "\t" + Format(ms));
        }

        /// <summary>Prints the marks, the answers and the process's peak and current resident set size, then flushes.</summary>
        public void Finish()
        {
            var sb = new StringBuilder();
            for (int i = 0; i < _markCount; i++)
            {
                MarkRecord m = _marks[i];
                sb.Append("mark\t").Append(m.Name).Append('\t').Append(Format(Stopwatch.GetElapsedTime(_start, m.At).TotalMilliseconds)).Append('\t')
                  .Append(Format(m.Jit.TotalMilliseconds)).Append('\t').Append(Format(m.Pause.TotalMilliseconds)).Append('\n');
            }

            foreach (string answer in _answers) sb.Append(answer).Append('\n');
            sb.Append("elapsed_before_exit\t").Append(Format(Elapsed)).Append('\n');
            if (_first != null) sb.Append(_first).Append('\n');
            long? peak = ReadStatus("VmHWM:"), rss = ReadStatus("VmRSS:");
            if (peak != null) sb.Append("vmhwm_kb\t").Append(peak.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (rss != null) sb.Append("vmrss_kb\t").Append(rss.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            Console.Out.Write(sb.ToString());
            Console.Out.Flush();
        }

        /// <summary>The set's checksum: FNV-1a (64-bit) over the sorted "line:title" keys, so order does not matter.</summary>
        public static string Checksum(List<string> keys)
        {
            keys.Sort(StringComparer.Ordinal);
            ulong hash = 14695981039346656037UL;
            foreach (string key in keys)
            {
                foreach (char c in key)
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ '\n') * 1099511628211UL;
            }

            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }

        /// <summary>Whether <paramref name="haystack"/> contains <paramref name="needle"/> (case-insensitive), anywhere or as a whole word.</summary>
        public static bool Contains(string? haystack, string needle, bool wholeWord)
        {
            if (haystack == null) return false;
            if (!wholeWord) return haystack.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0;
            int from = 0;
            while (from <= haystack.Length - needle.Length)
            {
                int at = haystack.IndexOf(needle, from, StringComparison.OrdinalIgnoreCase);
                if (at < 0) return false;
                int end = at + needle.Length;
                if ((at == 0 || !char.IsLetterOrDigit(haystack[at - 1])) && (end == haystack.Length || !char.IsLetterOrDigit(haystack[end]))) return true;
                from = at + 1;
            }

            return false;
        }

        private static string Format(double ms) => ms.ToString("0.000", CultureInfo.InvariantCulture);

        /// <summary>A "kB" field of /proc/self/status ("VmHWM:", "VmRSS:"), or null where there is none (not Linux).</summary>
        private static long? ReadStatus(string field)
        {
            try
            {
                foreach (string line in File.ReadLines("/proc/self/status"))
                {
                    if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
                    string value = line.Substring(field.Length).Trim();
                    if (value.EndsWith(" kB", StringComparison.Ordinal)) value = value.Substring(0, value.Length - 3).Trim();
                    return long.Parse(value, CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
            }

            return null;
        }
    }
}
