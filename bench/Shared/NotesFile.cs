// Linked into both benchmark projects (NotesDataset.Benchmarks and NotesDataset.IdeBenchmarks), like InMemoryInputs.cs.
using System;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.CodeAnalysis;

namespace NotesDataset.Bench
{
    /// <summary>One notes file to measure: the seed or synthetic notes of a given number of talks, as the compiler would read it.</summary>
    public sealed class NotesFile
    {
        private static readonly ConcurrentDictionary<string, NotesFile> Cache = new(StringComparer.OrdinalIgnoreCase);
        private readonly Lazy<int> _talks;

        /// <param name="name">"seed", or a number of synthetic talks.</param>
        /// <param name="fileName">The file's path in the project.</param>
        /// <param name="text">The notes.</param>
        public NotesFile(string name, string fileName, string text)
        {
            Name = name;
            RelativePath = fileName;
            Path = "/bench/notes/" + fileName;
            Text = text;
            Utf8 = new UTF8Encoding(false).GetBytes(text);
            _talks = new Lazy<int>(() => NotesParser.Parse(text, fileName).Talks.Count);
        }

        /// <summary>"seed", or a number of synthetic talks.</summary>
        public string Name { get; }

        public string Path { get; }

        public string RelativePath { get; }

        public string Text { get; }

        /// <summary>The file's bytes (UTF-8, no byte order mark), as the compiler would read them from disk.</summary>
        public byte[] Utf8 { get; }

        /// <summary>How many talks the notes parser finds (parsed on first use).</summary>
        public int Talks => _talks.Value;

        public double Megabytes => Utf8.Length / 1_000_000.0;

        public string Label => BenchNotes.Label(Name);

        /// <summary>The same file with other text (an edit).</summary>
        public NotesFile WithText(string text) => new(Name, RelativePath, text);

        public AdditionalText ToAdditionalText() => new InMemoryAdditionalText(Path, Utf8);

        /// <summary>The notes for a size name: "seed" (notes-data/Lca2015) or a number of talks (synthetic, seed 1).</summary>
        public static NotesFile Get(string size) => Cache.GetOrAdd(size, static s =>
        {
            (string fileName, string text) = BenchNotes.Read(s);
            return new NotesFile(s, fileName, text);
        });
    }
}
