using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace StartupBench
{
    internal static class Program
    {
        private static void Main(string[] args)
        {
            long start = Stopwatch.GetTimestamp();
            var run = new StartupRun(start, args);

            NotesDto notes = Load("corpus.json");
            run.Mark("deserialized");

            run.AnswerBoth(() => BySpeaker(notes, run.Speaker), () => Search(notes, run.Word, run.WholeWord), t => (t.Line, t.Title));
        }

        private static IEnumerable<TalkDto> Talks(NotesDto notes)
            => notes.Conferences.SelectMany(c => c.Days).SelectMany(d => d.Sessions).SelectMany(s => s.Talks);

        private static List<TalkDto> BySpeaker(NotesDto notes, string name)
            => Talks(notes).Where(t => t.Speakers.Any(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase))).ToList();

        /// <summary>NotesDocument.Search's rule: title, speakers, affiliation or any note, at any depth.</summary>
        private static List<TalkDto> Search(NotesDto notes, string word, bool wholeWord)
            => Talks(notes).Where(t => StartupRun.Contains(t.Title, word, wholeWord)
                                       || t.Speakers.Any(s => StartupRun.Contains(s, word, wholeWord))
                                       || StartupRun.Contains(t.Affiliation, word, wholeWord)
                                       || AnyNote(t.Notes, word, wholeWord)).ToList();

        private static bool AnyNote(List<NoteDto>? notes, string word, bool wholeWord)
            => notes != null && notes.Any(n => StartupRun.Contains(n.Text, word, wholeWord) || AnyNote(n.Children, word, wholeWord));

        /// <summary>Deserialises straight from the mapped resource (no copy of its bytes).</summary>
        private static unsafe NotesDto Load(string name)
        {
            using var stream = (UnmanagedMemoryStream)typeof(Program).Assembly.GetManifestResourceStream(name)!;
            var bytes = new ReadOnlySpan<byte>(stream.PositionPointer, checked((int)stream.Length));
            return JsonSerializer.Deserialize(bytes, NotesJsonContext.Default.NotesDto)!;
        }
    }
}
