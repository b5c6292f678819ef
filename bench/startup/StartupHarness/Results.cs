using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace StartupBench
{
    /// <summary>The tables: start-up (the issue's), ratios against the targets, where the time goes, the answers, the build.</summary>
    internal static class Results
    {
        /// <summary>Prints everything; false when an app's answers differ from the reference (or from run to run).</summary>
        public static bool Print(Report report, Corpus corpus, List<App> apps, BuildDelta? delta, Options options)
        {
            var ran = apps.Where(a => a.Built && a.Runs.Count > 0).ToDictionary(a => a.Name);
            report.Line();
            report.Line("## Start-up (" + options.Runs + " runs of each app and order: fastest, median in parentheses)");
            report.Line();
            report.Line("First query = ms from the first line of Main to the answer, in a process that asks that query first. Process wall = from Process.Start to exit (both orders; each process answers both queries). Peak RSS = VmHWM from /proc/self/status: once the first query is answered (Q1 first / Q2 first), and just before exit with both answered.");
            report.Line();
            report.Line("| approach | first query Q1: talks by speaker (ms) | first query Q2: talks with word (ms) | process wall | peak RSS after first query (Q1 / Q2) | peak RSS at exit | data assembly |");
            report.Line("|---|---|---|---|---|---|---|");
            foreach (App app in apps)
            {
                if (!ran.ContainsKey(app.Name))
                {
                    report.Line("| " + app.Description + " | not built | | | | | |");
                    continue;
                }

                string size = app.DataAssembly == null ? "–" : Corpus.Mb(new FileInfo(Path.Combine(app.OutputDirectory, app.DataAssembly)).Length);
                report.Line("| " + app.Description + " | " + (app.Name == "empty" ? "–" : Ms(FirstQuery(app, "Q1"))) + " | " + (app.Name == "empty" ? "–" : Ms(FirstQuery(app, "Q2")))
                            + " | " + Ms(app.Runs.Select(r => r.WallMs))
                            + " | " + (app.Name == "empty" ? "–" : Mb(Rss(app, "Q1").Select(kb => kb / 1024)) + " / " + Mb(Rss(app, "Q2").Select(kb => kb / 1024)))
                            + " | " + Mb(Rss(app, null).Select(kb => kb / 1024)) + " | " + size + " |");
            }

            PrintRatios(report, corpus, ran, delta);
            PrintBreakdown(report, apps.Where(a => ran.ContainsKey(a.Name)).ToList());
            bool agree = PrintAnswers(report, corpus, apps.Where(a => ran.ContainsKey(a.Name) && a.Name != "empty").ToList());
            PrintBuild(report, delta);
            return agree;
        }

        private static IEnumerable<double> FirstQuery(App app, string q)
            => app.Runs.Where(r => r.Q2First == (q == "Q2") && r.Answers.ContainsKey(q)).Select(r => r.Answers[q].Ms);

        private static void PrintRatios(Report report, Corpus corpus, Dictionary<string, App> ran, BuildDelta? delta)
        {
            report.Line();
            report.Line("## Ratios against the targets (fastest / median)");
            report.Line();
            report.Line("| target | measured (fastest) | measured (median) | target | met (median) |");
            report.Line("|---|---|---|---|---|");
            // The generated app over the runtime project's IL, and the same app over the package, whose runtime library is precompiled.
            foreach (string name in new[] { "generated", "package" })
            {
                if (!ran.TryGetValue(name, out App? app)) continue;
                foreach ((string baseline, double target) in new[] { ("parse", 10.0), ("json", 25.0) })
                {
                    if (!ran.TryGetValue(baseline, out App? b)) continue;
                    foreach (string q in new[] { "Q1", "Q2" })
                    {
                        (double fast, double median) = Ratio(FirstQuery(b, q), FirstQuery(app, q));
                        report.Line("| 1. first query " + q + ": " + baseline + " / " + name + " | " + X(fast) + " | " + X(median) + " | ≥ " + X(target) + " | " + Met(median >= target) + " |");
                    }
                }
            }

            if (ran.TryGetValue("generated", out App? generated))
            {
                foreach (string baseline in new[] { "parse", "json" })
                {
                    if (!ran.TryGetValue(baseline, out App? b)) continue;
                    foreach (string? q in new[] { "Q1", "Q2", null })
                    {
                        (double fast, double median) = Ratio(Rss(generated, q), Rss(b, q));
                        report.Line("| 1. peak RSS " + (q == null ? "at exit" : "after first query " + q) + ": generated / " + baseline + " | " + X(fast) + " | " + X(median) + " | ≤ 1.00× | " + Met(median <= 1.0) + " |");
                    }
                }

                if (generated.DataAssembly != null)
                {
                    long dll = new FileInfo(Path.Combine(generated.OutputDirectory, generated.DataAssembly)).Length;
                    double ratio = (double)dll / corpus.NotesBytes;
                    // A ReadyToRun publish adds native code for every member to the dataset assembly: that is the app's
                    // deployment choice, not the compiled dataset, whose size is the dotnet build output's.
                    string which = generated.ReadyToRun ? "the ReadyToRun image; the build output is the target's" : Corpus.Mb(dll) + " / " + Corpus.Mb(corpus.NotesBytes);
                    report.Line("| 5. dataset assembly / notes text (" + which + ") | " + X(ratio) + " | " + X(ratio) + " | ≤ 1.20× | " + (generated.ReadyToRun ? "– (see the dotnet build run)" : Met(ratio <= 1.2)) + " |");
                }
            }

            if (delta != null && delta.Failure == null && delta.With.Ms.Count > 0)
            {
                foreach (BuildVariant variant in delta.Notes)
                {
                    if (variant.Ms.Count == 0) continue;
                    double fast = variant.Ms.Min() - delta.Without.Ms.Min();
                    double median = Median(variant.Ms) - Median(delta.Without.Ms);
                    report.Line("| 2. build delta: with notes" + variant.Option + " − without | " + S(fast) + " | " + S(median) + " | ≤ 1.5 s | " + Met(median <= 1500) + " |");
                }
            }
        }

        /// <summary>Peak RSS in kB: after the first query <paramref name="q"/> (in runs that asked it first), or at exit (every run) when null.</summary>
        private static IEnumerable<double> Rss(App app, string? q)
            => q == null
                ? app.Runs.Where(r => r.VmHwmKb != null).Select(r => (double)r.VmHwmKb!.Value)
                : app.Runs.Where(r => r.Q2First == (q == "Q2") && r.VmHwmFirstKb != null).Select(r => (double)r.VmHwmFirstKb!.Value);

        private static (double Fastest, double Median) Ratio(IEnumerable<double> numerator, IEnumerable<double> denominator)
        {
            var n = numerator.ToList();
            var d = denominator.ToList();
            if (n.Count == 0 || d.Count == 0) return (double.NaN, double.NaN);
            return (n.Min() / d.Min(), Median(n) / Median(d));
        }

        private static void PrintBreakdown(Report report, List<App> apps)
        {
            report.Line();
            report.Line("## Where the time goes (median ms since Main at each step; the step's own time, and the process's JIT time so far, in parentheses)");
            report.Line();
            report.Line("| app | first | steps | by the first answer: JIT ms (methods), GC pause ms (gen0/1/2) | Main to exit | outside Main (runtime start-up and exit) |");
            report.Line("|---|---|---|---|---|---|");
            foreach (App app in apps)
            {
                foreach (bool q2First in new[] { false, true })
                {
                    var runs = app.Runs.Where(r => r.Q2First == q2First && r.ExitCode == 0).ToList();
                    if (runs.Count == 0) continue;
                    if (app.Name == "empty" && q2First) continue;
                    var names = runs[0].Marks.Select(m => m.Key).Concat(runs[0].Answers.OrderBy(a => a.Value.Ms).Select(a => a.Key)).ToList();
                    var steps = new List<string>();
                    double previous = 0;
                    foreach (string name in names)
                    {
                        double median = Median(runs.Select(r => Point(r, name)).Where(v => !double.IsNaN(v)));
                        string label = name switch
                        {
                            "Q1" => "Q1 answered",
                            "Q2" => "Q2 answered",
                            "document" => "Document loaded",
                            "text" => "text decoded",
                            "parsed" => "parsed",
                            "deserialized" => "deserialized",
                            _ => name,
                        };
                        var jit = runs.Where(r => r.MarkJitMs.ContainsKey(name)).Select(r => r.MarkJitMs[name]).ToList();
                        steps.Add(label + " " + median.ToString("0.0", CultureInfo.InvariantCulture) + " (" + (median - previous).ToString("0.0", CultureInfo.InvariantCulture)
                                  + (jit.Count == 0 ? "" : "; JIT so far " + Median(jit).ToString("0", CultureInfo.InvariantCulture)) + ")");
                        previous = median;
                    }

                    double main = Median(runs.Where(r => r.MainMs != null).Select(r => r.MainMs!.Value));
                    double outside = Median(runs.Where(r => r.MainMs != null).Select(r => r.WallMs - r.MainMs!.Value));
                    var firsts = runs.Where(r => r.FirstJitMs != null).ToList();
                    string counters = firsts.Count == 0 ? "–"
                        : Median(firsts.Select(r => r.FirstJitMs!.Value)).ToString("0", CultureInfo.InvariantCulture) + " (" + Median(firsts.Select(r => (double)r.FirstJitMethods!.Value)).ToString("0", CultureInfo.InvariantCulture) + "), "
                          + Median(firsts.Select(r => r.FirstGcPauseMs!.Value)).ToString("0.0", CultureInfo.InvariantCulture) + " (" + string.Join(", ", firsts.Select(r => r.FirstGcs).Distinct()) + ")";
                    report.Line("| " + app.Name + " | " + (app.Name == "empty" ? "–" : q2First ? "Q2" : "Q1") + " | " + (steps.Count == 0 ? "–" : string.Join(" → ", steps)) + " | " + counters + " | "
                                + main.ToString("0.0", CultureInfo.InvariantCulture) + " | " + outside.ToString("0.0", CultureInfo.InvariantCulture) + " |");
                }
            }
        }

        private static double Point(AppRun run, string name)
        {
            foreach (KeyValuePair<string, double> mark in run.Marks)
            {
                if (mark.Key == name) return mark.Value;
            }

            return run.Answers.TryGetValue(name, out var a) ? a.Ms : double.NaN;
        }

        private static bool PrintAnswers(Report report, Corpus corpus, List<App> apps)
        {
            report.Line();
            report.Line("## Same answers (count and checksum of the sorted \"line:title\" set, every run)");
            report.Line();
            report.Line("| source | Q1 talks by \"" + corpus.Speaker + "\" | Q2 talks with \"" + corpus.Word + "\" | agrees |");
            report.Line("|---|---|---|---|");
            report.Line("| NotesParser in the harness: FindSpeaker(…).Talks, Search(…) | " + corpus.ReferenceQ1 + " | " + corpus.ReferenceQ2 + " | reference |");
            bool all = true;
            foreach (App app in apps)
            {
                var q1 = app.Runs.Select(r => r.AnswerKey("Q1") ?? "missing").Distinct().ToList();
                var q2 = app.Runs.Select(r => r.AnswerKey("Q2") ?? "missing").Distinct().ToList();
                bool agrees = q1.Count == 1 && q2.Count == 1 && q1[0] == corpus.ReferenceQ1 && q2[0] == corpus.ReferenceQ2;
                all &= agrees;
                report.Line("| " + app.Name + (app.Name is "generated" or "package" ? " (Document.FindSpeaker, Document.Search)" : " (LINQ, rule " + corpus.Rule + ")") + " | "
                            + string.Join(" / ", q1) + " | " + string.Join(" / ", q2) + " | " + (agrees ? "yes" : "**NO**") + " |");
            }

            return all;
        }

        private static void PrintBuild(Report report, BuildDelta? delta)
        {
            if (delta == null) return;
            report.Line();
            report.Line("## Build of the dataset library (Startup.Generated.Dataset, net10.0, Release; `dotnet build --no-incremental --no-dependencies`, fastest and median of " + delta.With.Ms.Count + " after a warm-up)");
            report.Line();
            string shared = delta.CompilerServer ? "true (--compiler-server)" : Environment.GetEnvironmentVariable("UseSharedCompilation") ?? "(unset: true)";
            string reuse = Environment.GetEnvironmentVariable("MSBUILDDISABLENODEREUSE") ?? "(unset)";
            report.Line("Environment: UseSharedCompilation=" + shared + ", MSBUILDDISABLENODEREUSE=" + reuse
                        + (shared.Equals("false", StringComparison.OrdinalIgnoreCase)
                            ? " — so no compiler server: every Csc starts and JITs Roslyn (and the generator) afresh (the 'without' row is mostly that); the delta cancels it. `--compiler-server` measures dotnet build's default instead."
                            : delta.CompilerServer ? " — the compiler server is warm after the warm-up builds, as in an edit loop." : "."));
            report.Line();
            if (delta.Failure != null)
            {
                report.Line("- **" + delta.Failure + "**");
                return;
            }

            report.Line("| project | dotnet build wall | Csc task | assembly |");
            report.Line("|---|---|---|---|");
            foreach (BuildVariant variant in delta.All)
            {
                report.Line("| " + variant.Label + " | " + S(variant.Ms) + " | " + S(variant.CscMs) + " | " + (variant.WithNotes ? Corpus.Mb(variant.Bytes) : Kb(variant.Bytes)) + " |");
            }

            foreach (BuildVariant variant in delta.Notes)
            {
                if (variant.Ms.Count == 0 || delta.Without.Ms.Count == 0) continue;
                report.Line("| delta" + variant.Option + " | "
                            + S(variant.Ms.Min() - delta.Without.Ms.Min()) + " (" + S(Median(variant.Ms) - Median(delta.Without.Ms)) + ") | "
                            + (variant.CscMs.Count > 0 && delta.Without.CscMs.Count > 0 ? S(variant.CscMs.Min() - delta.Without.CscMs.Min()) + " (" + S(Median(variant.CscMs) - Median(delta.Without.CscMs)) + ")" : "–")
                            + " | target ≤ 1.5 s |");
            }
        }

        public static double Median(IEnumerable<double> values)
        {
            var v = values.OrderBy(x => x).ToList();
            if (v.Count == 0) return double.NaN;
            return v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
        }

        private static string Ms(IEnumerable<double> values)
        {
            var v = values.ToList();
            return v.Count == 0 ? "n/a" : Fmt(v.Min()) + " ms (" + Fmt(Median(v)) + ")";
        }

        private static string Mb(IEnumerable<double> values)
        {
            var v = values.ToList();
            return v.Count == 0 ? "n/a" : v.Min().ToString("0", CultureInfo.InvariantCulture) + " MB (" + Median(v).ToString("0", CultureInfo.InvariantCulture) + ")";
        }

        private static string S(IEnumerable<double> values)
        {
            var v = values.ToList();
            return v.Count == 0 ? "n/a" : S(v.Min()) + " (" + S(Median(v)) + ")";
        }

        private static string S(double ms) => (ms / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s";

        private static string Kb(long bytes) => (bytes / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " kB";

        private static string Fmt(double ms) => ms < 10 ? ms.ToString("0.00", CultureInfo.InvariantCulture) : ms.ToString("0", CultureInfo.InvariantCulture);

        private static string X(double ratio) => double.IsNaN(ratio) ? "n/a" : ratio.ToString(ratio < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "×";

        private static string Met(bool met) => met ? "yes" : "**no**";
    }
}
