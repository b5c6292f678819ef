using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NotesDataset.Generator
{
    // The pipeline's model: strings, numbers, enums and equatable arrays only (and, in the first step, the notes file's
    // AdditionalText, compared by its text). No symbols, syntax nodes, Locations or Compilation, so that each step's
    // output compares by value and stays cached.

    /// <summary>A notes file's text source and its per-file options (from item metadata).</summary>
    internal sealed record NotesFileOptions(string Path, string RelativePath, string? ClassName, string? Namespace, string? ResourceName);

    /// <summary>
    /// A notes file to parse: equal to another when both have the same options and the same text, decoded from UTF-8 or
    /// not alike. The IDE passes the
    /// same <see cref="AdditionalText"/> object while a file is unchanged, but a reloaded project, or the compiler server's
    /// cached driver (<c>Features=enable-generator-cache</c>), passes a new one for the same text; compared by reference,
    /// that would parse all of an unchanged file again.
    /// </summary>
    internal readonly struct NotesSource : IEquatable<NotesSource>
    {
        public NotesSource(AdditionalText text, NotesFileOptions options)
        {
            Text = text;
            Options = options;
        }

        public AdditionalText Text { get; }

        public NotesFileOptions Options { get; }

        public bool Equals(NotesSource other)
        {
            if (!Options.Equals(other.Options)) return false;
            if (ReferenceEquals(Text, other.Text)) return true;

            // Only ever between a file's old and new object: the incremental tables compare an output with the one it replaces.
            try
            {
                SourceText? mine = Text.GetText(), theirs = other.Text.GetText();
                // The encoding counts too: the same text from UTF-16 bytes is compiled in, not read from the resource (ParseFile).
                return mine == null || theirs == null ? mine == theirs
                    : NotesGenerator.IsUtf8(mine.Encoding) == NotesGenerator.IsUtf8(theirs.Encoding) && mine.ContentEquals(theirs);
            }
            catch (Exception)
            {
                return false; // then the file is parsed again, and ParseFile reports what went wrong as a diagnostic
            }
        }

        public override bool Equals(object? obj) => obj is NotesSource other && Equals(other);

        public override int GetHashCode() => Options.GetHashCode();
    }

    /// <summary>Project-wide settings from build properties and the parse options.</summary>
    /// <param name="XmlDocs">Whether to write XML doc comments: by default only where the compiler reads them (see NotesGenerator.WriteXmlDocs).</param>
    /// <param name="DocsChecked">Whether the compiler checks doc comments (it writes an XML doc file): then a file without them says so, or every member would be a CS1591 warning.</param>
    /// <param name="NamedMembers">Whether to write the named members (a class per day and session, a field per talk and speaker); NotesDatasetNamedMembers=false leaves them out.</param>
    /// <param name="Internal">Whether the dataset classes are internal (NotesDatasetVisibility=internal) rather than public.</param>
    internal sealed record ProjectOptions(string? RootNamespace, string? DefaultNamespace, bool NullableDirective, bool Utf8Literals, bool XmlDocs, bool DocsChecked, bool NamedMembers, bool Internal);

    /// <summary>
    /// What the compilation already has of the names the classes could take (NotesGenerator.FindExisting), sorted:
    /// the full names of the namespaces in the classes' namespaces; "Full.Name\tWhat it is" for a type there that a class
    /// may not be named like ("" for the project's partial class, which extends the generated one); and "Full.Name\tWhat"
    /// for what a class of that name would hide from the code in its namespace ("MyApp.Console\tSystem.Console").
    /// </summary>
    internal sealed record ExistingNames(EquatableArray<string> Namespaces, EquatableArray<string> Types, EquatableArray<string> Hidden);

    /// <summary>What the referenced runtime offers the generated code.</summary>
    internal enum RuntimeSupport
    {
        /// <summary>The NotesDataset runtime is not referenced.</summary>
        Missing,

        /// <summary>CompiledNotes.Load takes the index as a string.</summary>
        StringIndex,

        /// <summary>CompiledNotes.Load also takes it as a UTF-8 literal (the runtime's .NET 8+ build).</summary>
        Utf8Index,
    }

    /// <summary>A diagnostic as data: located by path and span in the notes file, turned into a Roslyn Diagnostic only at the output step.</summary>
    internal sealed record DiagnosticInfo(string Id, string Message, string Path, int Start, int Length, int Line, int Column);

    /// <param name="TitleIsSpeaker">A keynote's "Speaker – Affiliation" line: its title is its speaker's name.</param>
    internal sealed record TalkModel(
        string Title, int Index, EquatableArray<string> Speakers, EquatableArray<int> SpeakerIndices, string? Affiliation, int Line, EquatableArray<string> FirstNotes, int NoteCount,
        bool TitleIsSpeaker);

    internal sealed record SessionModel(string Title, string Display, int Index, int Line, string Kind, EquatableArray<TalkModel> Talks);

    internal sealed record DayModel(string Label, string Display, int Index, EquatableArray<SessionModel> Sessions);

    internal sealed record ConferenceModel(string Display, string? Name, int? Year, int Index, EquatableArray<DayModel> Days);

    internal sealed record SpeakerModel(string Name, int Index, int TalkCount);

    /// <summary>One parsed notes file: what the emitter needs, plus the diagnostics found in it.</summary>
    internal sealed record NotesFileModel(
        NotesFileOptions Options,
        string DerivedClassName,
        string Index,
        string? InlineText,
        int TalkCount,
        EquatableArray<ConferenceModel> Conferences,
        EquatableArray<SpeakerModel> Speakers,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>Whether the generator failed on this file (NOTES013): it then takes no class name and gets no code.</summary>
        public bool Failed
        {
            get
            {
                foreach (DiagnosticInfo info in Diagnostics)
                {
                    if (info.Id == Parsing.NotesRules.GeneratorFailure.Id) return true;
                }

                return false;
            }
        }
    }

    /// <summary>A file ready to emit: its model with the class name, namespace and hint name settled across all files.</summary>
    internal sealed record EmitModel(NotesFileModel File, string ClassName, string? Namespace, string HintName, bool NullableDirective, bool Utf8Index, bool XmlDocs, bool DocsChecked, bool NamedMembers, bool Internal, EquatableArray<DiagnosticInfo> Diagnostics);
}
