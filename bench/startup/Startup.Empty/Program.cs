using System.Diagnostics;

namespace StartupBench
{
    internal static class Program
    {
        private static void Main(string[] args)
        {
            long start = Stopwatch.GetTimestamp();
            var run = new StartupRun(start, args);
            run.Mark("main");
            run.Finish();
        }
    }
}
