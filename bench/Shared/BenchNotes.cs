// Linked into both benchmark projects (NotesDataset.Benchmarks and NotesDataset.IdeBenchmarks), like InMemoryInputs.cs.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NotesDataset.Synthetic;

namespace NotesDataset.Bench
{
    /// <summary>The notes the benchmarks measure, by size name: "seed" (notes-data/Lca2015) or a number of synthetic talks.</summary>
    public static class BenchNotes
    {
        /// <summary>The file name and text for a size: the seed, or <c>SyntheticNotes.Write(talks)</c> (seed 1).</summary>
        public static (string FileName, string Text) Read(string size)
        {
            if (string.Equals(size, "seed", StringComparison.OrdinalIgnoreCase)) return ("lca2015.notes.txt", File.ReadAllText(FindSeed()));
            if (!int.TryParse(size, out int talks) || talks <= 0) throw new ArgumentException("A size is \"seed\" or a positive number of talks, not \"" + size + "\".");
            return ("synthetic" + talks + ".notes.txt", SyntheticNotes.Write(talks));
        }

        /// <summary>The sizes a BenchmarkDotNet run measures: the comma-separated list in <paramref name="variable"/> (set by <c>--sizes</c>), else <paramref name="defaults"/>.</summary>
        public static IEnumerable<string> Sizes(string variable, string defaults)
            => (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } s ? s : defaults)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>How a size reads in a table: "seed (LCA 2015)" or "synthetic 20,000".</summary>
        public static string Label(string size)
            => string.Equals(size, "seed", StringComparison.OrdinalIgnoreCase) ? "seed (LCA 2015)" : "synthetic " + int.Parse(size, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);

        /// <summary>The seed notes: copied next to the program by the build, else found by walking up to the repository.</summary>
        public static string FindSeed()
        {
            string copied = Path.Combine(AppContext.BaseDirectory, "seed", "lca2015.notes.txt");
            if (File.Exists(copied)) return copied;
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "notes-data", "Lca2015", "lca2015.notes.txt");
                if (File.Exists(candidate)) return candidate;
            }

            throw new FileNotFoundException("notes-data/Lca2015/lca2015.notes.txt not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Command-line options: <c>--name value</c> pairs taken out of the argument list.</summary>
    public static class BenchArgs
    {
        /// <summary>The value after <paramref name="name"/>, removed with it from <paramref name="args"/>; <see langword="null"/> when absent.</summary>
        public static string? Take(List<string> args, string name)
        {
            int i = args.IndexOf(name);
            if (i < 0 || i + 1 >= args.Count) return null;
            string value = args[i + 1];
            args.RemoveRange(i, 2);
            return value;
        }

        /// <summary>A positive number, or <paramref name="fallback"/> when <paramref name="value"/> is absent or not one.</summary>
        public static int Positive(string? value, int fallback)
            => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : fallback;
    }
}
