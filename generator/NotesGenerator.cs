using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NotesDataset.Generator
{
    /// <summary>
    /// Compiles conference notes files (AdditionalFiles, usually <c>*.notes.txt</c>) into a static class per file:
    /// the dataset, named members per day, session, talk and speaker, and XML docs for IntelliSense.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class NotesGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // 1. The notes files and their per-file options (item metadata). Runs when a file or an option changes.
            //    A new AdditionalText object with the same text and options compares equal (NotesSource), so nothing re-parses.
            IncrementalValuesProvider<NotesSource> files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => SelectNotesFile(pair.Left, pair.Right))
                .Where(static file => file.Options != null)
                .Select(static (file, _) => new NotesSource(file.Text, file.Options!))
                .WithTrackingName(TrackingNames.NotesFiles);

            // 2. Project settings, reduced to a small record before anything is combined with them.
            IncrementalValueProvider<ProjectOptions> project = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Select(static (pair, _) => ReadProjectOptions(pair.Left.GlobalOptions, pair.Right))
                .WithTrackingName(TrackingNames.ProjectOptions);

            // 3. Each file parsed on its own: editing one notes file re-parses only that file. Whether doc comments are
            //    written decides whether the parse builds each talk's first notes (only the docs show them).
            IncrementalValueProvider<bool> xmlDocs = project.Select(static (options, _) => options.XmlDocs);
            IncrementalValuesProvider<NotesFileModel> parsed = files
                .Combine(xmlDocs)
                .Select(static (pair, ct) => ParseFile(pair.Left.Text, pair.Left.Options, pair.Right, ct))
                .WithTrackingName(TrackingNames.Parsed);

            // 4. Whether the runtime the generated code calls is referenced, and whether it reads the index from a UTF-8
            //    literal; a small enum, so C# edits leave it Unchanged.
            IncrementalValueProvider<RuntimeSupport> runtime = context.CompilationProvider
                .Select(static (compilation, _) => FindRuntime(compilation))
                .WithTrackingName(TrackingNames.RuntimeReferenced);

            // 5. What already has a name the classes could take, where they go: a namespace (a folder's "Contoso.Data" in the
            //    project's code or a reference: CS0101, CS0437) or a type (the project's own class Program, a struct
            //    Lca2015, a reference's type: CS0260, CS0101, CS0436); and the types of the project's global usings that a
            //    derived name would hide from the code in its namespace (a class MyApp.Console: CS0117 at Console.WriteLine
            //    there). Runs on every C# edit: look-ups by name in a namespace or two, never a walk of
            //    the project's types; its result, short lists, is Unchanged unless such a name comes or goes.
            IncrementalValueProvider<EquatableArray<string>> candidates = parsed.Collect()
                .Select(static (all, _) => CandidateNames(all));
            IncrementalValueProvider<ExistingNames> existing = files
                .Select(static (file, _) => file.Options.Namespace)
                .Collect()
                .Combine(project)
                .Select(static (pair, _) => TargetNamespaces(pair.Left, pair.Right))
                .Combine(candidates)
                .Combine(context.CompilationProvider)
                .Select(static (pair, ct) => FindExisting(pair.Right, pair.Left.Left, pair.Left.Right, ct))
                .WithTrackingName(TrackingNames.Namespaces);

            // 6. Class and hint names settled across all files (two files must not give the same class), and the text compiled
            //    in counted against the assembly's limit (NOTES019), for which the runtime says whether the index is a string.
            IncrementalValuesProvider<EmitModel> named = parsed.Collect()
                .Combine(project)
                .Combine(runtime.Combine(existing))
                .SelectMany(static (pair, _) => AssignNames(pair.Left.Left, pair.Left.Right, pair.Right.Left, pair.Right.Right))
                .WithTrackingName(TrackingNames.Named);

            // 7. Output: diagnostics located in the notes files, and one source file per notes file.
            context.RegisterSourceOutput(named.Combine(runtime), static (spc, pair) => Emit(spc, pair.Left, pair.Right));
        }

        /// <summary>The version of the package this generator came in (its informational version, less any "+commit"): what NOTES009 tells to reference.</summary>
        internal static readonly string PackageVersion = PackageVersionOf(typeof(NotesGenerator).Assembly);

        private static string PackageVersionOf(System.Reflection.Assembly assembly)
        {
            object[] attributes = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false);
            string version = attributes.Length > 0 ? ((System.Reflection.AssemblyInformationalVersionAttribute)attributes[0]).InformationalVersion : "";
            int plus = version.IndexOf('+');
            if (plus >= 0) version = version.Substring(0, plus);
            return version.Length > 0 ? version : assembly.GetName().Version?.ToString(3) ?? "0.1.0";
        }

        private static void Emit(SourceProductionContext context, EmitModel model, RuntimeSupport runtime)
        {
            foreach (DiagnosticInfo info in model.File.Diagnostics) context.ReportDiagnostic(DiagnosticDescriptors.Create(info));
            foreach (DiagnosticInfo info in model.Diagnostics) context.ReportDiagnostic(DiagnosticDescriptors.Create(info));
            if (runtime == RuntimeSupport.Missing)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.Create(new DiagnosticInfo(
                    Parsing.NotesRules.MissingRuntime.Id, Parsing.NotesRules.Format(Parsing.NotesRules.MissingRuntime, PackageVersion), model.File.Options.Path, 0, 0, 1, 1)));
                return;
            }

            // A file the generator failed on gets no code, as its NOTES013 diagnostic says: only that diagnostic.
            if (model.File.Failed) return;

            // A UTF-8 literal (C# 11) is data in the assembly's image; a string literal is interned when first loaded.
            context.AddSource(model.HintName, Emitter.Write(model, model.Utf8Index, context.CancellationToken).ToSourceText());
        }

        /// <summary>The namespaces the generated classes may go in: each file's usable <c>Namespace</c> option and the project's (the global namespace: ""), sorted.</summary>
        private static EquatableArray<string> TargetNamespaces(ImmutableArray<string?> fileNamespaces, ProjectOptions project)
        {
            var targets = new SortedSet<string>(System.StringComparer.Ordinal) { FallbackNamespace(project) ?? "" };
            foreach (string? ns in fileNamespaces)
            {
                if (Identifiers.IsUsableNamespace(ns)) targets.Add(ns!);
            }

            return EquatableArray.From(targets);
        }

        /// <summary>
        /// The class names the files could take, bare and sorted: each derived name, with "Notes" too, each valid
        /// <c>ClassName</c>, and each of those numbered _2 to _9 (AssignNames numbers a name that is taken).
        /// </summary>
        private static EquatableArray<string> CandidateNames(ImmutableArray<NotesFileModel> files)
        {
            var names = new SortedSet<string>(System.StringComparer.Ordinal);
            void Add(string name)
            {
                names.Add(name);
                for (int n = 2; n <= 9; n++) names.Add(name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            foreach (NotesFileModel file in files)
            {
                if (file.Failed) continue;
                string derived = Identifiers.Unescape(file.DerivedClassName);
                Add(derived);
                Add(derived + "Notes");
                if (Identifiers.IsValidClassName(file.Options.ClassName)) Add(Identifiers.Unescape(file.Options.ClassName!));
            }

            return EquatableArray.From(names);
        }

        /// <summary>
        /// What the compilation has, from the project's code or its references, of the names the classes could take: the
        /// namespaces in <paramref name="targets"/>, the types of <paramref name="names"/> there, and what a class of
        /// those names would hide from the code there (see <see cref="ExistingNames"/>).
        /// </summary>
        private static ExistingNames FindExisting(Compilation compilation, EquatableArray<string> targets, EquatableArray<string> names, System.Threading.CancellationToken cancellationToken)
        {
            var namespaces = new List<string>();
            var types = new List<string>();
            foreach (string target in targets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                INamespaceSymbol? ns = FindNamespace(compilation, target);
                if (ns == null) continue;
                string? container = target.Length > 0 ? target : null;
                foreach (INamespaceSymbol child in ns.GetNamespaceMembers()) namespaces.Add(FullName(container, child.Name));
                foreach (string name in names)
                {
                    foreach (INamedTypeSymbol type in ns.GetTypeMembers(name, 0))
                    {
                        if (Clash(compilation, type, cancellationToken) is string what) types.Add(FullName(container, name) + "\t" + what);
                    }
                }
            }

            // What a class of a name would hide from the code in its namespace: a type of a namespace that every file imports
            // by a global using, or of those of the SDK's implicit usings, which most files import, implicitly or by a
            // using of their own (System, System.IO, …; a file's own usings are not looked up); a global using alias; and a
            // type of a namespace the class's is in (the class of top-level statements, in the global namespace).
            var hidden = new SortedSet<string>(System.StringComparer.Ordinal);
            GlobalImports(compilation, out List<INamespaceSymbol> imported, out HashSet<string> aliases, cancellationToken);
            foreach (string common in ImplicitUsings)
            {
                if (FindNamespace(compilation, common) is INamespaceSymbol ns && !imported.Contains(ns, SymbolEqualityComparer.Default)) imported.Add(ns);
            }

            foreach (string target in targets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string? container = target.Length > 0 ? target : null;
                var scopes = new List<INamespaceSymbol>(imported);
                if (container != null)
                {
                    string[] segments = Identifiers.Unescape(container).Split('.');
                    for (int count = segments.Length - 1; count >= 0; count--)
                    {
                        if (FindNamespace(compilation, string.Join(".", segments, 0, count)) is INamespaceSymbol outer) scopes.Add(outer);
                    }
                }

                foreach (string name in names)
                {
                    // A class in the global namespace named like a global using alias conflicts with it wherever it is used
                    // (CS0576): a clash, the project's own in every target framework. In a namespace, it hides the alias.
                    if (aliases.Contains(name) && container == null) types.Add(name + "\tthe name of a global using alias");
                    else if (aliases.Contains(name)) hidden.Add(FullName(container, name) + "\tthe global using alias " + name);
                    foreach (INamespaceSymbol scope in scopes)
                    {
                        foreach (INamedTypeSymbol type in scope.GetTypeMembers(name, 0))
                        {
                            if (type.IsFileLocal || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)) continue;
                            hidden.Add(FullName(container, name) + "\t" + (IsTopLevelClass(type, cancellationToken) ? "the class " + name + " of the project's top-level statements" : type.ToDisplayString()));
                        }
                    }
                }
            }

            namespaces.Sort(System.StringComparer.Ordinal);
            types.Sort(System.StringComparer.Ordinal);
            return new ExistingNames(EquatableArray.From(namespaces), EquatableArray.From(types), EquatableArray.From(hidden));
        }

        /// <summary>The namespaces of the SDK's implicit usings for a C# project (Microsoft.NET.Sdk).</summary>
        private static readonly string[] ImplicitUsings = { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" };

        /// <summary>
        /// What every file of the project imports: the namespaces and alias names of its global usings (the SDK's implicit
        /// usings, its <c>Using</c> items, <c>global using</c> directives), as the compiler bound them. A file's own usings
        /// are not: a class has one name for the whole project.
        /// </summary>
        private static void GlobalImports(Compilation compilation, out List<INamespaceSymbol> namespaces, out HashSet<string> aliases, System.Threading.CancellationToken cancellationToken)
        {
            namespaces = new List<INamespaceSymbol>();
            aliases = new HashSet<string>(System.StringComparer.Ordinal);
            SyntaxTree? tree = compilation.SyntaxTrees.FirstOrDefault();
            if (tree == null) return;
            bool Global(SyntaxReference? reference) => reference?.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.UsingDirectiveSyntax directive && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword);

            // At the end of the file: not inside a using directive of its own, where the imports are not yet in scope.
            foreach (IImportScope scope in compilation.GetSemanticModel(tree).GetImportScopes(tree.Length, cancellationToken))
            {
                foreach (ImportedNamespaceOrType import in scope.Imports)
                {
                    if (import.NamespaceOrType is INamespaceSymbol ns && Global(import.DeclaringSyntaxReference) && !namespaces.Contains(ns, SymbolEqualityComparer.Default)) namespaces.Add(ns);
                }

                foreach (IAliasSymbol alias in scope.Aliases)
                {
                    if (alias.DeclaringSyntaxReferences.Any(Global)) aliases.Add(alias.Name);
                }
            }
        }

        /// <summary>The namespace of that (dotted) name in the compilation, by look-ups, not a walk of every child; the global namespace for "".</summary>
        private static INamespaceSymbol? FindNamespace(Compilation compilation, string name)
        {
            INamespaceSymbol? ns = compilation.GlobalNamespace;
            if (name.Length == 0) return ns;
            foreach (string segment in Identifiers.Unescape(name).Split('.'))
            {
                ns = ns?.GetMembers(segment.Trim()).OfType<INamespaceSymbol>().FirstOrDefault();
            }

            return ns;
        }

        /// <summary>
        /// What <paramref name="type"/>, a type of a name a class could take, is, when a generated class of that name could
        /// not be declared beside it ("a struct of the project's code"); "" for a class of the project's code whose every
        /// declaration is partial, which extends the generated class; null for a reference's type the project cannot see, and
        /// for a type local to its file (C# 11 <c>file class</c>), which no other file sees.
        /// </summary>
        private static string? Clash(Compilation compilation, INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
        {
            if (type.IsFileLocal) return null;
            if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            {
                return compilation.IsSymbolAccessibleWithin(type, compilation.Assembly) ? "a type the reference " + type.ContainingAssembly.Name + " gives the project" : null;
            }

            if (type.IsRecord) return "a record of the project's code";
            switch (type.TypeKind)
            {
                case TypeKind.Class:
                    if (IsTopLevelClass(type, cancellationToken)) return "the class of the project's top-level statements";
                    foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
                    {
                        if (!(reference.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax declaration) || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                        {
                            return "a class of the project's code that is not partial";
                        }
                    }

                    return "";
                case TypeKind.Struct: return "a struct of the project's code";
                case TypeKind.Enum: return "an enum of the project's code";
                case TypeKind.Interface: return "an interface of the project's code";
                case TypeKind.Delegate: return "a delegate of the project's code";
                default: return "a type of the project's code";
            }
        }

        /// <summary>Whether <paramref name="type"/> is the class the compiler makes of top-level statements (declared, in part, by a file's statements).</summary>
        private static bool IsTopLevelClass(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
            => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax);

        private static RuntimeSupport FindRuntime(Compilation compilation)
        {
            INamedTypeSymbol? type = compilation.GetTypeByMetadataName(TypeNames.CompiledNotesMetadata);
            if (type == null) return RuntimeSupport.Missing;
            foreach (ISymbol member in type.GetMembers("Load"))
            {
                if (member is IMethodSymbol { Parameters.Length: 4 } load
                    && load.Parameters[1].Type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span
                    && span.TypeArguments[0].SpecialType == SpecialType.System_Byte)
                {
                    return RuntimeSupport.Utf8Index;
                }
            }

            return RuntimeSupport.StringIndex;
        }

        private static ProjectOptions ReadProjectOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options, ParseOptions parseOptions)
        {
            string? rootNamespace = Encoded(options, "NotesDatasetEncodedRootNamespace", "RootNamespace");
            string? defaultNamespace = Encoded(options, "NotesDatasetEncodedNamespace", "NotesDatasetNamespace");
            options.TryGetValue("build_property.NotesDatasetXmlDocs", out string? xmlDocs);
            options.TryGetValue("build_property.NotesDatasetNamedMembers", out string? namedMembers);
            options.TryGetValue("build_property.NotesDatasetVisibility", out string? visibility);
            LanguageVersion language = parseOptions is CSharpParseOptions cs ? cs.LanguageVersion : LanguageVersion.CSharp1;
            return new ProjectOptions(Identifiers.SafeNamespace(Identifiers.WithoutFormatting(Blank(rootNamespace))), Identifiers.WithoutFormatting(Blank(defaultNamespace)), language >= LanguageVersion.CSharp8, language >= LanguageVersion.CSharp11, WriteXmlDocs(xmlDocs, parseOptions), parseOptions.DocumentationMode >= DocumentationMode.Diagnose,
                MSBuildBoolean(namedMembers) ?? true, string.Equals(visibility?.Trim(), "internal", System.StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>A property the targets also pass percent-encoded (<see cref="Decode"/>), as they passed it; else as the compiler read it.</summary>
        private static string? Encoded(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options, string encodedName, string name)
            => options.TryGetValue("build_property." + encodedName, out string? encoded) && encoded.Length > 0 ? Decode(encoded)
                : options.TryGetValue("build_property." + name, out string? value) ? value : null;

        /// <summary>
        /// A property's value as MSBuild's conditions read it, which is how the package's targets read the same
        /// property: <c>true</c>, <c>on</c>, <c>yes</c> and their negations <c>!false</c>, <c>!off</c>, <c>!no</c> (in
        /// any case) are true, the reverse spellings false. Anything else is null: the targets warn (NOTES014) and the
        /// option's default applies. Reading only "true" and "false" here would take a <c>no</c> that the targets
        /// accept silently for its default.
        /// </summary>
        internal static bool? MSBuildBoolean(string? value)
        {
            string? v = Blank(value);
            if (v == null) return null;
            bool negated = v[0] == '!';
            switch ((negated ? v.Substring(1) : v).ToLowerInvariant())
            {
                case "true": case "on": case "yes": return !negated;
                case "false": case "off": case "no": return negated;
                default: return null;
            }
        }

        /// <summary>
        /// Whether to write XML doc comments. By default only where the compiler reads them: in the IDE (which parses
        /// them for IntelliSense whatever the project says) and in builds that write an XML doc file. A command-line build
        /// without one (DocumentationMode.None) treats them as plain comments, so at 20,000 talks they would be 10 MB of
        /// text written and lexed for nothing. NotesDatasetXmlDocs=true or false overrides this.
        /// </summary>
        private static bool WriteXmlDocs(string? option, ParseOptions parseOptions)
        {
            return MSBuildBoolean(option) ?? parseOptions.DocumentationMode != DocumentationMode.None;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
