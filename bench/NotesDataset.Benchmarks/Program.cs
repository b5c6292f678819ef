using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Running;
using NotesDataset.Bench;
using NotesDataset.Synthetic;

namespace NotesDataset.Benchmarks
{
    /// <summary>
    /// <code>
    /// dotnet run -c Release --project bench/NotesDataset.Benchmarks -- --quick [--sizes seed,1000,20000] [--reps 5] [--no-emit]
    /// dotnet run -c Release --project bench/NotesDataset.Benchmarks -- [--sizes seed,1000] [BenchmarkDotNet options, default --filter *]
    /// dotnet run -c Release --project bench/NotesDataset.Benchmarks -- --search [--talks 20000] [--reps 41]
    /// dotnet run -c Release --project bench/NotesDataset.Benchmarks -- --write 20000 bench/out/synthetic20000.notes.txt [--seed 1]
    /// </code>
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var rest = new List<string>(args);
            string? sizes = BenchArgs.Take(rest, "--sizes");
            string? seedOption = BenchArgs.Take(rest, "--seed");

            int write = rest.IndexOf("--write");
            if (write >= 0)
            {
                if (write + 2 >= rest.Count) return Usage("--write needs a number of talks and a path");
                if (!int.TryParse(rest[write + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int talks)) return Usage("--write needs a number of talks, not " + rest[write + 1]);
                string path = rest[write + 2];
                int seed = int.TryParse(seedOption, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int s) ? s : 1;
                string text = SyntheticNotes.Write(talks, seed);
                string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
                if (dir != null) Directory.CreateDirectory(dir);
                File.WriteAllText(path, text, new UTF8Encoding(false));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {talks:N0} talks (seed {seed}), {new UTF8Encoding(false).GetByteCount(text):N0} bytes, to {path}"));
                return 0;
            }

            if (rest.Remove("--search"))
            {
                int searchReps = BenchArgs.Positive(BenchArgs.Take(rest, "--reps"), 41);
                int talks = BenchArgs.Positive(BenchArgs.Take(rest, "--talks"), 20000);
                return SearchMode.Run(talks, searchReps);
            }

            if (rest.Remove("--quick"))
            {
                int reps = BenchArgs.Positive(BenchArgs.Take(rest, "--reps"), 5);
                bool emit = !rest.Remove("--no-emit");
                if (rest.Count > 0) return Usage("unknown option(s) for --quick: " + string.Join(" ", rest));
                return QuickMode.Run(Split(sizes ?? NotesBenchmarks.DefaultSizes), reps, emit);
            }

            // BenchmarkDotNet: the sizes travel to its child processes in an environment variable.
            if (sizes != null) Environment.SetEnvironmentVariable(NotesBenchmarks.SizesVariable, sizes);
            if (!rest.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info" or "--version")) rest.AddRange(new[] { "--filter", "*" });
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray());
            return 0;
        }

        private static IReadOnlyList<string> Split(string sizes) => sizes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static int Usage(string problem)
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine("usage: --quick [--sizes seed,1000,20000] [--reps 5] [--no-emit] | --write TALKS PATH [--seed N] | [--sizes …] [BenchmarkDotNet options]");
            return 2;
        }
    }
}
