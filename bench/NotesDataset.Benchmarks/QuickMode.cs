using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Generator;
using NotesDataset.Parsing;

using NotesDataset.Bench;

namespace NotesDataset.Benchmarks
{
    /// <summary>
    /// <c>--quick</c>: every measurement timed with a Stopwatch (one warm-up run, then the median of a few), printed
    /// as markdown tables: the generator against the read+split floor and the run-time parser; where the
    /// generator's time goes; and what compiling the generated code costs.
    /// </summary>
    internal static class QuickMode
    {
        private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

        /// <summary>NOTES_BENCH_VERBOSE=1: every timed run on stderr.</summary>
        private static readonly bool Verbose = Environment.GetEnvironmentVariable("NOTES_BENCH_VERBOSE") == "1";

        public static int Run(IReadOnlyList<string> sizes, int reps, bool emit)
        {
            Console.WriteLine("NotesDataset quick benchmarks: " + RuntimeInformation.FrameworkDescription + ", " + RuntimeInformation.OSDescription + ", " +
                              Environment.ProcessorCount + " cores, Roslyn " + typeof(CSharpCompilation).Assembly.GetName().Version + ", GC " +
                              (System.Runtime.GCSettings.IsServerGC ? "server" : "workstation") + "; median of " + reps + " runs after a warm-up of at least 0.5 s.");
            Console.WriteLine(LoadAverage("at start"));
            Console.WriteLine();

            var inputs = new List<NotesFile>();
            foreach (string size in sizes)
            {
                var sw = Stopwatch.StartNew();
                NotesFile input = NotesFile.Get(size);
                inputs.Add(input);
                Console.WriteLine(string.Create(Inv, $"- {Label(input)}: {input.Talks:N0} talks, {input.Utf8.Length:N0} bytes, {CountBullets(input.Text):N0} bullet lines (prepared in {sw.ElapsedMilliseconds:N0} ms)"));
            }

            _ = Roslyn.GeneratorCompilation;
            Console.WriteLine();

            // 1. The summary table.
            var rows = new List<string>();
            var inlineRows = new List<string>();
            foreach (NotesFile input in inputs)
            {
                var additional = new InMemoryAdditionalText(input.Path, input.Utf8);
                (double floor, double floorMin) = Measure(reps, () =>
                {
                    SourceText text = additional.GetText();
                    int chars = 0;
                    foreach (TextLine line in text.Lines) chars += line.End - line.Start;
                    return chars;
                });
                (double generator, double generatorMin) = Measure(reps, () => Roslyn.RunGenerator(input, GeneratorMode.Embedded));
                (double docs, double docsMin) = Measure(reps, () => Roslyn.RunGenerator(input, GeneratorMode.Embedded, Roslyn.DocParseOptions));
                (double inline, double inlineMin) = Measure(reps, () => Roslyn.RunGenerator(input, GeneratorMode.Inline));
                (double unnamed, double unnamedMin) = Measure(reps, () => Roslyn.RunGenerator(input, GeneratorMode.Embedded, namedMembers: false));
                (double parse, double parseMin) = Measure(reps, () => NotesParser.Parse(input.Text, input.RelativePath));
                (string source, ImmutableArray<Diagnostic> diagnostics) = Roslyn.Generated(input, GeneratorMode.Embedded);
                (string docsSource, _) = Roslyn.Generated(input, GeneratorMode.Embedded, Roslyn.DocParseOptions);
                (string inlineSource, _) = Roslyn.Generated(input, GeneratorMode.Inline);
                (string unnamedSource, _) = Roslyn.Generated(input, GeneratorMode.Embedded, namedMembers: false);
                rows.Add(string.Create(Inv, $"| {Label(input)} | {input.Talks:N0} | {input.Megabytes:F2} | {F(floor)} ({F(floorMin)}) | {F(generator)} ({F(generatorMin)}) | {generator / floor:F1}× ({generatorMin / floorMin:F1}×) | {source.Length / 1000.0:N1} | {F(docs)} ({F(docsMin)}) | {docs / floor:F1}× ({docsMin / floorMin:F1}×) | {docsSource.Length / 1000.0:N1} | {F(unnamed)} ({F(unnamedMin)}) | {unnamed / floor:F1}× ({unnamedMin / floorMin:F1}×) | {unnamedSource.Length / 1000.0:N1} | {F(parse)} ({F(parseMin)}) |"));
                inlineRows.Add(string.Create(Inv, $"| {Label(input)} | {F(inline)} ({F(inlineMin)}) | {inline / floor:F1}× ({inlineMin / floorMin:F1}×) | {inlineSource.Length / 1000.0:N1} | {Diagnostics(diagnostics)} |"));
            }

            Console.WriteLine("### Generator vs floor vs run-time parse (notes passed as the package's targets pass them: embedded resource)");
            Console.WriteLine();
            Console.WriteLine("| notes | talks | MB | read+split floor ms | generator ms | generator/floor | generated source KB | with XML docs: generator ms | generator/floor | generated source KB | NotesDatasetNamedMembers=false: generator ms | generator/floor | generated source KB | runtime Parse ms |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            rows.ForEach(Console.WriteLine);
            Console.WriteLine();
            Console.WriteLine("Times: median (fastest) of the runs.");
            Console.WriteLine("KB and MB are thousands and millions (of characters of C#, of UTF-8 bytes). Floor: the AdditionalText's SourceText (decoded from the file's UTF-8) and its Lines.");
            Console.WriteLine("Generator: CSharpGeneratorDriver.Create(...).RunGenerators(compilation) with a fresh driver, as in a clean build without an XML doc file (DocumentationMode.None:");
            Console.WriteLine("the generator writes no doc comments). With XML docs: DocumentationMode.Diagnose, as a build that writes a doc file (the IDE parses them too, with DocumentationMode.Parse).");
            Console.WriteLine("NotesDatasetNamedMembers=false: as the generator column, without the classes per day and session and the fields per talk and speaker.");
            Console.WriteLine();
            Console.WriteLine("### Same generator, text inline (a bare <AdditionalFiles> item without the package's metadata: the notes become a string constant)");
            Console.WriteLine();
            Console.WriteLine("| notes | generator ms | generator/floor | generated source KB | generator diagnostics (embedded run) |");
            Console.WriteLine("|---|---:|---:|---:|---|");
            inlineRows.ForEach(Console.WriteLine);
            Console.WriteLine();

            // 2. Where the generator's time goes.
            Breakdown(inputs, reps);

            // 3. Compiling the generated code.
            if (emit) Build(inputs, Math.Max(1, Math.Min(3, reps)));
            Console.WriteLine(LoadAverage("at end"));
            return 0;
        }

        /// <summary>How many top-level notes of a talk the generator builds: none in a build without doc comments (three for the docs otherwise).</summary>
        private const int GeneratorNoteLimit = 0;

        private static void Breakdown(List<NotesFile> inputs, int reps)
        {
            GeneratorInternals? internals = GeneratorInternals.TryCreate(out string? why);
            Console.WriteLine("### Where the generator's time goes (embedded text; each step timed on its own; fastest of " + reps + " runs, ms)");
            Console.WriteLine();
            Console.WriteLine("| notes | GetText | ReadText (into a pooled array) | NotesSyntaxParser.Parse (as the generator without doc comments: notes counted, none built) | IndexWriter.Write | BuildModel (rest of ParseFile) | Emitter.Write (C# text) | driver and the rest | generator total | GC pauses in Parse / in generator | SourceText.From(generated) | later: compiler parses generated C# | same with XML docs, DocumentationMode.Diagnose |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (NotesFile input in inputs)
            {
                var additional = new InMemoryAdditionalText(input.Path, input.Utf8);
                SourceText sourceText = additional.GetText();
                string text = sourceText.ToString();
                double getText = Fastest(reps, () => additional.GetText());
                // As the generator parses without doc comments: notes counted, none built (with docs it builds each talk's first three).
                // The generator's own build of the parser and the index writer reads its pooled array; without the internals, the runtime's (a string).
                double syntax, index;
                if (internals != null)
                {
                    object rented = internals.Rent(sourceText);
                    object generatorParsed = internals.Parse(rented, input.RelativePath, GeneratorNoteLimit);
                    syntax = Fastest(reps, () => internals.Parse(rented, input.RelativePath, GeneratorNoteLimit));
                    index = Fastest(reps, () => internals.WriteIndex(generatorParsed, rented, input.RelativePath));
                    internals.Return(rented);
                }
                else
                {
                    ParsedNotes parsed = NotesSyntaxParser.Parse(text, input.RelativePath, CancellationToken.None, GeneratorNoteLimit);
                    syntax = Fastest(reps, () => NotesSyntaxParser.Parse(text, input.RelativePath, CancellationToken.None, GeneratorNoteLimit));
                    index = Fastest(reps, () => IndexWriter.Write(parsed, text, input.RelativePath, out _, out _));
                }

                double total = Fastest(reps, () => Roslyn.RunGenerator(input, GeneratorMode.Embedded));
                double parsePause = GcPause(() => NotesSyntaxParser.Parse(text, input.RelativePath, CancellationToken.None, GeneratorNoteLimit));
                double generatorPause = GcPause(() => Roslyn.RunGenerator(input, GeneratorMode.Embedded));
                (string source, _) = Roslyn.Generated(input, GeneratorMode.Embedded);
                double fromString = Fastest(reps, () => SourceText.From(source, Encoding.UTF8));
                SourceText generatedText = SourceText.From(source, Encoding.UTF8);
                double csParse = Fastest(reps, () => CSharpSyntaxTree.ParseText(generatedText, Roslyn.ParseOptions).GetRoot());
                SourceText docsText = SourceText.From(Roslyn.Generated(input, GeneratorMode.Embedded, Roslyn.DocParseOptions).Source, Encoding.UTF8);
                double csParseDocs = Fastest(reps, () => CSharpSyntaxTree.ParseText(docsText, Roslyn.DocParseOptions).GetRoot());

                string readTextCell = "n/a", parseFileCell = "n/a", emitCell = "n/a", restCell = "n/a";
                if (internals != null)
                {
                    double readText = Fastest(reps, () => { internals.Return(internals.Rent(sourceText)); return null; });
                    object options = internals.NewOptions(input, GeneratorMode.Embedded);
                    double parseFile = Fastest(reps, () => internals.ParseFile(additional, options));
                    object fileModel = internals.ParseFile(additional, options);
                    double assign = Fastest(reps, () => internals.AssignNames(fileModel));
                    object emitModel = internals.AssignNames(fileModel);
                    // Emitter.Write, as the generator calls it: the text stays in the writer's arrays (Emit copies it into a string).
                    double emitCs = Fastest(reps, () => internals.Write(emitModel));
                    string emitted = internals.Emit(emitModel);
                    if (!string.Equals(emitted, source, StringComparison.Ordinal)) why = "Emitter.Emit's text differs from the driver's generated source";
                    readTextCell = F(readText);
                    parseFileCell = F(parseFile - getText - readText - syntax - index);
                    emitCell = F(emitCs);
                    restCell = F(total - parseFile - assign - emitCs);
                }

                Console.WriteLine($"| {Label(input)} | {F(getText)} | {readTextCell} | {F(syntax)} | {F(index)} | {parseFileCell} | {emitCell} | {restCell} | {F(total)} | {F(parsePause)} / {F(generatorPause)} | {F(fromString)} | {F(csParse)} | {F(csParseDocs)} |");
            }

            Console.WriteLine();
            Console.WriteLine("Fastest rather than median here, so that the parts of a busy machine's runs still add up. GC pauses: GC.GetTotalPauseDuration over one more run of each, after a full collection.");
            Console.WriteLine("GetText decodes the UTF-8 into a chunked LargeText; ReadText copies it into an array from the shared pool (NotesGenerator.ReadText; returned at once here, as ParseFile returns it); the parse and the index writer are the shared runtime/Parsing code, timed as the generator compiles it (over its pooled array; called by reflection; the runtime's build over a string if the generator's internals changed shape); BuildModel and Emitter.Write are the generator's own (called by reflection, so this");
            Console.WriteLine("table needs no change to the generator). \"Driver and the rest\" = total − ParseFile − AssignNames − Write: the incremental tables, AddSource (SourceText.From of the generated string, in its own column), the options.");
            Console.WriteLine("The last two columns are not generator time: the driver parses generated trees lazily, and the compiler pays it when it compiles them.");
            if (why != null) Console.WriteLine("Note: " + why);
            Console.WriteLine();
        }

        private static void Build(List<NotesFile> inputs, int reps)
        {
            Console.WriteLine("### Build-time cost: compiling the generated code (CSharpCompilation.Emit, Release, references: the running .NET + NotesDataset.dll)");
            Console.WriteLine();
            Console.WriteLine("| notes | text | generated KB (no docs / docs) | compile+emit ms (no XML docs) | compile+emit ms (XML docs, Diagnose) | assembly KB | notes KB | assembly/notes | XML doc KB | errors / warnings | first access ms | all notes read ms |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
            foreach (NotesFile input in inputs)
            {
                foreach (GeneratorMode mode in new[] { GeneratorMode.Embedded, GeneratorMode.Inline })
                {
                    (string source, _) = Roslyn.Generated(input, mode);
                    (string docSource, _) = Roslyn.Generated(input, mode, Roslyn.DocParseOptions);
                    SyntaxTree tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), Roslyn.ParseOptions, "Notes.g.cs");
                    SyntaxTree docTree = CSharpSyntaxTree.ParseText(SourceText.From(docSource, Encoding.UTF8), Roslyn.DocParseOptions, "Notes.g.cs");
                    ResourceDescription[]? resources = mode == GeneratorMode.Embedded
                        ? new[] { new ResourceDescription(Roslyn.ResourceName(input), () => new MemoryStream(input.Utf8, writable: false), isPublic: true) }
                        : null;

                    EmitResult? result = null;
                    byte[] pe = Array.Empty<byte>();
                    double emitMs = Median(reps, () =>
                    {
                        var stream = new MemoryStream();
                        result = Roslyn.EmitCompilation(tree, Roslyn.ParseOptions, "Bench.Notes.Data").Emit(stream, manifestResources: resources);
                        pe = stream.ToArray();
                        return result;
                    });

                    long xmlLength = 0;
                    EmitResult? docResult = null;
                    double docMs = Median(reps, () =>
                    {
                        var stream = new MemoryStream();
                        var xml = new MemoryStream();
                        docResult = Roslyn.EmitCompilation(docTree, Roslyn.DocParseOptions, "Bench.Notes.Data").Emit(stream, xmlDocumentationStream: xml, manifestResources: resources);
                        xmlLength = xml.Length;
                        return docResult;
                    });

                    string errors = Counts(result!) + (docResult!.Success ? "" : "; docs: " + Counts(docResult));
                    string first = "-", all = "-";
                    if (result!.Success)
                    {
                        (double firstMs, double allMs, int talks) = Load(pe);
                        first = F(firstMs);
                        all = F(allMs);
                        if (talks != input.Talks) errors += "; loaded " + talks + " talks, expected " + input.Talks;
                    }

                    string assembly = result.Success ? (pe.Length / 1000.0).ToString("N0", Inv) : "-";
                    string ratio = result.Success ? (pe.Length / (double)input.Utf8.Length).ToString("F2", Inv) + "×" : "-";
                    Console.WriteLine(string.Create(Inv,
                        $"| {Label(input)} | {(mode == GeneratorMode.Embedded ? "embedded" : "inline")} | {source.Length / 1000.0:N1} / {docSource.Length / 1000.0:N1} | {F(emitMs)} | {F(docMs)} | {assembly} | {input.Utf8.Length / 1000.0:N0} | {ratio} | {xmlLength / 1000.0:N0} | {errors} | {first} | {all} |"));
                }
            }

            Console.WriteLine();
            Console.WriteLine("Compile+emit starts from an already parsed tree (parse cost is in the table above) and includes binding, IL, metadata and, for embedded text, the notes as a manifest resource.");
            Console.WriteLine("First access: the generated assembly loaded into a collectible AssemblyLoadContext, then the class's Document (the runtime reads the index). All notes read: every talk's Notes, read lazily from the embedded bytes or the inline text.");
            Console.WriteLine();
        }

        /// <summary>Loads a generated assembly, times the first access to its dataset and reading every talk's notes.</summary>
        private static (double FirstMs, double AllMs, int Talks) Load(byte[] pe)
        {
            var context = new AssemblyLoadContext("NotesDataset.Bench", isCollectible: true);
            try
            {
                Assembly assembly = context.LoadFromStream(new MemoryStream(pe));
                Type type = assembly.GetTypes().First(t => t.DeclaringType == null && t.GetProperty("Document", BindingFlags.Public | BindingFlags.Static)?.PropertyType == typeof(NotesDocument));
                PropertyInfo property = type.GetProperty("Document", BindingFlags.Public | BindingFlags.Static)!;
                var sw = Stopwatch.StartNew();
                var document = (NotesDocument)property.GetValue(null)!;
                int talks = document.Talks.Count;
                double first = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                int notes = 0;
                foreach (Talk talk in document.Talks) notes += talk.Notes.Count;
                double all = sw.Elapsed.TotalMilliseconds;
                GC.KeepAlive(notes);
                return (first, all, talks);
            }
            finally
            {
                context.Unload();
            }
        }

        /// <summary>Milliseconds the GC paused the process during one run of <paramref name="action"/> (started after a full collection).</summary>
        private static double GcPause(Func<object?> action)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            TimeSpan before = GC.GetTotalPauseDuration();
            GC.KeepAlive(action());
            return (GC.GetTotalPauseDuration() - before).TotalMilliseconds;
        }

