using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NotesDataset.Package.Tests
{
    /// <summary>
    /// How a user's project drives the generator through MSBuild, with the packed package: notes items added, updated,
    /// removed and linked, files edited, re-encoded, renamed and deleted between builds, and the generator's properties.
    /// A class of its own so that these builds run beside <see cref="NewcomerTests"/>'.
    /// </summary>
    public sealed class NotesItemBuildTests : IClassFixture<PackedFeed.Lease>
    {
        private readonly PackedFeed _feed;

        public NotesItemBuildTests(PackedFeed.Lease lease) => _feed = lease.Feed;

        [Fact]
        public void Notes_file_items_change_as_the_SDKs_do_and_files_with_a_hash_in_their_path_or_one_name_outside_the_project_each_read_their_own_text()
        {
            // The compiler reads item metadata from an editorconfig file, where '#' and ';' start a comment: the resource name
            // once arrived cut ("notes/talks/C"), and the app threw on first use. Two files called x.notes.txt outside the
            // project were once both the resource notes/x.notes.txt (CS1508). A Link names the recorded path, '#' or not. And
            // the default items came from the .targets, after the project, so Update and Remove on them did nothing. A ClassName
            // or NotesDatasetNamespace with '#' or ';' arrived cut, as a valid name, with no NOTES010 or NOTES011. The generator
            // reads the final RootNamespace, as set by a Directory.Build.targets (imported after the package's .targets). An
            // apostrophe in ClassName or Namespace metadata once ended MSBuild's quoted string: NOTES010 quoted the expression,
            // and so did a backtick, which quoted it next. An apostrophe in a Link failed the build (MSB4100). Two Links that
            // differ only in case and in '\' for '/' (or not at all) were one resource name (CS1508).
            string app = _feed.NewConsole("Paths", "NotesDataset");
            File.WriteAllText(Path.Combine(app, "updated.notes.txt"), "UConf 2024 – Day 1 – Session 1\n\nU talk – Cy Dee\n\n  • u note\n");
            File.WriteAllText(Path.Combine(app, "removed.notes.txt"), "RConf 2024 – Day 1 – Session 1\n\nR talk – Cy Dee\n");
            string shared = Path.Combine(Path.GetDirectoryName(app)!, "shared");
            Directory.CreateDirectory(Path.Combine(app, "talks"));
            Directory.CreateDirectory(Path.Combine(shared, "a"));
            Directory.CreateDirectory(Path.Combine(shared, "b"));
            Directory.CreateDirectory(Path.Combine(shared, "c"));
            File.WriteAllText(Path.Combine(app, "talks", "C# 2024; Bo's day 1.notes.txt"), "CConf 2024 – Day 1 – Session 1\n\nSharp talk – Bo Chen\n\n  • hash note\n");
            File.WriteAllText(Path.Combine(app, "talks", "C_ 2024_ day 1.notes.txt"), "DConf 2024 – Day 1 – Session 1\n\nD talk – Bo Chen\n\n  • underscore note\n");
            File.WriteAllText(Path.Combine(shared, "c", "x.notes.txt"), "EConf 2024 – Day 1 – Session 1\n\nE talk – Eve Ray\n\n  • linked note\n");
            File.WriteAllText(Path.Combine(shared, "a", "x.notes.txt"), "AConf 2024 – Day 1 – Session 1\n\nA talk – Ann Lee\n\n  • a note\n");
            File.WriteAllText(Path.Combine(shared, "b", "x.notes.txt"), "BConf 2024 – Day 1 – Session 1\n\nB talk – Bo Lin\n\n  • b note\n");
            string csproj = Path.Combine(app, "Paths.csproj");
            File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>",
                "  <ItemGroup>\n    <NotesFile Include=\"../shared/a/x.notes.txt\" ClassName=\"A\" Link=\"sub\\Shared.txt\" />\n    <NotesFile Include=\"../shared/b/x.notes.txt\" ClassName=\"B\" Link=\"sub/shared.txt\" />\n" +
                "    <NotesFile Include=\"../shared/c/x.notes.txt\" ClassName=\"Linked\" Link=\"#linked/Al's `c`.notes.txt\" />\n" +
                "    <NotesFile Update=\"updated.notes.txt\" ClassName=\"Updated\" />\n    <NotesFile Remove=\"removed.notes.txt\" />\n" +
                "    <NotesFile Update=\"talks/C_ 2024_ day 1.notes.txt\" ClassName=\"D'Sharp#;x`\" Namespace=\"O'Paths\" />\n  </ItemGroup>\n" +
                "  <PropertyGroup><NotesDatasetNamespace>Paths#Data's</NotesDatasetNamespace><RootNamespace>Stale</RootNamespace></PropertyGroup>\n</Project>"));
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(app)!, "Directory.Build.targets"), "<Project>\n  <PropertyGroup><RootNamespace>Paths</RootNamespace></PropertyGroup>\n</Project>\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"),
                "foreach (var d in new[] { Paths.CConf2024.Document, Paths.DConf2024.Document, Paths.A.Document, Paths.B.Document, Paths.Linked.Document, Paths.Updated.Document })\n" +
                "    System.Console.WriteLine(d.Path + \" | \" + d.Talks[0].Notes[0].Text);\n" +
                "System.Console.WriteLine(System.Type.GetType(\"Paths.RConf2024\") == null ? \"removed\" : \"still there\");\n");

            Dotnet.Result build = Dotnet.Run(app, _feed, "build", "-c", "Release");
            build.AssertSuccess("build");
            Assert.Contains("warning NOTES010: ClassName 'D'Sharp#;x`' cannot be used", build.Output, StringComparison.Ordinal);
            Assert.Contains("warning NOTES011: Namespace 'Paths#Data's' cannot be used", build.Output, StringComparison.Ordinal);
            Assert.Contains("warning NOTES011: Namespace 'O'Paths' cannot be used", build.Output, StringComparison.Ordinal);
            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            Assert.Equal(new[]
                {
                    "talks/C# 2024; Bo's day 1.notes.txt | hash note", "talks/C_ 2024_ day 1.notes.txt | underscore note", "sub/Shared.txt | a note", "sub/shared.txt | b note",
                    "#linked/Al's `c`.notes.txt | linked note", "updated.notes.txt | u note", "removed",
                },
                run.StandardOutput.Trim().Replace("\r", "").Split('\n'));

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

                // The same when the other path names no file (an item with the wrong case): NOTES016 again. NOTES020's existence
                // check batches by path, ignoring case, so it once tested only the file that exists and let the missing one
                // through to the compiler (CS1508 and CS2001).
                string project = File.ReadAllText(csproj);
                File.WriteAllText(csproj, project.Replace("</Project>", "  <ItemGroup><NotesFile Include=\"talks/c_ 2024_ day 1.notes.txt\" /></ItemGroup>\n</Project>"));
                Dotnet.Result wrongCase = Dotnet.Run(app, _feed, "build", "-c", "Release");
                Assert.NotEqual(0, wrongCase.ExitCode);
                Assert.Contains("error NOTES016: Notes files whose paths differ only in case cannot both be compiled", wrongCase.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("CS1508", wrongCase.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("CS2001", wrongCase.Output, StringComparison.Ordinal);
                Assert.DoesNotContain("NOTES020", wrongCase.Output, StringComparison.Ordinal);
                File.WriteAllText(csproj, project);
            }

            // A .globalconfig above notes files alone (no .cs file there) is read, as one above a .cs file is: the compiler
            // looks above Compile items only, so a dataset library with no code never read its NOTES severities. Not one above
            // notes linked from outside the project: a sibling's setting a key the project's own sets would unset both.
            string inProject = Path.Combine(app, "talks", ".globalconfig");
            string outside = Path.Combine(shared, ".globalconfig");
            File.WriteAllText(inProject, "is_global = true\ndotnet_diagnostic.NOTES001.severity = none\n");
            File.WriteAllText(outside, "is_global = true\ndotnet_diagnostic.NOTES002.severity = none\n");
            Dotnet.Result configs = Dotnet.Run(app, _feed, "msbuild", "-t:NotesDatasetAddNotesFiles", "-getItem:EditorConfigFiles");
            configs.AssertSuccess("msbuild -getItem:EditorConfigFiles");
            using (JsonDocument listed = JsonDocument.Parse(configs.StandardOutput))
            {
                string[] found = listed.RootElement.GetProperty("Items").GetProperty("EditorConfigFiles").EnumerateArray()
                    .Select(i => Path.GetFullPath(i.GetProperty("Identity").GetString()!)).ToArray();
                Assert.Single(found, inProject); // and once: listed twice, the compiler would read it twice
                Assert.DoesNotContain(outside, found);
            }

            File.Delete(inProject);
            File.Delete(outside);

            // EnableDefaultItems=false turns the default notes items off with the SDK's; the project's own stay.
            Dotnet.Result items = Dotnet.Run(app, _feed, "msbuild", "-getItem:NotesFile", "-p:EnableDefaultItems=false");
            items.AssertSuccess("msbuild -getItem");
            Assert.Contains("x.notes.txt", items.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("updated.notes.txt", items.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("updated.notes.txt", Dotnet.Run(app, _feed, "msbuild", "-getItem:NotesFile").StandardOutput, StringComparison.Ordinal);
        }

        [Fact]
        public void Adding_editing_renaming_and_deleting_notes_files_changes_the_generated_code_on_the_next_build()
        {
            string app = _feed.NewConsole("Edits", "NotesDataset");
            string a = Path.Combine(app, "a.notes.txt");
            File.WriteAllText(a, "AlphaConf 2020 – Day 1 – Session 1\n\nFirst – Ann Lee\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(string.Join(\",\", Edits.AlphaConf2020.Talks));\n");
            Assert.Equal("First – Ann Lee", _feed.BuildAndRun(app));

            // Edit: a new talk appears.
            File.AppendAllText(a, "\nSecond – Bo Lin\n");
            Assert.Equal("First – Ann Lee,Second – Bo Lin", _feed.BuildAndRun(app));

            // Re-saved as UTF-16 with its byte order mark (Windows' "Unicode"): the same talks. Its bytes are not the UTF-8
            // the embedded resource is read as, so the text is compiled in instead (before that, this run threw on first use).
            File.WriteAllText(a, File.ReadAllText(a), new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: true));
            Assert.Equal("First – Ann Lee,Second – Bo Lin", _feed.BuildAndRun(app));

            // Add a file in a sub-folder, with per-file options through a NotesFile item.
            Directory.CreateDirectory(Path.Combine(app, "more"));
            File.WriteAllText(Path.Combine(app, "more", "beta.txt"), "BetaConf 2021 – Day 2 – Keynotes\n\nCy Dee – Example Org\n");
            string csproj = Path.Combine(app, "Edits.csproj");
            File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>",
                "  <ItemGroup><NotesFile Include=\"more/beta.txt\" ClassName=\"Beta\" Namespace=\"Edits.Data\" /></ItemGroup>\n</Project>"));
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(Edits.AlphaConf2020.Talks.Count + \"|\" + Edits.Data.Beta.Talks[0].Affiliation);\n");
            Assert.Equal("2|Example Org", _feed.BuildAndRun(app));

            // Rename: the class follows the file's content, so renaming the file keeps the class; delete the other.
            File.Move(a, Path.Combine(app, "renamed.notes.txt"));
            Assert.Equal("2|Example Org", _feed.BuildAndRun(app));
            File.Delete(Path.Combine(app, "renamed.notes.txt"));
            File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(System.Type.GetType(\"Edits.AlphaConf2020\") == null ? \"gone\" : \"still there\");\n");
            Assert.Equal("gone", _feed.BuildAndRun(app));

            // A file the project lists by a NotesFile item but that does not exist is one error, NOTES020, naming it; it was
            // the compiler's CS2001 for an additional file and CS1566 for a resource, which do not say they are notes.
            File.Delete(Path.Combine(app, "more", "beta.txt"));
            Dotnet.Result missing = Dotnet.Run(app, _feed, "build", "-c", "Release");
            Assert.NotEqual(0, missing.ExitCode);
            Assert.Contains("error NOTES020: The project lists notes files that do not exist: " + Path.Combine(app, "more", "beta.txt") + ".", missing.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS2001", missing.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS1566", missing.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void NotesDatasetNamedMembers_false_in_any_MSBuild_spelling_leaves_out_the_named_members_and_an_unknown_value_is_NOTES014()
        {
            // "off" is false to MSBuild's conditions (as "no" is), so the targets do not warn; the generator must read it
            // the same way, not as an unknown value whose default generates the members.
            string app = _feed.NewConsole("Unnamed", "NotesDataset");
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
        public void A_compiler_older_than_the_generators_Roslyn_is_one_error_NOTES021_before_the_compiler_runs()
        {
            // CompilerApiVersion is the SDK's reading of the compiler's version (roslyn5.9 here); set, it stands in for an
            // older SDK's compiler, which would load no generator (CS9057, a warning) and fail on the generated class (CS0103).
            string app = _feed.NewConsole("OldCompiler", "NotesDataset");
            string notesFile = Path.Combine(app, "team.notes.txt"), program = Path.Combine(app, "Program.cs");
            const string Notes = "TeamCon 2025 – Day 1 – Session 1\n\nIntro – Ann Lee\n";
            const string UsesTheClass = "System.Console.WriteLine(OldCompiler.TeamCon2025.Talks.Count);\n";
            File.WriteAllText(notesFile, Notes);
            File.WriteAllText(program, UsesTheClass);

            Dotnet.Result old = Dotnet.Run(app, _feed, "build", "-c", "Release", "-p:CompilerApiVersion=roslyn4.7");
            Assert.NotEqual(0, old.ExitCode);
            Assert.Contains("error NOTES021: NotesDataset's generator needs C# compiler 4.8 or later (the .NET 8 SDK, or Visual Studio 2022 17.8); this build's compiler is 4.7,", old.Output, StringComparison.Ordinal);
            string assembly = Path.Combine(app, "obj", "Release", "net10.0", "OldCompiler.dll");
            Assert.False(File.Exists(assembly), "the compiler ran"); // the real one (5.x) would have written it

            // A project with no notes files, which uses the runtime's parser alone, builds on such a compiler.
            File.Delete(notesFile);
            File.WriteAllText(program, "System.Console.WriteLine(NotesDataset.NotesParser.Parse(\"A – B\").Talks.Count);\n");
            Dotnet.Result parserOnly = Dotnet.Run(app, _feed, "build", "-c", "Release", "-p:CompilerApiVersion=roslyn4.7");
            parserOnly.AssertSuccess("build without notes files");
            Assert.DoesNotContain("NOTES021", parserOnly.Output, StringComparison.Ordinal);
            File.WriteAllText(notesFile, Notes);
            File.WriteAllText(program, UsesTheClass);

            // 4.8 itself, and a later minor version read as a number (4.10 > 4.8), build and run.
            foreach (string version in new[] { "roslyn4.8", "roslyn4.10" })
            {
                Dotnet.Result ok = Dotnet.Run(app, _feed, "build", "-c", "Release", "-p:CompilerApiVersion=" + version);
                ok.AssertSuccess("build with " + version);
                Assert.DoesNotContain("NOTES021", ok.Output, StringComparison.Ordinal);
            }

            Assert.True(File.Exists(assembly), assembly); // where the compiler writes, so its absence above means something

            Dotnet.Result run = Dotnet.Run(app, _feed, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            Assert.Equal("1", run.StandardOutput.Trim());
        }

        [Fact]
        public void Notes_files_in_a_Visual_Basic_project_are_NOTES023_and_are_not_embedded()
        {
            // The generator is a C# one: a VB project once built with its notes embedded and compiled into nothing, silently.
            string app = _feed.NewConsole("VbNotes", "NotesDataset", "VB");
            File.WriteAllText(Path.Combine(app, "talks.notes.txt"), "Conf 2024 – Day 1 – Session 1\n\nA talk – Ann Lee\n");
            string vbproj = Path.Combine(app, "VbNotes.vbproj");
            File.WriteAllText(vbproj, File.ReadAllText(vbproj).Replace("</Project>", "  <ItemGroup><NotesFile Include=\"talks.notes.txt\" /></ItemGroup>\n</Project>")); // and the default item: one file

            Dotnet.Result build = Dotnet.Run(app, _feed, "build", "-c", "Release");
            build.AssertSuccess("build");
            Assert.Contains("warning NOTES023: Notes files are compiled in C# projects only, and this project's language is VB: talks.notes.txt not compiled.", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("talks.notes.txt, talks.notes.txt", build.Output, StringComparison.Ordinal);
            Dotnet.Result resources = Dotnet.Run(app, _feed, "msbuild", "-t:NotesDatasetAddNotesFiles", "-getItem:EmbeddedResource");
            resources.AssertSuccess("msbuild -getItem:EmbeddedResource");
            Assert.DoesNotContain("talks.notes.txt", resources.StandardOutput, StringComparison.Ordinal);
        }
    }
}
