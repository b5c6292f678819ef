// Linked into both benchmark projects (NotesDataset.Benchmarks and NotesDataset.IdeBenchmarks), which build
// against different Roslyn versions and so cannot share an assembly.
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NotesDataset.Bench
{
    /// <summary>An AdditionalText held in memory: each GetText decodes the UTF-8 bytes afresh, like the compiler reading the file.</summary>
    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly byte[] _utf8;

        public InMemoryAdditionalText(string path, byte[] utf8)
        {
            Path = path;
            _utf8 = utf8;
        }

        public override string Path { get; }

        // The compiler reads an additional file through SourceText.From(Stream): above ~40K characters that is a
        // chunked LargeText rather than one string, as here.
        public override SourceText GetText(CancellationToken cancellationToken = default)
            => SourceText.From(new MemoryStream(_utf8, writable: false), Encoding.UTF8);
    }

    /// <summary>What the package's MSBuild targets give the compiler for notes, as analyzer config options.</summary>
    public static class PackageOptions
    {
        /// <summary>The global options: the project's root namespace, and NotesDatasetNamedMembers=false unless <paramref name="namedMembers"/>.</summary>
        public static DictionaryOptions Global(string rootNamespace, bool namedMembers = true)
        {
            var values = new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace };
            if (!namedMembers) values["build_property.NotesDatasetNamedMembers"] = "false";
            return new DictionaryOptions(values);
        }

        /// <summary>A notes file's item metadata: marked as notes, its path in the project, and the resource it is embedded as.</summary>
        public static DictionaryOptions NotesFile(string relativePath)
        {
            const string M = "build_metadata.AdditionalFiles.";
            return new DictionaryOptions(new Dictionary<string, string>
            {
                [M + "NotesDatasetFile"] = "true",
                [M + "NotesDatasetRelativePath"] = relativePath,
                [M + "NotesDatasetResourceName"] = ResourceName(relativePath),
            });
        }

        /// <summary>The manifest resource name the targets give a notes file.</summary>
        public static string ResourceName(string relativePath) => "notes/" + relativePath;
    }

    /// <summary>Build properties and item metadata, as the compiler's editorconfig would give them.</summary>
    public sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = new Dictionary<string, string>(values, KeyComparer);

        public override bool TryGetValue(string key, out string value)
        {
            bool found = _values.TryGetValue(key, out string? v);
            value = v ?? "";
            return found;
        }

        public override IEnumerable<string> Keys => _values.Keys;
    }
}
