namespace NotesDataset.Generator
{
    /// <summary>Fully qualified names of the runtime types the generated code uses.</summary>
    internal static class TypeNames
    {
        public const string CompiledNotesMetadata = "NotesDataset.Compiled.CompiledNotes";
        public const string CompiledNotes = "global::NotesDataset.Compiled.CompiledNotes";
        public const string NotesDocument = "global::NotesDataset.NotesDocument";
        public const string Conference = "global::NotesDataset.Conference";
        public const string Day = "global::NotesDataset.Day";
        public const string Session = "global::NotesDataset.Session";
        public const string Talk = "global::NotesDataset.Talk";
        public const string Speaker = "global::NotesDataset.Speaker";
        public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
        public const string LazyInitializer = "global::System.Threading.LazyInitializer";
        public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCodeAttribute";
        public const string DebuggerNonUserCode = "global::System.Diagnostics.DebuggerNonUserCodeAttribute";
        public const string ExcludeFromCodeCoverage = "global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute";
    }
}
