namespace NotesDataset.Generator
{
    /// <summary>Names of the pipeline's steps, for tests that assert what re-ran.</summary>
    internal static class TrackingNames
    {
        public const string NotesFiles = nameof(NotesFiles);
        public const string ProjectOptions = nameof(ProjectOptions);
        public const string Parsed = nameof(Parsed);
        public const string RuntimeReferenced = nameof(RuntimeReferenced);
        public const string Namespaces = nameof(Namespaces);
        public const string Named = nameof(Named);
        public const string Output = nameof(Output);
    }
}
