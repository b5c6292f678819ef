using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;

namespace NotesDataset
{
    /// <summary>A conference, such as "Linux.conf.au 2015", with its days in chronological order.</summary>
    /// <remarks>Compared by reference: a document holds one object per conference, and every query, thread and navigation returns that object, so it works as a key in a <c>HashSet</c> or <c>Dictionary</c> as it is.</remarks>
    public sealed class Conference
    {
        internal Conference(string? name, int? year)
        {
            Name = name;
            Year = year;
        }

        /// <summary>The conference's name as written in the headings ("Linux.conf.au"); <see langword="null"/> when no heading names it.</summary>
        public string? Name { get; }

        /// <summary>The year from the headings; <see langword="null"/> when no heading gives one.</summary>
        public int? Year { get; }

        /// <summary>Days in chronological order.</summary>
        public IReadOnlyList<Day> Days { get; internal set; } = ReadOnly.Empty<Day>();

        /// <summary>Every session, day by day: a range of <see cref="NotesDocument.Sessions"/>.</summary>
        public IReadOnlyList<Session> Sessions { get; internal set; } = ReadOnly.Empty<Session>();

        /// <summary>Every talk, session by session: a range of <see cref="NotesDocument.Talks"/>.</summary>
        public IReadOnlyList<Talk> Talks { get; internal set; } = ReadOnly.Empty<Talk>();

        /// <summary>"Linux.conf.au 2015".</summary>
        public override string ToString() => Name == null ? (Year?.ToString() ?? "(unnamed conference)") : Year == null ? Name : Name + " " + Year;
    }

    /// <summary>A day of a conference: "Day 5", "Wednesday", or a miniconf.</summary>
    /// <remarks>Compared by reference: a document holds one object per day, and every query, thread and navigation returns that object, so it works as a key in a <c>HashSet</c> or <c>Dictionary</c> as it is.</remarks>
    public sealed class Day
    {
        internal Day(Conference conference, string label, int? number, int? weekday)
        {
            Conference = conference;
            Label = label;
            Number = number;
            Weekday = weekday == null ? (DayOfWeek?)null : (DayOfWeek)(weekday.Value % 7);
        }

        /// <summary>The conference the day belongs to.</summary>
        public Conference Conference { get; }

        /// <summary>The day as written in the heading: "Day 5", "Wednesday", "Sysadmin Miniconf".</summary>
        public string Label { get; }

        /// <summary>The day's number when the heading gives one ("Day 5" is 5).</summary>
        public int? Number { get; }

        /// <summary>The day of the week when the heading names one.</summary>
        public DayOfWeek? Weekday { get; }

        /// <summary>The day's sessions: keynotes, panels and lightning talks first, then sessions by number.</summary>
        public IReadOnlyList<Session> Sessions { get; internal set; } = ReadOnly.Empty<Session>();

        /// <summary>Every talk of the day, session by session: a range of <see cref="NotesDocument.Talks"/>.</summary>
        public IReadOnlyList<Talk> Talks { get; internal set; } = ReadOnly.Empty<Talk>();

        /// <summary>"Linux.conf.au 2015 – Day 5"; the conference alone for the day of talks written before any heading.</summary>
        public override string ToString() => Label.Length == 0 ? Conference.ToString() : Conference + " – " + Label;
    }

    /// <summary>A session: the block of talks under one heading.</summary>
    /// <remarks>Compared by reference: a document holds one object per session, and every query, thread and navigation returns that object, so it works as a key in a <c>HashSet</c> or <c>Dictionary</c> as it is.</remarks>
    public sealed class Session
    {
        internal Session(Day day, string title, SessionKind kind, int? number, int line, string heading)
        {
            Day = day;
            Title = title;
            Kind = kind;
            Number = number;
            Line = line;
            Heading = heading;
        }

        /// <summary>The day the session belongs to.</summary>
        public Day Day { get; }

        /// <summary>The session's title from the heading: "Session 3", "Keynotes", "Lightning talks".</summary>
        public string Title { get; }

        /// <summary>What kind of session it is, read from the title, or from the day for a miniconf's sessions.</summary>
        public SessionKind Kind { get; }

        /// <summary>The session's number when the title gives one ("Session 3" is 3).</summary>
        public int? Number { get; }

        /// <summary>1-based line of the heading in the notes file; 0 for notes written before any heading.</summary>
        public int Line { get; }

        /// <summary>The heading line as written.</summary>
        public string Heading { get; }

        /// <summary>The session's talks in the order they were written.</summary>
        public IReadOnlyList<Talk> Talks { get; internal set; } = ReadOnly.Empty<Talk>();

        /// <summary>Lines of prose written under the session that belong to no talk ("There was a Q&amp;A…").</summary>
        public IReadOnlyList<Note> Prose { get; internal set; } = ReadOnly.Empty<Note>();

