// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
namespace NotesDataset.Parsing
{
    /// <summary>One diagnostic rule: its id, severity, a short title and a message format ({0}, {1}… are filled in).</summary>
    internal sealed class NotesRule
    {
        public NotesRule(string id, NotesSeverity severity, string title, string format)
        {
            Id = id;
            Severity = severity;
            Title = title;
            Format = format;
        }

        public string Id { get; }
        public NotesSeverity Severity { get; }
        public string Title { get; }
        public string Format { get; }
    }

    /// <summary>
    /// Every diagnostic the parser and generator can report. The README's diagnostics table and
    /// AnalyzerReleases.Unshipped.md list the same ids; a test keeps them in step.
    /// </summary>
    internal static class NotesRules
    {
        public static readonly NotesRule MisspeltConference = new NotesRule(
            "NOTES001", NotesSeverity.Warning, "Conference name looks misspelt",
            "'{0}' looks like a misspelling of '{1}'; the session was filed under {1} {2}. Write '{1}' to silence this.");

        public static readonly NotesRule MissingYear = new NotesRule(
            "NOTES002", NotesSeverity.Warning, "Heading has no year",
            "The heading names '{0}' without a year; it was filed under {1} {2}. Write '{1} {2}' in the heading to keep it there.");

        public static readonly NotesRule NoHeading = new NotesRule(
            "NOTES003", NotesSeverity.Warning, "Talk before the first heading",
            "This line comes before any session heading; it was filed under an unnamed session. Add a heading such as 'Conference 2015 – Day 1 – Session 1' above it.");

        public static readonly NotesRule Prose = new NotesRule(
            "NOTES004", NotesSeverity.Info, "Line kept as prose",
            "This line is not a heading, a talk line ('Title – Speaker' at the left margin) or a bullet; it was kept as {0}. {1}");

        public static readonly NotesRule EmptyTitle = new NotesRule(
            "NOTES005", NotesSeverity.Warning, "Talk line has no title",
            "The talk line has a speaker but no title; it was kept with the title '{0}'. Write 'Title – Speaker'.");

        public static readonly NotesRule EmptySpeaker = new NotesRule(
            "NOTES006", NotesSeverity.Warning, "Talk line has no speaker",
            "The talk line ends with a dash but names no speaker. Write 'Title – Speaker'. (A talk without a speaker is its title alone with its notes as bullets under it; a title with nothing under it is prose.)");

        public static readonly NotesRule ControlCharacters = new NotesRule(
            "NOTES007", NotesSeverity.Warning, "Control characters in the notes",
            "The line holds {0} control character(s) (the first is U+{1}); they were kept as data. Remove them unless they are meant to be there.");

        public static readonly NotesRule NotText = new NotesRule(
            "NOTES008", NotesSeverity.Error, "The file does not look like text",
            "The file holds NUL characters, so it is probably not a text notes file; it was read as text all the same, with the NUL characters kept as data. Pass only UTF-8 text files as notes.");

        // Rules of the generator's own (options and references), reported at the notes file.
        public static readonly NotesRule MissingRuntime = new NotesRule(
            "NOTES009", NotesSeverity.Error, "The NotesDataset runtime is not referenced",
            "The dataset compiled from this file needs the NotesDataset runtime library, which the project does not reference; no code was generated. Add <PackageReference Include=\"NotesDataset\" Version=\"{0}\" /> (this generator's version) to the project.");

        public static readonly NotesRule InvalidClassName = new NotesRule(
            "NOTES010", NotesSeverity.Warning, "Invalid class name option",
            "ClassName '{0}' cannot be used: {2}; the class was named '{1}' instead. Write a name such as 'Lca2015' (letters, digits and '_', not starting with a digit).");

        public static readonly NotesRule InvalidNamespace = new NotesRule(
            "NOTES011", NotesSeverity.Warning, "Invalid namespace option",
            "Namespace '{0}' cannot be used: {2}; the class was put in '{1}' instead.");

        public static readonly NotesRule DuplicateClassName = new NotesRule(
            "NOTES012", NotesSeverity.Warning, "Two notes files give the same class name",
            "Another notes file ({0}) already gives the class or namespace '{1}'; this file's class was named '{2}'. Set ClassName or Namespace on one of the NotesFile items.");

        public static readonly NotesRule GeneratorFailure = new NotesRule(
            "NOTES013", NotesSeverity.Error, "The generator failed on this file",
            "The generator could not compile this notes file ({0}); no code was generated for it. This is a bug in NotesDataset: please report it with the file.");

        public static readonly NotesRule Undecodable = new NotesRule(
            "NOTES015", NotesSeverity.Warning, "Characters that could not be decoded",
            "Line {0} holds U+FFFD, the character put in place of bytes that are not UTF-8 when the file is read ({1} in the file): the notes file is probably saved in another encoding, such as Windows-1252, and those characters are lost. Save the file as UTF-8.");

