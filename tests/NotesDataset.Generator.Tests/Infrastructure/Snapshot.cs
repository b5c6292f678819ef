using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace NotesDataset.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Snapshot testing after Verify's conventions (Verify itself is not available here):
    /// <list type="bullet">
    /// <item>the expected text is <c>&lt;TestClass&gt;.&lt;TestName&gt;.verified.cs</c> beside the test's source file
    /// (found through [CallerFilePath], or the test project's directory on a CI build); it is committed, and the test project does not compile it;</item>
    /// <item>on a mismatch (or when there is no verified file yet) the actual text is written to
    /// <c>&lt;TestClass&gt;.&lt;TestName&gt;.received.cs</c> next to it (ignored by git) and the test fails with a diff;</item>
    /// <item>with the environment variable <c>NOTESDATASET_ACCEPT=1</c> the received text is accepted: the verified
    /// file is overwritten and the test passes. Run <c>NOTESDATASET_ACCEPT=1 dotnet test tests/NotesDataset.Generator.Tests</c>
    /// once after an intended change to the generated code, then review the verified files' diff before committing.</item>
    /// </list>
    /// Text is compared with line endings normalised to '\n' (the generator writes '\n'), after scrubbing.
    /// </summary>
    public static class Snapshot
    {
        public const string AcceptVariable = "NOTESDATASET_ACCEPT";

        private static readonly Regex GeneratorVersion = new Regex(
            @"(GeneratedCodeAttribute\(""NotesDataset\.Generator"", "")[^""]*(""\))", RegexOptions.CultureInvariant);

        /// <summary>Replaces what changes from build to build and is not the generator's output proper: its version.</summary>
        public static string Scrub(string text) => GeneratorVersion.Replace(Normalize(text), "$1{scrubbed-version}$2");

        public static void Verify(string actual, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "", string? testClass = null)
        {
            string directory = SourceDirectory(sourceFile);
            string prefix = Path.Combine(directory, (testClass ?? Path.GetFileNameWithoutExtension(sourceFile)) + "." + testName);
            Verify(actual, prefix + ".verified.cs", prefix + ".received.cs", Environment.GetEnvironmentVariable(AcceptVariable) == "1");
        }

        /// <summary>
        /// The directory of the test's source file. [CallerFilePath] gives it on a developer build; a CI build
        /// (ContinuousIntegrationBuild=true) maps source paths to "/_/…", which does not exist on disk. Then the path is
        /// taken relative to the test project, whose directory the build writes into an AssemblyMetadata attribute.
        /// </summary>
        public static string SourceDirectory(string sourceFile)
        {
            string directory = Path.GetDirectoryName(sourceFile) ?? throw new InvalidOperationException("No caller file path.");
            if (Directory.Exists(directory)) return directory;

            string project = ProjectDirectory;
            string projectName = Path.GetFileName(project);
            string[] parts = sourceFile.Replace('\\', '/').Split('/');
            int at = Array.LastIndexOf(parts, projectName);
            if (at < 0 || at >= parts.Length - 1)
            {
                throw new InvalidOperationException("Cannot place " + sourceFile + " under the test project " + project + ".");
            }

            return Path.Combine(project, string.Join(Path.DirectorySeparatorChar.ToString(), parts, at + 1, parts.Length - at - 2));
        }

        private static string ProjectDirectory
        {
            get
            {
                foreach (var attribute in typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
                {
                    if (attribute.Key == "NotesDataset.TestProjectDirectory" && attribute.Value != null) return attribute.Value;
                }

                throw new InvalidOperationException("The test assembly has no NotesDataset.TestProjectDirectory metadata.");
            }
        }

        /// <summary>Compares <paramref name="actual"/> (scrubbed) with the verified file; accepts it, or writes the received file and fails.</summary>
        public static void Verify(string actual, string verifiedPath, string receivedPath, bool accept)
        {
            string received = Scrub(actual);
            string? verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

            if (verified == received)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }

            if (accept)
            {
                File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }

            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
            string message = verified == null
                ? "No verified snapshot " + verifiedPath + "; the output was written to " + receivedPath + ". Review it, then rename it to .verified.cs or run with " + AcceptVariable + "=1."
                : "Snapshot mismatch: " + verifiedPath + " vs " + receivedPath + " (rerun with " + AcceptVariable + "=1 to accept).\n" + Diff(verified, received);
            throw new XunitException(message);
        }

        private static string Normalize(string text)
        {
            if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
            return text.Replace("\r\n", "\n");
        }

        /// <summary>A line diff (longest common subsequence) showing at most <paramref name="maxLines"/> changed lines with a line of context.</summary>
        public static string Diff(string expected, string actual, int maxLines = 40)
        {
            string[] a = expected.Split('\n');
            string[] b = actual.Split('\n');
            if ((long)a.Length * b.Length > 4_000_000) return FirstDifference(a, b);

            var lcs = new int[a.Length + 1, b.Length + 1];
            for (int i = a.Length - 1; i >= 0; i--)
            {
                for (int j = b.Length - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            var lines = new List<string>();
            int x = 0, y = 0, shown = 0;
            while ((x < a.Length || y < b.Length) && shown < maxLines)
            {
                if (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    x++;
                    y++;
                }
                else if (y < b.Length && (x == a.Length || lcs[x, y + 1] > lcs[x + 1, y]))
                {
                    lines.Add($"+ {y + 1,5}: {b[y]}");
                    y++;
                    shown++;
                }
                else
                {
                    lines.Add($"- {x + 1,5}: {a[x]}");
                    x++;
                    shown++;
                }
            }

            if (shown == maxLines) lines.Add("… (more differences)");
            return "--- verified (-) / +++ received (+)\n" + string.Join("\n", lines);
        }

        private static string FirstDifference(string[] a, string[] b)
        {
            for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
            {
                string? l = i < a.Length ? a[i] : null;
                string? r = i < b.Length ? b[i] : null;
                if (l != r) return $"first difference at line {i + 1}:\n- {l ?? "(end)"}\n+ {r ?? "(end)"}";
            }

            return "(no line differs)";
        }
    }
}
