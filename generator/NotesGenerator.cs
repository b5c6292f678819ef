using System.Collections.Immutable;
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
            IncrementalValuesProvider<(AdditionalText Text, NotesFileOptions Options)> files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => SelectNotesFile(pair.Left, pair.Right))
                .Where(static file => file.Options != null)
                .Select(static (file, _) => (file.Text, file.Options!))
                .WithTrackingName(TrackingNames.NotesFiles);

            // 2. Project settings, reduced to a small record before anything is combined with them.
            IncrementalValueProvider<ProjectOptions> project = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Select(static (pair, _) => ReadProjectOptions(pair.Left.GlobalOptions, pair.Right))
                .WithTrackingName(TrackingNames.ProjectOptions);

            // 3. Each file parsed on its own: editing one notes file re-parses only that file.
            IncrementalValuesProvider<NotesFileModel> parsed = files
                .Select(static (file, ct) => ParseFile(file.Text, file.Options, ct))
                .WithTrackingName(TrackingNames.Parsed);

            // 4. Whether the runtime the generated code calls is referenced; a bool, so C# edits leave it Unchanged.
            IncrementalValueProvider<bool> runtimeReferenced = context.CompilationProvider
                .Select(static (compilation, _) => compilation.GetTypeByMetadataName(TypeNames.CompiledNotesMetadata) != null)
                .WithTrackingName(TrackingNames.RuntimeReferenced);

            // 5. Class and hint names settled across all files (two files must not give the same class).
            IncrementalValuesProvider<EmitModel> named = parsed.Collect()
                .Combine(project)
                .SelectMany(static (pair, _) => AssignNames(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Named);

            // 6. Output: diagnostics located in the notes files, and one source file per notes file.
            context.RegisterSourceOutput(named.Combine(runtimeReferenced), static (spc, pair) => Emit(spc, pair.Left, pair.Right));
        }

        private static void Emit(SourceProductionContext context, EmitModel model, bool runtimeReferenced)
        {
            foreach (DiagnosticInfo info in model.File.Diagnostics) context.ReportDiagnostic(DiagnosticDescriptors.Create(info));
            foreach (DiagnosticInfo info in model.Diagnostics) context.ReportDiagnostic(DiagnosticDescriptors.Create(info));
            if (!runtimeReferenced)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.Create(new DiagnosticInfo(
                    Parsing.NotesRules.MissingRuntime.Id, Parsing.NotesRules.MissingRuntime.Format, model.File.Options.Path, 0, 0, 1, 1)));
                return;
            }

            context.AddSource(model.HintName, Emitter.Emit(model));
        }

        private static ProjectOptions ReadProjectOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options, ParseOptions parseOptions)
        {
            options.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
            options.TryGetValue("build_property.NotesDatasetNamespace", out string? defaultNamespace);
            bool nullable = parseOptions is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp8;
            return new ProjectOptions(Blank(rootNamespace), Blank(defaultNamespace), nullable);
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
    }
}
