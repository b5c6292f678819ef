using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// The index as a UTF-8 literal: used where the language has them (C# 11) and the referenced runtime reads them (its
    /// .NET 8+ build); a string literal otherwise. The other generator tests compile against the netstandard2.0 runtime,
    /// so they cover the string.
    /// </summary>
    public class Utf8IndexTests
    {
        private const string Probe = """
using System.Linq;
using NotesDataset;

/// <summary>Queries the generated dataset.</summary>
public static class Probe
{
    /// <summary>Talk count, a talk's speaker, a speaker's talk count, a search's count.</summary>
    public static string Answer() => Lca2015.Talks.Count + "|" + Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet.Speakers[0].Name + "|" + Lca2015.People.MontyTaylor.Talks.Count + "|" + Lca2015.Document.Search("ansible").Count;
}
""";

        /// <summary>.NET 10 reference assemblies and the runtime's net10.0 build (the one these tests run on).</summary>
        private static readonly ImmutableArray<MetadataReference> Net10References = Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(NotesDataset.Talk).Assembly.Location))
            .ToImmutableArray();

        private static GeneratorRun Run(LanguageVersion language)
            => GeneratorHarness.Run(new[] { GeneratorHarness.Seed() }, "NotesDataset", new[] { Probe }, parseOptions: GeneratorHarness.ParseOptions.WithLanguageVersion(language), references: Net10References);

        private static ExpressionSyntax IndexArgument(string source) => GeneratorHarness.LoadArguments(source)[1].Expression;

        [Fact]
        public void With_CSharp_11_and_the_net_runtime_the_index_is_a_utf8_literal_that_loads()
        {
            GeneratorRun run = Run(LanguageVersion.Latest);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.True(IndexArgument(run.SingleSource).IsKind(SyntaxKind.Utf8StringLiteralExpression), IndexArgument(run.SingleSource).ToString().Substring(0, 40));

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            NotesDocument parsed = NotesParser.Parse(Repo.SeedText, "lca2015.notes.txt");
            string expected = parsed.Talks.Count + "|Monty Taylor|" + parsed.FindSpeaker("Monty Taylor")!.Talks.Count + "|" + parsed.Search("ansible").Count;
            Assert.Equal(expected, loaded.Invoke("Probe", "Answer"));
        }

        [Fact]
        public void In_an_assembly_loaded_for_good_the_utf8_index_is_read_in_place_and_answers_the_same()
        {
            // LoadedAssembly's context is collectible, where the runtime copies the index; an assembly of the default
            // context (as an app's are) keeps its image for the process's lifetime, and the index is read where it lies.
            GeneratorRun run = Run(LanguageVersion.Latest);
            using var pe = new System.IO.MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = run.Output.WithAssemblyName("Utf8InPlace" + Guid.NewGuid().ToString("N")).Emit(pe);
            Assert.True(emitted.Success, GeneratorHarness.Format(emitted.Diagnostics));
            System.Reflection.Assembly assembly = System.Reflection.Assembly.Load(pe.ToArray());
            Assert.False(assembly.IsCollectible);

            object? answer = assembly.GetType("Probe")!.GetMethod("Answer")!.Invoke(null, null);
            NotesDocument parsed = NotesParser.Parse(Repo.SeedText, "lca2015.notes.txt");
            Assert.Equal(parsed.Talks.Count + "|Monty Taylor|" + parsed.FindSpeaker("Monty Taylor")!.Talks.Count + "|" + parsed.Search("ansible").Count, answer);
        }

        [Fact]
        public void Before_CSharp_11_the_index_is_a_string_literal()
        {
            GeneratorRun run = Run(LanguageVersion.CSharp10);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.True(IndexArgument(run.SingleSource).IsKind(SyntaxKind.StringLiteralExpression));

            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            Assert.StartsWith(NotesParser.Parse(Repo.SeedText, "lca2015.notes.txt").Talks.Count + "|Monty Taylor|", (string)loaded.Invoke("Probe", "Answer")!);
        }
    }
}