        /// <summary>"Linux.conf.au 2015 – Day 5 – Session 3".</summary>
        public override string ToString() => Title.Length == 0 ? Day.ToString() : Day + " – " + Title;
    }

    /// <summary>A talk: a title, its speakers and the notes taken during it.</summary>
    /// <remarks>Compared by reference: a document holds one object per talk, and every query, thread and navigation returns that object, so it works as a key in a <c>HashSet</c> or <c>Dictionary</c> as it is.</remarks>
    public sealed class Talk
    {
        private TalkContent? _content;
        private Session? _session;
        private readonly TalkContentSource? _source;
        private readonly int _index;
        private readonly int _sessionIndex;

        internal Talk(Session session, string title, IReadOnlyList<Speaker> speakers, string? affiliation, int line, TalkContent? content)
        {
            _session = session;
            Title = title;
            Speakers = speakers;
            Affiliation = affiliation;
            Line = line;
            _content = content;
        }

        /// <summary>A compiled dataset's talk: its session, speakers and notes are read from <paramref name="source"/> when first asked for.</summary>
        internal Talk(TalkContentSource source, int index, int sessionIndex, string title, string? affiliation, int line)
        {
            _source = source;
            _index = index;
            _sessionIndex = sessionIndex;
            Title = title;
            Affiliation = affiliation;
            Line = line;
        }

        /// <summary>The session the talk belongs to.</summary>
        public Session Session => _session ??= _source!.Session(_sessionIndex);

        /// <summary>The day of the talk.</summary>
        public Day Day => Session.Day;

        /// <summary>The conference of the talk.</summary>
        public Conference Conference => Session.Day.Conference;

        /// <summary>The talk's title.</summary>
        public string Title { get; }

        /// <summary>The speakers, in the order written; empty for a talk with no speaker ("Conference Closing").</summary>
        public IReadOnlyList<Speaker> Speakers
        {
            // Published once, as the store publishes talks: threads that read it first at the same time get one list.
            get => Volatile.Read(ref _speakers) ?? Interlocked.CompareExchange(ref _speakers, _source!.SpeakersOf(_index), null) ?? _speakers!;
            internal set => _speakers = value;
        }

        private IReadOnlyList<Speaker>? _speakers;

        /// <summary>The speakers' affiliation when the notes give one ("Cooper Lees – Facebook").</summary>
        public string? Affiliation { get; }

        /// <summary>1-based line of the talk in the notes file.</summary>
        public int Line { get; }

        /// <summary>The notes taken during the talk: the bullet tree, in order.</summary>
        public IReadOnlyList<Note> Notes => Content.Notes;

        /// <summary>
        /// Links found in the notes, and those of the talk line: a Markdown link's in its title or speakers
        /// ("[Rust for Kernels](https://…) – Jane Doe"), and one written alone after its last dash ("Title – Speaker –
        /// https://youtu.be/…"): http(s) URLs and bare domains such as collectd.org (a Markdown link, <c>[slides](https://…)</c>,
        /// gives its target), once each, in the order written.
        /// </summary>
        public IReadOnlyList<string> Links => Content.Links;

        /// <summary>
        /// The talk's line as written ("NoOps with Ansible and Puppet – Monty Taylor"; a lightning talk's bullet with
        /// its marker); <see langword="null"/> for a talk named after its session, which has no line of its own.
        /// </summary>
        public string? LineText => Content.LineText;

        private TalkContent Content
        {
            get
            {
                // Published once: threads that read a talk's notes first at the same time must see the same Note
                // objects (a Note compares by reference), so the first to finish wins and the others take its content.
                TalkContent? content = Volatile.Read(ref _content);
                if (content == null)
                {
                    TalkContent loaded = _source!.Load(_index);
                    content = Interlocked.CompareExchange(ref _content, loaded, null) ?? loaded;
                }

                return content;
            }
        }

        /// <summary>Every note of the talk, depth first.</summary>
        public IEnumerable<Note> AllNotes() => Notes.SelectMany(n => n.DescendantsAndSelf());

        /// <summary>
        /// "NoOps with Ansible and Puppet – Monty Taylor"; "Cooper Lees (Facebook)" for a keynote whose notes give only
        /// its speaker, whose name is then its title.
        /// </summary>
        /// <remarks>
        /// Speakers print as <see cref="Speaker.Name"/>: their name as the notes first write it, which another talk's line
        /// may have written in another case; <see cref="LineText"/> is this talk's line as written.
        /// </remarks>
        public override string ToString()
        {
            string affiliation = Affiliation == null ? "" : " (" + Affiliation + ")";
            if (Speakers.Count == 0) return Title;
            if (Speakers.Count == 1 && string.Equals(Title, Speakers[0].Name, StringComparison.Ordinal)) return Title + affiliation;
            return Title + " – " + string.Join(", ", Speakers.Select(s => s.Name)) + affiliation;
        }
    }

