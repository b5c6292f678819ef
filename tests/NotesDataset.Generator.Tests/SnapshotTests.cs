using System.Linq;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// The generated source for small inputs, compared with committed snapshots (SnapshotTests.*.verified.cs).
    /// After an intended change to the emitter run <c>NOTESDATASET_ACCEPT=1 dotnet test tests/NotesDataset.Generator.Tests</c>
    /// and review the snapshots' diff.
    /// </summary>
    public class SnapshotTests
    {
        [Fact]
        public void One_conference_with_two_days()
        {
            string notes = GeneratorHarness.Lines(
                "PyCon AU 2016 – Day 1 – Session 1",
                "",
                "Opening Keynote – Jane Doe",
                "  • welcome",
                "  • the plan",
                "    • coffee first",
                "",
                "Packaging in 2016 – John Roe, Mary Major (Example Corp)",
                "  • wheels",
                "",
                "PyCon AU 2016 – Day 2 – Session 2",
                "",
                "Async all the things – Mary Major",
                "  • asyncio",
                "  • https://example.org/async");
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/pycon/pycon2016.notes.txt", notes, RelativePath: "pycon2016.notes.txt"));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Snapshot.Verify(run.SingleSource);
        }

        [Fact]
        public void Talk_with_hostile_characters()
        {
            string notes = GeneratorHarness.Lines(
                "LCA 2016 – Day 1 – Session 1",
                "",
                "Say \"hi\" \\ */ </summary> & <![CDATA[ x – Bobby Tables",
                "  • #error x",
                "  • \\u0022 \"quoted\" \u202Eevil\u202C and a tab\there",
                "  • line\u2028separator and next\u0085line");
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/hostile.notes.txt", notes, RelativePath: "notes/hostile.notes.txt"));

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Snapshot.Verify(run.SingleSource);
        }

        [Fact]
        public void File_with_no_heading()
        {
            string notes = GeneratorHarness.Lines(
                "A talk before any heading – Jane Doe",
                "  • a note",
                "Another one – John Roe");
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/loose-ends.notes.txt", notes) }, rootNamespace: null);

            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "NOTES003");
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Snapshot.Verify(run.SingleSource);
        }

        [Fact]
        public void Session_whose_talks_and_speakers_take_several_calls()
        {
            // 17 talks: the session's call fills the first 7, then 8 and 2; 17 speakers: 8, 8 and 1.
            var lines = new System.Collections.Generic.List<string> { "LCA 2016 – Day 1 – Lightning talks", "" };
            for (int i = 1; i <= 17; i++) lines.Add("Talk " + i + " – Speaker " + (char)('A' + i - 1));
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/lightning.notes.txt", GeneratorHarness.Lines(lines.ToArray()), RelativePath: "lightning.notes.txt"));

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Snapshot.Verify(run.SingleSource);
        }

        [Fact]
        public void Two_conferences_in_one_file_with_class_and_namespace_metadata()
        {
            string notes = GeneratorHarness.Lines(
                "Linux.conf.au 2015 – Day 1 – Session 1",
                "",
                "Kernel Report – Jonathan Corbet",
                "  • 4.0 is coming",
                "",
                "Kiwi PyCon 2015 – Day 1 – Session 1",
                "",
                "Keynote – Jonathan Corbet");
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/both.notes.txt", notes, ClassName: "Conferences2015", Namespace: "Acme.Notes") }, rootNamespace: "Acme");

            Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Snapshot.Verify(run.SingleSource);
        }
    }
}
