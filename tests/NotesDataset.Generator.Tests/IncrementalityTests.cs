using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// What re-runs on a second pass (after NetEscapades.EnumGenerators' TestHelpers and Mapperly's
    /// IncrementalGeneratorRunReasons): a C# edit re-runs nothing of ours, a notes edit re-parses only that file,
    /// and no step caches compiler objects.
    /// </summary>
    public class IncrementalityTests
    {
        /// <summary>The pipeline's tracked steps, read from the generator's TrackingNames (Output names no step of the pipeline).</summary>
        public static readonly string[] StepNames = typeof(NotesGenerator).Assembly
            .GetType("NotesDataset.Generator.TrackingNames", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != "Output")
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        private static readonly string[] CompilerSteps = { "Compilation", "AdditionalTexts", "AnalyzerConfigOptions", "ParseOptions", "SourceOutput" };

        private static NotesInput File(string name, string talk) => new NotesInput(
            "/src/" + name + ".notes.txt",
            GeneratorHarness.Lines(
                "Conf " + name + " 2020 – Day 1 – Session 1",
                "",
                talk + " – Jane Doe",
                "  • a note about " + name));

        private static readonly string[] FileNames = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa" };

        /// <summary>The first <paramref name="count"/> of ten small notes files (alpha … kappa), one talk each.</summary>
        private static NotesInput[] Files(int count) => FileNames.Take(count)
            .Select(name => File(name, char.ToUpperInvariant(name[0]) + name.Substring(1) + " Talk"))
            .ToArray();

        private static readonly NotesInput[] ThreeFiles = Files(3);

        private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(NotesInput[] files, out GeneratorRunResult first)
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { "namespace User { public class A { } }" });
            GeneratorDriver driver = GeneratorHarness.CreateDriver(files.Select(f => f.ToAdditionalText()), GeneratorHarness.OptionsFor(files), trackSteps: true);
            driver = driver.RunGenerators(compilation);
            first = driver.GetRunResult().Results.Single();
            return (driver, compilation);
        }

        [Fact]
        public void Tracking_names_cover_the_pipeline()
        {
            Assert.Equal(new[] { "NotesFiles", "ProjectOptions", "Parsed", "RuntimeReferenced", "Namespaces", "Named" }, StepNames);
            FirstRun(ThreeFiles, out GeneratorRunResult first);
            foreach (string name in StepNames) Assert.True(first.TrackedSteps.ContainsKey(name), "step " + name + " was not tracked");
            Assert.Equal(3, first.GeneratedSources.Length);
        }

        [Fact]
        public void First_run_reports_every_output_as_new()
        {
            FirstRun(ThreeFiles, out GeneratorRunResult first);
            foreach (string name in StepNames)
            {
                Assert.All(first.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.New, o.Reason));
            }
        }

        [Theory]
        [InlineData(3)]
        [InlineData(10)]
        public void Unrelated_csharp_edit_leaves_every_step_cached_or_unchanged(int fileCount)
        {
            var (driver, compilation) = FirstRun(Files(fileCount), out _);
            CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User { public class B { } }", GeneratorHarness.ParseOptions));
            GeneratorRunResult second = driver.RunGenerators(edited).GetRunResult().Results.Single();

            foreach (string name in StepNames)
            {
                ImmutableArray<IncrementalGeneratorRunStep> steps = second.TrackedSteps[name];
                Assert.NotEmpty(steps);
                foreach (var output in steps.SelectMany(s => s.Outputs))
                {
                    Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"step {name}: an output was {output.Reason}");
                }
            }

            // The compilation did change, so the step that reads it ran and found its bool unchanged.
            Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(second.TrackedSteps["RuntimeReferenced"].SelectMany(s => s.Outputs)).Reason);
            // So did the step that lists the namespaces a class may not be named like: the new namespace User is not in the classes'.
            Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(second.TrackedSteps["Namespaces"].SelectMany(s => s.Outputs)).Reason);
            // And the sources were not produced again.
            Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            // One output per file in each per-file step, so a step that dropped or added an item would show here.
            foreach (string perFile in new[] { "NotesFiles", "Parsed", "Named" })
            {
                Assert.Equal(fileCount, second.TrackedSteps[perFile].SelectMany(s => s.Outputs).Count());
            }

            Assert.Equal(fileCount, second.GeneratedSources.Length);
        }

        [Theory]
        [InlineData(3, 1)]
        [InlineData(10, 6)]
        public void Editing_one_notes_file_reparses_only_that_file(int fileCount, int editedIndex)
        {
            NotesInput[] files = Files(fileCount);
            var (driver, compilation) = FirstRun(files, out _);
            NotesInput edited = files[editedIndex] with { Text = files[editedIndex].Text + "  • one more note\n" };
            AdditionalText old = driver.GetRunResult().Results.Single().TrackedSteps["NotesFiles"]
                .SelectMany(s => s.Outputs).Select(o => ItemOf(o.Value, "Text")).OfType<AdditionalText>()
                .Single(t => t.Path == edited.Path);
            driver = driver.ReplaceAdditionalText(old, edited.ToAdditionalText());
            GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            // Exactly one file is parsed again; the others' Parsed outputs come from the cache.
            var parsed = second.TrackedSteps["Parsed"].SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(fileCount, parsed.Length);
            var modified = Assert.Single(parsed, o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Equal(edited.Path, PathOf(modified.Value));
            Assert.Equal(fileCount - 1, parsed.Count(o => o.Reason == IncrementalStepRunReason.Cached));

            // Only the edited file was read again.
            var read = second.TrackedSteps["NotesFiles"].SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(fileCount - 1, read.Count(o => o.Reason == IncrementalStepRunReason.Cached));

            // Naming runs again over all files (a class name may move), but only the edited file's model changes.
            var named = second.TrackedSteps["Named"].SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(edited.Path, PathOf(ItemOf(Assert.Single(named, o => o.Reason == IncrementalStepRunReason.Modified).Value, "File")));
            Assert.Equal(fileCount - 1, named.Count(o => o.Reason == IncrementalStepRunReason.Unchanged));
            Assert.All(second.TrackedSteps["ProjectOptions"].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

            // Only the edited file's source is emitted again; the other files' sources are cached.
            var sourceOutputs = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(fileCount - 1, sourceOutputs.Count(o => o.Reason == IncrementalStepRunReason.Cached));
            Assert.Single(sourceOutputs, o => o.Reason != IncrementalStepRunReason.Cached);

            // The edit shows in the output.
            Assert.Equal(fileCount, second.GeneratedSources.Length);
            Assert.Contains("2 notes", second.GeneratedSources.Single(s => s.HintName == FileNames[editedIndex] + ".notes.txt.g.cs").SourceText.ToString());
        }

        [Fact]
        public void Editing_a_notes_file_without_changing_it_keeps_the_output_cached()
        {
            var (driver, compilation) = FirstRun(ThreeFiles, out GeneratorRunResult first);
            AdditionalText old = first.TrackedSteps["NotesFiles"].SelectMany(s => s.Outputs).Select(o => ItemOf(o.Value, "Text")).OfType<AdditionalText>().First();
            driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(old.Path, old.GetText()!.ToString()));
            GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            // A new AdditionalText object with the same text is the same input: the file is not parsed again, and nothing after it re-runs.
            var read = second.TrackedSteps["NotesFiles"].SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(old.Path, PathOf(Assert.Single(read, o => o.Reason == IncrementalStepRunReason.Unchanged).Value));
            Assert.All(second.TrackedSteps["Parsed"].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            Assert.All(second.TrackedSteps["Named"].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Theory]
        [InlineData(3, -1)]
        [InlineData(10, 4)]
        public void New_additional_text_objects_reparse_only_the_file_whose_text_changed(int fileCount, int editedIndex)
        {
            // The compiler server's cached driver (Features=enable-generator-cache) gets a new AdditionalText object for
            // every file on every build, changed or not.
            NotesInput[] files = Files(fileCount);
            var (driver, compilation) = FirstRun(files, out _);
            if (editedIndex >= 0) files[editedIndex] = files[editedIndex] with { Text = files[editedIndex].Text + "  • one more note\n" };
            driver = driver.ReplaceAdditionalTexts(files.Select(f => f.ToAdditionalText()).ToImmutableArray());
            GeneratorRunResult second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

            var parsed = second.TrackedSteps["Parsed"].SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(fileCount, parsed.Length);
            var reparsed = parsed.Where(o => o.Reason != IncrementalStepRunReason.Cached).Select(o => PathOf(o.Value)).ToArray();
            Assert.Equal(editedIndex >= 0 ? new[] { files[editedIndex].Path } : Array.Empty<string>(), reparsed);
            var emitted = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(editedIndex >= 0 ? 1 : 0, emitted.Count(o => o.Reason != IncrementalStepRunReason.Cached));
            Assert.Equal(fileCount, second.GeneratedSources.Length);
        }

        /// <summary>A notes file that can no longer be read.</summary>
        private sealed class Unreadable : AdditionalText
        {
            public Unreadable(string path) => Path = path;

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("The disk went away.");
        }

        [Fact]
        public void A_new_object_whose_text_cannot_be_read_is_parsed_again_and_reported_not_thrown()
        {
            // Comparing the new object with the old reads both texts: a failure there must not escape the pipeline.
            NotesInput[] files = Files(3);
            var (driver, compilation) = FirstRun(files, out _);
            AdditionalText[] texts = files.Select(f => f.ToAdditionalText()).ToArray();
            texts[1] = new Unreadable(files[1].Path);
            GeneratorRunResult second = driver.ReplaceAdditionalTexts(texts.ToImmutableArray()).RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.Null(second.Exception);
            var parsed = second.TrackedSteps["Parsed"].SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(new[] { files[1].Path }, parsed.Where(o => o.Reason != IncrementalStepRunReason.Cached).Select(o => PathOf(o.Value)));
            Diagnostic failure = Assert.Single(second.Diagnostics, d => d.Id == "NOTES013");
            Assert.Contains("IOException: The disk went away.", failure.GetMessage(), StringComparison.Ordinal);
            Assert.Equal(files[1].Path, failure.Location.GetLineSpan().Path);
            var emitted = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(2, emitted.Count(o => o.Reason == IncrementalStepRunReason.Cached));
            Assert.Equal(new[] { "alpha.notes.txt.g.cs", "gamma.notes.txt.g.cs" }, second.GeneratedSources.Select(g => g.HintName).OrderBy(h => h, StringComparer.Ordinal));
        }

        [Fact]
        public void A_file_that_cannot_be_read_takes_no_class_name_from_another()
        {
            // The unreadable file sorts first and would have been "Notes"; the readable one asks for that name and gets it.
            NotesInput readable = File("beta", "Beta Talk") with { ClassName = "Notes" };
            NotesInput unreadable = File("alpha", "Alpha Talk");
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { "namespace User { public class A { } }" });
            GeneratorRunResult result = GeneratorHarness.CreateDriver(new[] { new Unreadable(unreadable.Path), readable.ToAdditionalText() }, GeneratorHarness.OptionsFor(new[] { unreadable, readable }))
                .RunGenerators(compilation).GetRunResult().Results.Single();

            Assert.Null(result.Exception);
            Assert.Equal(new[] { "NOTES013" }, result.Diagnostics.Select(d => d.Id));
            GeneratedSourceResult source = Assert.Single(result.GeneratedSources);
            Assert.Equal("beta.notes.txt.g.cs", source.HintName);
            Assert.Contains("public static partial class Notes\n", source.SourceText.ToString().Replace("\r\n", "\n"), StringComparison.Ordinal);
        }

        [Fact]
        public void No_step_output_holds_symbols_syntax_compilations_semantic_models_or_locations()
        {
            var (driver, compilation) = FirstRun(ThreeFiles.Append(GeneratorHarness.Seed()).ToArray(), out GeneratorRunResult first);
            GeneratorRunResult second = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", GeneratorHarness.ParseOptions)))
                .GetRunResult().Results.Single();

            int outputs = 0;
            foreach (GeneratorRunResult result in new[] { first, second })
            {
                // The compiler's own input nodes (which hold the Compilation by design) and its output node (which holds
                // the Diagnostics, Locations and all) are tracked too; every other tracked step is the generator's.
                Assert.Empty(result.TrackedSteps.Keys.Except(StepNames).Except(CompilerSteps));
                foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps.Where(s => StepNames.Contains(s.Key)))
                {
                    foreach (var output in step.Value.SelectMany(s => s.Outputs))
                    {
                        outputs++;
                        List<string> found = ForbiddenObjects.Find(output.Value, out int visited);
                        Assert.True(found.Count == 0, "step " + step.Key + " caches " + string.Join(", ", found));
                        Assert.True(visited > 0, "step " + step.Key + ": nothing walked");
                    }
                }
            }

            // NotesFiles, Parsed and Named: one output per file (4); ProjectOptions, RuntimeReferenced and Namespaces: one each; two runs.
            Assert.Equal(2 * (4 + 1 + 4 + 1 + 1 + 4), outputs);
        }

        [Fact]
        public void Forbidden_object_walker_finds_what_it_looks_for()
        {
            // The walker itself, so that the test above cannot pass by walking nothing.
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { "class A { }" });
            SyntaxTree tree = compilation.SyntaxTrees.Single();
            Assert.NotEmpty(ForbiddenObjects.Find((1, new[] { "a", null }, Location.None), out _));
            Assert.NotEmpty(ForbiddenObjects.Find(new List<object> { ImmutableArray.Create<object>(compilation.GetTypeByMetadataName("A")!) }, out _));
            Assert.NotEmpty(ForbiddenObjects.Find(new KeyValuePair<string, object>("k", tree.GetRoot()), out _));
            Assert.NotEmpty(ForbiddenObjects.Find(new Holder(compilation.GetSemanticModel(tree)), out _));
            Assert.NotEmpty(ForbiddenObjects.Find(Tuple.Create(0, (object)compilation), out _));
            Assert.Empty(ForbiddenObjects.Find((1, "text", new[] { 1, 2 }), out int visited));
            Assert.True(visited >= 4);
        }

        private sealed record Holder(object Inner);

        private static object? ItemOf(object value, string member)
        {
            Type type = value.GetType();
            return type.GetField(member)?.GetValue(value) ?? type.GetProperty(member)?.GetValue(value)
                ?? throw new MissingMemberException(type.FullName, member);
        }

        /// <summary>The notes file path of a NotesFileModel (the generator's internal record), by reflection.</summary>
        private static string PathOf(object? model) => (string)ItemOf(ItemOf(model ?? throw new ArgumentNullException(nameof(model)), "Options")!, "Path")!;
    }
}
