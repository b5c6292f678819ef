using System.Diagnostics;
using System.Text;

namespace NotesDataset.Package.Tests
{
    internal static class Dotnet
    {
        public sealed class Result
        {
            public Result(string command, int exitCode, string stdout, string stderr)
            {
                Command = command;
                ExitCode = exitCode;
                StandardOutput = stdout;
                Output = stdout + stderr;
            }

            public string Command { get; }
            public int ExitCode { get; }
            public string StandardOutput { get; }
            public string Output { get; }

            public void AssertSuccess(string what)
            {
                if (ExitCode != 0) throw new Xunit.Sdk.XunitException(what + " failed (exit " + ExitCode + "): dotnet " + Command + "\n" + Output);
            }
        }

        public static Result Run(string workingDirectory, PackedFeed feed, params string[] args) => Run(workingDirectory, feed.Packages, args);

        /// <summary>Runs dotnet with <paramref name="packages"/> as its NuGet cache (null: the machine's own).</summary>
        public static Result Run(string workingDirectory, string? packages, params string[] args) => Exec("dotnet", workingDirectory, packages, args);

        /// <summary>Runs <paramref name="program"/> (dotnet, or an app a test published) with dotnet's environment.</summary>
        public static Result Exec(string program, string workingDirectory, string? packages, params string[] args)
        {
            var psi = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in args) psi.ArgumentList.Add(arg);
            if (packages != null) psi.Environment["NUGET_PACKAGES"] = packages;
            psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            psi.Environment["DOTNET_NOLOGO"] = "1";
            psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            psi.Environment.Remove("MSBuildExtensionsPath");
            psi.Environment.Remove("MSBuildSDKsPath");
            psi.Environment.Remove("MSBUILD_EXE_PATH");

            using var process = Process.Start(psi)!;
            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (stdout) stdout.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (stderr) stderr.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(10 * 60 * 1000))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException(program + " " + string.Join(" ", args) + " timed out");
            }

            process.WaitForExit();
            return new Result(string.Join(" ", args), process.ExitCode, stdout.ToString(), stderr.ToString());
        }
    }
}
