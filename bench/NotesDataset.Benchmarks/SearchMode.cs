using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using NotesDataset.Compiled;
using NotesDataset.Parsing;
using NotesDataset.Synthetic;

namespace NotesDataset.Benchmarks
{
    /// <summary>
    /// <c>--search</c>: Search (a word, a phrase) and FindSpeakers (a prefix) on a compiled 20,000-talk dataset, each
    /// beside the LINQ scan a user would write with the same rule, in the same run; checks the result sets agree.
    /// </summary>
    internal static class SearchMode
    {
        public static int Run(int talks, int reps)
        {
            string text = SyntheticNotes.Write(talks, 1);
            ParsedNotes parsed = NotesSyntaxParser.Parse(text, "synthetic.notes.txt");
            string index = IndexWriter.Write(parsed, text, "synthetic.notes.txt", out _, out _);
            NotesDocument doc = CompiledNotes.Load(typeof(SearchMode), index, null, text);

            var build = Stopwatch.StartNew();
            doc.Search("open source"); // a phrase goes through the index: this builds it
            double buildMs = build.Elapsed.TotalMilliseconds;
            foreach (Talk t in doc.Talks) _ = t.Notes; // the scans below should not pay for decoding

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{talks:N0} talks, {text.Length / 1e6:F1} M chars; index built in {buildMs:F0} ms (first search)"));
            Console.WriteLine();
            Console.WriteLine("| query | results | Search ms | LINQ scan ms | scan / Search | same set |");
            Console.WriteLine("|---|---:|---:|---:|---:|---|");
            bool ok = true;
            foreach (string word in new[] { "telescope", "kernel", "the" })
            {
                ok &= Row("word \"" + word + "\"", reps, () => doc.Search(word), () => doc.Talks.Where(t => Words(t).Any(ws => ws.Contains(word))).ToList());
            }

            foreach (string phrase in new[] { "open source", "kernel patches", "slides at https", "the kernel and the" })
            {
                string[] parts = phrase.Split(' ');
                ok &= Row("phrase \"" + phrase + "\"", reps, () => doc.Search(phrase), () => doc.Talks.Where(t => Words(t).Any(ws => ContainsRun(ws, parts))).ToList());
            }

            foreach (string prefix in new[] { "Mon", "ta" })
            {
                ok &= Row("speaker prefix \"" + prefix + "\"", reps, () => doc.FindSpeakers(prefix),
                    () => doc.Speakers.Where(s => s.Name.Split(' ').Any(w => w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList());
            }

            return ok ? 0 : 1;
        }

        /// <summary>The talk's searchable lines as lower-case words (the rule NotesDocument.Search documents).</summary>
        private static IEnumerable<string[]> Words(Talk t)
            => new[] { t.LineText ?? t.Title }.Concat(t.AllNotes().Select(n => n.Text))
                .Select(line => new string(line.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

        private static bool ContainsRun(string[] words, string[] run)
        {
            for (int i = 0; i + run.Length <= words.Length; i++)
            {
                int k = 0;
                while (k < run.Length && words[i + k] == run[k]) k++;
                if (k == run.Length) return true;
            }

            return false;
        }

        private static bool Row<T>(string name, int reps, Func<IReadOnlyList<T>> search, Func<List<T>> scan)
        {
            IReadOnlyList<T> found = search();
            List<T> scanned = scan();
            bool same = new HashSet<T>(found).SetEquals(scanned) && found.Count == scanned.Count;
            double s = Median(reps, () => search());
            double l = Median(Math.Max(1, reps / 4), () => scan());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {found.Count:N0} | {s:F3} | {l:F1} | {l / s:F0}× | {(same ? "yes" : "**no**")} |"));
            return same;
        }

        private static double Median(int reps, Action action)
        {
            var times = new double[reps];
            for (int i = 0; i < reps; i++)
            {
                var sw = Stopwatch.StartNew();
                action();
                times[i] = sw.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            return times[reps / 2];
        }
    }
}
