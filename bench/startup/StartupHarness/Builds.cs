using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace StartupBench
{
    /// <summary>The dataset library's build, with and without the notes file: walls, the Csc task, and the assembly.</summary>
    internal sealed class BuildDelta
    {
        public List<double> WithoutMs { get; } = new List<double>();
        public List<double> WithMs { get; } = new List<double>();
        public List<double> WithoutCscMs { get; } = new List<double>();
        public List<double> WithCscMs { get; } = new List<double>();
        public long WithoutBytes { get; set; }
        public long WithBytes { get; set; }
        public string? Failure { get; set; }

        /// <summary>Whether the builds used the compiler server (dotnet build's default) rather than a fresh csc each.</summary>
        public bool CompilerServer { get; set; }
    }

    internal sealed class Builds
    {
        private static readonly Regex CscTask = new Regex(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline);
        private readonly Paths _paths;
        private readonly Corpus _corpus;
        private readonly Report _report;

        public Builds(Paths paths, Corpus corpus, Report report)
        {
            _paths = paths;
            _corpus = corpus;
            _report = report;
        }

        private string DatasetProject => Path.Combine(_paths.Startup, "Startup.Generated.Dataset", "Startup.Generated.Dataset.csproj");

        private IEnumerable<string> CorpusProperties()
        {
            yield return "-p:StartupNotesFile=" + _corpus.NotesPath;
            yield return "-p:StartupJsonFile=" + _corpus.JsonPath;
        }

        /// <summary>dotnet build -c Release of one app (and what it references), as it is: incremental.</summary>
        public bool BuildApp(App app)
        {
            Report.Progress((app.ReadyToRun ? "dotnet publish (ReadyToRun) " : "dotnet build ") + Path.GetFileName(app.Project));
            var args = app.ReadyToRun
                ? new List<string> { "publish", app.Project, "-c", "Release", "-r", App.Rid, "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", app.OutputDirectory, "-nologo", "-v:q" }
                : new List<string> { "build", app.Project, "-c", "Release", "-nologo", "-v:q" };
            args.AddRange(CorpusProperties());
            Shell.Result result = Shell.Run("dotnet", _paths.Root, args);
            if (result.ExitCode != 0)
            {
                _report.Line("- **build of " + Path.GetFileName(app.Project) + " FAILED** (exit " + result.ExitCode + "); " + app.Name + " is left out:");
                _report.Line("```");
                foreach (string line in Tail(result.Output + result.Error, 25)) _report.Line(line);
                _report.Line("```");
                return false;
            }

            Report.Progress("  built in " + (result.WallMs / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " s");
            return true;
        }

        /// <summary>
        /// Rebuilds Startup.Generated.Dataset alone (--no-incremental --no-dependencies, so runtime/ and generator/ are
        /// not rebuilt) without and with the notes file, alternately, into their own folders under bench/out/startup/builddelta.
        /// The first build of each is a warm-up (the page cache, and MSBuild nodes and the compiler server where the environment
        /// allows them, are then warm, as in an edit loop).
        /// </summary>
        public BuildDelta MeasureDelta(int runs, bool compilerServer)
        {
            var delta = new BuildDelta { CompilerServer = compilerServer };
            Shell.Result restore = Shell.Run("dotnet", _paths.Root, new[] { "restore", DatasetProject, "-nologo", "-v:q" }.Concat(CorpusProperties()));
            if (restore.ExitCode != 0)
            {
                delta.Failure = "restore failed: " + string.Join(" / ", Tail(restore.Output + restore.Error, 5));
                return delta;
            }

            for (int i = -1; i < runs; i++)
            {
                foreach (bool withNotes in new[] { false, true })
                {
                    string variant = withNotes ? "with" : "without";
                    string dir = Path.Combine(_paths.Out, "builddelta", variant);
                    var args = new List<string>
                    {
                        "build", DatasetProject, "-c", "Release", "-nologo", "--no-restore", "--no-dependencies", "--no-incremental",
                        "-v:m", "-clp:PerformanceSummary",
                        "-p:StartupWithNotes=" + (withNotes ? "true" : "false"),
                        "-p:StartupBuildDir=" + dir + Path.DirectorySeparatorChar,
                    };
                    args.AddRange(CorpusProperties());
                    if (compilerServer) args.Add("-p:UseSharedCompilation=true");
                    Report.Progress("dotnet build Startup.Generated.Dataset " + variant + " notes" + (i < 0 ? " (warm-up)" : " #" + (i + 1)));
                    Shell.Result result = Shell.Run("dotnet", _paths.Root, args);
                    if (result.ExitCode != 0)
                    {
                        delta.Failure = "build " + variant + " notes failed: " + string.Join(" / ", Tail(result.Output + result.Error, 8));
                        return delta;
                    }

                    Match csc = CscTask.Match(result.Output);
                    Report.Progress("  " + result.WallMs.ToString("0", CultureInfo.InvariantCulture) + " ms" + (csc.Success ? ", Csc " + csc.Groups[1].Value + " ms" : ""));
                    if (i < 0) continue;
                    (withNotes ? delta.WithMs : delta.WithoutMs).Add(result.WallMs);
                    if (csc.Success) (withNotes ? delta.WithCscMs : delta.WithoutCscMs).Add(double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture));
                    long bytes = new FileInfo(Path.Combine(dir, "bin", "Startup.Generated.Dataset.dll")).Length;
                    if (withNotes) delta.WithBytes = bytes;
                    else delta.WithoutBytes = bytes;
                }
            }

            return delta;
        }

        private static IEnumerable<string> Tail(string text, int lines)
        {
            string[] all = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return all.Skip(Math.Max(0, all.Length - lines)).Select(l => l.TrimEnd());
        }
    }
}
