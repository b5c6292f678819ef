using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotesDataset.Generator.Tests.Infrastructure
{
    /// <summary>One notes file given to the generator, with the item metadata the package's targets would set (null: not set).</summary>
    public sealed record NotesInput(
        string Path,
        string Text,
        string? ClassName = null,
        string? Namespace = null,
        string? RelativePath = null,
        string? IsNotes = null,
        string? ResourceName = null)
    {
        public AdditionalText ToAdditionalText() => new InMemoryAdditionalText(Path, Text);

        public IReadOnlyDictionary<string, string> Metadata()
        {
            var metadata = new Dictionary<string, string>();
            void Add(string name, string? value)
            {
                if (value != null) metadata["build_metadata.AdditionalFiles." + name] = value;
            }

            Add("NotesDatasetFile", IsNotes);
            Add("NotesDatasetClassName", ClassName);
            Add("NotesDatasetNamespace", Namespace);
            Add("NotesDatasetRelativePath", RelativePath);
            Add("NotesDatasetResourceName", ResourceName);
            return metadata;
        }
    }

    /// <summary>The result of running the generator once over a compilation.</summary>
    public sealed class GeneratorRun
    {
        public GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
        {
            Driver = driver;
            Input = input;
            Output = output;
            GeneratorDiagnostics = generatorDiagnostics;
            Result = driver.GetRunResult().Results.Single();
        }

        public GeneratorDriver Driver { get; }

        public Compilation Input { get; }

        /// <summary>The input compilation with the generated sources added.</summary>
        public Compilation Output { get; }

        /// <summary>What the generator reported (NOTES0xx), sorted by file, position and id.</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        public GeneratorRunResult Result { get; }

        public IReadOnlyList<GeneratedSourceResult> Sources => Result.GeneratedSources;

        public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

        public string SingleSource => Assert1(Sources).SourceText.ToString();

        /// <summary>Warnings and errors of the output compilation (generated code plus the test's own sources).</summary>
        /// <remarks>The generated code is compiled with its nullable warnings on (<see cref="GeneratorHarness.WithNullableWarnings"/>).</remarks>
        public ImmutableArray<Diagnostic> CompilationProblems => GeneratorHarness.Problems(Output).ToImmutableArray();

        private static GeneratedSourceResult Assert1(IReadOnlyList<GeneratedSourceResult> sources)
        {
            if (sources.Count != 1) throw new InvalidOperationException("Expected one generated source, got " + sources.Count + ": " + string.Join(", ", sources.Select(s => s.HintName)));
            return sources[0];
        }
    }

    /// <summary>Runs <see cref="NotesGenerator"/> the way the compiler does, over in-memory notes files.</summary>
    public static class GeneratorHarness
    {
        /// <summary>C# latest, with doc comments parsed and checked (so malformed XML in generated docs is a warning).</summary>
        public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithDocumentationMode(DocumentationMode.Diagnose);

        /// <summary>
        /// The NotesDataset runtime as a net8.0 project compiles against it: the netstandard2.0 build, copied beside the
        /// tests by the project file. (typeof(Talk).Assembly is the net10.0 build, which references System.Runtime 10
        /// and so gives CS1705 against .NET 8 reference assemblies.) Same identity, so at run time it binds to the
        /// runtime the tests have loaded.
        /// </summary>
        public static readonly string RuntimeReferencePath = Path.Combine(AppContext.BaseDirectory, "netstandard2.0-runtime", "NotesDataset.dll");

        /// <summary>.NET 8 reference assemblies (from Basic.Reference.Assemblies, no reference pack download) and the NotesDataset runtime.</summary>
        public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(RuntimeReferencePath))
            .ToImmutableArray();

        /// <summary>Strict: every warning wave on, nullable on.</summary>
        public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true);

        public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, string assemblyName = "NotesTests", CSharpParseOptions? parseOptions = null, ImmutableArray<MetadataReference>? references = null)
            => CSharpCompilation.Create(
                assemblyName,
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions ?? ParseOptions, path: "User" + i + ".cs")),
                references ?? References,
                CompilationOptions);

        public static TestAnalyzerConfigOptionsProvider OptionsFor(IEnumerable<NotesInput> files, string? rootNamespace = "NotesDataset", IReadOnlyDictionary<string, string>? globals = null)
        {
            var global = new Dictionary<string, string>();
            if (rootNamespace != null) global["build_property.RootNamespace"] = rootNamespace;
            if (globals != null)
            {
                foreach (KeyValuePair<string, string> g in globals) global[g.Key] = g.Value;
            }

            var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
            foreach (NotesInput file in files) perFile[file.Path] = file.Metadata();
            return new TestAnalyzerConfigOptionsProvider(global, perFile);
        }

        public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, TestAnalyzerConfigOptionsProvider options, bool trackSteps = false, CSharpParseOptions? parseOptions = null)
            => CSharpGeneratorDriver.Create(
                new[] { new NotesGenerator().AsSourceGenerator() },
                texts,
                parseOptions ?? ParseOptions,
                options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        /// <summary>
        /// Runs the generator over <paramref name="files"/> in a compilation of <paramref name="userSources"/> (by default
        /// with <see cref="ParseOptions"/> and <see cref="References"/>).
        /// </summary>
        public static GeneratorRun Run(
            IEnumerable<NotesInput> files, string? rootNamespace = "NotesDataset", IEnumerable<string>? userSources = null, IReadOnlyDictionary<string, string>? globals = null,
            CSharpParseOptions? parseOptions = null, ImmutableArray<MetadataReference>? references = null)
        {
            NotesInput[] inputs = files.ToArray();
            CSharpCompilation compilation = CreateCompilation(userSources ?? Array.Empty<string>(), parseOptions: parseOptions, references: references);
            GeneratorDriver driver = CreateDriver(inputs.Select(f => f.ToAdditionalText()), OptionsFor(inputs, rootNamespace, globals), parseOptions: parseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            return new GeneratorRun(driver, compilation, output, Sort(diagnostics));
        }

        public static GeneratorRun Run(params NotesInput[] files) => Run(files, "NotesDataset");

        /// <summary>The LCA 2015 seed notes, as the dataset project passes them.</summary>
        public static NotesInput Seed() => new NotesInput(Repo.SeedPath, Repo.SeedText, RelativePath: "lca2015.notes.txt", IsNotes: "true");

        public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        /// <summary>The line the generated code turns nullable warnings off with, annotations staying on (see <see cref="WithNullableWarnings"/>).</summary>
        public const string NullableWarningsOff = "#nullable disable warnings";

        /// <summary>
        /// <paramref name="compilation"/> with every generated file's nullable warnings back on: its
        /// <see cref="NullableWarningsOff"/> line blanked (so lines keep their numbers). The generator turns the warnings
        /// off to spare the compiler the nullable analysis of its code, so tests check that code with them on.
        /// </summary>
        public static Compilation WithNullableWarnings(Compilation compilation)
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees.ToArray())
            {
                string text = tree.GetText().ToString();
                if (!text.StartsWith("// <auto-generated/>", StringComparison.Ordinal)) continue;
                int at = text.IndexOf("\n" + NullableWarningsOff + "\n", StringComparison.Ordinal);
                if (at < 0) continue;
                string on = text.Remove(at + 1, NullableWarningsOff.Length);
                compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(on, (CSharpParseOptions)tree.Options, tree.FilePath));
            }

            return compilation;
        }

        /// <summary>Warnings and errors of <paramref name="compilation"/>, its generated code compiled with nullable warnings on.</summary>
        public static IEnumerable<Diagnostic> Problems(Compilation compilation) => WithNullableWarnings(compilation).GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError);

        /// <summary>The arguments generated code passes to CompiledNotes.Load: the anchor type, the index, the resource name and the inlined text.</summary>
        public static SeparatedSyntaxList<ArgumentSyntax> LoadArguments(string source)
            => CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Single(i => i.Expression.ToString().EndsWith("CompiledNotes.Load", StringComparison.Ordinal)).ArgumentList.Arguments;

        /// <summary>Diagnostics as one line each, the way the compiler prints them, for assertion messages.</summary>
        public static string Format(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));

        /// <summary>Joins lines with '\n', the line ending the generator writes.</summary>
        public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";
    }
}
