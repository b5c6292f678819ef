using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Bench;
using NotesDataset.Generator;
using NotesDataset.Synthetic;

namespace NotesDataset.Benchmarks
{
    /// <summary>How the notes file reaches the generator.</summary>
    public enum GeneratorMode
    {
        /// <summary>As the package's MSBuild targets pass it: with item metadata, the text embedded as a resource the generated code reads lazily.</summary>
        Embedded,

        /// <summary>A bare <c>&lt;AdditionalFiles&gt;</c> item without metadata: the generated code carries the text as a string constant.</summary>
        Inline,
    }

    public sealed class NotesOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, AnalyzerConfigOptions> _files = new(StringComparer.Ordinal);

        /// <param name="namedMembers">false: the project sets NotesDatasetNamedMembers=false.</param>
        public NotesOptionsProvider(NotesFile input, GeneratorMode mode, bool namedMembers = true)
        {
            GlobalOptions = PackageOptions.Global(Roslyn.RootNamespace, namedMembers);
            _files[input.Path] = mode == GeneratorMode.Embedded
                ? PackageOptions.NotesFile(input.RelativePath)
                : DictionaryOptions.Empty; // picked up by its *.notes.txt name
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => _files.TryGetValue(textFile.Path, out AnalyzerConfigOptions? o) ? o : DictionaryOptions.Empty;
    }

    /// <summary>The compilations and driver runs the measurements share.</summary>
    public static class Roslyn
    {
        public const string RootNamespace = "Bench.Notes";

        /// <summary>No XML docs: what a project without GenerateDocumentationFile compiles with.</summary>
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

        /// <summary>XML docs checked and written: what a project with GenerateDocumentationFile compiles with (NotesDataset.Lca2015 does).</summary>
        public static readonly CSharpParseOptions DocParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

        private static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithDeterministic(true);

        private static readonly Lazy<CSharpCompilation> LazyGeneratorCompilation = new(() =>
        {
            // Net80 reference assemblies, plus the runtime the generated code calls (the generator checks for it).
            var references = new List<MetadataReference>(Net80.References.All) { MetadataReference.CreateFromFile(typeof(NotesDocument).Assembly.Location) };
            CSharpCompilation compilation = CSharpCompilation.Create(RootNamespace, new[] { AnchorTree(ParseOptions) }, references, Options);
            _ = compilation.GetTypeByMetadataName("NotesDataset.Compiled.CompiledNotes"); // bind the references once, outside any timing
            return compilation;
        });

        public static string ResourceName(NotesFile input) => PackageOptions.ResourceName(input.RelativePath);

        /// <summary>The project the notes are generated into: one small C# file and the references.</summary>
        public static CSharpCompilation GeneratorCompilation => LazyGeneratorCompilation.Value;

        public static SyntaxTree AnchorTree(CSharpParseOptions options)
            => CSharpSyntaxTree.ParseText("namespace Bench.Notes\n{\n    /// <summary>The project's own code.</summary>\n    public static class Anchor { }\n}\n", options, "Anchor.cs");

        public static GeneratorDriver CreateDriver(NotesFile input, GeneratorMode mode, CSharpParseOptions? parseOptions = null, bool namedMembers = true)
            => CSharpGeneratorDriver.Create(
                new[] { new NotesGenerator().AsSourceGenerator() },
                new AdditionalText[] { new InMemoryAdditionalText(input.Path, input.Utf8) },
                parseOptions ?? ParseOptions,
                new NotesOptionsProvider(input, mode, namedMembers));

        /// <summary>
        /// What a build does: a fresh driver run over the compilation, the notes as an AdditionalText. With
        /// <see cref="ParseOptions"/> (no doc file) the generator writes no doc comments; with <see cref="DocParseOptions"/> it does.
        /// </summary>
        public static GeneratorDriver RunGenerator(NotesFile input, GeneratorMode mode, CSharpParseOptions? parseOptions = null, bool namedMembers = true)
            => CreateDriver(input, mode, parseOptions, namedMembers).RunGenerators(GeneratorCompilation);

        /// <summary>The generated source (one file per notes file), and the generator's diagnostics.</summary>
        public static (string Source, ImmutableArray<Diagnostic> Diagnostics) Generated(NotesFile input, GeneratorMode mode, CSharpParseOptions? parseOptions = null, bool namedMembers = true)
        {
            GeneratorRunResult result = RunGenerator(input, mode, parseOptions, namedMembers).GetRunResult().Results[0];
            if (result.Exception != null) throw new InvalidOperationException("The generator failed: " + result.Exception.Message, result.Exception);
            if (result.GeneratedSources.Length != 1) throw new InvalidOperationException("Expected one generated source, got " + result.GeneratedSources.Length + ": " + string.Join("; ", result.Diagnostics));
            return (result.GeneratedSources[0].SourceText.ToString(), result.Diagnostics);
        }

        private static readonly ConcurrentDictionary<(string, GeneratorMode), int> GeneratedLengths = new();

        /// <summary>Characters of generated source (cached: the custom column asks for it).</summary>
        public static int GeneratedLength(string size, GeneratorMode mode)
            => GeneratedLengths.GetOrAdd((size, mode), key => Generated(NotesFile.Get(key.Item1), key.Item2).Source.Length);

        /// <summary>
        /// References for compiling the generated code for real: the running .NET's own assemblies and the runtime
        /// library (built for net10.0, which Net80 reference assemblies cannot bind to, CS1705).
        /// </summary>
        public static IReadOnlyList<MetadataReference> EmitReferences => LazyEmitReferences.Value;

        private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyEmitReferences = new(() =>
        {
            string frameworkDir = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var references = new List<MetadataReference>();
            foreach (string path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator))
            {
                if (string.Equals(System.IO.Path.GetDirectoryName(path), frameworkDir, StringComparison.Ordinal)) references.Add(MetadataReference.CreateFromFile(path));
            }

            references.Add(MetadataReference.CreateFromFile(typeof(NotesDocument).Assembly.Location));
            return references;
        });

        public static CSharpCompilation EmitCompilation(SyntaxTree generated, CSharpParseOptions options, string assemblyName)
            => CSharpCompilation.Create(assemblyName, new[] { AnchorTree(options), generated }, EmitReferences, Options);
    }
}
