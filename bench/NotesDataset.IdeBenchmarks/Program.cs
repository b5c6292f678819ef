using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Running;
using NotesDataset.Bench;

namespace NotesDataset.IdeBenchmarks
{
    /// <summary>
    /// <code>
    /// dotnet run -c Release --project bench/NotesDataset.IdeBenchmarks -- --quick [--sizes seed,20000] [--reps 15] [--talks 20000] [--files-talks 2000]
    /// dotnet run -c Release --project bench/NotesDataset.IdeBenchmarks -- [--ide] [--sizes seed,20000] [BenchmarkDotNet options, default --filter *]
    /// </code>
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var rest = new List<string>(args);
            string? sizes = BenchArgs.Take(rest, "--sizes");
            rest.Remove("--ide"); // BenchmarkDotNet is the default; the flag is accepted for symmetry with --quick.

            if (rest.Remove("--quick") | rest.Remove("--ide-quick"))
            {
                int reps = BenchArgs.Positive(BenchArgs.Take(rest, "--reps"), 15);
                int talks = BenchArgs.Positive(BenchArgs.Take(rest, "--talks"), 20000);
                int filesTalks = BenchArgs.Positive(BenchArgs.Take(rest, "--files-talks"), 2000);
                if (rest.Count > 0) return Usage("unknown option(s) for --quick: " + string.Join(" ", rest));
                IReadOnlyList<string> list = (sizes ?? CompletionBenchmarks.DefaultSizes).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (!string.Equals(list[0], "seed", StringComparison.OrdinalIgnoreCase)) list = new[] { "seed" }.Concat(list.Where(s => !string.Equals(s, "seed", StringComparison.OrdinalIgnoreCase))).ToArray();
                return QuickMode.Run(list, reps, talks, filesTalks);
            }

            // BenchmarkDotNet: the sizes travel to its child processes in an environment variable.
            if (sizes != null) Environment.SetEnvironmentVariable(CompletionBenchmarks.SizesVariable, sizes);
            if (!rest.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h" or "--info" or "--version")) rest.AddRange(new[] { "--filter", "*" });
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray());
            return 0;
        }

        private static int Usage(string problem)
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine("usage: --quick [--sizes seed,20000] [--reps 15] [--talks 20000] [--files-talks 2000] | [--ide] [--sizes …] [BenchmarkDotNet options]");
            return 2;
        }
    }
}
