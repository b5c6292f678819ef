using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace StartupBench
{
    /// <summary>One way of building the dataset library: its builds' walls, Csc tasks and assembly.</summary>
    internal sealed class BuildVariant
    {
        private readonly string _label;

        public BuildVariant(string name, string label, bool withNotes, string? property = null)
        {
            Name = name;
            _label = label;
            WithNotes = withNotes;
            Property = property;
        }

        /// <summary>The folder under bench/out/startup/builddelta.</summary>
        public string Name { get; }

        public bool WithNotes { get; }

        /// <summary>The MSBuild property it sets beyond the harness's own ("Name=value"), if any.</summary>
        public string? Property { get; }

        /// <summary>The property as the delta rows name it ("" for the defaults).</summary>
        public string Option => Property == null ? "" : ", `" + Property + "`";

        /// <summary>The row's label in the report.</summary>
        public string Label => _label + Option;

        public List<double> Ms { get; } = new List<double>();
        public List<double> CscMs { get; } = new List<double>();
        public long Bytes { get; set; }
    }

    /// <summary>The dataset library's build without the notes file and with it: walls, the Csc task, and the assembly.</summary>
    internal sealed class BuildDelta
    {
        public BuildDelta(int talks) => With = new BuildVariant("with", "with the " + talks.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "-talk notes file", withNotes: true);

        public BuildVariant Without { get; } = new BuildVariant("without", "without the notes file", withNotes: false);

        /// <summary>The notes with the generator's defaults: a member per day, session, talk and speaker.</summary>
        public BuildVariant With { get; }

        /// <summary>The notes with NotesDatasetNamedMembers=false: the dataset class and its collections only.</summary>
        public BuildVariant Unnamed { get; } = new BuildVariant("unnamed", "with the notes file", withNotes: true, "NotesDatasetNamedMembers=false");

        /// <summary>
        /// The notes with the compiler server's generator cache (Features=enable-generator-cache): the server keeps the
        /// generator's results between builds, so a build whose notes did not change (a C# edit) does not parse them again.
        /// Measured only with the compiler server, where the cache lives.
        /// </summary>
        public BuildVariant Cached { get; } = new BuildVariant("cached", "with the notes file, unchanged since the last build", withNotes: true, "Features=enable-generator-cache");

        public IEnumerable<BuildVariant> All => CompilerServer ? new[] { Without, With, Unnamed, Cached } : new[] { Without, With, Unnamed };

        /// <summary>The variants measured against <see cref="Without"/>.</summary>
        public IEnumerable<BuildVariant> Notes => All.Where(v => v.WithNotes);

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
            if (app.Name == "package" && !PackRuntime()) return false;
            Report.Progress((app.ReadyToRun ? "dotnet publish (ReadyToRun) " : "dotnet build ") + Path.GetFileName(app.Project));
            var args = app.ReadyToRun
                ? new List<string> { "publish", app.Project, "-c", "Release", "-r", App.Rid, "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", app.OutputDirectory, "-nologo", "-v:q" }
                : new List<string> { "build", app.Project, "-c", "Release", "-nologo", "-v:q" };
            args.AddRange(CorpusProperties());
            Shell.Result result = Shell.Run("dotnet", _paths.Root, args);
            if (result.ExitCode != 0) return Failed("build of " + Path.GetFileName(app.Project), app.Name, result);

            Report.Progress("  built in " + (result.WallMs / 1000).ToString("0.0", CultureInfo.InvariantCulture) + " s");
            return true;
        }

        /// <summary>
        /// Packs runtime/ (with the generator) as NotesDataset 0.0.0-startup into bench/out/startup/package/feed, where
        /// Startup.Generated.Package's nuget.config finds it, and empties that app's own package cache, which would
        /// otherwise keep the last copy of the same version.
        /// </summary>
        private bool PackRuntime()
        {
            string dir = Path.Combine(_paths.Out, "package");
            foreach (string stale in new[] { "feed", "packages" })
            {
                if (Directory.Exists(Path.Combine(dir, stale))) Directory.Delete(Path.Combine(dir, stale), recursive: true);
            }

            Report.Progress("dotnet pack runtime/NotesDataset.csproj (for Startup.Generated.Package)");
            Shell.Result result = Shell.Run("dotnet", _paths.Root, new[]
            {
                "pack", Path.Combine(_paths.Root, "runtime", "NotesDataset.csproj"), "-c", "Release", "-nologo", "-v:q",
                "-o", Path.Combine(dir, "feed"), "--artifacts-path", Path.Combine(dir, "artifacts"), "-p:Version=0.0.0-startup",
            });
            return result.ExitCode == 0 || Failed("pack of runtime/NotesDataset.csproj", "package", result);
        }

        /// <summary>Reports a failed step and the end of its output; always false.</summary>
        private bool Failed(string what, string app, Shell.Result result)
        {
            _report.Line("- **" + what + " FAILED** (exit " + result.ExitCode + "); " + app + " is left out:");
            _report.Line("```");
            foreach (string line in Tail(result.Output + result.Error, 25)) _report.Line(line);
            _report.Line("```");
            return false;
        }

        /// <summary>
        /// Rebuilds Startup.Generated.Dataset alone (--no-incremental --no-dependencies, so runtime/ and generator/ are
        /// not rebuilt) without the notes file, with it, with it and NotesDatasetNamedMembers=false, and (with the compiler
        /// server) with it and the server's generator cache, in turn, into their own folders under bench/out/startup/builddelta.
        /// The first build of each is a warm-up (the page cache, and MSBuild nodes and the compiler server where the environment
        /// allows them, are then warm, as in an edit loop).
        /// </summary>
        public BuildDelta MeasureDelta(int runs, bool compilerServer)
        {
            var delta = new BuildDelta(_corpus.TalkCount) { CompilerServer = compilerServer };
            Shell.Result restore = Shell.Run("dotnet", _paths.Root, new[] { "restore", DatasetProject, "-nologo", "-v:q" }.Concat(CorpusProperties()));
            if (restore.ExitCode != 0)
            {
                delta.Failure = "restore failed: " + string.Join(" / ", Tail(restore.Output + restore.Error, 5));
                return delta;
            }

            for (int i = -1; i < runs; i++)
            {
                foreach (BuildVariant variant in delta.All)
                {
                    string dir = Path.Combine(_paths.Out, "builddelta", variant.Name);
                    var args = new List<string>
                    {
                        "build", DatasetProject, "-c", "Release", "-nologo", "--no-restore", "--no-dependencies", "--no-incremental",
                        "-v:m", "-clp:PerformanceSummary",
                        "-p:StartupWithNotes=" + (variant.WithNotes ? "true" : "false"),
                        "-p:StartupBuildDir=" + dir + Path.DirectorySeparatorChar,
                    };
                    if (variant.Property != null) args.Add("-p:" + variant.Property);
                    args.AddRange(CorpusProperties());
                    if (compilerServer) args.Add("-p:UseSharedCompilation=true");
                    Report.Progress("dotnet build Startup.Generated.Dataset " + variant.Name + (i < 0 ? " (warm-up)" : " #" + (i + 1)));
                    Shell.Result result = Shell.Run("dotnet", _paths.Root, args);
                    if (result.ExitCode != 0)
                    {
                        delta.Failure = "build " + variant.Name + " failed: " + string.Join(" / ", Tail(result.Output + result.Error, 8));
                        return delta;
                    }

                    Match csc = CscTask.Match(result.Output);
                    Report.Progress("  " + result.WallMs.ToString("0", CultureInfo.InvariantCulture) + " ms" + (csc.Success ? ", Csc " + csc.Groups[1].Value + " ms" : ""));
                    if (i < 0) continue;
                    variant.Ms.Add(result.WallMs);
                    if (csc.Success) variant.CscMs.Add(double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture));
                    variant.Bytes = new FileInfo(Path.Combine(dir, "bin", "Startup.Generated.Dataset.dll")).Length;
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
