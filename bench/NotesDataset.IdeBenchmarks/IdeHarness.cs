using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Generator;
using NotesDataset.Synthetic;

using NotesDataset.Bench;

namespace NotesDataset.IdeBenchmarks
{
    /// <summary>Item metadata as the package's targets set it, for any number of notes files (looked up by path).</summary>
    public sealed class NotesOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, AnalyzerConfigOptions> _files = new(StringComparer.Ordinal);

        public NotesOptionsProvider(IEnumerable<NotesFile> files)
        {
            GlobalOptions = PackageOptions.Global(Generation.RootNamespace);
            foreach (NotesFile file in files) _files[file.Path] = PackageOptions.NotesFile(file.RelativePath);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => _files.TryGetValue(textFile.Path, out AnalyzerConfigOptions? o) ? o : DictionaryOptions.Empty;
    }

    /// <summary>The project the notes are generated into, and generator driver runs.</summary>
    public static class Generation
    {
        public const string RootNamespace = "NotesDataset";

        /// <summary>What the IDE parses a project's C# with when it does not write an XML doc file: doc comments parsed, not checked.</summary>
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

        public static readonly CSharpCompilationOptions CompilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithDeterministic(true);

        /// <summary>.NET 10 reference assemblies and the runtime library the generated code calls (the generator emits nothing without it).</summary>
        public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(NotesDocument).Assembly.Location))
            .ToImmutableArray();

        public const string UserCode = "namespace User\n{\n    public static class Anchor { }\n}\n";

        private static readonly Lazy<CSharpCompilation> LazyCompilation = new(() =>
        {
            CSharpCompilation compilation = CSharpCompilation.Create("User", new[] { CSharpSyntaxTree.ParseText(UserCode, ParseOptions, "Anchor.cs") }, References, CompilationOptions);
            _ = compilation.GetTypeByMetadataName("NotesDataset.Compiled.CompiledNotes"); // bind the references once, outside any timing
            return compilation;
        });

        /// <summary>The project's own C# (one small file) and its references, as the generator sees them.</summary>
        public static CSharpCompilation Compilation => LazyCompilation.Value;

        /// <summary>The project after an unrelated C# edit: one more small file (a distinct one per <paramref name="edit"/>).</summary>
        public static CSharpCompilation EditedCompilation(int edit)
            => Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User\n{\n    public static class Edit" + edit + " { public static int Value => " + edit + "; }\n}\n", ParseOptions, "Edit" + edit + ".cs"));

        /// <summary>A fresh driver over <paramref name="files"/> (their AdditionalTexts given when a later edit must replace one).</summary>
        public static GeneratorDriver CreateDriver(IReadOnlyList<NotesFile> files, bool trackSteps = false, IEnumerable<AdditionalText>? texts = null)
            => CSharpGeneratorDriver.Create(
                new[] { new NotesGenerator().AsSourceGenerator() },
                texts ?? files.Select(f => f.ToAdditionalText()),
                ParseOptions,
                new NotesOptionsProvider(files),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        /// <summary>The generated source of one notes file, from a generator run.</summary>
        public static string Generate(NotesFile file)
        {
            GeneratorRunResult result = CreateDriver(new[] { file }).RunGenerators(Compilation).GetRunResult().Results.Single();
            if (result.Exception != null) throw new InvalidOperationException("The generator failed: " + result.Exception.Message, result.Exception);
            if (result.GeneratedSources.Length != 1) throw new InvalidOperationException("Expected one generated source, got " + result.GeneratedSources.Length + ": " + string.Join("; ", result.Diagnostics));
            return result.GeneratedSources[0].SourceText.ToString();
        }

        /// <summary>The pipeline's tracked steps, read from the generator's TrackingNames (Output names no step).</summary>
        public static readonly string[] StepNames = typeof(NotesGenerator).Assembly
            .GetType("NotesDataset.Generator.TrackingNames", throwOnError: true)!
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != "Output")
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        /// <summary>How many outputs of a step ran for each reason, e.g. "9 Cached, 1 Modified".</summary>
        public static string Reasons(IEnumerable<IncrementalGeneratorRunStep> steps)
            => string.Join(", ", steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => g.Count() + " " + g.Key));

        /// <summary>Every tracked step's reasons, and the source outputs'.</summary>
        public static string Reasons(GeneratorRunResult result)
            => string.Join("; ", StepNames.Select(n => n + ": " + (result.TrackedSteps.TryGetValue(n, out var steps) ? Reasons(steps) : "not run")))
               + "; source output: " + Reasons(result.TrackedOutputSteps.SelectMany(s => s.Value));

        /// <summary>True when no tracked step output and no source output was New, Modified or Removed.</summary>
        public static bool NothingReran(GeneratorRunResult result)
            => StepNames.All(n => result.TrackedSteps.TryGetValue(n, out var steps)
                                  && steps.SelectMany(s => s.Outputs).All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
               && result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).All(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

        /// <summary>Ten notes files of <paramref name="talks"/> synthetic talks each (seeds 1..10), part01..part10.</summary>
        public static IReadOnlyList<NotesFile> TenFiles(int talks)
            => Enumerable.Range(1, 10).Select(i => new NotesFile(talks.ToString(System.Globalization.CultureInfo.InvariantCulture), "part" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".notes.txt", SyntheticNotes.Write(talks, seed: i))).ToArray();

        /// <summary>An edit of a notes file: one more note under its last talk (distinct per <paramref name="edit"/>).</summary>
        public static NotesFile Edited(NotesFile file, int edit) => file.WithText(file.Text.TrimEnd('\n', '\r') + "\n  • edited in the IDE, edit " + edit.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
    }

    /// <summary>
    /// Where to complete in a generated source: the root class, one session class (the first Day5.Session3 in the
    /// generated source when there is one, else its first session) and a talk in it, found by parsing the generated C#.
    /// </summary>
    public sealed record GeneratedShape(string RootPath, int RootMembers, string SessionPath, int SessionMembers, string TalkName, int People)
    {
        private static readonly Regex SessionName = new("^Session[0-9]+$", RegexOptions.CultureInvariant);
        private static readonly Regex DayName = new("^Day[0-9]+$", RegexOptions.CultureInvariant);

        public static GeneratedShape Find(string generatedSource)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(generatedSource, Generation.ParseOptions).GetRoot();
            BaseNamespaceDeclarationSyntax ns = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().First();
            ClassDeclarationSyntax rootClass = ns.Members.OfType<ClassDeclarationSyntax>().Single();
            string rootPath = ns.Name + "." + rootClass.Identifier.ValueText;

            // Sessions are classes "SessionN" inside "DayN" (inside a conference class when the file has several).
            var sessions = new List<(string Path, ClassDeclarationSyntax Class)>();
            void Walk(ClassDeclarationSyntax parent, string path)
            {
                foreach (ClassDeclarationSyntax child in parent.Members.OfType<ClassDeclarationSyntax>())
                {
                    string childPath = path + "." + child.Identifier.ValueText;
                    if (SessionName.IsMatch(child.Identifier.ValueText) && DayName.IsMatch(parent.Identifier.ValueText)) sessions.Add((childPath, child));
                    else if (child.Identifier.ValueText is not ("People" or "__Data")) Walk(child, childPath);
                }
            }

            Walk(rootClass, rootPath);
            if (sessions.Count == 0) throw new InvalidOperationException("No DayN.SessionN class in the generated source of " + rootPath);
            (string sessionPath, ClassDeclarationSyntax session) = sessions.FirstOrDefault(s => s.Path.EndsWith(".Day5.Session3", StringComparison.Ordinal));
            if (session == null) (sessionPath, session) = sessions[0];

            string talk = session.Members.OfType<FieldDeclarationSyntax>()
                .First(f => f.Declaration.Type.ToString().EndsWith("NotesDataset.Talk", StringComparison.Ordinal)).Declaration.Variables.Single().Identifier.ValueText;
            ClassDeclarationSyntax? people = rootClass.Members.OfType<ClassDeclarationSyntax>().FirstOrDefault(c => c.Identifier.ValueText == "People");
            return new GeneratedShape(rootPath, PublicMembers(rootClass), sessionPath, PublicMembers(session), talk, people == null ? 0 : PublicMembers(people));
        }

        private static int PublicMembers(ClassDeclarationSyntax type)
            => type.Members.Count(m => m.Modifiers.Any(SyntaxKind.PublicKeyword));
    }

    /// <summary>The completion sites measured.</summary>
    public enum Site
    {
        /// <summary><c>Root.DayN.SessionN.</c>: a session's talks.</summary>
        Session,

        /// <summary><c>Root.</c>: days (or conferences), the collections, People.</summary>
        Root,

        /// <summary><c>Root.People.</c>: every speaker (the longest list).</summary>
        People,
    }

    /// <summary>
    /// An AdhocWorkspace (MefHostServices.DefaultHost, as IntelliSenseTests) with a project holding the generated
    /// source as a document and a small user file; completion runs on a fork of the user file, as after a keystroke.
    /// </summary>
    public sealed class CompletionScenario
    {
        private readonly Document _userDocument;
        private Compilation? _warmCompilation;

        private CompletionScenario(NotesFile notes, string generated, GeneratedShape shape, AdhocWorkspace workspace, Document userDocument)
        {
            Notes = notes;
            GeneratedChars = generated.Length;
            Shape = shape;
            Workspace = workspace;
            _userDocument = userDocument;
            Service = CompletionService.GetService(userDocument) ?? throw new InvalidOperationException("no C# completion service: Microsoft.CodeAnalysis.CSharp.Features is not composed");
        }

        public NotesFile Notes { get; }

        public int GeneratedChars { get; }

        public GeneratedShape Shape { get; }

        public AdhocWorkspace Workspace { get; }

        public CompletionService Service { get; }

        /// <summary>Runs the generator, finds the completion sites and builds the workspace (no compilation yet).</summary>
        public static CompletionScenario Create(string size)
        {
            NotesFile notes = NotesFile.Get(size);
            string generated = Generation.Generate(notes);
            GeneratedShape shape = GeneratedShape.Find(generated);

            var workspace = new AdhocWorkspace(MefHostServices.DefaultHost);
            Project project = workspace.AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(), VersionStamp.Create(), "User", "User", LanguageNames.CSharp,
                compilationOptions: Generation.CompilationOptions,
                parseOptions: Generation.ParseOptions,
                metadataReferences: Generation.References));
            project = project.AddDocument(notes.RelativePath + ".g.cs", SourceText.From(generated, Encoding.UTF8), filePath: "/bench/obj/" + notes.RelativePath + ".g.cs").Project;
            Document user = project.AddDocument("User.cs", SourceText.From(UserCode(0, shape.RootPath + ".", out _)), filePath: "/bench/User.cs");
            if (!workspace.TryApplyChanges(user.Project.Solution)) throw new InvalidOperationException("TryApplyChanges failed");
            return new CompletionScenario(notes, generated, shape, workspace, workspace.CurrentSolution.GetDocument(user.Id)!);
        }

        /// <summary>What the IDE does in the background after opening the project: parse everything and build the compilation.</summary>
        public async Task<Compilation> WarmAsync()
        {
            _warmCompilation = await _userDocument.Project.GetCompilationAsync().ConfigureAwait(false)
                ?? throw new InvalidOperationException("no compilation");
            _ = await _userDocument.GetSemanticModelAsync().ConfigureAwait(false);
            return _warmCompilation;
        }

        public string Expression(Site site) => site switch
        {
            Site.Session => Shape.SessionPath + ".",
            Site.Root => Shape.RootPath + ".",
            Site.People => Shape.RootPath + ".People.",
            _ => throw new ArgumentOutOfRangeException(nameof(site)),
        };

        /// <summary>The user file after an edit: a new local (numbered <paramref name="edit"/>) and the member access to complete.</summary>
        public (Document Document, int Caret) Edit(int edit, Site site)
        {
            string code = UserCode(edit, Expression(site), out int caret);
            return (_userDocument.WithText(SourceText.From(code)), caret);
        }

        /// <summary>Completion as typing the '.' asks for it.</summary>
        public Task<CompletionList> CompleteAsync(Document document, int caret)
            => Service.GetCompletionsAsync(document, caret, CompletionTrigger.CreateInsertionTrigger('.'));

        public CompletionList Complete(Document document, int caret) => CompleteAsync(document, caret).GetAwaiter().GetResult();

        public CompletionItem Item(CompletionList list, string displayText)
            => list.ItemsList.FirstOrDefault(i => i.DisplayText == displayText)
               ?? throw new InvalidOperationException("'" + displayText + "' is not in the completion list (" + list.ItemsList.Count + " items)");

        public CompletionDescription Describe(Document document, CompletionItem item)
            => Service.GetDescriptionAsync(document, item).GetAwaiter().GetResult()
               ?? throw new InvalidOperationException("no description for " + item.DisplayText);

        private static string UserCode(int edit, string expression, out int caret)
        {
            string before = "namespace User\n{\n    public static class Program\n    {\n        public static void Main()\n        {\n            int edit" + edit + " = " + edit + ";\n            var x = " + expression;
            caret = before.Length;
            return before + "\n        }\n    }\n}\n";
        }
    }
}
