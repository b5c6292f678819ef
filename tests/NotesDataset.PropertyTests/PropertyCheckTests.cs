using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotesDataset.Generator.Tests.Infrastructure;
using NotesDataset.PropertyTests.Infrastructure;
using Xunit;

namespace NotesDataset.PropertyTests
{
    /// <summary>The property checks themselves notice what they are meant to: a dropped line, an injected directive or comment, a wrong member.</summary>
    public class PropertyCheckTests
    {
        private const string Notes = "Conf 2020 – Day 1 – Session 1\nA Talk – Jane Doe\n  • one\n    • two\nB Talk – John Roe\n";

        private static string Generated() => GeneratorProperties.Check(GeneratorProperties.Input(Notes)).Sources.Single().SourceText.ToString();

        private static void AssertCaught(string source, string property)
        {
            Assert.NotEqual(Generated(), source); // the tampering took
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions);
            PropertyException e = Assert.Throws<PropertyException>(() => GeneratorProperties.CheckNothingInjected(tree, Notes, "case0.notes.txt"));
            Assert.Contains(property, e.Message);
        }

        [Fact]
        public void The_generated_source_passes() => GeneratorProperties.CheckNothingInjected(CSharpSyntaxTree.ParseText(Generated(), GeneratorHarness.ParseOptions), Notes, "case0.notes.txt");

        [Fact]
        public void Lossless_check_notices_a_dropped_or_changed_line()
        {
            NotesDocument doc = NotesParser.Parse(Notes);
            ParserProperties.CheckLossless(Notes, doc);
            Assert.Throws<PropertyException>(() => ParserProperties.CheckLossless(Notes + "  • three\n", doc));
            Assert.Throws<PropertyException>(() => ParserProperties.CheckLossless(Notes.Replace("two", "tow"), doc));
            Assert.Throws<PropertyException>(() => ParserProperties.CheckLossless(Notes.Replace("  • one\n", "  • one\n\n"), doc)); // same text, other line numbers
        }

        [Theory]
        [InlineData("#error injected\n", "nothing injected")]
        [InlineData("#line 1 \"evil.cs\"\n", "nothing injected")]
        [InlineData("#pragma warning disable\n", "nothing injected")]
        [InlineData("// a comment from the notes\n", "nothing injected")]
        [InlineData("/* a comment */\n", "nothing injected")]
        public void Injected_trivia_is_caught(string injected, string property)
        {
            string source = Generated();
            int at = source.IndexOf("    public static partial class", StringComparison.Ordinal);
            AssertCaught(source.Insert(at, injected), property);
        }

        [Fact]
        public void Injected_doc_markup_is_caught()
        {
            string source = Generated();
            AssertCaught(source.Replace("<b>A Talk</b>", "<b>A Talk</b><see href=\"http://x\"/>"), "doc element");
            AssertCaught(source.Replace("<b>A Talk</b>", "<b>A Talk</b>&quot;"), "doc entity");
            AssertCaught(source.Replace("<b>A Talk</b>", "<b>A Talk</b><![CDATA[x]]>"), "nothing injected");
        }

        [Fact]
        public void A_wrong_member_or_literal_is_caught()
        {
            string source = Generated();
            AssertCaught(source.Replace("out ATalk, out BTalk", "out BTalk, out ATalk, out ATalk"), "expected members");
            AssertCaught(source.Replace("out ATalk, out BTalk", "out ATalk"), "expected members");
            AssertCaught(source.Replace("CompiledNotes.Day(__Data.Document, 0,", "CompiledNotes.Day(__Data.Document, 1,"), "expected members");
            AssertCaught(source.Replace("public static readonly global::NotesDataset.Talk BTalk;", "public static global::NotesDataset.Talk BTalk => ATalk;"), "expected members");
            AssertCaught(source.Replace("\\u2022 one", "\\u2022 0ne"), "data stays data");
        }
    }
}
