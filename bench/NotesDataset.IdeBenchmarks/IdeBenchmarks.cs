using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using NotesDataset.Bench;
using Perfolizer.Horology;

namespace NotesDataset.IdeBenchmarks
{
    /// <summary>
    /// Completion on the generated code, per notes size (NOTES_IDE_SIZES, set by <c>--sizes</c>; default seed,20000):
    /// each list on a fresh fork of the user file (one keystroke after a warm compilation), and the description of a
    /// talk of the session list. The seed-to-20k ratio is BenchmarkDotNet's rows divided; <c>--quick</c> prints it.
    /// </summary>
    [Config(typeof(IdeConfig))]
    [MemoryDiagnoser]
    public class CompletionBenchmarks
    {
        public const string SizesVariable = "NOTES_IDE_SIZES";
        public const string DefaultSizes = "seed,20000";

        private CompletionScenario _scenario = null!;
        private Document _described = null!;
        private CompletionItem _talk = null!;
        private int _edit;

        /// <summary>"seed" or a number of synthetic talks.</summary>
        [ParamsSource(nameof(Sizes))]
        public string Notes { get; set; } = "seed";

        public static IEnumerable<string> Sizes() => BenchNotes.Sizes(SizesVariable, DefaultSizes);

        [GlobalSetup]
        public void Setup()
        {
            _scenario = CompletionScenario.Create(Notes);
            _scenario.WarmAsync().GetAwaiter().GetResult();
            (Document document, int caret) = _scenario.Edit(++_edit, Site.Session);
            _talk = _scenario.Item(_scenario.Complete(document, caret), _scenario.Shape.TalkName);
            _described = document;
            GeneratedShape shape = _scenario.Shape;
            Console.WriteLine($"// NotesDataset IDE input {Notes}: {_scenario.GeneratedChars:N0} chars generated; session {shape.SessionPath} ({shape.SessionMembers} members), talk {shape.TalkName}, root {shape.RootPath} ({shape.RootMembers} members), {shape.People:N0} people");
        }

        [GlobalCleanup]
        public void Cleanup() => _scenario.Workspace.Dispose();

        private CompletionList Complete(Site site)
        {
            (Document document, int caret) = _scenario.Edit(++_edit, site);
            return _scenario.Complete(document, caret);
        }

        [Benchmark(Description = "List after Session.")]
        public CompletionList SessionList() => Complete(Site.Session);

        /// <summary>On the document its list came from (as the editor asks for the selected item's tooltip).</summary>
        [Benchmark(Description = "Description of a talk")]
        public CompletionDescription TalkDescription() => _scenario.Describe(_described, _talk);

        [Benchmark(Description = "List after Root.")]
        public CompletionList RootList() => Complete(Site.Root);

        [Benchmark(Description = "List after Root.People.")]
        public CompletionList PeopleList() => Complete(Site.People);
    }

    /// <summary>
    /// The generator's incremental re-runs against a fresh driver's run (the baseline of each category): an unrelated
    /// C# edit with 20,000 talks in one file, and editing one of ten 2,000-talk files.
    /// </summary>
    [Config(typeof(IdeConfig))]
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class GeneratorRerunBenchmarks
    {
        private const int EditedIndex = 5;

        private NotesFile[] _big = null!;
        private GeneratorDriver _bigDriver = null!;
        private Compilation _editA = null!, _editB = null!;
        private bool _flip;

        private IReadOnlyList<NotesFile> _ten = null!;
        private GeneratorDriver _tenDriver = null!;
        private AdditionalText _current = null!, _other = null!;

        [GlobalSetup]
        public void Setup()
        {
            _big = new[] { NotesFile.Get("20000") };
            _bigDriver = Generation.CreateDriver(_big).RunGenerators(Generation.Compilation);
            _editA = Generation.EditedCompilation(1);
            _editB = Generation.EditedCompilation(2);

            _ten = Generation.TenFiles(2000);
            AdditionalText[] texts = _ten.Select(f => f.ToAdditionalText()).ToArray();
            _tenDriver = Generation.CreateDriver(_ten, texts: texts).RunGenerators(Generation.Compilation);
            _current = texts[EditedIndex];
            _other = Generation.Edited(_ten[EditedIndex], 1).ToAdditionalText();
        }

        [Benchmark(Baseline = true, Description = "20k talks: fresh driver")]
        [BenchmarkCategory("20k talks, C# edit")]
        public GeneratorDriver FreshBig() => Generation.CreateDriver(_big).RunGenerators(Generation.Compilation);

        [Benchmark(Description = "20k talks: re-run after an unrelated C# edit")]
        [BenchmarkCategory("20k talks, C# edit")]
        public GeneratorDriver RerunBigAfterCSharpEdit()
        {
            _flip = !_flip;
            return _bigDriver = _bigDriver.RunGenerators(_flip ? _editA : _editB);
        }

        [Benchmark(Baseline = true, Description = "10 x 2k talks: fresh driver")]
        [BenchmarkCategory("10 x 2k talks, notes edit")]
        public GeneratorDriver FreshTen() => Generation.CreateDriver(_ten).RunGenerators(Generation.Compilation);

        [Benchmark(Description = "10 x 2k talks: re-run after editing one file")]
        [BenchmarkCategory("10 x 2k talks, notes edit")]
        public GeneratorDriver RerunTenAfterNotesEdit()
        {
            _tenDriver = _tenDriver.ReplaceAdditionalText(_current, _other).RunGenerators(Generation.Compilation);
            (_current, _other) = (_other, _current);
            return _tenDriver;
        }
    }

    /// <summary>One launch, one warm-up and five measured iterations of about 250 ms (as NotesDataset.Benchmarks' ShortConfig).</summary>
    public sealed class IdeConfig : ManualConfig
    {
        public IdeConfig()
        {
            AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithId("Short"));
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }
    }
}
