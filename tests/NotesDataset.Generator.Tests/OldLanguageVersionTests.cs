using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// C# 7.3 is the default language of .NET Framework and netstandard2.0 projects, which can reference the package
    /// (the runtime has a netstandard2.0 build). The generated code must compile there too: no <c>#nullable</c> (C# 8),
    /// no UTF-8 literal (C# 11), nothing newer in the names it escapes.
    /// </summary>
    public class OldLanguageVersionTests
    {
        // Written in C# 3 (lambdas), as such a project's own code could be.
        private const string Probe = @"
using System.Linq;
using NotesDataset;

/// <summary>Queries the generated datasets.</summary>
public static class Probe
{
    /// <summary>Talk count, a talk's speaker, a speaker's talk count, a search's count; then the hostile file's talks by title.</summary>
    public static string Answer()
    {
        return Lca2015.Talks.Count + ""|"" + Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet.Speakers[0].Name + ""|"" + Lca2015.People.MontyTaylor.Talks.Count + ""|"" + Lca2015.Document.Search(""ansible"").Count
            + ""|"" + string.Join("";"", Hostile.Talks.Select(t => t.Title));
    }
}
";

        // Titles that are C# keywords (contextual ones of later versions among them), quotes and backslashes, two talks
        // with one title, text beyond ASCII.
        private const string HostileNotes = "Hostile 2020 – Day 1 – Session 1\n\n"
            + "class – Jane Doe\n  • a note\n"
            + "record – Jane Doe\n"
            + "await \"quoted\" \\ back – John Roe\n"
            + "record – Mary Major\n"
            + "Café ✓ – Zoë Ünal\n";

        [Theory]
        [InlineData(LanguageVersion.CSharp7_3)]
        [InlineData(LanguageVersion.CSharp6)]  // no expression-bodied constructors
        [InlineData(LanguageVersion.CSharp5)]  // no expression-bodied properties
        [InlineData(LanguageVersion.CSharp3)]
        public void Generated_code_compiles_in_an_old_language_version_without_warnings_and_answers_as_the_parser_does(LanguageVersion version)
        {
            CSharpParseOptions parseOptions = CSharpParseOptions.Default.WithLanguageVersion(version).WithDocumentationMode(DocumentationMode.Diagnose);
            NotesInput[] files =
            {
                GeneratorHarness.Seed(),
                new NotesInput("/src/hostile.notes.txt", HostileNotes, ClassName: "Hostile", RelativePath: "hostile.notes.txt", IsNotes: "true"),
            };
            CSharpCompilation compilation = CSharpCompilation.Create(
                "Old" + version,
                new[] { CSharpSyntaxTree.ParseText(Probe, parseOptions, path: "Probe.cs") },
                GeneratorHarness.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, warningLevel: 9999, deterministic: true));
            GeneratorDriver driver = GeneratorHarness.CreateDriver(files.Select(f => f.ToAdditionalText()), GeneratorHarness.OptionsFor(files), parseOptions: parseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

            Assert.DoesNotContain(generatorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            GeneratedSourceResult[] sources = driver.GetRunResult().Results.Single().GeneratedSources.ToArray();
            Assert.Equal(2, sources.Length);
            foreach (GeneratedSourceResult source in sources)
            {
                string text = source.SourceText.ToString();
                Assert.DoesNotContain("#nullable", text, StringComparison.Ordinal);
                Assert.DoesNotContain("\"u8", text, StringComparison.Ordinal);
            }

            Diagnostic[] problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, GeneratorHarness.Format(problems));

            NotesDocument seed = NotesParser.Parse(Repo.SeedText, "lca2015.notes.txt");
            NotesDocument hostile = NotesParser.Parse(HostileNotes, "hostile.notes.txt");
            string expected = seed.Talks.Count + "|Monty Taylor|" + seed.FindSpeaker("Monty Taylor")!.Talks.Count + "|" + seed.Search("ansible").Count
                + "|" + string.Join(";", hostile.Talks.Select(t => t.Title));
            using LoadedAssembly loaded = LoadedAssembly.Emit(output);
            Assert.Equal(expected, loaded.Invoke("Probe", "Answer"));
            Assert.Equal(5, hostile.Talks.Count); // the input is what this test means it to be
        }
    }
}
