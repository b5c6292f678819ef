using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using NotesDataset.Parsing;

namespace NotesDataset
{
    /// <summary>
    /// Reads conference notes at run time: the same grammar the source generator compiles at build time.
    /// </summary>
    /// <example>
    /// <code>
    /// NotesDocument notes = NotesParser.Parse(File.ReadAllText("lca2015.notes.txt"), "lca2015.notes.txt");
    /// foreach (Talk talk in notes.Talks.Where(t => t.Day.Number == 5)) Console.WriteLine(talk);
    /// </code>
    /// </example>
    public static class NotesParser
    {
        /// <summary>Parses notes text. Any text parses: problems in it are in <see cref="NotesDocument.Diagnostics"/>.</summary>
        /// <param name="text">The notes.</param>
        /// <param name="path">The file's path, used in diagnostics.</param>
        /// <param name="cancellationToken">Stops a long parse.</param>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static NotesDocument Parse(string text, string? path = null, CancellationToken cancellationToken = default)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            ParsedNotes parsed = NotesSyntaxParser.Parse(text, path, cancellationToken);
            return ModelBuilder.Build(parsed, path);
        }

        /// <summary>
        /// Reads and parses a notes file (UTF-8, or the encoding its byte order mark names). Bytes that are not UTF-8 (a file
        /// saved as Windows-1252) are read as U+FFFD and reported as NOTES015, as the generator reports them.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="UnauthorizedAccessException">The file may not be read, or the path is a directory.</exception>
        /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        public static NotesDocument ParseFile(string path, CancellationToken cancellationToken = default)
            => ParseRead(File.ReadAllText(path), path, cancellationToken);

        /// <summary><see cref="Parse"/> of text read from a file: with NOTES015 where the file's bytes were not UTF-8.</summary>
        internal static NotesDocument ParseRead(string text, string? path, CancellationToken cancellationToken = default)
        {
            ParsedNotes parsed = NotesSyntaxParser.Parse(text, path, cancellationToken);
            NotesSyntaxParser.ReportUndecodable(parsed, text, path);
            return ModelBuilder.Build(parsed, path);
        }
    }

    /// <summary>Turns the parser's plain result into the linked model.</summary>
    internal static class ModelBuilder
    {
        public static NotesDocument Build(ParsedNotes parsed, string? path)
        {
            var speakers = new SpeakerTable();
            var conferences = new List<Conference>(parsed.Conferences.Count);
            foreach (ParsedConference pc in parsed.Conferences)
            {
                var conference = new Conference(pc.Name, pc.Year);
                var days = new List<Day>(pc.Days.Count);
                var conferenceSessions = new List<Session>();
                var conferenceTalks = new List<Talk>();
                foreach (ParsedDay pd in pc.Days)
                {
                    var day = new Day(conference, pd.Label, pd.Number, pd.Weekday);
                    var sessions = new List<Session>(pd.Sessions.Count);
                    var dayTalks = new List<Talk>();
                    foreach (ParsedSession ps in pd.Sessions)
                    {
                        var session = new Session(day, ps.Title, ps.Kind, ps.Number, ps.Line, ps.HeadingText);
                        var talks = new List<Talk>(ps.Talks.Count);
                        foreach (ParsedTalk pt in ps.Talks)
                        {
                            var content = new TalkContent(pt.LineText, Notes(pt.Notes), ReadOnly.From(pt.Links));
                            talks.Add(speakers.Attach(new Talk(session, pt.Title, speakers.Resolve(pt.Speakers), pt.Affiliation, pt.Line, content)));
                        }

                        session.Talks = ReadOnly.From(talks);
                        session.Prose = Notes(ps.Prose);
                        sessions.Add(session);
                        dayTalks.AddRange(talks);
                    }

                    day.Sessions = ReadOnly.From(sessions);
                    day.Talks = ReadOnly.From(dayTalks);
                    days.Add(day);
                    conferenceSessions.AddRange(sessions);
                    conferenceTalks.AddRange(dayTalks);
                }

                conference.Days = ReadOnly.From(days);
                conference.Sessions = ReadOnly.From(conferenceSessions);
                conference.Talks = ReadOnly.From(conferenceTalks);
                conferences.Add(conference);
            }

            return new NotesDocument(path, ReadOnly.From(conferences), speakers.Complete(), Notes(parsed.Prose), ReadOnly.From(parsed.Diagnostics));
        }

        internal static IReadOnlyList<Note> Notes(IReadOnlyList<ParsedNote> notes)
        {
            if (notes.Count == 0) return ReadOnly.Empty<Note>();
            var result = new Note[notes.Count];
            for (int i = 0; i < result.Length; i++)
            {
                ParsedNote n = notes[i];
                result[i] = new Note(n.Text, n.Line, n.Column, n.IsBullet ? n.Marker ?? Bullets.Of(n.Bullet) : null, Notes(n.Children), n.Indented);
            }

            return Array.AsReadOnly(result);
        }
    }

    /// <summary>Bullet strings, shared: a dataset has hundreds of thousands of bullets and a handful of kinds.</summary>
    internal static class Bullets
    {
        private static readonly string Dot = "•";
        private static readonly string Dash = "-";
        private static readonly string Star = "*";

        public static string Of(char c) => c == '•' ? Dot : c == '-' ? Dash : c == '*' ? Star : c.ToString();
    }

    /// <summary>One <see cref="Speaker"/> per name (case-insensitive), with the talks attached as they are built.</summary>
    internal sealed class SpeakerTable
    {
        private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly List<Speaker> _speakers = new List<Speaker>();
        private readonly List<List<Talk>> _talks = new List<List<Talk>>();

        public IReadOnlyList<Speaker> Resolve(string[] names)
        {
            if (names.Length == 0) return ReadOnly.Empty<Speaker>();
            var result = new Speaker[names.Length];
            for (int i = 0; i < names.Length; i++) result[i] = Get(names[i]);
            return Array.AsReadOnly(result);
        }

        public Speaker Get(string name)
        {
            string key = NotesDocument.SpeakerKey(name);
            if (!_index.TryGetValue(key, out int i))
            {
                i = _speakers.Count;
                _index[key] = i;
                _speakers.Add(new Speaker(key));
                _talks.Add(new List<Talk>());
            }

            return _speakers[i];
        }

        public Talk Attach(Talk talk)
        {
            // A talk names each speaker once (NotesText.SplitSpeakers lists a name given twice once).
            foreach (Speaker speaker in talk.Speakers) _talks[_index[NotesDocument.SpeakerKey(speaker.Name)]].Add(talk);

            return talk;
        }

        public IReadOnlyList<Speaker> Complete()
        {
            for (int i = 0; i < _speakers.Count; i++) _speakers[i].Talks = ReadOnly.From(_talks[i]);
            return ReadOnly.From(_speakers);
        }
    }
}
