using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;

namespace NotesDataset.Package.Tests
{
    /// <summary>
    /// Packs the repository into a local folder once, then walks the path a new user takes: a brand-new
    /// console project, <c>dotnet add package</c>, a notes file of their own, a LINQ query, build, run.
    /// </summary>
    public sealed class PackedFeed : IDisposable
    {
        public const string Version = "0.1.0";

        public PackedFeed()
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
            foreach (string project in new[] { "runtime/NotesDataset.csproj", "generator/NotesDataset.Generator.csproj", "notes-data/Lca2015/NotesDataset.Lca2015.csproj" })
            {
                Dotnet.Run(RepoRoot, packages: null, "pack", Path.Combine(RepoRoot, project), "-c", "Release", "-o", Feed, "--artifacts-path", artifacts, "-p:Version=" + Version).AssertSuccess("pack " + project);
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

        public void Dispose()
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

    public sealed class NewcomerTests : IClassFixture<PackedFeed>
    {
        private readonly PackedFeed _feed;

        public NewcomerTests(PackedFeed feed) => _feed = feed;

        [Fact]
        public void NotesDataset_package_compiles_a_users_own_notes_file_and_a_linq_query_runs()
        {
            string app = NewConsole("QuickStart", "NotesDataset");
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
                "Caching without tears: 3 notes, first: Start with measurements",
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
            string app = NewConsole("Malformed", "NotesDataset");
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
        public void Notes_file_items_change_as_the_SDKs_do_and_files_with_a_hash_in_their_path_or_one_name_outside_the_project_each_read_their_own_text()
        {
            // The compiler reads item metadata from an editorconfig file, where '#' and ';' start a comment: the resource name
            // once arrived cut ("notes/talks/C"), and the app threw on first use. Two files called x.notes.txt outside the
            // project were once both the resource notes/x.notes.txt (CS1508). A Link names the recorded path, '#' or not. And
            // the default items came from the .targets, after the project, so Update and Remove on them did nothing.
            string app = NewConsole("Paths", "NotesDataset");
            File.WriteAllText(Path.Combine(app, "updated.notes.txt"), "UConf 2024 – Day 1 – Session 1\n\nU talk – Cy Dee\n\n  • u note\n");
            File.WriteAllText(Path.Combine(app, "removed.notes.txt"), "RConf 2024 – Day 1 – Session 1\n\nR talk – Cy Dee\n");
            string shared = Path.Combine(Path.GetDirectoryName(app)!, "shared");
            Directory.CreateDirectory(Path.Combine(app, "talks"));
            Directory.CreateDirectory(Path.Combine(shared, "a"));
            Directory.CreateDirectory(Path.Combine(shared, "b"));
            Directory.CreateDirectory(Path.Combine(shared, "c"));
            File.WriteAllText(Path.Combine(app, "talks", "C# 2024; day 1.notes.txt"), "CConf 2024 – Day 1 – Session 1\n\nSharp talk – Bo Chen\n\n  • hash note\n");
            File.WriteAllText(Path.Combine(app, "talks", "C_ 2024_ day 1.notes.txt"), "DConf 2024 – Day 1 – Session 1\n\nD talk – Bo Chen\n\n  • underscore note\n");
            File.WriteAllText(Path.Combine(shared, "c", "x.notes.txt"), "EConf 2024 – Day 1 – Session 1\n\nE talk – Eve Ray\n\n  • linked note\n");
            File.WriteAllText(Path.Combine(shared, "a", "x.notes.txt"), "AConf 2024 – Day 1 – Session 1\n\nA talk – Ann Lee\n\n  • a note\n");
            File.WriteAllText(Path.Combine(shared, "b", "x.notes.txt"), "BConf 2024 – Day 1 – Session 1\n\nB talk – Bo Lin\n\n  • b note\n");
            string csproj = Path.Combine(app, "Paths.csproj");
            File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>",
                "  <ItemGroup>\n    <NotesFile Include=\"../shared/a/x.notes.txt\" ClassName=\"A\" />\n    <NotesFile Include=\"../shared/b/x.notes.txt\" ClassName=\"B\" />\n" +
                "    <NotesFile Include=\"../shared/c/x.notes.txt\" ClassName=\"Linked\" Link=\"#linked/c.notes.txt\" />\n" +
                "    <NotesFile Update=\"updated.notes.txt\" ClassName=\"Updated\" />\n    <NotesFile Remove=\"removed.notes.txt\" />\n  </ItemGroup>\n</Project>"));
            File.WriteAllText(Path.Combine(app, "Program.cs"),
                "foreach (var d in new[] { Paths.CConf2024.Document, Paths.DConf2024.Document, Paths.A.Document, Paths.B.Document, Paths.Linked.Document, Paths.Updated.Document })\n" +
                "    System.Console.WriteLine(d.Path + \" | \" + d.Talks[0].Notes[0].Text);\n" +
                "System.Console.WriteLine(System.Type.GetType(\"Paths.RConf2024\") == null ? \"removed\" : \"still there\");\n");

            Assert.Equal(new[]
                {
                    "talks/C# 2024; day 1.notes.txt | hash note", "talks/C_ 2024_ day 1.notes.txt | underscore note", "x.notes.txt | a note", "x.notes.txt | b note",
                    "#linked/c.notes.txt | linked note", "updated.notes.txt | u note", "removed",
                },
                BuildAndRun(app).Replace("\r", "").Split('\n'));

            // Where case matters in file names (Linux), a file whose path differs from another's by case alone is NOTES016,
            // before the compiler (CS1508 once, as both were one resource name).
            string lowered = Path.Combine(app, "talks", "c_ 2024_ day 1.notes.txt");
            if (!File.Exists(lowered)) // else it names talks/C_ 2024_ day 1.notes.txt
            {
                File.WriteAllText(lowered, "FConf 2024 – Day 1 – Session 1\n\nF talk – Bo Chen\n\n  • lower-case note\n");
                Dotnet.Result clash = Dotnet.Run(app, _feed, "build", "-c", "Release");
                Assert.NotEqual(0, clash.ExitCode);
                Assert.Contains("error NOTES016: Notes files whose paths differ only in case cannot both be compiled", clash.Output, StringComparison.Ordinal);
                Assert.Contains("c_ 2024_ day 1.notes.txt", clash.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("CS1508", clash.Output, StringComparison.Ordinal);
                File.Delete(lowered);
            }

            // EnableDefaultItems=false turns the default notes items off with the SDK's; the project's own stay.
            Dotnet.Result items = Dotnet.Run(app, _feed, "msbuild", "-getItem:NotesFile", "-p:EnableDefaultItems=false");
            items.AssertSuccess("msbuild -getItem");
            Assert.Contains("x.notes.txt", items.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("updated.notes.txt", items.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("updated.notes.txt", Dotnet.Run(app, _feed, "msbuild", "-getItem:NotesFile").StandardOutput, StringComparison.Ordinal);
        }

        [Fact]
        public void NotesDataset_Lca2015_package_answers_queries_over_the_compiled_dataset()
        {
            string app = NewConsole("Lca2015Explorer", "NotesDataset.Lca2015");
            File.Copy(Path.Combine(_feed.RepoRoot, "samples", "Lca2015Explorer", "Program.cs"), Path.Combine(app, "Program.cs"), overwrite: true);

            Dotnet.Result build = Dotnet.Run(app, _feed, "build", "-c", "Release");
            build.AssertSuccess("build");

            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            Assert.Equal(new[] { "Pettycoin: Towards 1.0 – Day 5", "Monty Taylor", "Donna Benjamin: 2 talks" }, run.StandardOutput.Replace("\r", "").Trim().Split('\n'));

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
        public void Adding_editing_renaming_and_deleting_notes_files_changes_the_generated_code_on_the_next_build()
        {
            string app = NewConsole("Edits", "NotesDataset");
            string a = Path.Combine(app, "a.notes.txt");
            File.WriteAllText(a, "AlphaConf 2020 – Day 1 – Session 1\n\nFirst – Ann Lee\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(string.Join(\",\", Edits.AlphaConf2020.Talks));\n");
            Assert.Equal("First – Ann Lee", BuildAndRun(app));

            // Edit: a new talk appears.
            File.AppendAllText(a, "\nSecond – Bo Lin\n");
            Assert.Equal("First – Ann Lee,Second – Bo Lin", BuildAndRun(app));

            // Re-saved as UTF-16 with its byte order mark (Windows' "Unicode"): the same talks. Its bytes are not the UTF-8
            // the embedded resource is read as, so the text is compiled in instead (before that, this run threw on first use).
            File.WriteAllText(a, File.ReadAllText(a), new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));
            Assert.Equal("First – Ann Lee,Second – Bo Lin", BuildAndRun(app));

            // Add a file in a sub-folder, with per-file options through a NotesFile item.
            Directory.CreateDirectory(Path.Combine(app, "more"));
            File.WriteAllText(Path.Combine(app, "more", "beta.txt"), "BetaConf 2021 – Day 2 – Keynotes\n\nCy Dee – Example Org\n");
            string csproj = Path.Combine(app, "Edits.csproj");
            File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>",
                "  <ItemGroup><NotesFile Include=\"more/beta.txt\" ClassName=\"Beta\" Namespace=\"Edits.Data\" /></ItemGroup>\n</Project>"));
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Edits.AlphaConf2020.Talks.Count + \"|\" + Edits.Data.Beta.Talks[0].Affiliation);\n");
            Assert.Equal("2|Example Org", BuildAndRun(app));

            // Rename: the class follows the file's content, so renaming the file keeps the class; delete the other.
            File.Move(a, Path.Combine(app, "renamed.notes.txt"));
            Assert.Equal("2|Example Org", BuildAndRun(app));
            File.Delete(Path.Combine(app, "renamed.notes.txt"));
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(System.Type.GetType(\"Edits.AlphaConf2020\") == null ? \"gone\" : \"still there\");\n");
            Assert.Equal("gone", BuildAndRun(app));
        }

        [Fact]
        public void NotesDatasetNamedMembers_false_in_any_MSBuild_spelling_leaves_out_the_named_members_and_an_unknown_value_is_NOTES014()
        {
            // "off" is false to MSBuild's conditions (as "no" is), so the targets do not warn; the generator must read it
            // the same way, not as an unknown value whose default generates the members.
            string app = NewConsole("Unnamed", "NotesDataset");
            File.WriteAllText(Path.Combine(app, "team.notes.txt"), "TeamCon 2025 – Day 1 – Session 1\n\nIntro – Ann Lee\n\nOutro – Bo Lin\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"),
                "System.Console.WriteLine(Unnamed.TeamCon2025.Talks.Count + \"|\" + (typeof(Unnamed.TeamCon2025).GetNestedType(\"Day1\") == null ? \"no members\" : \"members\"));\n");

            Dotnet.Result off = Dotnet.Run(app, _feed, "build", "-c", "Release", "-p:NotesDatasetNamedMembers=off");
            off.AssertSuccess("build");
            Assert.DoesNotContain("NOTES014", off.Output, StringComparison.Ordinal);
            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            Assert.Equal("2|no members", run.StandardOutput.Trim());

            Dotnet.Result unknown = Dotnet.Run(app, _feed, "build", "-c", "Release", "-p:NotesDatasetNamedMembers=some");
            unknown.AssertSuccess("build");
            Assert.Contains("warning NOTES014: NotesDatasetNamedMembers is 'some'", unknown.Output);
            run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            Assert.Equal("2|members", run.StandardOutput.Trim());
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
            string app = NewConsole("Precompiled", "NotesDataset");
            File.WriteAllText(Path.Combine(app, "team.notes.txt"), "TeamCon 2025 – Day 1 – Session 1\n\nIntro – Ann Lee\n\n  • a telescope\n\nOutro – Bo Lin\n\n  • bye\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"),
                "System.Console.WriteLine(typeof(NotesDataset.NotesDocument).Assembly.Location);\n" +
                "foreach (var t in Precompiled.TeamCon2025.Document.Search(\"telescope\")) System.Console.WriteLine(t.Title);\n");
            string[] lines = BuildAndRun(app).Replace("\r", "").Split('\n');
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

        private string BuildAndRun(string app)
        {
            Dotnet.Run(app, _feed, "build", "-c", "Release").AssertSuccess("build");
            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            return run.StandardOutput.Trim();
        }

        private string NewConsole(string name, string package)
        {
            string workspace = _feed.NewWorkspace(name + "-" + Guid.NewGuid().ToString("N").Substring(0, 6));
            Dotnet.Run(workspace, _feed, "new", "console", "-n", name, "-o", name, "--framework", "net10.0").AssertSuccess("new console");
            string app = Path.Combine(workspace, name);
            Dotnet.Run(app, _feed, "add", "package", package, "--version", PackedFeed.Version).AssertSuccess("add package " + package);
            return app;
        }
    }

