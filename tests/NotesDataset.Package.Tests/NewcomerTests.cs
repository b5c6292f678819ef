using System;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Xunit;

namespace NotesDataset.Package.Tests
{
    /// <summary>
    /// The path a new user takes with the packed packages: a brand-new console project, <c>dotnet add package</c>, a notes
    /// file of their own, a LINQ query, build, run; and what the packages carry.
    /// </summary>
    public sealed class NewcomerTests : IClassFixture<PackedFeed.Lease>
    {
        private readonly PackedFeed _feed;

        public NewcomerTests(PackedFeed.Lease lease) => _feed = lease.Feed;

        [Fact]
        public void NotesDataset_package_compiles_a_users_own_notes_file_and_a_linq_query_runs()
        {
            string app = _feed.NewConsole("QuickStart", "NotesDataset");
            string sample = Path.Combine(_feed.RepoRoot, "samples", "QuickStart");
            File.Copy(Path.Combine(sample, "Program.cs"), Path.Combine(app, "Program.cs"), overwrite: true);
            File.Copy(Path.Combine(sample, "devconf2024.notes.txt"), Path.Combine(app, "devconf2024.notes.txt"));

            Dotnet.Result build = Dotnet.Run(app, _feed, "build", "-c", "Release");
            build.AssertSuccess("build");
            Assert.DoesNotContain("NOTES0", build.Output); // clean notes, no diagnostics

            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            string[] lines = run.StandardOutput.Replace("\r", "").Trim().Split('\n');
            Assert.Equal(new[]
            {
                "Ana Lima (Keynotes)",
                "Caching without tears (Session 1)",
                "Caching without tears: 4 notes (3 at the top level), first: Start with measurements",
                "links: example.org/caching",
            }, lines);
        }

        [Fact]
        public void The_READMEs_install_example_builds_as_written_and_prints_what_its_comment_says()
        {
            // The files a reader copies from the README's Install section: the notes block, the project file and Program.cs.
            string readme = File.ReadAllText(Path.Combine(_feed.RepoRoot, "README.md")).Replace("\r\n", "\n");
            int install = readme.IndexOf("\n## Install\n", StringComparison.Ordinal);
            string section = readme.Substring(install, readme.IndexOf("\n## ", install + 1, StringComparison.Ordinal) - install);
            string notes = CodeBlock(section, "here `devconf2024.notes.txt`:");
            string project = CodeBlock(section, "```xml");
            string program = CodeBlock(section, "```csharp");
            Assert.Contains("Version=\"" + PackedFeed.Version + "\"", project, StringComparison.Ordinal);

            string app = Path.Combine(_feed.NewWorkspace("Readme-" + Guid.NewGuid().ToString("N").Substring(0, 6)), "MyApp");
            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(app, "MyApp.csproj"), project);
            File.WriteAllText(Path.Combine(app, "devconf2024.notes.txt"), notes);
            File.WriteAllText(Path.Combine(app, "Program.cs"), program);

            Dotnet.Result build = Dotnet.Run(app, _feed, "build", "-c", "Release");
            build.AssertSuccess("build");
            Assert.DoesNotContain("NOTES0", build.Output); // the README's notes are clean
            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");

            string promised = program.Split('\n').Single(l => l.Contains("Console.WriteLine", StringComparison.Ordinal));
            promised = promised.Substring(promised.IndexOf("//", StringComparison.Ordinal) + 2).Trim();
            Assert.Equal(promised, run.StandardOutput.Trim());
        }

        /// <summary>The fenced block that follows the first occurrence of <paramref name="after"/> (itself a fence line, or text before one).</summary>
        private static string CodeBlock(string markdown, string after)
        {
            int at = markdown.IndexOf(after, StringComparison.Ordinal);
            Assert.True(at >= 0, "the README's Install section has no '" + after + "'");
            int start = markdown.IndexOf('\n', markdown.IndexOf("```", at, StringComparison.Ordinal)) + 1;
            return markdown.Substring(start, markdown.IndexOf("\n```", start, StringComparison.Ordinal) + 1 - start);
        }

