using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NotesDataset.PropertyTests.Infrastructure;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>Guards the property tests against generators that only make inputs the parser ignores.</summary>
    public class GeneratorCoverageTests
    {
        private static (int Talks, int Nested, int Prose, int Headings, int Bom, int Surrogates, int Flipped, HashSet<string> Ids) Survey(Gen<string> gen, int n)
        {
            int talks = 0, nested = 0, prose = 0, headings = 0, bom = 0, surrogates = 0, flipped = 0;
            var ids = new HashSet<string>();
            var pcg = new PCG(2015, 5);
            for (int i = 0; i < n; i++)
            {
                string text = gen.Generate(pcg, null, out _);
                NotesDocument doc = NotesParser.Parse(text);
                if (doc.Talks.Count > 0) talks++;
                if (doc.Talks.Any(t => t.Notes.Any(x => x.Children.Count > 0))) nested++;
                if (doc.Prose.Count > 0 || doc.Sessions.Any(s => s.Prose.Count > 0)) prose++;
                if (doc.Sessions.Any(s => s.Line > 0)) headings++;
                if (text.Length > 0 && text[0] == '\uFEFF') bom++;
                if (text.Any(char.IsSurrogate)) surrogates++;
                if (text.Contains('\uFFFD')) flipped++;
                foreach (NotesDiagnostic d in doc.Diagnostics) ids.Add(d.Id);
            }

            return (talks, nested, prose, headings, bom, surrogates, flipped, ids);
        }

        [Fact]
        public void Structured_notes_reach_every_part_of_the_grammar()
        {
            var s = Survey(NotesGen.Structured, 500);
            Assert.InRange(s.Talks, 300, 500);
            Assert.InRange(s.Nested, 100, 500);
            Assert.InRange(s.Prose, 100, 500);
            Assert.InRange(s.Headings, 150, 500);
            Assert.InRange(s.Bom, 25, 150);
            Assert.InRange(s.Surrogates, 150, 500);
            Assert.Equal(Enumerable.Range(1, 8).Select(i => "NOTES00" + i).Append("NOTES017").Append("NOTES018").Append("NOTES022"), s.Ids.OrderBy(i => i));
        }

        [Fact]
        public void Mutated_seed_windows_keep_the_seed_structure_and_flip_bytes()
        {
            var s = Survey(NotesGen.Mutated(60), 500);
            Assert.InRange(s.Talks, 250, 500);
            Assert.InRange(s.Nested, 150, 500);
            Assert.InRange(s.Headings, 100, 500);
            Assert.InRange(s.Flipped, 50, 500);
            Assert.Contains("NOTES004", s.Ids);
        }
    }
}