    internal static class Dotnet
    {
        public sealed class Result
        {
            public Result(string command, int exitCode, string stdout, string stderr)
            {
                Command = command;
                ExitCode = exitCode;
                StandardOutput = stdout;
                Output = stdout + stderr;
            }

            public string Command { get; }
            public int ExitCode { get; }
            public string StandardOutput { get; }
            public string Output { get; }

            public void AssertSuccess(string what)
            {
                if (ExitCode != 0) throw new Xunit.Sdk.XunitException(what + " failed (exit " + ExitCode + "): dotnet " + Command + "\n" + Output);
            }
        }

        public static Result Run(string workingDirectory, PackedFeed feed, params string[] args) => Run(workingDirectory, feed.Packages, args);

        /// <summary>Runs dotnet with <paramref name="packages"/> as its NuGet cache (null: the machine's own).</summary>
        public static Result Run(string workingDirectory, string? packages, params string[] args)
        {
            var psi = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in args) psi.ArgumentList.Add(arg);
            if (packages != null) psi.Environment["NUGET_PACKAGES"] = packages;
            psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            psi.Environment["DOTNET_NOLOGO"] = "1";
            psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            psi.Environment.Remove("MSBuildExtensionsPath");
            psi.Environment.Remove("MSBuildSDKsPath");
            psi.Environment.Remove("MSBUILD_EXE_PATH");

            using var process = Process.Start(psi)!;
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (stdout) stdout.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (stderr) stderr.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(10 * 60 * 1000))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException("dotnet " + string.Join(" ", args) + " timed out");
            }

            process.WaitForExit();
            return new Result(string.Join(" ", args), process.ExitCode, stdout.ToString(), stderr.ToString());
        }
    }
}