        [Fact]
        public void A_malformed_heading_in_a_users_notes_is_a_diagnostic_located_in_that_file()
        {
            string app = _feed.NewConsole("Malformed", "NotesDataset");
            File.WriteAllText(Path.Combine(app, "team.notes.txt"),
                "TeamCon 2025 – Day 1 – Session 1\n\nIntro – Ann Lee\n\n  • hello\n\nTeamCom 2025 – Day 2 – Session 1\n\nOutro – Ann Lee\n\n  • bye\n\nTeamCon 2025 – Day 2 – Session 2\n\nWrap-up – Bo Lin\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Malformed.TeamCon2025.Talks.Count);\n");

            Dotnet.Result build = Dotnet.Run(app, _feed, "build", "-c", "Release");
            build.AssertSuccess("build");
            Assert.Contains("team.notes.txt(7,1): warning NOTES001", build.Output);

            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            Assert.Equal("3", run.StandardOutput.Trim());
        }

        [Fact]
        public void Referencing_both_NotesDataset_and_NotesDataset_Generator_runs_the_generator_once()
        {
            // Each package carries the generator. Two copies would each generate the class, and every member would be a
            // CS0102; the targets keep NotesDataset's copy, the one that matches the runtime.
            // The project file written out rather than made by dotnet new and two dotnet add package: one restore, not four.
            string app = Path.Combine(_feed.NewWorkspace("Both-" + Guid.NewGuid().ToString("N").Substring(0, 6)), "Both");
            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(app, "Both.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""NotesDataset"" Version=""{PackedFeed.Version}"" />
    <PackageReference Include=""NotesDataset.Generator"" Version=""{PackedFeed.Version}"" />
  </ItemGroup>
</Project>
");
            File.WriteAllText(Path.Combine(app, "team.notes.txt"), "TeamCon 2025 – Day 1 – Session 1\n\nIntro – Ann Lee\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Both.TeamCon2025.Day1.Session1.Intro.Speakers[0].Name);\n");

            Dotnet.Result build = Dotnet.Run(app, _feed, "build", "-c", "Release");
            build.AssertSuccess("build");
            Assert.DoesNotContain("CS0102", build.Output, StringComparison.Ordinal);
            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            Assert.Equal("Ann Lee", run.StandardOutput.Trim());
        }

        [Fact]
        public void NotesDataset_Lca2015_package_answers_queries_over_the_compiled_dataset()
        {
            string app = _feed.NewConsole("Lca2015Explorer", "NotesDataset.Lca2015");
            File.Copy(Path.Combine(_feed.RepoRoot, "samples", "Lca2015Explorer", "Program.cs"), Path.Combine(app, "Program.cs"), overwrite: true);
            // The app's own notes, with a heading the generator would warn about (NOTES002), are its own business: the dataset
            // package brings NotesDataset, but only a project that references NotesDataset itself has its notes compiled.
            File.WriteAllText(Path.Combine(app, "mine.notes.txt"), "TeamCon 2025 – Day 1 – Session 1\n\nIntro – Ann Lee\n\nTeamCon – Day 2 – Session 1\n\nOutro – Bo Lin\n");
            File.AppendAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(System.Reflection.Assembly.GetEntryAssembly()!.GetTypes().Any(t => t.Namespace == \"Lca2015Explorer\") ? \"own notes compiled\" : \"own notes not compiled\");\n");

            Dotnet.Result build = Dotnet.Run(app, _feed, "build", "-c", "Release");
            build.AssertSuccess("build");
            Assert.DoesNotContain("NOTES0", build.Output, StringComparison.Ordinal);

            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            Assert.Equal(new[] { "Pettycoin: Towards 1.0 – Day 5", "Monty Taylor", "Donna Benjamin: 2 talks", "own notes not compiled" }, run.StandardOutput.Replace("\r", "").Trim().Split('\n'));

            // Its users' IntelliSense reads the talks' docs from the package's XML doc file: the dataset project writes
            // one, so the generator wrote the doc comments (a build without a doc file would leave them out).
            using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Feed, "NotesDataset.Lca2015." + PackedFeed.Version + ".nupkg"));
            foreach (string tfm in new[] { "netstandard2.0", "net10.0" })
            {
                System.IO.Compression.ZipArchiveEntry entry = package.GetEntry("lib/" + tfm + "/NotesDataset.Lca2015.xml")
                    ?? throw new Xunit.Sdk.XunitException("no XML doc file for " + tfm + " in the package");
                using var reader = new StreamReader(entry.Open());
                var docs = System.Xml.Linq.XDocument.Load(reader);
                System.Xml.Linq.XElement talk = docs.Descendants("member").Single(m => (string?)m.Attribute("name") == "F:NotesDataset.Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet");
                Assert.Contains("Monty Taylor", talk.Value, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void The_package_carries_precompiled_code_per_platform_and_an_app_on_this_machine_runs_it()
        {
            // Each runtime's copy is compiled for its own OS and architecture: crossgen marks the PE header's machine
            // with the architecture XOR an OS constant (Windows 0, Linux 0x7B79, macOS 0x4644).
            var expected = new (string Rid, Machine Machine)[]
            {
                ("linux-x64", (Machine)(0x8664 ^ 0x7B79)),
                ("linux-arm64", (Machine)(0xAA64 ^ 0x7B79)),
                ("win-x64", Machine.Amd64),
                ("osx-arm64", (Machine)(0xAA64 ^ 0x4644)),
            };
            using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Feed, "NotesDataset." + PackedFeed.Version + ".nupkg")))
            {
                Assert.Equal(expected.Select(e => "runtimes/" + e.Rid + "/lib/net10.0/NotesDataset.dll").OrderBy(n => n, StringComparer.Ordinal),
                    package.Entries.Where(e => e.FullName.StartsWith("runtimes/", StringComparison.Ordinal)).Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal));
                foreach ((string target, Machine machine) in expected)
                {
                    (Machine actual, bool precompiled, int sourceFiles) = Image(package.GetEntry("runtimes/" + target + "/lib/net10.0/NotesDataset.dll")!);
                    Assert.True(precompiled, target + " has no ReadyToRun code");
                    Assert.Equal(machine, actual);
                    // The symbol package's PDB is lib's, from another compilation: each copy embeds its own, for debuggers.
                    Assert.True(sourceFiles > 10, target + "'s embedded PDB names " + sourceFiles + " source files");
                }

                Assert.False(Image(package.GetEntry("lib/net10.0/NotesDataset.dll")!).Precompiled, "lib/net10.0 should be IL, for every other platform");
            }

