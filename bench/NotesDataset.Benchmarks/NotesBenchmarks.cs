using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Perfolizer.Horology;

using NotesDataset.Bench;

namespace NotesDataset.Benchmarks
{
    /// <summary>
    /// Generator run (fresh driver, notes as an AdditionalText) against the floor of reading the text and splitting
    /// it into lines, and the run-time parser on the same notes. Sizes: the seed and synthetic notes
    /// (NOTES_BENCH_SIZES, set by <c>--sizes</c>; default seed,1000,20000).
    /// </summary>
    [Config(typeof(ShortConfig))]
    [MemoryDiagnoser]
    public class NotesBenchmarks
    {
        public const string SizesVariable = "NOTES_BENCH_SIZES";
        public const string DefaultSizes = "seed,1000,20000";

        private NotesFile _input = null!;
        private InMemoryAdditionalText _additional = null!;

        /// <summary>"seed" or a number of synthetic talks.</summary>
        [ParamsSource(nameof(Sizes))]
        public string Notes { get; set; } = "seed";

        public static IEnumerable<string> Sizes() => BenchNotes.Sizes(SizesVariable, DefaultSizes);

        [GlobalSetup]
        public void Setup()
        {
            _input = NotesFile.Get(Notes);
            _additional = new InMemoryAdditionalText(_input.Path, _input.Utf8);
            _ = Roslyn.GeneratorCompilation;
            int embedded = Roslyn.GeneratedLength(Notes, GeneratorMode.Embedded);
            int inline = Roslyn.GeneratedLength(Notes, GeneratorMode.Inline);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// NotesDataset input {Notes}: {_input.Talks} talks, {_input.Utf8.Length:N0} bytes ({_input.Megabytes:F2} MB); generated source {embedded:N0} chars (embedded text), {inline:N0} chars (inline text)"));
        }

        [Benchmark(Baseline = true, Description = "Read+split floor")]
        public int ReadAndSplitLines()
        {
            SourceText text = _additional.GetText();
            int chars = 0;
            foreach (TextLine line in text.Lines) chars += line.End - line.Start;
            return chars;
        }

        [Benchmark(Description = "Generator (embedded text)")]
        public GeneratorDriver Generator() => Roslyn.RunGenerator(_input, GeneratorMode.Embedded);

        [Benchmark(Description = "Generator (inline text)")]
        public GeneratorDriver GeneratorInlineText() => Roslyn.RunGenerator(_input, GeneratorMode.Inline);

        [Benchmark(Description = "Runtime NotesParser.Parse")]
        public NotesDocument RuntimeParse() => NotesParser.Parse(_input.Text, _input.RelativePath);
    }

    /// <summary>One launch, one warm-up and five measured iterations of about 250 ms: all sizes in a few minutes on two cores.</summary>
    public sealed class ShortConfig : ManualConfig
    {
        public ShortConfig()
        {
            AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithId("Short"));
            AddColumn(new NotesColumn("Talks", c => NotesFile.Get(c).Talks.ToString("N0", CultureInfo.InvariantCulture)));
            AddColumn(new NotesColumn("Notes MB", c => NotesFile.Get(c).Megabytes.ToString("F2", CultureInfo.InvariantCulture)));
            AddColumn(new NotesColumn("Generated KB", (c, method) => method switch
            {
                nameof(NotesBenchmarks.Generator) => Kb(Roslyn.GeneratedLength(c, GeneratorMode.Embedded)),
                nameof(NotesBenchmarks.GeneratorInlineText) => Kb(Roslyn.GeneratedLength(c, GeneratorMode.Inline)),
                _ => "-",
            }));
            WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        }

        /// <summary>Generated characters in KB (1,000 characters; the source is almost all ASCII).</summary>
        private static string Kb(int chars) => (chars / 1000.0).ToString("N1", CultureInfo.InvariantCulture);
    }

    /// <summary>A column computed in the host process from the case's Notes parameter (and benchmark method).</summary>
    public sealed class NotesColumn : IColumn
    {
        private readonly Func<string, string, string> _value;

        public NotesColumn(string name, Func<string, string> value)
            : this(name, (size, _) => value(size))
        {
        }

        public NotesColumn(string name, Func<string, string, string> value)
        {
            ColumnName = name;
            _value = value;
        }

        public string Id => nameof(NotesColumn) + "." + ColumnName;

        public string ColumnName { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Params;

        public int PriorityInCategory => 10;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => ColumnName switch
        {
            "Generated KB" => "Characters of generated C# (thousands) for the generator rows",
            "Notes MB" => "Size of the notes file, UTF-8, in millions of bytes",
            _ => "Talks in the notes file",
        };

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            string size = benchmarkCase.Parameters["Notes"]?.ToString() ?? "seed";
            try
            {
                return _value(size, benchmarkCase.Descriptor.WorkloadMethod.Name);
            }
            catch (Exception e)
            {
                return "error: " + e.GetType().Name;
            }
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public override string ToString() => ColumnName;
    }
}