    /// <summary>Reads a talk's content on first use (compiled datasets); one per dataset, so a talk costs no closure.</summary>
    internal abstract class TalkContentSource
    {
        public abstract TalkContent Load(int talk);

        public abstract Session Session(int session);

        public abstract IReadOnlyList<Speaker> SpeakersOf(int talk);
    }

    /// <summary>The notes and links of a talk, read lazily for compiled datasets.</summary>
    internal sealed class TalkContent
    {
        public TalkContent(string? lineText, IReadOnlyList<Note> notes, IReadOnlyList<string> links)
        {
            LineText = lineText;
            Notes = notes;
            Links = links;
        }

        public string? LineText { get; }
        public IReadOnlyList<Note> Notes { get; }
        public IReadOnlyList<string> Links { get; }
    }

    /// <summary>A speaker and every talk they gave in the dataset.</summary>
    /// <remarks>Compared by reference: a document holds one object per speaker, and every query, thread and navigation returns that object, so it works as a key in a <c>HashSet</c> or <c>Dictionary</c> as it is.</remarks>
    public sealed class Speaker
    {
        internal Speaker(string name) => Name = name;

        /// <summary>The speaker's name as first written in the dataset's order (days in order, then sessions, then talks; not the file's, where days can be out of order), with its white space folded to single spaces.</summary>
        public string Name { get; }

        /// <summary>The speaker's talks, in dataset order.</summary>
        public IReadOnlyList<Talk> Talks { get; internal set; } = ReadOnly.Empty<Talk>();

        /// <summary>The speaker's name.</summary>
        public override string ToString() => Name;
    }

    /// <summary>One line of notes: a bullet with its nested bullets, or a line of prose.</summary>
    /// <remarks>Compared by reference: a document holds one object per note, and every query, thread and navigation returns that object, so it works as a key in a <c>HashSet</c> or <c>Dictionary</c> as it is.</remarks>
    public sealed class Note
    {
        private readonly int _column; // the column, with the sign bit set for prose written indented

        internal Note(string text, int line, int column, string? bullet, IReadOnlyList<Note> children, bool indented = false)
        {
            Text = text;
            Line = line;
            _column = indented ? column | int.MinValue : column;
            Bullet = bullet;
            Children = children;
        }

        /// <summary>The note's text, without its bullet.</summary>
        public string Text { get; }

        /// <summary>1-based line in the notes file.</summary>
        public int Line { get; }

        /// <summary>1-based column of the bullet (or of the text, for prose).</summary>
        public int Column => _column & int.MaxValue;

        /// <summary>
        /// Prose written indented (prose is otherwise written at the left margin, after zero-width characters at most).
        /// An indented line of text before a session's first talk is prose; at the margin it could be a talk line.
        /// </summary>
        internal bool Indented => _column < 0;

        /// <summary><see langword="true"/> for a bullet; <see langword="false"/> for a line of prose kept as a note.</summary>
        public bool IsBullet => Bullet != null;

        /// <summary>The bullet as written ("•", "-", "*"…, or a numbered item's "1." or "2)"); <see langword="null"/> for a line of prose.</summary>
        public string? Bullet { get; }

        /// <summary>The nested notes.</summary>
        public IReadOnlyList<Note> Children { get; }

        /// <summary>This note and every note below it, depth first.</summary>
        public IEnumerable<Note> DescendantsAndSelf()
        {
            var stack = new Stack<Note>();
            stack.Push(this);
            while (stack.Count > 0)
            {
                Note note = stack.Pop();
                yield return note;
                for (int i = note.Children.Count - 1; i >= 0; i--) stack.Push(note.Children[i]);
            }
        }

        /// <summary>The note's text.</summary>
        public override string ToString() => Text;
    }

    internal static class Locked
    {
        /// <summary>
        /// <paramref name="slot"/>, made once by whichever thread asks first while the others that ask meanwhile wait for it
        /// (a costly value, the search index or a copy of the notes, made by each of them would cost its time and memory each).
        /// </summary>
        public static T Once<T>(ref T? slot, object gate, Func<T> make)
            where T : class
        {
            T? value = Volatile.Read(ref slot);
            if (value != null) return value;
            lock (gate)
            {
                value = slot;
                if (value == null)
                {
                    value = make();
                    Volatile.Write(ref slot, value);
                }

                return value;
            }
        }
    }

    internal static class ReadOnly
    {
        public static IReadOnlyList<T> From<T>(List<T> items) => items.Count == 0 ? Empty<T>() : new ReadOnlyCollection<T>(items.ToArray());

        /// <summary>
        /// The read-only list of none, shared: the same type as a parsed document's other lists (an empty array would
        /// cast to <c>T[]</c> where a list with items does not).
        /// </summary>
        public static ReadOnlyCollection<T> Empty<T>() => EmptyList<T>.Instance;

        private static class EmptyList<T>
        {
            public static readonly ReadOnlyCollection<T> Instance = new ReadOnlyCollection<T>(Array.Empty<T>());
        }
    }
}
