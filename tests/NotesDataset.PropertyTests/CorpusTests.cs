using System;
using System.Linq;
using NotesDataset.Generator.Tests.Infrastructure;
using NotesDataset.PropertyTests.Infrastructure;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>
    /// Every file of the hostile corpus (Corpus/*.notes.txt), on every CI run: the parser's and the generator's properties
    /// (no exception, compiles with no error or warning, lossless, nothing injected, deterministic), and at run time the
    /// compiled assembly's members return the dataset's items. Each bug the property tests find gets a file here.
    /// </summary>
    public class CorpusTests
    {
        public static TheoryData<string> Files()
        {
            var data = new TheoryData<string>();
            foreach (string name in Corpus.Names()) data.Add(name);
            return data;
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void Corpus_file_keeps_every_property(string name)
        {
            foreach (string text in Corpus.Variants(name))
            {
                ParserProperties.Check(text);
                GeneratorOutput run = GeneratorProperties.Check(GeneratorProperties.Input(text));

                using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
                Type root = loaded.Assembly.GetTypes().Single(t => !t.IsNested && t.GetProperty("Document") != null);
                var compiled = (NotesDocument)root.GetProperty("Document")!.GetValue(null)!;
                Assert.Equal(ParserProperties.Describe(NotesParser.Parse(text, "case0.notes.txt")), ParserProperties.Describe(compiled));
                GeneratedShape.AssertMembersMapTheDataset(root);
            }
        }

        [Fact]
        public void The_whole_corpus_as_one_project_keeps_every_property()
        {
            // Many files at once: class and hint names settled across them, and the same output in any order.
            NotesInput[] files = Corpus.Names().Select((name, i) => GeneratorProperties.Input(Corpus.Raw(name), i)).ToArray();
            GeneratorOutput run = GeneratorProperties.Check(files);
            Assert.Equal(files.Length, run.Sources.Length);
        }

        [Fact]
        public void The_corpus_is_there()
        {
            string[] names = Corpus.Names().ToArray();
            Assert.True(names.Length >= 20, names.Length + " corpus files in " + Corpus.Folder);
            Assert.Contains("empty.notes.txt", names);
            Assert.Contains("binary-random-bytes.notes.txt", names);
            Assert.Contains(Corpus.Raw("lone-surrogates.utf16.notes.txt"), char.IsSurrogate); // decoded code unit for code unit
            Assert.Equal("\uFEFF", Corpus.Raw("only-bom.notes.txt"));
        }
    }
}
