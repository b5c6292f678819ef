using System;
using System.IO;

namespace NotesDataset.Generator.Tests.Infrastructure
{
    /// <summary>Paths in the repository, found by walking up from the test assembly to the folder with NotesDataset.sln.</summary>
    public static class Repo
    {
        private static readonly Lazy<string> LazyRoot = new Lazy<string>(FindRoot);

        public static string Root => LazyRoot.Value;

        public static string SeedPath => Path.Combine(Root, "notes-data", "Lca2015", "lca2015.notes.txt");

        public static string SeedText => File.ReadAllText(SeedPath);

        private static string FindRoot()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NotesDataset.sln"))) return dir.FullName;
            }

            throw new InvalidOperationException("NotesDataset.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