            // A plain `dotnet build` (no runtime identifier) loads the copy for the machine it runs on.
            string app = _feed.NewConsole("Precompiled", "NotesDataset");
            File.WriteAllText(Path.Combine(app, "team.notes.txt"), "TeamCon 2025 – Day 1 – Session 1\n\nIntro – Ann Lee\n\n  • a telescope\n\nOutro – Bo Lin\n\n  • bye\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"),
                "System.Console.WriteLine(typeof(NotesDataset.NotesDocument).Assembly.Location);\n" +
                "foreach (var t in Precompiled.TeamCon2025.Document.Search(\"telescope\")) System.Console.WriteLine(t.Title);\n");
            string[] lines = _feed.BuildAndRun(app).Replace("\r", "").Split('\n');
            Assert.Equal("Intro", lines[1]);
            Assert.Equal(2, lines.Length);

            // A musl Linux (Alpine) falls back to the glibc Linux copy of its architecture: the code depends on no C library.
            string rid = RuntimeInformation.RuntimeIdentifier.Replace("linux-musl-", "linux-");
            bool shipped = expected.Any(e => e.Rid == rid);
            string loaded = lines[0].Replace('\\', '/');
            Assert.EndsWith(shipped ? "/runtimes/" + rid + "/lib/net10.0/NotesDataset.dll" : "/net10.0/NotesDataset.dll", loaded);
            using (FileStream file = File.OpenRead(lines[0])) Assert.Equal(shipped, Image(file).Precompiled);
        }

        [Fact]
        public void Every_assembly_in_the_packages_is_strong_named_with_the_repositorys_key()
        {
            // A .NET Framework app that signs its own assemblies can reference only strong-named ones (CS8002): every copy,
            // IL or precompiled, library or analyzer, carries the key in Directory.Build.props.
            string props = File.ReadAllText(Path.Combine(_feed.RepoRoot, "Directory.Build.props"));
            string key = System.Text.RegularExpressions.Regex.Match(props, "<NotesDatasetPublicKey>([0-9a-f]+)</NotesDatasetPublicKey>").Groups[1].Value;
            Assert.Equal(320, key.Length); // a 1024-bit RSA key's public key blob, 160 bytes
            int assemblies = 0;
            foreach (string id in new[] { "NotesDataset", "NotesDataset.Generator", "NotesDataset.Lca2015" })
            {
                using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Feed, id + "." + PackedFeed.Version + ".nupkg"));
                foreach (System.IO.Compression.ZipArchiveEntry entry in package.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
                {
                    var bytes = new MemoryStream();
                    using (Stream s = entry.Open()) s.CopyTo(bytes);
                    bytes.Position = 0;
                    using var pe = new PEReader(bytes);
                    System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
                    byte[] publicKey = metadata.GetBlobBytes(metadata.GetAssemblyDefinition().PublicKey);
                    Assert.True(key == Convert.ToHexString(publicKey).ToLowerInvariant(), id + " " + entry.FullName + " is not signed with the repository's key");
                    assemblies++;
                }
            }

            Assert.True(assemblies >= 9, assemblies + " assemblies"); // runtime ×6 (two TFMs, four precompiled), generator ×2, dataset ×2
        }

        [Fact]
        public void The_dataset_package_asks_for_exactly_its_runtime_and_the_generator_package_is_a_development_dependency()
        {
            // The dataset was compiled against its runtime's index format: a newer runtime is a restore error, not a run-time one.
            System.Xml.Linq.XElement lca = Nuspec("NotesDataset.Lca2015");
            System.Xml.Linq.XElement[] runtime = lca.Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "NotesDataset").ToArray();
            Assert.NotEmpty(runtime);
            Assert.All(runtime, d => Assert.Equal("[" + PackedFeed.Version + "]", (string?)d.Attribute("version")));

            System.Xml.Linq.XElement generator = Nuspec("NotesDataset.Generator");
            Assert.Equal("true", generator.Descendants().Single(e => e.Name.LocalName == "developmentDependency").Value);
        }

        [Fact]
        public void Every_packages_readme_links_only_to_the_web_or_to_its_own_headings()
        {
            // nuget.org shows the packed README.md on its own: a link to another file of the repository (bench/README.md)
            // leads nowhere there.
            foreach (string id in new[] { "NotesDataset", "NotesDataset.Generator", "NotesDataset.Lca2015" })
            {
                Assert.Equal("README.md", Nuspec(id).Descendants().Single(e => e.Name.LocalName == "readme").Value);
                string readme;
                using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Feed, id + "." + PackedFeed.Version + ".nupkg")))
                using (var reader = new StreamReader(package.GetEntry("README.md")!.Open())) readme = reader.ReadToEnd();

                var headings = new System.Collections.Generic.HashSet<string>(
                    System.Text.RegularExpressions.Regex.Matches(readme, "^#+ (.+)$", System.Text.RegularExpressions.RegexOptions.Multiline)
                        .Select(m => "#" + System.Text.RegularExpressions.Regex.Replace(m.Groups[1].Value.Trim().ToLowerInvariant(), "[^a-z0-9 _-]", "").Replace(' ', '-')));
                string[] targets = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(m => m.Groups[1].Value).ToArray();
                Assert.NotEmpty(targets);
                Assert.All(targets, t => Assert.True(
                    t.StartsWith("https://", StringComparison.Ordinal) || t.StartsWith("http://", StringComparison.Ordinal) || headings.Contains(t),
                    id + "'s README links to " + t + ", which is neither a web address nor one of its headings"));
            }
        }

        private System.Xml.Linq.XElement Nuspec(string id)
        {
            using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Feed, id + "." + PackedFeed.Version + ".nupkg"));
            using Stream nuspec = package.GetEntry(id + ".nuspec")!.Open();
            return System.Xml.Linq.XElement.Load(nuspec);
        }

        /// <summary>A package entry's <see cref="Image(Stream)"/> (read into memory first: PEReader needs to seek).</summary>
        private static (Machine Machine, bool Precompiled, int SourceFiles) Image(System.IO.Compression.ZipArchiveEntry entry)
        {
            var bytes = new MemoryStream();
            using (Stream s = entry.Open()) s.CopyTo(bytes);
            bytes.Position = 0;
            return Image(bytes);
        }

        /// <summary>
        /// An assembly's PE machine, whether it holds ReadyToRun code (a managed native header), and how many source
        /// files its embedded PDB names (0 without one).
        /// </summary>
        private static (Machine Machine, bool Precompiled, int SourceFiles) Image(Stream image)
        {
            using var pe = new PEReader(image, PEStreamOptions.LeaveOpen);
            int sourceFiles = 0;
            foreach (DebugDirectoryEntry debug in pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb))
            {
                using System.Reflection.Metadata.MetadataReaderProvider pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(debug);
                sourceFiles = pdb.GetMetadataReader().Documents.Count;
            }

            return (pe.PEHeaders.CoffHeader.Machine, pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, sourceFiles);
        }
    }
}
