using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace StartupBench
{
    /// <summary>One run of an app: its process wall time and what it printed.</summary>
    internal sealed class AppRun
    {
        public AppRun(bool q2First, double wallMs) => (Q2First, WallMs) = (q2First, wallMs);

        public bool Q2First { get; }
        public double WallMs { get; }
        public int ExitCode { get; set; }
        public string? Error { get; set; }

        /// <summary>Marks in the order printed: name, ms since Main.</summary>
        public List<KeyValuePair<string, double>> Marks { get; } = new List<KeyValuePair<string, double>>();

        /// <summary>The process's JIT time (ms) so far at each mark.</summary>
        public Dictionary<string, double> MarkJitMs { get; } = new Dictionary<string, double>();

        /// <summary>Q1/Q2: count, checksum, ms since Main.</summary>
        public Dictionary<string, (int Count, string Hash, double Ms)> Answers { get; } = new Dictionary<string, (int, string, double)>();

        public double? MainMs { get; set; }
        public long? VmHwmKb { get; set; }

        /// <summary>Peak RSS when the first query had been answered.</summary>
        public long? VmHwmFirstKb { get; set; }

        /// <summary>When the first query had been answered: the JIT's total time and methods, the GC's total pause and collections (gen0/gen1/gen2).</summary>
        public double? FirstJitMs { get; set; }
        public long? FirstJitMethods { get; set; }
        public double? FirstGcPauseMs { get; set; }
        public string? FirstGcs { get; set; }

        public string? AnswerKey(string q) => Answers.TryGetValue(q, out var a) ? a.Count.ToString(CultureInfo.InvariantCulture) + " " + a.Hash : null;

        public static AppRun Parse(bool q2First, Shell.Result result)
        {
            var run = new AppRun(q2First, result.WallMs) { ExitCode = result.ExitCode, Error = result.Error.Length == 0 ? null : result.Error };
            foreach (string line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] f = line.TrimEnd('\r').Split('\t');
                switch (f[0])
                {
                    case "mark" when f.Length >= 3:
                        run.Marks.Add(new KeyValuePair<string, double>(f[1], Num(f[2])));
                        if (f.Length >= 4) run.MarkJitMs[f[1]] = Num(f[3]);
                        break;
                    case "answer" when f.Length == 5:
                        run.Answers[f[1]] = (int.Parse(f[2], CultureInfo.InvariantCulture), f[3], Num(f[4]));
                        break;
                    case "elapsed_before_exit" when f.Length == 2:
                        run.MainMs = Num(f[1]);
                        break;
                    case "first_query" when f.Length == 6:
                        run.FirstJitMs = Num(f[1]);
                        run.FirstJitMethods = long.Parse(f[2], CultureInfo.InvariantCulture);
                        run.FirstGcPauseMs = Num(f[3]);
                        run.FirstGcs = f[4];
                        if (f[5].Length > 0) run.VmHwmFirstKb = long.Parse(f[5], CultureInfo.InvariantCulture);
                        break;
                    case "vmhwm_kb" when f.Length == 2:
                        run.VmHwmKb = long.Parse(f[1], CultureInfo.InvariantCulture);
                        break;
                }
            }

            return run;
        }

        private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    }

    /// <summary>Runs every app as a child process, round-robin (so load on the machine spreads over all of them).</summary>
    internal sealed class Runner
    {
        private readonly Corpus _corpus;
        private readonly Report _report;

        public Runner(Corpus corpus, Report report)
        {
            _corpus = corpus;
            _report = report;
        }

        public void RunAll(List<App> apps, int runs)
        {
            // One untimed run each: the page cache then holds every assembly, as after any first launch.
            foreach (App app in apps) Run(app, q2First: false);

            for (int r = 0; r < runs; r++)
            {
                Report.Progress("run " + (r + 1) + "/" + runs + " of " + string.Join(", ", apps.ConvertAll(a => a.Name)) + " (each with Q1 first, then with Q2 first)");
                foreach (App app in apps)
                {
                    foreach (bool q2First in new[] { false, true })
                    {
                        AppRun run = Run(app, q2First);
                        app.Runs.Add(run);
                        if (run.ExitCode != 0)
                        {
                            _report.Line("- **" + app.Name + " exited with " + run.ExitCode + "**: " + (run.Error ?? "").Split('\n')[0]);
                        }
                    }
                }
            }
        }

        private AppRun Run(App app, bool q2First)
        {
            var args = new[] { "--speaker", _corpus.Speaker, "--word", _corpus.Word, "--first", q2First ? "q2" : "q1", "--rule", _corpus.Rule };
            Shell.Result result = Shell.Run(app.Executable, Path.GetDirectoryName(app.Executable)!, args);
            return AppRun.Parse(q2First, result);
        }
    }
}
