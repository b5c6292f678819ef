// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
namespace NotesDataset
{
    /// <summary>How serious a <see cref="NotesDiagnostic"/> is.</summary>
#if NOTESDATASET_GENERATOR
    internal
#else
    public
#endif
    enum NotesSeverity
    {
        /// <summary>The line was understood in a way worth knowing about; nothing is wrong.</summary>
        Info = 0,

        /// <summary>The notes were understood, but probably not as the author meant.</summary>
        Warning = 1,

        /// <summary>Part of the notes could not be understood.</summary>
        Error = 2,
    }

    /// <summary>
    /// A problem found in a notes file, located by path, line and column (both 1-based) and by character
    /// offset, so that compilers, editors and the <c>notes</c> command can all point at it.
    /// </summary>
#if NOTESDATASET_GENERATOR
    internal
#else
    public
#endif
    sealed class NotesDiagnostic
    {
        /// <summary>Creates a diagnostic: the parser's and a compiled dataset's to make, not a user's.</summary>
        internal NotesDiagnostic(string id, NotesSeverity severity, string message, string? path, int line, int column, int start, int length)
        {
            Id = id;
            Severity = severity;
            Message = message;
            Path = path;
            Line = line;
            Column = column;
            Start = start;
            Length = length;
        }

        /// <summary>The rule's identifier, such as <c>NOTES001</c>.</summary>
        public string Id { get; }

        /// <summary>How serious the problem is.</summary>
        public NotesSeverity Severity { get; }

        /// <summary>What is wrong and what to write instead.</summary>
        public string Message { get; }

        /// <summary>The notes file's path, when known.</summary>
        public string? Path { get; }

        /// <summary>1-based line in the notes file.</summary>
        public int Line { get; }

        /// <summary>1-based column in the notes file, counted in UTF-16 characters.</summary>
        public int Column { get; }

        /// <summary>0-based character offset of the located text in the notes file.</summary>
        public int Start { get; }

        /// <summary>Length in characters of the located text.</summary>
        public int Length { get; }

        /// <summary>The diagnostic in the form compilers print: <c>path(line,col): warning NOTES001: message</c>.</summary>
        public override string ToString()
        {
            string severity = Severity == NotesSeverity.Error ? "error" : Severity == NotesSeverity.Warning ? "warning" : "info";
            return (Path ?? "<notes>") + "(" + Line + "," + Column + "): " + severity + " " + Id + ": " + Message;
        }
    }
}
