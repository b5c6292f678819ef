using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// NotesDatasetVisibility: the dataset classes are public by default (a dataset library's API), internal on request
    /// (a library whose notes are its own business). Either way its own code uses them; only a public one is seen outside.
    /// </summary>
    public class VisibilityTests
    {
        private const string SameAssembly = "/// <summary>Uses the dataset.</summary>\npublic static class Inside { /// <summary>A count.</summary>\n public static int Count() { return NotesDataset.Lca2015.Talks.Count + NotesDataset.Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet.Notes.Count; } }";
        private const string OtherAssembly = "public static class Outside { public static int Count() { return NotesDataset.Lca2015.Talks.Count; } }";

        [Theory]
        [InlineData(null, "public")]
        [InlineData("public", "public")]
        [InlineData("internal", "internal")]
        [InlineData(" Internal ", "internal")]
        [InlineData("private", "public")] // the package's targets warn (NOTES014); the classes are public
        public void The_dataset_class_has_the_visibility_asked_for_and_only_a_public_one_is_seen_from_another_assembly(string? option, string expected)
        {
            var globals = new Dictionary<string, string>();
            if (option != null) globals["build_property.NotesDatasetVisibility"] = option;
            GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Seed() }, "NotesDataset", new[] { SameAssembly }, globals);

            Assert.Contains("\n    " + expected + " static partial class Lca2015\n", run.SingleSource, StringComparison.Ordinal);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));

            // Another assembly that references this one.
            using var image = new MemoryStream();
            Assert.True(run.Output.Emit(image).Success);
            Compilation other = GeneratorHarness.CreateCompilation(new[] { OtherAssembly }, "Other", references: GeneratorHarness.References.Add(MetadataReference.CreateFromImage(image.ToArray())));
            string[] errors = other.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToArray();
            Assert.Equal(expected == "public" ? Array.Empty<string>() : new[] { "CS0122" }, errors); // inaccessible due to its protection level
        }
    }
}
