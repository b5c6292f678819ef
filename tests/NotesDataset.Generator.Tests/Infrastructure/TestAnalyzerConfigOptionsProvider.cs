using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NotesDataset.Generator.Tests.Infrastructure
{
    /// <summary>
    /// What the compiler reads from the generated .editorconfig: global <c>build_property.*</c> values, and
    /// per-AdditionalFiles-item <c>build_metadata.AdditionalFiles.*</c> values keyed by the item's path.
    /// </summary>
    public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _global;
        private readonly ImmutableDictionary<string, DictionaryOptions> _perFile;

        public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
        {
            _global = new DictionaryOptions(global);
            var builder = ImmutableDictionary.CreateBuilder<string, DictionaryOptions>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, IReadOnlyDictionary<string, string>> file in perFile) builder[file.Key] = new DictionaryOptions(file.Value);
            _perFile = builder.ToImmutable();
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => _perFile.TryGetValue(textFile.Path, out DictionaryOptions? options) ? options : DictionaryOptions.Empty;

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

            private readonly ImmutableDictionary<string, string> _values;

            public DictionaryOptions(IReadOnlyDictionary<string, string> values)
                => _values = ImmutableDictionary.CreateRange(KeyComparer, values);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

            public override IEnumerable<string> Keys => _values.Keys;
        }
    }
}
