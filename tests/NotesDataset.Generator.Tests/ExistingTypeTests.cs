using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// A derived class name that a type of the project's code or of a reference already has gets "Notes"; the project's own
    /// partial class of that name extends the generated one instead; a ClassName that such a type has is NOTES010; and a
    /// derived name that would hide a type from the code in its namespace is kept, with NOTES024.
    /// </summary>
    public class ExistingTypeTests
    {
        private const string ImplicitUsings =
            "global using global::System;\nglobal using global::System.Collections.Generic;\nglobal using global::System.IO;\nglobal using global::System.Linq;\n" +
            "global using global::System.Net.Http;\nglobal using global::System.Threading;\nglobal using global::System.Threading.Tasks;\n";

        // Two conferences: the class is named after the file.
        private static readonly string Notes = GeneratorHarness.Lines(
            "Linux.conf.au 2015 – Day 1 – Session 1", "", "A Talk – Jane Doe", "", "PyCon AU 2016 – Day 1 – Session 1", "", "Another Talk – John Roe");

        private static NotesInput File(string name, string? className = null) => new NotesInput("/src/" + name, Notes, ClassName: className);

        /// <summary>Runs the generator in a project of <paramref name="sources"/> whose root namespace is MyApp (or none).</summary>
        private static (string ClassName, ImmutableArray<Diagnostic> Generator, ImmutableArray<Diagnostic> Problems) Run(
            NotesInput file, IEnumerable<string> sources, OutputKind kind = OutputKind.DynamicallyLinkedLibrary, ImmutableArray<MetadataReference>? references = null, string? rootNamespace = "MyApp")
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(sources, references: references).WithOptions(GeneratorHarness.CompilationOptions.WithOutputKind(kind));
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { file.ToAdditionalText() }, GeneratorHarness.OptionsFor(new[] { file }, rootNamespace));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            string source = driver.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString();
            string className = Regex.Match(source, @"static partial class (\S+)\n").Groups[1].Value;
            // The tests' own code has no doc comments (CS1591): the generated code's problems, and any error, are what count.
            ImmutableArray<Diagnostic> problems = GeneratorHarness.Problems(output).Where(d => !(d.Id == "CS1591" && d.Location.SourceTree?.FilePath.StartsWith("User") == true)).ToImmutableArray();
            return (className, diagnostics, problems);
        }

        [Fact]
        public void A_notes_file_named_like_the_projects_Program_class_gives_ProgramNotes_and_the_project_compiles()
        {
            var run = Run(File("program.notes.txt"), new[] { "namespace MyApp { internal class Program { private static void Main() { } } }" }, OutputKind.ConsoleApplication);

            // Before: CS0260 (missing partial) and CS0262 (accessibility) on the project's own Program.
            Assert.Equal("ProgramNotes", run.ClassName);
            Assert.Empty(run.Generator);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Theory]
        [InlineData("public class Lca2015 { }")]
        [InlineData("public static class Lca2015 { }")]
        [InlineData("public record Lca2015(int X);")]
        [InlineData("public struct Lca2015 { }")]
        [InlineData("public enum Lca2015 { A }")]
        [InlineData("public interface Lca2015 { }")]
        [InlineData("public delegate void Lca2015();")]
        [InlineData("public partial struct Lca2015 { }")]
        [InlineData("public partial record Lca2015;")]
        public void A_type_of_the_projects_code_with_the_derived_name_keeps_it_and_the_class_gets_Notes(string declaration)
        {
            var run = Run(File("lca2015.notes.txt"), new[] { "namespace MyApp { " + declaration + " }", "namespace MyApp { internal static class Use { internal static object Talks => Lca2015Notes.Talks; } }" });

            // Before: CS0101 or CS0261 in the generated code, or CS0260 on the project's class.
            Assert.Equal("Lca2015Notes", run.ClassName);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Theory]
        [InlineData("public static partial class Lca2015 { public static int Extra => 1; }")]
        [InlineData("partial class Lca2015 { public static int Extra => 1; }")]
        [InlineData("static partial class Lca2015 { public static int Extra => 1; }")]
        public void The_projects_partial_class_of_the_derived_name_extends_the_generated_class(string declaration)
        {
            var run = Run(File("lca2015.notes.txt"), new[] { "namespace MyApp { " + declaration + " }", "namespace MyApp { internal static class Use { internal static object Talks => Lca2015.Talks; internal static int Extra => Lca2015.Extra; } }" });

            Assert.Equal("Lca2015", run.ClassName);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Fact]
        public void A_generic_type_of_the_same_name_is_another_type_and_takes_nothing()
        {
            var run = Run(File("lca2015.notes.txt"), new[] { "namespace MyApp { public class Lca2015<T> { } }" });

            Assert.Equal("Lca2015", run.ClassName);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Fact]
        public void When_the_name_with_Notes_is_taken_too_the_class_takes_a_number()
        {
            var run = Run(
                File("program.notes.txt"),
                new[] { "namespace MyApp { internal class Program { private static void Main() { } } internal class ProgramNotes { } internal static class Use { internal static object Talks => ProgramNotes_2.Talks; } }" },
                OutputKind.ConsoleApplication);

            Assert.Equal("ProgramNotes_2", run.ClassName);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Theory]
        [InlineData("talk.notes.txt", "TalkNotes", "TalkNotes_2")] // Talk would hide NotesDataset.Talk; TalkNotes is the namespace
        [InlineData("program.notes.txt", "MyApp.ProgramNotes", "ProgramNotes_2")] // Program is the project's; ProgramNotes a namespace it is in
        public void A_name_given_Notes_is_checked_again(string fileName, string rootNamespace, string className)
        {
            // Before: TalkNotes.TalkNotes, which makes 'TalkNotes.…' in the project's code name the class (CS0234).
            var run = Run(File(fileName), new[] { "namespace " + rootNamespace + " { internal class Program { private static void Main() { } } }" }, OutputKind.ConsoleApplication, rootNamespace: rootNamespace);

            Assert.Equal(className, run.ClassName);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Fact]
        public void In_the_global_namespace_the_class_of_top_level_statements_is_taken()
        {
            var run = Run(File("program.notes.txt"), new[] { ImplicitUsings, "Console.WriteLine(ProgramNotes.Talks.Count);" }, OutputKind.ConsoleApplication, rootNamespace: null);

            Assert.Equal("ProgramNotes", run.ClassName);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Fact]
        public void A_public_type_of_a_reference_with_the_derived_name_is_taken_and_an_internal_one_is_not()
        {
            ImmutableArray<MetadataReference> WithLibrary(string code, string name)
            {
                CSharpCompilation library = GeneratorHarness.CreateCompilation(new[] { code }, name);
                using var image = new MemoryStream();
                Assert.True(library.Emit(image).Success);
                return GeneratorHarness.References.Add(MetadataReference.CreateFromImage(image.ToArray()));
            }

            var publicType = Run(File("lca2015.notes.txt"), new[] { "namespace MyApp { internal static class Use { internal static object Talks => Lca2015Notes.Talks; } }" },
                references: WithLibrary("namespace MyApp { public static class Lca2015 { public static int Old => 1; } }", "PublicLibrary"));
            var internalType = Run(File("lca2015.notes.txt"), new[] { "namespace MyApp { internal static class Use { internal static object Talks => Lca2015.Talks; } }" },
                references: WithLibrary("namespace MyApp { internal static class Lca2015 { } }", "InternalLibrary"));

            // Before: CS0436 (the source type wins over the reference's) in the generated code and at each use.
            Assert.Equal("Lca2015Notes", publicType.ClassName);
            Assert.True(publicType.Problems.IsEmpty, GeneratorHarness.Format(publicType.Problems));
            Assert.Equal("Lca2015", internalType.ClassName);
            Assert.True(internalType.Problems.IsEmpty, GeneratorHarness.Format(internalType.Problems));
        }

        [Theory]
        [InlineData("console", "System.Console")]
        [InlineData("file", "System.IO.File")]
        [InlineData("task", "System.Threading.Tasks.Task")]
        [InlineData("random", "System.Random")]
        [InlineData("enumerable", "System.Linq.Enumerable")]
        [InlineData("exception", "System.Exception")]
        public void A_derived_name_that_hides_a_type_of_the_global_usings_is_kept_with_NOTES024(string fileName, string hidden)
        {
            string className = char.ToUpperInvariant(fileName[0]) + fileName.Substring(1);
            var run = Run(File(fileName + ".notes.txt"), new[] { ImplicitUsings, "namespace MyApp;\ninternal static class Use { internal static object Talks => " + className + ".Talks; }" });

            // Renamed ConsoleNotes at first: but what a name hides differs from one target framework to another (System.Index),
            // and a package's class must have one name in all of them. So the name stays, and NOTES024 says what it hides.
            Assert.Equal(className, run.ClassName);
            Diagnostic diagnostic = Assert.Single(run.Generator);
            Assert.Equal(("NOTES024", DiagnosticSeverity.Warning, "/src/" + fileName + ".notes.txt"), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path));
            Assert.Equal(
                "The class 'MyApp." + className + "' hides " + hidden + " from the code in namespace 'MyApp': there, '" + className + "' names this class instead. " +
                "If that code uses it, set this file's ClassName (to '" + className + "Notes', say).",
                diagnostic.GetMessage());
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Fact]
        public void The_global_usings_and_the_implicit_usings_namespaces_count_and_other_usings_of_a_file_do_not()
        {
            var system = Run(File("version.notes.txt"), new[] { "namespace MyApp { internal static class Use { internal static object Talks => Version.Talks; } }" });
            // A review: a project without implicit usings (this repository's own setting) whose file says
            // "using System.Threading.Tasks;" got CS0722, CS1983 and CS0161 at its async methods, and no word of why.
            var tasks = Run(File("task.notes.txt"), new[] { "using System.Threading.Tasks;\nnamespace MyApp { internal static class Use { internal static object Talks => Task.Talks; } }" });
            var global = Run(File("encoding.notes.txt"), new[] { "global using System.Text;", "namespace MyApp { internal static class Use { internal static object Talks => Encoding.Talks; } }" });
            var fileOnly = Run(File("encoding.notes.txt"), new[] { "using System.Text;\nnamespace MyApp { internal static class Use { internal static object Talks => Encoding.Talks; } }" });

            Assert.Equal(("Version", "NOTES024"), (system.ClassName, Assert.Single(system.Generator).Id));
            Assert.Contains("hides System.Version from", system.Generator[0].GetMessage());
            Assert.Equal(("Task", "NOTES024"), (tasks.ClassName, Assert.Single(tasks.Generator).Id));
            Assert.Contains("hides System.Threading.Tasks.Task from the code in namespace 'MyApp'", tasks.Generator[0].GetMessage());
            Assert.Equal(("Encoding", "NOTES024"), (global.ClassName, Assert.Single(global.Generator).Id));
            Assert.Contains("hides System.Text.Encoding from", global.Generator[0].GetMessage());
            Assert.Equal("Encoding", fileOnly.ClassName);
            Assert.Empty(fileOnly.Generator); // a file's own usings: the class has one name for the whole project
            Assert.True(fileOnly.Problems.IsEmpty, GeneratorHarness.Format(fileOnly.Problems));
        }

        [Fact]
        public void A_global_using_alias_and_a_type_of_a_namespace_the_class_is_in_are_hidden_too()
        {
            // A review: both went unsaid, and the top-level statements' Program is the common case ("ILogger<Program>" in a
            // class of the app's namespace: CS0718 once the notes' class Program, static, hides it).
            var alias = Run(File("con.notes.txt"), new[] { "global using Con = System.Console;", "namespace MyApp { internal static class Use { internal static object Talks => Con.Talks; } }" });
            var topLevel = Run(File("program.notes.txt"), new[] { "System.Console.WriteLine(1);", "namespace ConsoleApp { internal static class Use { internal static object Talks => Program.Talks; } }" }, OutputKind.ConsoleApplication, rootNamespace: "ConsoleApp");
            var outer = Run(File("lca2015.notes.txt"), new[] { "namespace MyApp { internal static class Lca2015 { } }", "namespace MyApp.Web { internal static class Use { internal static object Talks => Lca2015.Talks; } }" }, rootNamespace: "MyApp.Web");

            Assert.Equal("Con", alias.ClassName);
            Assert.Contains("hides the global using alias Con from the code in namespace 'MyApp'", Assert.Single(alias.Generator).GetMessage());
            Assert.Equal("Program", topLevel.ClassName);
            Assert.Contains("hides the class Program of the project's top-level statements from the code in namespace 'ConsoleApp'", Assert.Single(topLevel.Generator).GetMessage());
            Assert.Equal("Lca2015", outer.ClassName);
            Assert.Contains("hides MyApp.Lca2015 from the code in namespace 'MyApp.Web'", Assert.Single(outer.Generator).GetMessage());
            Assert.True(alias.Problems.IsEmpty && topLevel.Problems.IsEmpty && outer.Problems.IsEmpty, GeneratorHarness.Format(alias.Problems.Concat(topLevel.Problems).Concat(outer.Problems)));
        }

        [Fact]
        public void In_the_global_namespace_a_class_hides_from_every_namespace_and_a_global_alias_of_its_name_is_a_clash()
        {
            // A review: NOTES024 said "from the code in the global namespace", and a class named like a global using alias
            // there conflicts with the alias wherever it is used (CS0576), which NOTES024 described as hiding it.
            var hides = Run(File("console.notes.txt"), new[] { ImplicitUsings, "namespace MyApp { internal static class Use { internal static object Talks => Console.Talks; } }" }, rootNamespace: null);
            var alias = Run(File("con.notes.txt"), new[] { "global using Con = System.Console;", "namespace MyApp { internal static class Use { internal static void M() => Con.WriteLine(ConNotes.Talks); } }" }, rootNamespace: null);

            Assert.Equal("Console", hides.ClassName);
            Assert.Contains("hides System.Console from the project's code: there, 'Console' names this class instead.", Assert.Single(hides.Generator).GetMessage());
            Assert.Equal("ConNotes", alias.ClassName);
            Assert.Empty(alias.Generator);
            Assert.True(alias.Problems.IsEmpty, GeneratorHarness.Format(alias.Problems));
        }

        [Fact]
        public void A_given_ClassName_or_the_projects_partial_class_of_a_hiding_name_is_not_NOTES024()
        {
            var given = Run(File("talks.notes.txt", className: "Console"), new[] { "namespace MyApp { internal static class Use { internal static object Talks => Console.Talks; } }" });
            var extended = Run(File("console.notes.txt"), new[] { "namespace MyApp { public static partial class Console { internal static int Extra => 1; } internal static class Use { internal static object Talks => Console.Talks; } }" });

            Assert.Equal(("Console", "Console"), (given.ClassName, extended.ClassName));
            Assert.Empty(given.Generator);
            Assert.Empty(extended.Generator);
            Assert.True(given.Problems.IsEmpty && extended.Problems.IsEmpty, GeneratorHarness.Format(given.Problems.Concat(extended.Problems)));
        }

        [Fact]
        public void A_file_local_type_of_the_name_is_seen_by_its_file_alone_and_takes_nothing()
        {
            var run = Run(File("lca2015.notes.txt"), new[] { "namespace MyApp { file class Lca2015 { } }", "namespace MyApp { internal static class Use { internal static object Talks => Lca2015.Talks; } }" });

            Assert.Equal("Lca2015", run.ClassName);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Fact]
        public void The_projects_partial_class_keeps_the_name_when_a_reference_has_a_type_of_it_too()
        {
            // A review: the reference's type, sorted after the project's extension, renamed the class, which broke the
            // extension (CS0117) and left the reference's clash with the project's class (CS0436) as it was.
            CSharpCompilation library = GeneratorHarness.CreateCompilation(new[] { "namespace MyApp { public static class Lca2015 { public static int Old => 1; } }" }, "PublicLibrary");
            using var image = new MemoryStream();
            Assert.True(library.Emit(image).Success);
            var run = Run(File("lca2015.notes.txt"), new[] { "namespace MyApp { internal static partial class Lca2015 { internal static int Extra => 1; } internal static class Use { internal static object Talks => Lca2015.Talks; } }" },
                references: GeneratorHarness.References.Add(MetadataReference.CreateFromImage(image.ToArray())));

            Assert.Equal("Lca2015", run.ClassName);
            Assert.Equal(new[] { "CS0262", "CS0436" }, run.Problems.Select(d => d.Id).Distinct().OrderBy(id => id).ToArray()); // the project's to settle
        }

        [Fact]
        public void A_name_given_Notes_does_not_take_another_files_ClassName()
        {
            NotesInput program = File("program.notes.txt"), other = File("zzz.notes.txt", className: "ProgramNotes");
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(new[] { "namespace MyApp { internal class Program { private static void Main() { } } internal static class Use { internal static object Talks => ProgramNotes.Talks; } }" })
                .WithOptions(GeneratorHarness.CompilationOptions.WithOutputKind(OutputKind.ConsoleApplication));
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { program.ToAdditionalText(), other.ToAdditionalText() }, GeneratorHarness.OptionsFor(new[] { program, other }, "MyApp"))
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);

            // A review: program.notes.txt took ProgramNotes, and zzz.notes.txt, whose ClassName it is, got ProgramNotes_2 and NOTES012.
            var classes = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => Regex.Match(s.SourceText.ToString(), @"static partial class (\S+)\n").Groups[1].Value);
            Assert.Equal("ProgramNotes_2", classes.Single(c => c.Key.StartsWith("program", System.StringComparison.Ordinal)).Value);
            Assert.Equal("ProgramNotes", classes.Single(c => c.Key.StartsWith("zzz", System.StringComparison.Ordinal)).Value);
            Assert.DoesNotContain(diagnostics, d => d.Id == "NOTES012");
        }

        [Fact]
        public void A_numbered_name_that_a_type_has_is_taken_too()
        {
            var run = Run(
                File("program.notes.txt"),
                new[] { "namespace MyApp { internal class Program { private static void Main() { } } internal class ProgramNotes { } internal class ProgramNotes_2 { } internal class ProgramNotes_3 { } internal class ProgramNotes_4 { } internal static class Use { internal static object Talks => ProgramNotes_5.Talks; } }" },
                OutputKind.ConsoleApplication);

            // A review: only _2 and _3 were looked up, so the class was ProgramNotes_4 beside the project's (CS0260).
            Assert.Equal("ProgramNotes_5", run.ClassName);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Fact]
        public void A_ClassName_that_a_type_of_the_projects_code_has_is_NOTES010_and_the_derived_name_is_used()
        {
            var run = Run(File("talks2015.notes.txt", className: "Program"), new[] { "namespace MyApp { internal class Program { private static void Main() { } } }" }, OutputKind.ConsoleApplication);

            Diagnostic diagnostic = Assert.Single(run.Generator);
            Assert.Equal("NOTES010", diagnostic.Id);
            Assert.Contains("'MyApp.Program' is already a class of the project's code that is not partial", diagnostic.GetMessage());
            Assert.Equal("/src/talks2015.notes.txt", diagnostic.Location.GetLineSpan().Path);
            Assert.Equal("Talks2015", run.ClassName);
            Assert.True(run.Problems.IsEmpty, GeneratorHarness.Format(run.Problems));
        }

        [Fact]
        public void A_CSharp_edit_that_adds_or_removes_a_clashing_type_renames_the_class_on_the_next_run()
        {
            NotesInput file = File("lca2015.notes.txt");
            CSharpCompilation plain = GeneratorHarness.CreateCompilation(new[] { "namespace MyApp { internal static class Other { } }" });
            GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { file.ToAdditionalText() }, GeneratorHarness.OptionsFor(new[] { file }, "MyApp"));
            string ClassOf(GeneratorDriver d) => Regex.Match(d.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString(), @"static partial class (\S+)\n").Groups[1].Value;

            driver = driver.RunGenerators(plain);
            Assert.Equal("Lca2015", ClassOf(driver));

            CSharpCompilation clashing = plain.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace MyApp { public struct Lca2015 { } }", GeneratorHarness.ParseOptions, path: "Clash.cs"));
            driver = driver.RunGenerators(clashing);
            Assert.Equal("Lca2015Notes", ClassOf(driver));

            driver = driver.RunGenerators(plain);
            Assert.Equal("Lca2015", ClassOf(driver));
        }
    }
}
