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
