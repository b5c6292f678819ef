using System;
using System.IO;
using System.Runtime.InteropServices;
using Xunit;

namespace NotesDataset.Package.Tests
{
    /// <summary>
    /// A dataset app published as a start-up-sensitive app ships: trimmed, and with NativeAOT. Long (a NativeAOT publish
    /// downloads the AOT compiler into the throwaway package cache and takes minutes on two cores), so it runs only with
    /// NOTESDATASET_LONG=1: <c>NOTESDATASET_LONG=1 dotnet test tests/NotesDataset.Package.Tests -c Release --filter Category=Long</c>.
    /// </summary>
    public sealed class PublishTests : IClassFixture<PackedFeed.Lease>
    {
        private readonly PackedFeed _feed;

        public PublishTests(PackedFeed.Lease lease) => _feed = lease.Feed;

        [LongFact]
        [Trait("Category", "Long")]
        public void A_trimmed_and_a_NativeAOT_publish_answer_as_the_JIT_does_with_no_trim_or_AOT_warning()
        {
            string app = _feed.NewConsole("Shipped", "NotesDataset");
            File.WriteAllText(Path.Combine(app, "pycon.notes.txt"),
                "PyCon AU 2016 – Day 1 – Session 1\n\nAsync IO in practice – Jane Smith\n  • event loops\n  • lazy tasks\n    • cancellation\n\n" +
                "The kernel of Django – Carl Meyer + Ann Lee (IBM)\n  • lazy querysets\n\nPyCon AU 2016 – Day 2 – Session 2\n\nTyping at scale – Ann Lee\n  • mypy\n");
            File.WriteAllText(Path.Combine(app, "Program.cs"),
                "using System.Linq;\n" +
                "var talk = Shipped.PyConAU2016.Day1.Session1.AsyncIOInPractice;\n" +
                "System.Console.WriteLine(Shipped.PyConAU2016.Talks.Count + \" talks; \" + talk.Title + \" (\" + talk.AllNotes().Count() + \" notes)\");\n" +
                "System.Console.WriteLine(string.Join(\" | \", Shipped.PyConAU2016.Document.FindSpeaker(\"ann lee\")!.Talks));\n" +
                "System.Console.WriteLine(string.Join(\" | \", Shipped.PyConAU2016.Document.Search(\"lazy\")));\n" +
                "System.Console.WriteLine(Shipped.PyConAU2016.People.AnnLee.Talks.Count + \"; \" + Shipped.PyConAU2016.Days[1].Sessions[0].Talks[0]);\n");

            string jit = _feed.BuildAndRun(app);
            Assert.Equal(
                "3 talks; Async IO in practice (3 notes)\n" +
                "The kernel of Django – Carl Meyer, Ann Lee (IBM) | Typing at scale – Ann Lee\n" +
                "Async IO in practice – Jane Smith | The kernel of Django – Carl Meyer, Ann Lee (IBM)\n" +
                "2; Typing at scale – Ann Lee",
                jit.Replace("\r", ""));

            string rid = RuntimeInformation.RuntimeIdentifier;
            foreach (string mode in new[] { "PublishTrimmed", "PublishAot" })
            {
                string output = Path.Combine(app, "out-" + mode);
                Dotnet.Result publish = Dotnet.Run(app, _feed, "publish", "-c", "Release", "-r", rid, "-p:" + mode + "=true", "-o", output);
                publish.AssertSuccess("publish " + mode);
                Assert.DoesNotContain("warning IL", publish.Output, StringComparison.Ordinal);
                // NativeAOT leaves one native executable: no IL of the app or of the package beside it.
                Assert.Equal(mode == "PublishTrimmed", File.Exists(Path.Combine(output, "NotesDataset.dll")));

                string exe = Path.Combine(output, RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "Shipped.exe" : "Shipped");
                Dotnet.Result run = Dotnet.Exec(exe, app, packages: null);
                Assert.True(run.ExitCode == 0, mode + ": " + run.Output);
                Assert.Equal(jit, run.StandardOutput.Trim());
            }
        }
    }

    /// <summary>A test of the Long category: runs only when NOTESDATASET_LONG=1 (CI runs every test of the solution with no filter).</summary>
    public sealed class LongFactAttribute : FactAttribute
    {
        public LongFactAttribute()
        {
            if (Environment.GetEnvironmentVariable("NOTESDATASET_LONG") != "1") Skip = "Long test: set NOTESDATASET_LONG=1 (and --filter Category=Long) to run it.";
        }
    }
}
