using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace StartupBench
{
    internal static class Program
    {
        private static void Main(string[] args)
        {
            long start = Stopwatch.GetTimestamp();
            var run = new StartupRun(start, args);

            string text = ReadResource("corpus.notes.txt");
            run.Mark("text");
            List<PlainTalk> talks = PlainNotesParser.Parse(text);
            run.Mark("parsed");

            run.AnswerBoth(() => BySpeaker(talks, run.Speaker), () => Search(talks, run.Word, run.WholeWord), t => (t.Line, t.Title));
        }

        private static List<PlainTalk> BySpeaker(List<PlainTalk> talks, string name)
            => talks.Where(t => t.Speakers.Any(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase))).ToList();

        /// <summary>NotesDocument.Search's rule: title, speakers, affiliation or any note.</summary>
        private static List<PlainTalk> Search(List<PlainTalk> talks, string word, bool wholeWord)
            => talks.Where(t => StartupRun.Contains(t.Title, word, wholeWord)
                                || t.Speakers.Any(s => StartupRun.Contains(s, word, wholeWord))
                                || StartupRun.Contains(t.Affiliation, word, wholeWord)
                                || t.Notes.Any(n => StartupRun.Contains(n.Text, word, wholeWord))).ToList();

        /// <summary>The resource's UTF-8 bytes, decoded straight from the mapped assembly (no copy of the bytes).</summary>
        private static unsafe string ReadResource(string name)
        {
            using var stream = (UnmanagedMemoryStream)typeof(Program).Assembly.GetManifestResourceStream(name)!;
            var bytes = new ReadOnlySpan<byte>(stream.PositionPointer, checked((int)stream.Length));
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes.Slice(3);
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
