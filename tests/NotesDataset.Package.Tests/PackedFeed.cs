using System;
using System.IO;
using System.Threading;

namespace NotesDataset.Package.Tests
{
    /// <summary>
    /// The repository's three packages, packed into a local folder with a throwaway package cache. Test classes hold it
    /// through <see cref="Lease"/>: the classes run side by side and share one pack, and the folder is deleted when the
    /// last class holding it has finished.
    /// </summary>
    public sealed class PackedFeed
    {
        public const string Version = "0.1.0";

        private static readonly object s_gate = new object();
        private static Lazy<PackedFeed>? s_current;
        private static int s_holders;

        /// <summary>A test class's hold on the shared feed (an xunit class fixture): packed by the first, deleted after the last.</summary>
        public sealed class Lease : IDisposable
        {
            public Lease()
            {
                Lazy<PackedFeed> feed;
                lock (s_gate)
                {
                    s_holders++;
                    feed = s_current ??= new Lazy<PackedFeed>(() => new PackedFeed(), LazyThreadSafetyMode.ExecutionAndPublication);
                }

                try
                {
                    Feed = feed.Value; // the pack, outside the lock: a second class waits here for the first's
                }
                catch
                {
                    Dispose(); // xunit does not dispose a fixture whose constructor threw
                    throw;
                }
            }

            public PackedFeed Feed { get; } = null!;

            public void Dispose()
            {
                Lazy<PackedFeed>? last = null;
                lock (s_gate)
                {
                    if (--s_holders == 0)
                    {
                        last = s_current;
                        s_current = null;
                    }
                }

                if (last is { IsValueCreated: true }) last.Value.Delete();
            }
        }

        private PackedFeed()
        {
            Root = Path.Combine(Path.GetTempPath(), "notesdataset-newcomer-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Feed = Path.Combine(Root, "feed");
            Packages = Path.Combine(Root, "packages"); // throwaway: a re-pack never meets an old copy
            Directory.CreateDirectory(Feed);
            RepoRoot = FindRepoRoot();

            // Its own artifacts folder, so packing never touches the bin/obj of the build that runs these tests. Packing
            // restores no NotesDataset package, so it uses the machine's package cache: the runtime's precompiled copies
            // need four runtime packs (about 135 MB each, unpacked), which a throwaway cache would unpack on every run.
            string artifacts = Path.Combine(Root, "artifacts");
            try
            {
                foreach (string project in new[] { "runtime/NotesDataset.csproj", "generator/NotesDataset.Generator.csproj", "notes-data/Lca2015/NotesDataset.Lca2015.csproj" })
                {
                    Dotnet.Run(RepoRoot, packages: null, "pack", Path.Combine(RepoRoot, project), "-c", "Release", "-o", Feed, "--artifacts-path", artifacts, "-p:Version=" + Version).AssertSuccess("pack " + project);
                }
            }
            catch
            {
                Delete(); // the failure is cached by the Lazy: every test that needs the feed fails with the pack's output
                throw;
            }
        }

        public string Root { get; }
        public string Feed { get; }
        public string Packages { get; }
        public string RepoRoot { get; }

        /// <summary>A new folder with a nuget.config that points at the local feed and the normal registry.</summary>
        public string NewWorkspace(string name)
        {
            string dir = Path.Combine(Root, name);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "nuget.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <packageSources>
    <clear />
    <add key=""local"" value=""{Feed}"" />
    <add key=""nuget.org"" value=""https://api.nuget.org/v3/index.json"" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key=""local""><package pattern=""NotesDataset"" /><package pattern=""NotesDataset.*"" /></packageSource>
    <packageSource key=""nuget.org""><package pattern=""*"" /></packageSource>
  </packageSourceMapping>
</configuration>
");
            // Keep the repository's Directory.Build.* and nuget.config out: this is a stranger's machine.
            File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />");
            return dir;
        }

        /// <summary>A new console app made by <c>dotnet new console</c> in a new workspace, with <paramref name="package"/> added.</summary>
        public string NewConsole(string name, string package, string language = "C#")
        {
            string workspace = NewWorkspace(name + "-" + Guid.NewGuid().ToString("N").Substring(0, 6));
            Dotnet.Run(workspace, this, "new", "console", "-n", name, "-o", name, "--framework", "net10.0", "--language", language).AssertSuccess("new console");
            string app = Path.Combine(workspace, name);
            Dotnet.Run(app, this, "add", "package", package, "--version", Version).AssertSuccess("add package " + package);
            return app;
        }

        /// <summary>Builds and runs <paramref name="app"/> in Release; its output, trimmed.</summary>
        public string BuildAndRun(string app)
        {
            Dotnet.Run(app, this, "build", "-c", "Release").AssertSuccess("build");
            Dotnet.Result run = Dotnet.Run(app, this, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            return run.StandardOutput.Trim();
        }

        private void Delete()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        internal static string FindRepoRoot()
        {
            string? dir = AppContext.BaseDirectory;
            while (dir != null && !File.Exists(Path.Combine(dir, "NotesDataset.sln"))) dir = Path.GetDirectoryName(dir);
            return dir ?? throw new InvalidOperationException("NotesDataset.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
