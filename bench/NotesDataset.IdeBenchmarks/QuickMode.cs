using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using NotesDataset.Bench;

namespace NotesDataset.IdeBenchmarks
{
    /// <summary>
    /// <c>--quick</c> (alias <c>--ide-quick</c>): every measurement timed with a Stopwatch (warm-up runs, then the
    /// median and fastest of a few), printed as markdown tables: completion on the generated code per notes size with
    /// the ratio to the seed, and the generator's incremental re-runs.
    /// </summary>
    internal static class QuickMode
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        /// <summary>NOTES_BENCH_VERBOSE=1: every timed run on stderr.</summary>
        private static readonly bool Verbose = Environment.GetEnvironmentVariable("NOTES_BENCH_VERBOSE") == "1";

        private static int _edit;

        public static int Run(IReadOnlyList<string> sizes, int reps, int talks, int filesTalks)
        {
            Console.WriteLine("NotesDataset IDE benchmarks: " + RuntimeInformation.FrameworkDescription + ", " + RuntimeInformation.OSDescription + ", " +
                              Environment.ProcessorCount + " cores, Roslyn " + typeof(CSharpCompilation).Assembly.GetName().Version +
                              " (Workspaces and Features " + typeof(CompletionService).Assembly.GetName().Version + "), GC " +
                              (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation") + "; median (fastest) of " + reps + " runs after two warm-up runs (fresh generator drivers: " + Math.Max(3, Math.Min(reps, 5)) + " runs).");
            Console.WriteLine(LoadAverage("at start"));
            Console.WriteLine();

            Completion(sizes, reps);
            Incremental(reps, talks, filesTalks);
            Console.WriteLine(LoadAverage("at end"));
            return 0;
        }

        private static void Completion(IReadOnlyList<string> sizes, int reps)
        {
            // JIT, MEF composition and the completion providers' first use, on a throwaway seed workspace, so that the
            // "once" rows below compare sizes rather than the process's first use of Roslyn.
            var warmUp = Stopwatch.StartNew();
            CompletionScenario throwaway = CompletionScenario.Create("seed");
            throwaway.WarmAsync().GetAwaiter().GetResult();
            foreach (Site site in Enum.GetValues<Site>())
            {
                (Document document, int caret) = throwaway.Edit(++_edit, site);
                CompletionList list = throwaway.Complete(document, caret);
                if (site == Site.Session) throwaway.Describe(document, throwaway.Item(list, throwaway.Shape.TalkName));
            }

            throwaway.Workspace.Dispose();
            Console.WriteLine(string.Create(Inv, $"Process warm-up on a throwaway seed workspace (JIT, MEF composition, first completions): {warmUp.ElapsedMilliseconds:N0} ms."));

            var scenarios = new List<CompletionScenario>();
            var once = new List<(double Warm, double First)>();
            foreach (string size in sizes)
            {
                var sw = Stopwatch.StartNew();
                CompletionScenario scenario = CompletionScenario.Create(size);
                double prepared = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                Compilation compilation = scenario.WarmAsync().GetAwaiter().GetResult();
                double warm = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                (Document firstDoc, int firstCaret) = scenario.Edit(++_edit, Site.Session);
                CompletionList firstList = scenario.Complete(firstDoc, firstCaret);
                double first = sw.Elapsed.TotalMilliseconds;
                once.Add((warm, first));
                scenarios.Add(scenario);

                int errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
                GeneratedShape shape = scenario.Shape;
                Console.WriteLine(string.Create(Inv, $"- {scenario.Notes.Label}: {scenario.Notes.Utf8.Length:N0} bytes of notes, {scenario.GeneratedChars:N0} chars of generated C# ({errors} errors in it); generator run, parse for the sites and workspace set-up {prepared:N0} ms"));
                Console.WriteLine(string.Create(Inv, $"  session `{shape.SessionPath}` ({shape.SessionMembers} public members, talk `{shape.TalkName}`), root `{shape.RootPath}` ({shape.RootMembers} public members), People ({shape.People:N0} speakers); first list had {firstList.ItemsList.Count} items"));
            }

            Console.WriteLine();
            Console.WriteLine("### Completion on the generated code (Roslyn CompletionService in an AdhocWorkspace; generated source as a document)");
            Console.WriteLine();
            string header = "| measurement | " + string.Join(" | ", scenarios.Select(s => s.Notes.Label + " ms")) + " | " +
                            string.Join(" | ", scenarios.Skip(1).Select(s => s.Notes.Name + "/seed")) + " | items |";
            Console.WriteLine(header);
            Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", scenarios.Count + Math.Max(0, scenarios.Count - 1))) + "---|");

            // Each row times the sizes interleaved (seed, 20k, 20k, seed, ...), so that the load of a shared machine
            // falls on both alike.
            void Row(string name, string key, Func<CompletionScenario, Func<(Action Run, Func<string> Items)>> prepare)
            {
                var items = new Func<string>[scenarios.Count];
                var prepares = scenarios.Select((scenario, k) =>
                {
                    Func<(Action Run, Func<string> Items)> p = prepare(scenario);
                    return (Func<Action>)(() =>
                    {
                        (Action run, Func<string> count) = p();
                        items[k] = count;
                        return run;
                    });
                }).ToArray();
                var results = MeasureInterleaved(key, reps, scenarios.Select(x => x.Notes.Name).ToArray(), prepares);
                string cells = string.Join(" | ", results.Select(r => F(r.Median) + " (" + F(r.Fastest) + ")"));
                string ratios = string.Join(" | ", results.Skip(1).Select(r => string.Create(Inv, $"{r.Median / results[0].Median:F2}× ({r.Fastest / results[0].Fastest:F2}×)")));
                Console.WriteLine("| " + name + " | " + cells + (ratios.Length > 0 ? " | " + ratios : "") + " | " + string.Join(" / ", items.Select(i => i())) + " |");
            }

            Row("list after `Session.` (a session's talks)", "Session", s => List(s, Site.Session));
            Row("description of a talk (GetDescriptionAsync)", "description", Description);
            Row("list after `Root.` (the dataset class)", "Root", s => List(s, Site.Root));
            Row("list after `Root.People.` (every speaker)", "People", s => List(s, Site.People));
            Console.WriteLine("| once: background compilation (GetCompilationAsync + semantic model of User.cs) | " + string.Join(" | ", once.Select(o => F(o.Warm))) +
                              (scenarios.Count > 1 ? " | " + string.Join(" | ", once.Skip(1).Select(o => string.Create(Inv, $"{o.Warm / once[0].Warm:F0}×"))) : "") + " | |");
            Console.WriteLine("| once: first completion after that | " + string.Join(" | ", once.Select(o => F(o.First))) +
                              (scenarios.Count > 1 ? " | " + string.Join(" | ", once.Skip(1).Select(o => string.Create(Inv, $"{o.First / once[0].First:F2}×"))) : "") + " | |");
            Console.WriteLine();
            Console.WriteLine("Times: median (fastest) of the runs, the sizes' runs interleaved; ratios of medians (of fastest). Each timed list is on a fresh fork of User.cs (a new local, then the member access: one keystroke after a warm");
            Console.WriteLine("compilation), completion triggered by typing '.'. The description is of the session list's first talk, on the same fork as its list. `Root` is the dataset class,");
            Console.WriteLine("`Session` its DayN.SessionN class named above. Items: the list's length per size.");
            Console.WriteLine();
            foreach (CompletionScenario s in scenarios) s.Workspace.Dispose();
        }

        private static Func<(Action, Func<string>)> List(CompletionScenario scenario, Site site) => () =>
        {
            (Document document, int caret) = scenario.Edit(++_edit, site);
            int items = 0;
            return (() => items = scenario.Complete(document, caret).ItemsList.Count, () => items.ToString("N0", Inv));
        };

        private static Func<(Action, Func<string>)> Description(CompletionScenario scenario) => () =>
        {
            (Document document, int caret) = scenario.Edit(++_edit, Site.Session);
            CompletionItem item = scenario.Item(scenario.Complete(document, caret), scenario.Shape.TalkName);
            int chars = 0;
            return (() =>
            {
                CompletionDescription description = scenario.Describe(document, item);
                chars = description.Text.Length;
                if (Verbose) Console.Error.WriteLine(scenario.Notes.Name + " description: " + description.Text.Split('\n')[0]);
            }, () => chars.ToString("N0", Inv) + " chars");
        };

        private static void Incremental(int reps, int talks, int filesTalks)
        {
            Console.WriteLine(string.Create(Inv, $"### Generator re-runs (CSharpGeneratorDriver; notes embedded, as the package's targets pass them)"));
            Console.WriteLine();
            Console.WriteLine("| scenario | fresh driver run ms | re-run ms | re-run/fresh | run reasons of the re-run (tracked driver, checked once) |");
            Console.WriteLine("|---|---:|---:|---:|---|");
            int freshReps = Math.Max(3, Math.Min(reps, 5)); // a fresh driver at 20,000 talks takes about a second

            // 1. One big file, an unrelated C# edit: every step Cached/Unchanged.
            {
                NotesFile file = NotesFile.Get(talks.ToString(Inv));
                var files = new[] { file };
                (double fresh, double freshMin) = Measure("fresh " + talks, freshReps, () => () => Generation.CreateDriver(files).RunGenerators(Generation.Compilation));
                GeneratorDriver driver = Generation.CreateDriver(files).RunGenerators(Generation.Compilation);
                (double rerun, double rerunMin) = Measure("C# edit " + talks, reps, () =>
                {
                    CSharpCompilation edited = Generation.EditedCompilation(++_edit);
                    return () => driver = driver.RunGenerators(edited);
                });

                GeneratorRunResult check = Generation.CreateDriver(files, trackSteps: true).RunGenerators(Generation.Compilation)
                    .RunGenerators(Generation.EditedCompilation(++_edit)).GetRunResult().Results.Single();
                string verdict = Generation.NothingReran(check) ? "nothing re-ran: " : "**something re-ran**: ";
                Console.WriteLine(string.Create(Inv, $"| {file.Label} talks, unrelated C# edit (a file added) | {F(fresh)} ({F(freshMin)}) | {F(rerun)} ({F(rerunMin)}) | {rerun / fresh:P2} ({rerunMin / freshMin:P2}) | {verdict}{Generation.Reasons(check)} |"));

                // 1b. The same notes in a new AdditionalText object, and a C# edit: what a reloaded project, or the compiler
                //     server's cached driver (Features=enable-generator-cache) on every build, hands the generator.
                (double renewed, double renewedMin) = Measure("new text object " + talks, reps, () =>
                {
                    AdditionalText next = file.ToAdditionalText();
                    CSharpCompilation edited = Generation.EditedCompilation(++_edit);
                    return () => driver = driver.ReplaceAdditionalTexts(ImmutableArray.Create(next)).RunGenerators(edited);
                });

                GeneratorRunResult renewedCheck = Generation.CreateDriver(files, trackSteps: true).RunGenerators(Generation.Compilation)
                    .ReplaceAdditionalTexts(ImmutableArray.Create(file.ToAdditionalText()))
                    .RunGenerators(Generation.EditedCompilation(++_edit)).GetRunResult().Results.Single();
                bool notParsed = renewedCheck.TrackedSteps["Parsed"].SelectMany(s => s.Outputs).All(o => o.Reason == IncrementalStepRunReason.Cached);
                Console.WriteLine(string.Create(Inv, $"| {file.Label} talks, the same notes in a new AdditionalText object, and a C# edit | {F(fresh)} ({F(freshMin)}) | {F(renewed)} ({F(renewedMin)}) | {renewed / fresh:P1} ({renewedMin / freshMin:P1}) | {(notParsed ? "not parsed again: " : "**parsed again**: ")}{Generation.Reasons(renewedCheck)} |"));
            }

            // 2. Ten files, one edited: only that file re-parsed.
            {
                IReadOnlyList<NotesFile> files = Generation.TenFiles(filesTalks);
                const int editedIndex = 5;
                (double one, double oneMin) = Measure("fresh one of ten", reps, () => () => Generation.CreateDriver(new[] { files[editedIndex] }).RunGenerators(Generation.Compilation));
                (double fresh, double freshMin) = Measure("fresh ten", freshReps, () => () => Generation.CreateDriver(files).RunGenerators(Generation.Compilation));

                AdditionalText[] texts = files.Select(f => f.ToAdditionalText()).ToArray();
                GeneratorDriver driver = Generation.CreateDriver(files, texts: texts).RunGenerators(Generation.Compilation);
                AdditionalText current = texts[editedIndex];
                (double rerun, double rerunMin) = Measure("notes edit", reps, () =>
                {
                    AdditionalText next = Generation.Edited(files[editedIndex], ++_edit).ToAdditionalText();
                    return () =>
                    {
                        driver = driver.ReplaceAdditionalText(current, next).RunGenerators(Generation.Compilation);
                        current = next;
                    };
                });

                AdditionalText[] tracked = files.Select(f => f.ToAdditionalText()).ToArray();
                GeneratorRunResult check = Generation.CreateDriver(files, trackSteps: true, texts: tracked).RunGenerators(Generation.Compilation)
                    .ReplaceAdditionalText(tracked[editedIndex], Generation.Edited(files[editedIndex], ++_edit).ToAdditionalText())
                    .RunGenerators(Generation.Compilation).GetRunResult().Results.Single();
                var parsed = check.TrackedSteps["Parsed"].SelectMany(s => s.Outputs).ToArray();
                bool onlyOne = parsed.Length == 10 && parsed.Count(o => o.Reason == IncrementalStepRunReason.Modified) == 1 && parsed.Count(o => o.Reason == IncrementalStepRunReason.Cached) == 9;
                string verdict = onlyOne ? "one file re-parsed: " : "**not exactly one file re-parsed**: ";
                int totalBytes = files.Sum(f => f.Utf8.Length);
                Console.WriteLine(string.Create(Inv, $"| ten {filesTalks:N0}-talk files ({totalBytes / 1e6:F1} MB), one edited (a note added) | {F(fresh)} ({F(freshMin)}) | {F(rerun)} ({F(rerunMin)}) | {rerun / fresh:P1} ({rerunMin / freshMin:P1}) | {verdict}{Generation.Reasons(check)} |"));
                Console.WriteLine(string.Create(Inv, $"| for comparison: that one {filesTalks:N0}-talk file alone, fresh driver | {F(one)} ({F(oneMin)}) | | | re-run/this: {rerun / one:F2}× ({rerunMin / oneMin:F2}×) |"));
            }

            Console.WriteLine();
            Console.WriteLine("Fresh: a new driver's first RunGenerators (a clean build). Re-run: RunGenerators on the same driver after the edit (what the IDE runs after a keystroke), tracking off;");
            Console.WriteLine("each timed re-run follows its own edit. Run reasons: the same edit on a driver with step tracking, checked once. A new AdditionalText object is compared with the old one by");
            Console.WriteLine("its text: here both are decoded for that (the in-memory text keeps none; the compiler's AdditionalTextFile keeps the text it read).");
            Console.WriteLine();
        }

        /// <summary>Two warm-up runs, then <paramref name="reps"/> timed; <paramref name="prepare"/> runs untimed before each and returns the timed action.</summary>
        private static (double Median, double Fastest) Measure(string name, int reps, Func<Action> prepare)
        {
            for (int i = 0; i < 2; i++) prepare()();
            var times = new double[reps];
            for (int i = 0; i < reps; i++)
            {
                Action run = prepare();
                long start = Stopwatch.GetTimestamp();
                run();
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (Verbose) Console.Error.WriteLine(string.Create(Inv, $"{name}: run {i + 1}: {times[i]:F3} ms"));
            }

            Array.Sort(times);
            double median = reps % 2 == 1 ? times[reps / 2] : (times[reps / 2 - 1] + times[reps / 2]) / 2;
            return (median, times[0]);
        }

        /// <summary>
        /// <see cref="Measure"/> for several cases at once, interleaved run by run (forward, then backward), so a
        /// shared machine's load falls on each case alike.
        /// </summary>
        private static (double Median, double Fastest)[] MeasureInterleaved(string name, int reps, IReadOnlyList<string> labels, IReadOnlyList<Func<Action>> prepare)
        {
            int n = prepare.Count;
            for (int i = 0; i < 2; i++)
            {
                for (int k = 0; k < n; k++) prepare[k]()();
            }

            var times = new double[n][];
            for (int k = 0; k < n; k++) times[k] = new double[reps];
            for (int i = 0; i < reps; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    int k = i % 2 == 0 ? j : n - 1 - j;
                    Action run = prepare[k]();
                    long start = Stopwatch.GetTimestamp();
                    run();
                    times[k][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    if (Verbose) Console.Error.WriteLine(string.Create(Inv, $"{labels[k]} {name}: run {i + 1}: {times[k][i]:F3} ms"));
                }
            }

            return times.Select(t =>
            {
                Array.Sort(t);
                return (reps % 2 == 1 ? t[reps / 2] : (t[reps / 2 - 1] + t[reps / 2]) / 2, t[0]);
            }).ToArray();
        }

        private static string F(double ms) => ms >= 100 ? ms.ToString("N0", Inv) : ms >= 10 ? ms.ToString("F1", Inv) : ms.ToString("F2", Inv);

        private static string LoadAverage(string when)
        {
            try
            {
                string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
                return "Load average " + when + ": " + string.Join(" ", parts.Take(3)) + " (" + Environment.ProcessorCount + " cores).";
            }
            catch (IOException)
            {
                return "Load average " + when + ": n/a.";
            }
        }
    }
}
