using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NotesDataset.Generator.Tests.Infrastructure
{
    /// <summary>An AdditionalFiles item whose text lives in memory, as MSBuild would hand it to the compiler.</summary>
    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        /// <param name="path">The item's path.</param>
        /// <param name="text">Its text.</param>
        /// <param name="encoding">The encoding the compiler decoded the file from (UTF-8 unless given).</param>
        public InMemoryAdditionalText(string path, string text, Encoding? encoding = null)
        {
            Path = path;
            _text = SourceText.From(text, encoding ?? Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

        public override string ToString() => Path;
    }
}
