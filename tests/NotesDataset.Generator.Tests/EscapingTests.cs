using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// Notes text that would break naive code generation: it must stay data. The output compiles with no errors or
    /// warnings (documentation comments parsed and checked), every doc comment is well-formed XML, and the compiled
    /// dataset holds exactly what the runtime parser reads from the same text.
    /// </summary>
    public class EscapingTests
    {
        public static readonly TheoryData<string, string> Hostile = new TheoryData<string, string>
        {
            { "quote", "say \"hi\" \"" },
            { "backslash", "C:\\temp\\ and a trailing \\" },
            { "comment-end", "*/ /* // " },
            { "summary-end", "</summary> </para> <br/>" },
            { "cdata", "<![CDATA[ ]]> <!-- -->" },
            { "ampersand", "AT&T &amp; &#x26; &bogus;" },
            { "preprocessor", "#error x\n#region\n#if X" },
            { "unicode-escape", "\\u0022 \\U00000022 \\x22" },
            { "unicode-line-separators", "a\u2028b\u2029c\u0085d" }, // line breaks to C# and to the notes parser
            { "carriage-return", "a\rb\r\nc" },
            { "bidi", "\u202Eevil\u202C \u2066isolate\u2069 \u200F" },
            { "nul", "before\0after" },
            { "lone-surrogates", "high \uD800 low \uDC00 pair 🚀 reversed \uDC00\uD800" },
            { "controls", "bell\a escape\u001B del\u007F c1\u0080 bom\uFEFF nonchar\uFFFE\uFFFF" },
            { "long-line", string.Concat(Enumerable.Repeat("long ", 2000)) + "end" },
            { "braces-and-interpolation", "{0} {{ }} $\"{x}\" \"\"\" raw" },
        };

        /// <summary>What the notes parser takes for the end of a line (so a title cannot hold them).</summary>
        private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

        private static string NotesWith(string hostile) => GeneratorHarness.Lines(
            "Conf 2020 – Day 1 – Session 1",
            "",
            "Title " + hostile + " end – Jane Doe",
            "  • note " + hostile + " end",
            "    • child " + hostile + " end",
            "Second talk – John Roe",
            "  • plain note");

        private static GeneratorRun Generate(string name, string notes)
            => GeneratorHarness.Run(new NotesInput("/src/" + name + ".notes.txt", notes, ClassName: "Hostile"));

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Output_compiles_with_no_errors_or_warnings(string name, string hostile)
        {
            GeneratorRun run = Generate(name, NotesWith(hostile));
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NOTES013"); // the generator did not fail on it
            Assert.Single(run.Sources);
        }

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Every_doc_comment_is_well_formed_xml(string name, string hostile)
        {
            GeneratorRun run = Generate(name, NotesWith(hostile));
            SyntaxTree generated = run.Output.SyntaxTrees.Last();
            SemanticModel model = run.Output.GetSemanticModel(generated);
            int documented = 0;
            foreach (var declaration in generated.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>())
            {
                if (declaration is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax) continue;
                ISymbol? symbol = declaration is Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax field
                    ? model.GetDeclaredSymbol(field.Declaration.Variables[0])
                    : model.GetDeclaredSymbol(declaration);
                if (symbol == null || symbol.DeclaredAccessibility != Accessibility.Public) continue;
                string xml = symbol.GetDocumentationCommentXml() ?? "";
                Assert.False(string.IsNullOrEmpty(xml), symbol + " has no doc comment");
                Assert.DoesNotContain("Badly formed XML", xml);
                XElement member = XElement.Parse(xml);
                Assert.NotNull(member.Element("summary"));
                documented++;
            }

            Assert.True(documented >= 15, documented + " documented members");
            // No warning from the documentation compiler either (CS1570 badly formed XML, CS1587 misplaced comment, CS1574 bad cref…).
            Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id is "CS1570" or "CS1571" or "CS1572" or "CS1573" or "CS1574" or "CS1580" or "CS1584" or "CS1587" or "CS1589" or "CS1591");
        }

        [Theory]
        [MemberData(nameof(Hostile))]
        public void Compiled_dataset_holds_what_the_runtime_parser_reads(string name, string hostile)
        {
            string notes = NotesWith(hostile);
            GeneratorRun run = Generate(name, notes);
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            var compiled = (NotesDocument)loaded.Get("NotesDataset.Hostile", "Document")!;
            NotesDocument parsed = NotesParser.Parse(notes, name + ".notes.txt");

            Assert.Equal(Describe(parsed), Describe(compiled));
            if (hostile.IndexOfAny(LineBreaks) < 0)
            {
                // The hostile text itself made it through, in the title and the notes, whole.
                Assert.Equal("Title " + hostile + " end", compiled.Talks[0].Title);
                Assert.Equal("note " + hostile + " end", compiled.Talks[0].Notes[0].Text);
                Assert.Equal("child " + hostile + " end", compiled.Talks[0].Notes[0].Children[0].Text);
            }

            GeneratedShape.AssertMembersMapTheDataset(loaded.Assembly.GetType("NotesDataset.Hostile", throwOnError: true)!);
        }

        [Fact]
        public void Hostile_relative_path_and_namespace_stay_in_comments_and_literals()
        {
            string notes = NotesWith("x");
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/weird.notes.txt", notes, RelativePath: "we\u2028ird \"*/ <x>\u202E&\n#error.notes.txt"));
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            GeneratedSourceResult source = Assert.Single(run.Sources);
            Assert.Matches("^[A-Za-z0-9_.-]+$", source.HintName);
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            var compiled = (NotesDocument)loaded.Assembly.GetTypes().Single(t => t.GetProperty("Document") != null && !t.IsNested).GetProperty("Document")!.GetValue(null)!;
            Assert.Equal("we\u2028ird \"*/ <x>\u202E&\n#error.notes.txt", compiled.Path);
        }

        [Fact]
        public void Tabs_read_as_spaces_in_doc_comments_not_as_replacement_characters()
        {
            // A tab is valid XML; only characters XML or C# comments cannot hold become U+FFFD.
            string notes = GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A\tTalk – Jane Doe", "  • a\tnote");
            GeneratorRun run = Generate("tabs", notes);
            Assert.DoesNotContain("\uFFFD", run.SingleSource);
            IFieldSymbol talk = run.Output.GetSymbolsWithName("ATalk", SymbolFilter.Member).OfType<IFieldSymbol>().Single();
            string docs = XElement.Parse(talk.GetDocumentationCommentXml()!).Value;
            Assert.Contains("A Talk", docs);
            Assert.Contains("a note", docs);
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            Assert.Equal("A\tTalk", ((NotesDocument)loaded.Get("NotesDataset.Hostile", "Document")!).Talks[0].Title); // the data keeps the tab
        }

        private static IEnumerable<string> Describe(NotesDocument d)
        {
            foreach (Session s in d.Sessions) yield return "session " + s.Heading + "|" + s.Line + "|" + string.Join("|", s.Prose.Select(n => n.Line + ":" + n.Text));
            foreach (Talk t in d.Talks)
            {
                yield return "talk " + t.Title + "|" + t.Line + "|" + string.Join(",", t.Speakers.Select(s => s.Name)) + "|" + t.Affiliation;
                foreach (Note n in t.AllNotes()) yield return "note " + n.Line + ":" + n.Column + ":" + n.Text;
            }

            foreach (Note n in d.Prose) yield return "prose " + n.Line + ":" + n.Text;
            foreach (NotesDiagnostic diagnostic in d.Diagnostics) yield return "diagnostic " + diagnostic.Id + " " + diagnostic.Line + "," + diagnostic.Column + " " + diagnostic.Message;
        }
    }
}
