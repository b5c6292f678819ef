// Property tests of the notes parser and the source generator (issue 5), with CsCheck.
//
// In CI (every `dotnet test`): each parser property tries NOTESDATASET_PROPERTY_ITER cases (default 2000) and each
// generator property (run the driver, compile, inspect the tree, run it again) a twentieth of that.
//
// The long run (the Long category is skipped unless NOTESDATASET_LONG=1):
//
//   NOTESDATASET_LONG=1 NOTESDATASET_PROPERTY_ITER=1000000 \
//     dotnet test tests/NotesDataset.PropertyTests -c Release --filter Category=Long --logger "console;verbosity=detailed"
//
// 1,000,000 cases per parser property, 50,000 per generator property (12,500 for several files at once): about
// 45 minutes on 2 cores. It also runs the Long bounded tests (50 MB file emitted, generator over 10,000-deep
// indentation, a cancellation after a delay). To bound it by time instead, set
// NOTESDATASET_PROPERTY_TIME=<seconds per property> (CsCheck's time budget), and NOTESDATASET_PROPERTY_LOG=<file> to
// have each property append how many cases it tried. A failure prints the shrunk input (as a C# literal) and a CsCheck
// seed; NOTESDATASET_PROPERTY_SEED=<seed> replays it. Add the input to Corpus/ as its own file.
using System;
using System.Threading;
using CsCheck;
using NotesDataset.Generator.Tests.Infrastructure;
using NotesDataset.PropertyTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace NotesDataset.PropertyTests
{
    /// <summary>Searches for inputs on which the parser or the generator breaks one of issue 5's properties, and shrinks any it finds.</summary>
    public class PropertyTests
    {
        private readonly ITestOutputHelper _output;

        public PropertyTests(ITestOutputHelper output) => _output = output;

        private static readonly Gen<string> SeedWindowForGenerator = NotesGen.Mutated(maxLines: 60);
        private static readonly Gen<string> SeedWindowForParser = NotesGen.Mutated(maxLines: 700);

        [Fact]
        public void Parser_properties_hold_on_structured_hostile_notes() => Sample(nameof(Parser_properties_hold_on_structured_hostile_notes), NotesGen.Structured, ParserCheck, Settings.ParserCases(false));

        [Fact]
        public void Parser_properties_hold_on_mutations_of_the_seed() => Sample(nameof(Parser_properties_hold_on_mutations_of_the_seed), SeedWindowForParser, ParserCheck, Settings.ParserCases(false));

        [Fact]
        public void Generator_properties_hold_on_structured_hostile_notes() => Sample(nameof(Generator_properties_hold_on_structured_hostile_notes), NotesGen.Structured, GeneratorCheck, Settings.GeneratorCases(false));

        [Fact]
        public void Generator_properties_hold_on_mutations_of_the_seed() => Sample(nameof(Generator_properties_hold_on_mutations_of_the_seed), SeedWindowForGenerator, GeneratorCheck, Settings.GeneratorCases(false));

        [Fact]
        public void Generator_properties_hold_on_several_files_at_once()
            => SampleFiles(nameof(Generator_properties_hold_on_several_files_at_once), Settings.GeneratorCases(false) / 4);

        [LongFact, Trait("Category", Settings.Long)]
        public void Long_parser_properties_on_structured_hostile_notes() => Sample(nameof(Long_parser_properties_on_structured_hostile_notes), NotesGen.Structured, ParserCheck, Settings.ParserCases(true));

        [LongFact, Trait("Category", Settings.Long)]
        public void Long_parser_properties_on_mutations_of_the_seed() => Sample(nameof(Long_parser_properties_on_mutations_of_the_seed), SeedWindowForParser, ParserCheck, Settings.ParserCases(true));

        [LongFact, Trait("Category", Settings.Long)]
        public void Long_generator_properties_on_structured_hostile_notes() => Sample(nameof(Long_generator_properties_on_structured_hostile_notes), NotesGen.Structured, GeneratorCheck, Settings.GeneratorCases(true));

        [LongFact, Trait("Category", Settings.Long)]
        public void Long_generator_properties_on_mutations_of_the_seed() => Sample(nameof(Long_generator_properties_on_mutations_of_the_seed), SeedWindowForGenerator, GeneratorCheck, Settings.GeneratorCases(true));

        [LongFact, Trait("Category", Settings.Long)]
        public void Long_generator_properties_on_several_files_at_once() => SampleFiles(nameof(Long_generator_properties_on_several_files_at_once), Settings.GeneratorCases(true) / 4);

        private static void ParserCheck(string text) => ParserProperties.Check(text);

        /// <summary>The generator's properties, and the parser's on the same text (the generator's checks compare against the runtime parser).</summary>
        private static void GeneratorCheck(string text)
        {
            ParserProperties.Check(text);
            GeneratorProperties.Check(GeneratorProperties.Input(text));
        }

        private void Sample(string name, Gen<string> gen, Action<string> check, long iter)
        {
            long cases = 0;
            try
            {
                gen.Sample(
                    text =>
                    {
                        Interlocked.Increment(ref cases);
                        check(text);
                    },
                    writeLine: _output.WriteLine,
                    seed: Settings.Seed,
                    iter: Settings.Time > 0 ? -1 : iter,
                    time: Settings.Time,
                    print: text => "notes text (" + text.Length + " chars): " + Text.Escape(text, 6000));
            }
            finally
            {
                Report(name, cases);
            }
        }

        private void SampleFiles(string name, long iter)
        {
            long cases = 0;
            try
            {
                NotesGen.Any(40).Array[2, 4].Sample(
                    texts =>
                    {
                        Interlocked.Increment(ref cases);
                        var files = new NotesInput[texts.Length];
                        for (int i = 0; i < texts.Length; i++) files[i] = GeneratorProperties.Input(texts[i], i);
                        GeneratorProperties.Check(files);
                    },
                    writeLine: _output.WriteLine,
                    seed: Settings.Seed,
                    iter: Settings.Time > 0 ? -1 : Math.Max(1, iter),
                    time: Settings.Time,
                    print: texts => texts.Length + " notes files: " + string.Join(", ", Array.ConvertAll(texts, t => Text.Escape(t, 3000))));
            }
            finally
            {
                Report(name, cases);
            }
        }

        private void Report(string name, long cases)
        {
            _output.WriteLine(name + ": " + cases + " cases");
            Settings.Log(name + ": " + cases + " cases");
        }
    }
}