        /// <summary>The 1/5/15-minute load averages (Linux), so that a reader can tell a quiet run from a busy one.</summary>
        private static string LoadAverage(string when)
        {
            try
            {
                string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
                return "Load average " + when + ": " + parts[0] + " " + parts[1] + " " + parts[2] + " (" + Environment.ProcessorCount + " cores).";
            }
            catch (IOException)
            {
                return "Load average " + when + ": unknown.";
            }
            catch (UnauthorizedAccessException)
            {
                return "Load average " + when + ": unknown.";
            }
        }

        private static string Counts(EmitResult result)
        {
            int errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            int warnings = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            string text = errors + " / " + warnings;
            Diagnostic? first = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Warning);
            if (first != null) text += " (" + first.Id + ": " + Truncate(first.GetMessage(Inv), 90) + ")";
            return text;
        }

        private static string Diagnostics(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics.Length == 0 ? "none" : string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " ×" + g.Count()));

        private static string Truncate(string s, int n) => s.Length <= n ? s : s.Substring(0, n) + "…";

        private static string Label(NotesFile input) => BenchNotes.Label(input.Name);

        private static string F(double ms) => ms.ToString(ms >= 100 ? "F0" : ms >= 10 ? "F1" : "F2", Inv);

        private static int CountBullets(string text)
        {
            int count = 0;
            foreach (string line in text.Split('\n'))
            {
                if (line.TrimStart(' ').StartsWith('•')) count++;
            }

            return count;
        }

        /// <summary>
        /// Warm-up (runs for at least half a second, at most 30 runs: long enough for tiered JIT to promote the hot
        /// code to tier 1), then the median of <paramref name="reps"/> timed runs, each after a full GC.
        /// </summary>
        public static double Median(int reps, Func<object?> action) => Measure(reps, action).Median;

        public static double Fastest(int reps, Func<object?> action) => Measure(reps, action).Min;

        /// <summary>As <see cref="Median"/>, with the fastest run too (the better estimate on a busy machine).</summary>
        public static (double Median, double Min) Measure(int reps, Func<object?> action)
        {
            long warm = Stopwatch.GetTimestamp();
            for (int i = 0; i < 30 && (i == 0 || Stopwatch.GetElapsedTime(warm).TotalMilliseconds < 500); i++) GC.KeepAlive(action());
            var times = new double[reps];
            for (int i = 0; i < reps; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long start = Stopwatch.GetTimestamp();
                object? result = action();
                times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                GC.KeepAlive(result);
            }

            if (Verbose) Console.Error.WriteLine("  runs ms: " + string.Join(" ", times.Select(t => t.ToString("F1", Inv))));
            Array.Sort(times);
            return (reps % 2 == 1 ? times[reps / 2] : (times[(reps / 2) - 1] + times[reps / 2]) / 2, times[0]);
        }
    }

    /// <summary>
    /// The generator's private steps (ParseFile, AssignNames, Emitter.Emit), reached by reflection so that timing
    /// them needs no InternalsVisibleTo in the generator. When a signature changes, the breakdown says "n/a".
    /// </summary>
    internal sealed class GeneratorInternals
    {
        private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        private readonly MethodInfo _parseFile;
        private readonly MethodInfo _assignNames;
        private readonly MethodInfo _emit;
        private readonly ConstructorInfo _options;
        private readonly object _project;
        private readonly object _runtime;
        private readonly MethodInfo _createArray;
        private readonly MethodInfo _readText;
        private readonly MethodInfo _write;
        private readonly MethodInfo _return;
        private readonly MethodInfo _parse;
        private readonly MethodInfo _writeIndex;

        private GeneratorInternals(MethodInfo parseFile, MethodInfo assignNames, MethodInfo emit, ConstructorInfo options, object project, object runtime, MethodInfo createArray, MethodInfo readText, MethodInfo write, MethodInfo parse, MethodInfo writeIndex)
        {
            _runtime = runtime;
            _parseFile = parseFile;
            _assignNames = assignNames;
            _emit = emit;
            _options = options;
            _project = project;
            _createArray = createArray;
            _readText = readText;
            _write = write;
            _return = readText.ReturnType.GetMethod("Return") ?? throw new MissingMethodException(readText.ReturnType.Name + ".Return");
            _parse = parse;
            _writeIndex = writeIndex;
        }

        public static GeneratorInternals? TryCreate(out string? why)
        {
            try
            {
                Assembly generator = typeof(NotesGenerator).Assembly;
                MethodInfo parseFile = typeof(NotesGenerator).GetMethod("ParseFile", Any) ?? throw new MissingMethodException("NotesGenerator.ParseFile");
                MethodInfo assignNames = typeof(NotesGenerator).GetMethod("AssignNames", Any) ?? throw new MissingMethodException("NotesGenerator.AssignNames");
                MethodInfo emit = generator.GetType("NotesDataset.Generator.Emitter")?.GetMethod("Emit", Any) ?? throw new MissingMethodException("Emitter.Emit");
                MethodInfo write = emit.DeclaringType!.GetMethod("Write", Any) ?? throw new MissingMethodException("Emitter.Write");
                MethodInfo readText = typeof(NotesGenerator).GetMethod("ReadText", Any, null, new[] { typeof(SourceText) }, null) ?? throw new MissingMethodException("NotesGenerator.ReadText(SourceText)");
                MethodInfo parse = Shared("NotesSyntaxParser").GetMethod("Parse") ?? throw new MissingMethodException("NotesSyntaxParser.Parse");
                // The overload the tests call: no speakers out.
                MethodInfo writeIndex = Shared("IndexWriter").GetMethods().Single(m => m.Name == "Write" && m.GetParameters().Length == 6);
                Type optionsType = parseFile.GetParameters()[1].ParameterType;
                ConstructorInfo options = optionsType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                    .FirstOrDefault(c => c.GetParameters().Length == 5 && c.GetParameters().All(p => p.ParameterType == typeof(string)))
                    ?? throw new MissingMethodException(optionsType.Name + "(string × 5)");
                ParameterInfo[] assignParameters = assignNames.GetParameters();
                Type projectType = assignParameters[1].ParameterType;
                ConstructorInfo projectCtor = projectType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                    .FirstOrDefault(c => c.GetParameters().Select(p => p.ParameterType).SequenceEqual(new[] { typeof(string), typeof(string), typeof(bool), typeof(bool), typeof(bool), typeof(bool), typeof(bool), typeof(bool) }))
                    ?? throw new MissingMethodException(projectType.Name + "(string, string, bool, bool, bool, bool, bool, bool)");
                // As Roslyn.ParseOptions (DocumentationMode.None): nullable and UTF-8 literals on, no doc comments, docs unchecked, named members, public.
                object project = projectCtor.Invoke(new object?[] { Roslyn.RootNamespace, null, true, true, false, false, true, false });
                // The runtime the harness compiles against: its net10.0 build, which reads the index as a UTF-8 literal.
                object runtime = Enum.Parse(assignParameters[2].ParameterType, "Utf8Index");
                Type modelType = assignParameters[0].ParameterType.GetGenericArguments()[0];
                MethodInfo createArray = typeof(ImmutableArray).GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .First(m => m.Name == nameof(ImmutableArray.Create) && m.IsGenericMethodDefinition && m.GetParameters().Length == 1 && m.GetParameters()[0].ParameterType.IsGenericParameter)
                    .MakeGenericMethod(modelType);
                why = null;
                return new GeneratorInternals(parseFile, assignNames, emit, options, project, runtime, createArray, readText, write, parse, writeIndex);
            }
            catch (Exception e)
            {
                why = "generator breakdown unavailable (" + e.GetType().Name + ": " + e.Message + "); the generator's internals changed shape.";
                return null;
            }
        }

        public object NewOptions(NotesFile input, GeneratorMode mode)
            => _options.Invoke(new object?[] { input.Path, input.RelativePath, null, null, mode == GeneratorMode.Embedded ? Roslyn.ResourceName(input) : null });

        /// <summary>As a build without an XML doc file parses: no doc comments, so no notes built.</summary>
        public object ParseFile(AdditionalText text, object options) => _parseFile.Invoke(null, new object[] { text, options, false, CancellationToken.None })!;

        public object AssignNames(object fileModel)
        {
            object files = _createArray.Invoke(null, new[] { fileModel })!;
            // Parameters after the runtime (what the compilation already has of the classes' names) get their defaults: none.
            ParameterInfo[] parameters = _assignNames.GetParameters();
            var args = new object?[parameters.Length];
            args[0] = files;
            args[1] = _project;
            args[2] = _runtime;
            for (int i = 3; i < args.Length; i++) args[i] = Empty(parameters[i].ParameterType);

            foreach (object model in (IEnumerable)_assignNames.Invoke(null, args)!) return model;
            throw new InvalidOperationException("AssignNames returned nothing.");
        }

        /// <summary>A value type's default, or a record built from its parameters' defaults (the generator's ExistingNames: empty lists).</summary>
        private static object? Empty(Type type)
        {
            if (type.IsValueType) return Activator.CreateInstance(type);
            ConstructorInfo? constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
            return constructor?.Invoke(constructor.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray());
        }

        public string Emit(object emitModel) => (string)_emit.Invoke(null, new[] { emitModel, true })!;

        /// <summary>Emitter.Write(model, utf8Index, cancellationToken), which the generator calls: the code stays in the writer's arrays.</summary>
        public object Write(object emitModel) => _write.Invoke(null, new[] { emitModel, true, CancellationToken.None })!;

        /// <summary>NotesGenerator.ReadText: the notes copied into an array from the shared pool (a boxed RentedText), as the generator reads them.</summary>
        public object Rent(SourceText text) => _readText.Invoke(null, new object[] { text })!;

        /// <summary>Gives <see cref="Rent"/>'s array back to the pool, as ParseFile does.</summary>
        public void Return(object rented) => _return.Invoke(rented, null);

        /// <summary>The generator's NotesSyntaxParser.Parse over its pooled text.</summary>
        public object Parse(object rented, string path, int noteLimit) => _parse.Invoke(null, new object?[] { rented, path, CancellationToken.None, noteLimit })!;

        /// <summary>The generator's IndexWriter.Write over its pooled text.</summary>
        public string WriteIndex(object parsed, object rented, string path) => (string)_writeIndex.Invoke(null, new object?[] { parsed, rented, path, 0L, false, CancellationToken.None })!;

        private static Type Shared(string name) => typeof(NotesGenerator).Assembly.GetType("NotesDataset.Parsing." + name) ?? throw new MissingMemberException(name);
    }
}
