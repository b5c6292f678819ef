using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace StartupBench
{
    /// <summary>
    /// <code>
    /// dotnet run -c Release --project bench/startup/StartupHarness -- [--runs 7] [--build-runs 3] [--talks 20000] [--seed 1]
    ///     [--speaker NAME] [--word telescope] [--rule auto|substring|word] [--apps empty,parse,json,generated,package] [--no-build]
    ///     [--r2r] [--compiler-server]
    /// </code>
    /// --r2r publishes every app (baselines included) with ReadyToRun instead of running its dotnet build output;
    /// --compiler-server measures the build delta with the compiler server (dotnet build's default) instead of a
    /// fresh csc per build.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            Options options;
            try
            {
                options = Options.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine("usage: StartupHarness [--runs 7] [--build-runs 3] [--talks 20000] [--seed 1] [--speaker NAME] [--word telescope] [--rule auto|substring|word] [--apps empty,parse,json,generated,package] [--no-build] [--r2r] [--compiler-server]");
                return 2;
            }

            var paths = new Paths(options);
            var report = new Report();
            report.Line("# Start-up harness (issue 6)");
            report.Line();
            report.Line("Command: `dotnet run -c Release --project bench/startup/StartupHarness --" + (args.Length == 0 ? "" : " " + string.Join(" ", args.Select(Quote))) + "`");
            report.Line();
            report.Line("- " + Env.Describe(paths.Root));
            report.Line("- load average at start: " + Env.LoadAverage());

            Corpus corpus = Corpus.Prepare(options, paths, report);

            var builds = new Builds(paths, corpus, report);
            report.Line("- apps: " + (options.ReadyToRun
                ? "every app published with ReadyToRun (`dotnet publish -c Release -r " + App.Rid + " --self-contained false -p:PublishReadyToRun=true`)"
                : "every app's `dotnet build -c Release` output (JIT)"));
            var apps = App.All(paths, options.ReadyToRun).Where(a => options.Apps.Contains(a.Name)).ToList();
            if (!options.NoBuild)
            {
                foreach (App app in apps) app.Built = builds.BuildApp(app);
            }
            else
            {
                foreach (App app in apps) app.Built = File.Exists(app.Executable);
            }

            BuildDelta? delta = options.BuildRuns > 0 ? builds.MeasureDelta(options.BuildRuns, options.CompilerServer) : null;

            var runner = new Runner(corpus, report);
            runner.RunAll(apps.Where(a => a.Built).ToList(), options.Runs);

            bool agree = Results.Print(report, corpus, apps, delta, options);
            report.Line();
            report.Line("- load average at end: " + Env.LoadAverage());

            string file = Path.Combine(paths.Out, "results-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".md");
            File.WriteAllText(file, report.Text, new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(paths.Out, "results-latest.md"), report.Text, new UTF8Encoding(false));
            Console.WriteLine();
            Console.WriteLine("Written to " + Path.GetRelativePath(Environment.CurrentDirectory, file));
            if (!agree)
            {
                Console.Error.WriteLine("FAILED: the approaches do not return the same result sets (see 'Same answers' above).");
                return 1;
            }

            if (apps.Any(a => !a.Built))
            {
                Console.Error.WriteLine("FAILED: some apps did not build: " + string.Join(", ", apps.Where(a => !a.Built).Select(a => a.Name)));
                return 1;
            }

            return 0;
        }

        private static string Quote(string s) => s.Length == 0 || s.Any(char.IsWhiteSpace) ? "\"" + s + "\"" : s;
    }

    internal sealed class Options
    {
        public int Runs { get; private set; } = 7;
        public int BuildRuns { get; private set; } = 3;
        public int Talks { get; private set; } = 20000;
        public int Seed { get; private set; } = 1;
        public string? Speaker { get; private set; }
        public string Word { get; private set; } = "telescope";
        public string Rule { get; private set; } = "auto";
        public HashSet<string> Apps { get; private set; } = new HashSet<string>(App.Names);
        public bool NoBuild { get; private set; }
        public bool ReadyToRun { get; private set; }
        public bool CompilerServer { get; private set; }

        public static Options Parse(string[] args)
        {
            var o = new Options();
            for (int i = 0; i < args.Length; i++)
            {
                string a = args[i];
                string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(a + " needs a value");
                int Int(int min) => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= min ? v : throw new ArgumentException(a + " needs a number >= " + min);
                switch (a)
                {
                    case "--runs": o.Runs = Int(1); break;
                    case "--build-runs": o.BuildRuns = Int(0); break;
                    case "--talks": o.Talks = Int(1); break;
                    case "--seed": o.Seed = Int(0); break;
                    case "--speaker": o.Speaker = Value(); break;
                    case "--word": o.Word = Value(); break;
                    case "--rule":
                        o.Rule = Value();
                        if (o.Rule is not ("auto" or "substring" or "word")) throw new ArgumentException("--rule is auto, substring or word");
                        break;
                    case "--apps":
                        o.Apps = new HashSet<string>(Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                        foreach (string name in o.Apps)
                        {
                            if (!App.Names.Contains(name)) throw new ArgumentException("unknown app " + name + "; apps are " + string.Join(",", App.Names));
                        }

                        break;
                    case "--no-build": o.NoBuild = true; break;
                    case "--r2r": o.ReadyToRun = true; break;
                    case "--compiler-server": o.CompilerServer = true; break;
                    default: throw new ArgumentException("unknown option " + a);
                }
            }

            return o;
        }
    }

    /// <summary>Where things are: the repository, bench/startup, and bench/out/startup (git-ignored).</summary>
    internal sealed class Paths
    {
        public Paths(Options options)
        {
            Root = FindRoot();
            Startup = Path.Combine(Root, "bench", "startup");
            Out = Path.Combine(Root, "bench", "out", "startup");
            Directory.CreateDirectory(Out);
            string stem = "synthetic" + options.Talks.ToString(CultureInfo.InvariantCulture) + (options.Seed == 1 ? "" : "-seed" + options.Seed.ToString(CultureInfo.InvariantCulture));
            Notes = Path.Combine(Out, stem + ".notes.txt");
            Json = Path.Combine(Out, stem + ".json");
        }

        public string Root { get; }
        public string Startup { get; }
        public string Out { get; }
        public string Notes { get; }
        public string Json { get; }

        private static string FindRoot()
        {
            foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            {
                for (DirectoryInfo? d = new DirectoryInfo(start); d != null; d = d.Parent)
                {
                    if (File.Exists(Path.Combine(d.FullName, "NotesDataset.sln"))) return d.FullName;
                }
            }

            throw new InvalidOperationException("Could not find the repository (NotesDataset.sln) above " + Environment.CurrentDirectory);
        }
    }

    /// <summary>One start-up app of bench/startup.</summary>
    internal sealed class App
    {
        public static readonly string[] Names = { "empty", "json", "parse", "generated", "package" };

        private App(string name, string project, string description, string? dataAssembly)
        {
            Name = name;
            Project = project;
            Description = description;
            DataAssembly = dataAssembly;
        }

        public string Name { get; }
        public string Project { get; private set; } = "";
        public string Description { get; }

        /// <summary>The assembly that carries the data, relative to the app's output folder.</summary>
        public string? DataAssembly { get; }

        public string Executable { get; private set; } = "";
        public string OutputDirectory { get; private set; } = "";
        public bool Built { get; set; }
        public List<AppRun> Runs { get; } = new List<AppRun>();

        /// <summary>The runtime identifier a ReadyToRun publish compiles for: this machine's.</summary>
        public static string Rid => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;

        /// <summary>Whether the app is published with ReadyToRun (into bench/out/startup/r2r/) rather than built.</summary>
        public bool ReadyToRun { get; private set; }

        public static List<App> All(Paths paths, bool readyToRun)
        {
            var apps = new List<App>
            {
                new App("empty", "Startup.Empty", "empty console app (the floor)", null),
                new App("json", "Startup.Json", "notes converted to JSON, embedded, System.Text.Json (source-generated context)", "Startup.Json.dll"),
                new App("parse", "Startup.Parse", "notes text embedded, parsed at start-up by a plain line parser", "Startup.Parse.dll"),
                new App("generated", "Startup.Generated", "generated dataset (our generator)", "Startup.Generated.Dataset.dll"),
                new App("package", "Startup.Generated.Package", "generated dataset, from the NuGet package (its precompiled runtime library)", "Startup.Generated.Package.dll"),
            };
            foreach (App app in apps)
            {
                string dir = Path.Combine(paths.Startup, app.Project);
                app.ReadyToRun = readyToRun;
                app.OutputDirectory = readyToRun ? Path.Combine(paths.Out, "r2r", app.Project) : Path.Combine(dir, "bin", "Release", "net10.0");
                app.Executable = Path.Combine(app.OutputDirectory, app.Project);
                app.Project = Path.Combine(dir, app.Project + ".csproj");
            }

            return apps;
        }
    }

    /// <summary>Collects the markdown report while printing it.</summary>
    internal sealed class Report
    {
        private readonly StringBuilder _text = new StringBuilder();

        public string Text => _text.ToString();

        public void Line(string line = "")
        {
            Console.WriteLine(line);
            _text.Append(line).Append('\n');
        }

        /// <summary>Progress that goes to the console only.</summary>
        public static void Progress(string line) => Console.Error.WriteLine("  .. " + line);
    }

    internal static class Env
    {
        public static string LoadAverage()
        {
            try
            {
                string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
                return parts[0] + " " + parts[1] + " " + parts[2] + " (1, 5, 15 min) on " + Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture) + " cores";
            }
            catch (IOException)
            {
                return "unknown";
            }
        }

        public static string Describe(string root)
        {
            string head = Shell.Run("git", root, "rev-parse", "--short", "HEAD").Output.Trim();
            string dirty = Shell.Run("git", root, "status", "--porcelain", "--", "generator", "runtime").Output;
            int changed = dirty.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            return ".NET " + Environment.Version + ", commit " + head + (changed > 0 ? " + " + changed.ToString(CultureInfo.InvariantCulture) + " uncommitted file(s) in generator/ or runtime/ (built as on disk)" : " (generator/ and runtime/ clean)");
        }
    }
}