        public static readonly NotesRule CloseConferenceNames = new NotesRule(
            "NOTES017", NotesSeverity.Warning, "Two conference names differ by a letter or two",
            "'{0} {2}' and '{1} {2}' (line {3}) are spelt an edit or two apart and head as many sessions each, so neither was taken for a misspelling of the other: they were kept as two conferences. If one is misspelt, correct it; if they are two conferences, turn this off with <NoWarn>NOTES017</NoWarn>.");

        public static readonly NotesRule RepeatedHeading = new NotesRule(
            "NOTES018", NotesSeverity.Warning, "Heading repeats an earlier one",
            "'{0}' names the same session as the heading at line {1}; its talks were kept as a second session of that name. If it is another session, correct its title or number; if not, move its talks under the first heading.");

        public static readonly NotesRule TooMuchInlineText = new NotesRule(
            "NOTES019", NotesSeverity.Error, "Too much notes text compiled in as strings",
            "The notes compiled into this assembly as string constants (their text, and their indexes where the runtime reads them from strings), this file's and those before it, come to {0:N0} characters in {1} files: an assembly's string constants must each start within its first 16 MB, 8,388,608 characters of UTF-16, and these cannot, so the build fails with CS8103. Leave NotesDatasetEmbedText at true, so the notes travel as embedded resources, and save UTF-16 notes files as UTF-8 (their text is always compiled in); or split the notes across projects.");

        public static readonly NotesRule SessionAsSpeaker = new NotesRule(
            "NOTES022", NotesSeverity.Warning, "Talk line reads like a heading",
            "{0}: this line is probably a heading whose day could not be read; it was kept as the talk '{1}'. If it is a heading, write its day as 'Day N', a weekday or a miniconf ('Conf 2020 – Day 5 – Session 3').");

        /// <summary>A class named after its file (or heading) that hides a type from the code in its namespace; the class keeps its name, the same for every target framework.</summary>
        public static readonly NotesRule HidesType = new NotesRule(
            "NOTES024", NotesSeverity.Warning, "Class name hides a type",
            "The class '{0}' hides {1} from {2}: there, '{3}' names this class instead. If that code uses it, set this file's ClassName (to '{3}Notes', say).");

        /// <summary>Reported by the package's MSBuild targets, not by the generator (so not in <see cref="All"/>); listed here so every id lives in one place.</summary>
        public static readonly NotesRule InvalidProperty = new NotesRule(
            "NOTES014", NotesSeverity.Warning, "Invalid NotesDataset property",
            "{0} is '{1}'; it must be 'true' or 'false'.");

        /// <summary>Reported by the package's MSBuild targets, not by the generator (so not in <see cref="All"/>).</summary>
        public static readonly NotesRule CaseOnlyPaths = new NotesRule(
            "NOTES016", NotesSeverity.Error, "Notes file paths that differ only in case",
            "Notes files whose paths differ only in case cannot both be compiled: {0}. Rename one of them.");

        /// <summary>Reported by the package's MSBuild targets, not by the generator (so not in <see cref="All"/>).</summary>
        public static readonly NotesRule MissingFile = new NotesRule(
            "NOTES020", NotesSeverity.Error, "Notes file does not exist",
            "The project lists notes files that do not exist: {0}. Correct the NotesFile item's path, or remove the item.");

        /// <summary>Reported by the package's MSBuild targets, not by the generator (so not in <see cref="All"/>).</summary>
        public static readonly NotesRule OldCompiler = new NotesRule(
            "NOTES021", NotesSeverity.Error, "The C# compiler is too old for the generator",
            "NotesDataset's generator needs C# compiler 4.8 or later (the .NET 8 SDK, or Visual Studio 2022 17.8); this build's compiler is {0}, which cannot load it, so no notes file would be compiled. Update the .NET SDK or Visual Studio.");

        /// <summary>Reported by the package's MSBuild targets, not by the generator (so not in <see cref="All"/>).</summary>
        public static readonly NotesRule NotCSharp = new NotesRule(
            "NOTES023", NotesSeverity.Warning, "Notes files in a project that is not C#",
            "Notes files are compiled in C# projects only, and this project's language is {0}: {1} not compiled. Put the notes in a C# library that this project references, or set NotesDatasetDefaultItems to false if they are not meant to be compiled.");

        public static readonly NotesRule[] All =
        {
            MisspeltConference, MissingYear, NoHeading, Prose, EmptyTitle, EmptySpeaker, ControlCharacters, NotText,
            MissingRuntime, InvalidClassName, InvalidNamespace, DuplicateClassName, GeneratorFailure, Undecodable, CloseConferenceNames, RepeatedHeading, TooMuchInlineText,
            SessionAsSpeaker, HidesType,
        };

        public static string Format(NotesRule rule, params object?[] args)
            => string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.Format, args);
    }
}
