namespace StartupBench
{
    /// <summary>The library's own code, so that the build without the notes file still compiles something.</summary>
    public static class DatasetInfo
    {
        /// <summary>Where the notes came from.</summary>
        public const string Corpus = "SyntheticNotes.Write(talks, seed) from bench/NotesDataset.Synthetic";
    }
}
