using System;
using System.Collections.Generic;
using System.Linq;

namespace NotesDataset
{
    /// <summary>
    /// A parsed notes file, or a compiled dataset: conferences, days, sessions and talks with navigation both
    /// ways, the speaker index, and the diagnostics found while reading the notes.
    /// </summary>
    public sealed class NotesDocument
    {
        private readonly Dictionary<string, Speaker> _speakersByName;

        internal NotesDocument(string? path, IReadOnlyList<Conference> conferences, IReadOnlyList<Speaker> speakers, IReadOnlyList<Note> prose, IReadOnlyList<NotesDiagnostic> diagnostics)
        {
            Path = path;
            Conferences = conferences;
            Speakers = speakers;
            Prose = prose;
            Diagnostics = diagnostics;
            Days = ReadOnly.From(conferences.SelectMany(c => c.Days).ToList());
            Sessions = ReadOnly.From(Days.SelectMany(d => d.Sessions).ToList());
            Talks = ReadOnly.From(Sessions.SelectMany(s => s.Talks).ToList());
            _speakersByName = new Dictionary<string, Speaker>(StringComparer.OrdinalIgnoreCase);
            foreach (Speaker speaker in speakers)
            {
                _speakersByName[SpeakerKey(speaker.Name)] = speaker;
            }
        }

        /// <summary>The notes file's path, when it came from one.</summary>
        public string? Path { get; }

        /// <summary>The conferences, oldest first.</summary>
        public IReadOnlyList<Conference> Conferences { get; }

        /// <summary>Every day of every conference, in chronological order.</summary>
        public IReadOnlyList<Day> Days { get; }

        /// <summary>Every session, day by day.</summary>
        public IReadOnlyList<Session> Sessions { get; }

        /// <summary>Every talk, session by session.</summary>
        public IReadOnlyList<Talk> Talks { get; }

        /// <summary>Every speaker, in order of first appearance.</summary>
        public IReadOnlyList<Speaker> Speakers { get; }

        /// <summary>Prose written before the first heading.</summary>
        public IReadOnlyList<Note> Prose { get; }

        /// <summary>What the parser noticed, in file order.</summary>
        public IReadOnlyList<NotesDiagnostic> Diagnostics { get; }

        /// <summary>The speaker with this name (case-insensitive, white space folded), or <see langword="null"/>.</summary>
        public Speaker? FindSpeaker(string name)
            => name != null && _speakersByName.TryGetValue(SpeakerKey(name), out Speaker? speaker) ? speaker : null;

        /// <summary>Talks whose title, speakers, affiliation or notes contain <paramref name="text"/> (case-insensitive), in dataset order.</summary>
        public IEnumerable<Talk> Search(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return Enumerable.Empty<Talk>();
            string needle = text.Trim();
            return Talks.Where(t => Matches(t, needle));
        }

        private static bool Matches(Talk talk, string needle)
            => Contains(talk.Title, needle)
               || talk.Speakers.Any(s => Contains(s.Name, needle))
               || (talk.Affiliation != null && Contains(talk.Affiliation, needle))
               || talk.AllNotes().Any(n => Contains(n.Text, needle));

        private static bool Contains(string haystack, string needle) => haystack.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0;

        internal static string SpeakerKey(string name) => Parsing.NotesText.SpeakerKey(name);

        /// <summary>"Linux.conf.au 2015: 3 days, 10 sessions, 33 talks".</summary>
        public override string ToString()
            => string.Join(", ", Conferences.Select(c => c.ToString())) + ": " + Days.Count + " days, " + Sessions.Count + " sessions, " + Talks.Count + " talks";
    }
}
