using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace StartupBench
{
    /// <summary>Runs a child process, capturing its output, and times it from start to exit.</summary>
    internal static class Shell
    {
        public sealed class Result
        {
            public Result(int exitCode, string output, string error, double wallMs)
            {
                ExitCode = exitCode;
                Output = output;
                Error = error;
                WallMs = wallMs;
            }

            public int ExitCode { get; }
            public string Output { get; }
            public string Error { get; }

            /// <summary>From just before Process.Start to the process's exit.</summary>
            public double WallMs { get; }
        }

        public static Result Run(string file, string workingDirectory, params string[] args) => Run(file, workingDirectory, (IEnumerable<string>)args);

        public static Result Run(string file, string workingDirectory, IEnumerable<string> args)
        {
            var info = new ProcessStartInfo(file)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string a in args) info.ArgumentList.Add(a);
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";

            long start = Stopwatch.GetTimestamp();
            using Process process = Process.Start(info)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            return new Result(process.ExitCode, output.Result, error.Result, wall);
        }
    }
}
