using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Generator.Tests.Infrastructure;
using NotesDataset.PropertyTests.Infrastructure;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>The parser and the generator stop on cancellation (an IDE cancels the generator at every keystroke), and only then throw.</summary>
    public class CancellationTests
    {
        private static readonly Lazy<string> Large = new Lazy<string>(() => BoundedTests.Big(20 << 20)); // 20 MB

        /// <summary>An AdditionalText that runs <paramref name="onRead"/> when the generator reads it: something happening while the generator runs.</summary>
        private sealed class ReadHook : AdditionalText
        {
            private readonly SourceText _text;
            private readonly Action _onRead;

            public ReadHook(string path, string text, Action onRead)
            {
                Path = path;
                _text = SourceText.From(text);
                _onRead = onRead;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default)
            {
                _onRead();
                return _text;
            }
        }

        [Fact]
        public void Parser_with_a_cancelled_token_throws_OperationCanceledException()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => NotesParser.Parse(Large.Value, "large.notes.txt", cts.Token));
            Assert.ThrowsAny<OperationCanceledException>(() => Parsing.NotesSyntaxParser.Parse(Large.Value, "large.notes.txt", cts.Token));
        }

        [Fact]
        public void Generator_cancelled_while_it_reads_a_large_file_stops_in_the_parser_and_throws()
        {
            // Cancelled after the generator started, before the parse. The frame that threw must be the parser's: it noticed,
            // rather than ParseFile's check after a parse of all 20 MB. (Once in about 25 runs of the whole suite the frame
            // was ParseFile's all the same: once the generator was hot from the tests before this one, tiered compilation
            // inlined the parser into ParseFile. NotesSyntaxParser.Parse is now never inlined; after 1,800 warm-up runs of
            // the generator in one process, the frame was ParseFile's before that and the parser's after.)
            using (var cts = new CancellationTokenSource())
            {
                var file = new ReadHook("/src/large.notes.txt", Large.Value, cts.Cancel);
                GeneratorDriver cancelled = GeneratorHarness.CreateDriver(new[] { file }, GeneratorHarness.OptionsFor(Array.Empty<NotesInput>()));
                OperationCanceledException e = Assert.ThrowsAny<OperationCanceledException>(
                    () => cancelled.RunGeneratorsAndUpdateCompilation(GeneratorProperties.BaseCompilation, out _, out ImmutableArray<Diagnostic> _, cts.Token));
                string thrower = FirstOwnFrame(e);
                Assert.True(thrower.Contains("NotesSyntaxParser", StringComparison.Ordinal), thrower + "\n" + e);
            }

            // Cancellation is not a failure: the next run (a later keystroke) generates the file, with no NOTES013 or CS8785.
            var again = new ReadHook("/src/large.notes.txt", "Conf 2020 – Day 1 – Session 1\nA – Jane Doe\n", () => { });
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { again }, GeneratorHarness.OptionsFor(Array.Empty<NotesInput>()))
                .RunGeneratorsAndUpdateCompilation(GeneratorProperties.BaseCompilation, out _, out ImmutableArray<Diagnostic> diagnostics);
            GeneratorRunResult result = Assert.Single(driver.GetRunResult().Results);
            Assert.Null(result.Exception);
            Assert.Single(result.GeneratedSources);
            Assert.DoesNotContain(diagnostics, d => d.Id is "NOTES013" or "CS8785");
        }

        /// <summary>The method of the first stack frame outside System.*: the one that called ThrowIfCancellationRequested.</summary>
        private static string FirstOwnFrame(Exception e)
        {
            foreach (System.Diagnostics.StackFrame frame in new System.Diagnostics.StackTrace(e).GetFrames())
            {
                System.Reflection.MethodBase? method = frame.GetMethod();
                string name = method?.DeclaringType?.FullName + "." + method?.Name;
                if (!name.StartsWith("System.", StringComparison.Ordinal)) return name;
            }

            return "(no frame outside System.*)";
        }

        [LongFact, Trait("Category", Settings.Long)]
        public void Generator_honours_a_token_cancelled_after_a_short_delay()
        {
            // Timing-based, so Long only: 20 ms is far less than a 20 MB file takes the generator (parse, index and code) on
            // any machine this runs on. The cancel comes from a thread of its own, not CancelAfter's thread-pool timer: with
            // the timer, this failed once in a long run, most likely because the Long property tests running beside it kept
            // the pool's threads busy and the timer fired after the generator had finished.
            using var cts = new CancellationTokenSource();
            var canceller = new Thread(() =>
            {
                Thread.Sleep(20);
                cts.Cancel();
            }) { IsBackground = true };
            var file = new ReadHook("/src/large.notes.txt", Large.Value, canceller.Start);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { file }, GeneratorHarness.OptionsFor(Array.Empty<NotesInput>()));
            Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGeneratorsAndUpdateCompilation(GeneratorProperties.BaseCompilation, out _, out ImmutableArray<Diagnostic> _, cts.Token));
            canceller.Join();
        }
    }
}
