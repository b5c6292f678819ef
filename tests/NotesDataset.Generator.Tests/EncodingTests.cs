using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// The package embeds a notes file's bytes as a resource, which the runtime reads as UTF-8 at the offsets the
    /// generator computed. A file the compiler decoded from another encoding (UTF-16 with its byte order mark: what
    /// Windows editors call "Unicode") has other bytes, so its text is compiled in instead.
    /// </summary>
    public class EncodingTests
    {
        private const string Path = "/src/cafe.notes.txt";
        private const string Resource = "notes/cafe.notes.txt";
        private const string Notes = "Café Conf 2020 – Day 1 – Session 1\n\nÉtude des données – Zoë Ünal\n  • première note\n\nSecond – Bo Lin\n  • naïve ✓\n";

        /// <summary>The resource name and the inlined text the generated code passes to CompiledNotes.Load, as written.</summary>
        private static (string Resource, string Text) LoadArguments(string source)
        {
            var arguments = GeneratorHarness.LoadArguments(source);
            return (arguments[2].ToString(), arguments[3].ToString());
        }

        private static readonly NotesInput Input = new NotesInput(Path, Notes, ClassName: "Cafe", RelativePath: "cafe.notes.txt", IsNotes: "true", ResourceName: Resource);

        /// <summary>The notes file as the compiler reads it: its text decoded from the file in <paramref name="encoding"/>.</summary>
        private static AdditionalText Decoded(Encoding encoding) => new InMemoryAdditionalText(Path, Notes, encoding);

        private static GeneratorDriver Driver(Encoding encoding)
            => GeneratorHarness.CreateDriver(new[] { Decoded(encoding) }, GeneratorHarness.OptionsFor(new[] { Input }));

        /// <summary>Runs the generator on the file decoded from <paramref name="encoding"/>, beside <see cref="Probe"/>: no diagnostics; the compilation and the generated code.</summary>
        private static (Compilation Output, string Source) Generate(Encoding encoding)
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { Probe });
            Driver(encoding).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            Assert.Empty(diagnostics);
            return (output, output.SyntaxTrees.Single(t => t.FilePath.EndsWith("cafe.notes.txt.g.cs", StringComparison.Ordinal)).ToString());
        }

        private const string Probe = "public static class Probe { public static string Answer() => string.Join(\"|\", System.Linq.Enumerable.Select(NotesDataset.Cafe.Talks, t => t.Title + \":\" + t.Notes[0].Text)); }";

        [Theory]
        [InlineData(1200)]  // UTF-16 little-endian, as Notepad's "Unicode"
        [InlineData(1201)]  // UTF-16 big-endian
        [InlineData(12000)] // UTF-32
        public void A_file_decoded_from_another_encoding_is_compiled_in_and_reads_back_as_written(int codePage)
        {
            (Compilation output, string source) = Generate(Encoding.GetEncoding(codePage));
            Assert.Equal("null", LoadArguments(source).Resource);

            // No resource is embedded here: the talks and their notes come from the compiled-in text.
            using LoadedAssembly loaded = LoadedAssembly.Emit(output);
            Assert.Equal("Étude des données:première note|Second:naïve ✓", loaded.Invoke("Probe", "Answer"));
        }

        [Fact]
        public void A_utf8_file_is_read_from_its_resource_and_not_compiled_in()
        {
            (_, string source) = Generate(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal(("\"" + Resource + "\"", "null"), LoadArguments(source));
        }

        [Fact]
        public void The_same_text_saved_in_another_encoding_is_parsed_again()
        {
            // With the compiler server's generator cache a new object for the same text compares equal and is not
            // parsed again; re-saved as UTF-16 it must be, or the code would still point at the resource.
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { Probe });
            AdditionalText utf8 = Decoded(Encoding.UTF8);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { utf8 }, GeneratorHarness.OptionsFor(new[] { Input }), trackSteps: true).RunGenerators(compilation);
            Assert.Contains(Resource, driver.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);

            GeneratorRunResult same = driver.ReplaceAdditionalText(utf8, Decoded(Encoding.UTF8)).RunGenerators(compilation).GetRunResult().Results.Single();
            Assert.Equal(IncrementalStepRunReason.Cached, same.TrackedSteps["Parsed"].SelectMany(s => s.Outputs).Single().Reason);

            GeneratorRunResult resaved = driver.ReplaceAdditionalText(utf8, Decoded(Encoding.Unicode)).RunGenerators(compilation).GetRunResult().Results.Single();
            Assert.NotEqual(IncrementalStepRunReason.Cached, resaved.TrackedSteps["Parsed"].SelectMany(s => s.Outputs).Single().Reason);
            Assert.DoesNotContain(Resource, resaved.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
        }
    }
}
