using System;
using System.Globalization;
using System.IO;
using Xunit;

namespace NotesDataset.PropertyTests.Infrastructure
{
    /// <summary>
    /// How much the property tests try, from the environment:
    /// <list type="bullet">
    /// <item><c>NOTESDATASET_PROPERTY_ITER</c>: cases per parser property (default 2000 in CI; the Long tests default to 1,000,000).
    /// Generator properties (run the driver, compile, check the tree) try a twentieth of that.</item>
    /// <item><c>NOTESDATASET_PROPERTY_TIME</c>: seconds per property instead of a count (a bounded long run).</item>
    /// <item><c>NOTESDATASET_PROPERTY_SEED</c>: the CsCheck seed a failure printed, to replay it.</item>
    /// <item><c>NOTESDATASET_PROPERTY_LOG</c>: a file the properties append "name: N cases" lines to.</item>
    /// <item><c>NOTESDATASET_LONG=1</c>: runs the tests of the Long category (skipped otherwise).</item>
    /// </list>
    /// </summary>
    internal static class Settings
    {
        public const string Long = "Long";

        public static bool LongEnabled => Environment.GetEnvironmentVariable("NOTESDATASET_LONG") == "1";

        private static long? Iter => long.TryParse(Environment.GetEnvironmentVariable("NOTESDATASET_PROPERTY_ITER"), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : null;

        /// <summary>Seconds per property, or -1 to run a number of cases.</summary>
        public static int Time => int.TryParse(Environment.GetEnvironmentVariable("NOTESDATASET_PROPERTY_TIME"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : -1;

        public static string? Seed => Environment.GetEnvironmentVariable("NOTESDATASET_PROPERTY_SEED") is { Length: > 0 } s ? s : null;

        public static long ParserCases(bool longRun) => Iter ?? (longRun ? 1_000_000 : 2_000);

        public static long GeneratorCases(bool longRun) => Math.Max(1, ParserCases(longRun) / 20);

        public static void Log(string line)
        {
            string? path = Environment.GetEnvironmentVariable("NOTESDATASET_PROPERTY_LOG");
            if (string.IsNullOrEmpty(path)) return;
            lock (typeof(Settings)) File.AppendAllText(path, DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture) + " " + line + Environment.NewLine);
        }
    }

    /// <summary>A test of the Long category: runs only when NOTESDATASET_LONG=1 (CI runs every test of the solution with no filter).</summary>
    public sealed class LongFactAttribute : FactAttribute
    {
        public LongFactAttribute()
        {
            if (!Settings.LongEnabled) Skip = "Long test: set NOTESDATASET_LONG=1 (and --filter Category=Long) to run it.";
        }
    }
}
