using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using NotesDataset.Parsing;

namespace NotesDataset.Compiled
{
    /// <summary>
    /// A compiled dataset's records, decoded from the generated index one at a time, when something asks for them,
    /// and kept. Nothing is built up front: the first query pays for the talks, sessions and speakers it touches.
    /// </summary>
    internal sealed class CompiledStore : TalkContentSource
    {
        private readonly string _index;
        private readonly NotesBytes _bytes;
        private readonly int _talkTable, _sessionTable, _dayTable, _conferenceTable, _speakerTable, _speakerOrder;
        private readonly Talk?[] _talks;
        private readonly Session?[] _sessions;
        private readonly Day?[] _days;
        private readonly Conference?[] _conferences;
        private readonly Speaker?[] _speakers;
        private readonly Func<int, Talk> _talk;
        private readonly Func<int, Speaker> _speaker;
        private BlockTable? _blockTable;

        public CompiledStore(string index, int header, NotesBytes bytes)
        {
            _index = index;
            _bytes = bytes;
            _talks = new Talk?[Slot(header, 0)];
            _sessions = new Session?[Slot(header, 1)];
            _days = new Day?[Slot(header, 2)];
            _conferences = new Conference?[Slot(header, 3)];
            _speakers = new Speaker?[Slot(header, 4)];
            _talkTable = Slot(header, 5);
            _sessionTable = Slot(header, 6);
            _dayTable = Slot(header, 7);
            _conferenceTable = Slot(header, 8);
            _speakerTable = Slot(header, 9);
            _speakerOrder = Slot(header, 10);
            _talk = Talk;
            _speaker = Speaker;
            Conferences = new LazyList<Conference>(0, _conferences.Length, Conference);
            Days = new LazyList<Day>(0, _days.Length, Day);
            Sessions = new LazyList<Session>(0, _sessions.Length, Session);
            Talks = new LazyList<Talk>(0, _talks.Length, _talk);
            Speakers = new LazyList<Speaker>(0, _speakers.Length, _speaker);
        }

        public IReadOnlyList<Conference> Conferences { get; }

        public IReadOnlyList<Day> Days { get; }

        public IReadOnlyList<Session> Sessions { get; }

        public IReadOnlyList<Talk> Talks { get; }

        public IReadOnlyList<Speaker> Speakers { get; }

        public NotesBytes Bytes => _bytes;

        private int Slot(int header, int k) => CompactReader.Fixed(_index, header + (2 * k));

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private CompactReader Record(int table, int id) => new CompactReader(_index, CompactReader.Fixed(_index, table + (2 * id)));

        private static T Publish<T>(ref T? slot, T created)
            where T : class
            => Interlocked.CompareExchange(ref slot, created, null) ?? created;

        public Conference Conference(int id)
        {
            Conference? known = Volatile.Read(ref _conferences[id]);
            if (known != null) return known;
            CompactReader r = Record(_conferenceTable, id);
            var conference = new Conference(r.Text(out _, out _), r.Optional());
            conference.Days = new LazyList<Day>(r.Int(), r.Int(), Day);
            return Publish(ref _conferences[id], conference);
        }

        public Day Day(int id)
        {
            Day? known = Volatile.Read(ref _days[id]);
            if (known != null) return known;
            CompactReader r = Record(_dayTable, id);
            var day = new Day(Conference(r.Int()), r.Text(out _, out _) ?? "", r.Optional(), r.Optional());
            day.Sessions = new LazyList<Session>(r.Int(), r.Int(), Session);
            return Publish(ref _days[id], day);
        }

        public override Session Session(int id)
        {
            Session? known = Volatile.Read(ref _sessions[id]);
            if (known != null) return known;
            CompactReader r = Record(_sessionTable, id);
            Day day = Day(r.Int());
            var kind = (SessionKind)r.Int();
            int? number = r.Optional();
            int line = r.Int();
            string heading = Text(ref r, 0, out long headingStart);
            string title = Text(ref r, headingStart < 0 ? 0 : headingStart, out _);
            var session = new Session(day, title, kind, number, line, heading);
            session.Prose = Prose(ref r);
            session.Talks = new LazyList<Talk>(r.Int(), r.Int(), _talk);
            return Publish(ref _sessions[id], session);
        }

        public Talk Talk(int id)
        {
            Talk? known = Volatile.Read(ref _talks[id]);
            if (known != null) return known;
            CompactReader r = Record(_talkTable, id);
            int session = r.Int();
            r.Int(); // form
            int line = r.Int();
            r.Int(); // block line
            long start = r.Long();
            r.Long(); // block length
            string title = Text(ref r, start, out _);
            string? affiliation = NullableText(ref r, start);
            var ids = new int[r.Int()];
            for (int k = 0; k < ids.Length; k++) ids[k] = r.Int();
            IReadOnlyList<Speaker> speakers = ids.Length == 0 ? Array.Empty<Speaker>() : new IdList<Speaker>(ids, _speaker);
            return Publish(ref _talks[id], new Talk(this, id, session, title, speakers, affiliation, line));
        }

        public Speaker Speaker(int id)
        {
            Speaker? known = Volatile.Read(ref _speakers[id]);
            if (known != null) return known;
            CompactReader r = Record(_speakerTable, id);
            var speaker = new Speaker(r.Text(out _, out _) ?? "");
            var talks = new int[r.Int()];
            int previous = 0;
            for (int k = 0; k < talks.Length; k++) talks[k] = previous += r.Int();
            speaker.Talks = talks.Length == 0 ? Array.Empty<Talk>() : new IdList<Talk>(talks, _talk);
            return Publish(ref _speakers[id], speaker);
        }

        /// <summary>A speaker's name without building the speaker.</summary>
        public string SpeakerName(int id) => Record(_speakerTable, id).Text(out _, out _) ?? "";

        /// <summary>The speaker whose name key (see NotesText.SpeakerKey) equals <paramref name="key"/>, ignoring case; a binary search over the names the generator sorted.</summary>
        public Speaker? FindSpeaker(string key)
        {
            int lo = 0, hi = _speakers.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                int id = CompactReader.Fixed(_index, _speakerOrder + (2 * mid));
                int c = string.Compare(SpeakerName(id), key, StringComparison.OrdinalIgnoreCase);
                if (c == 0) return Speaker(id);
                if (c < 0) lo = mid + 1;
                else hi = mid - 1;
            }

            // The generator sorted with the compiler's case rules; where this runtime's differ (names beyond ASCII on
            // another platform), fall back to looking at every name.
            foreach (char ch in key)
            {
                if (ch < 0x80) continue;
                for (int id = 0; id < _speakers.Length; id++)
                {
                    if (string.Equals(SpeakerName(id), key, StringComparison.OrdinalIgnoreCase)) return Speaker(id);
                }

                break;
            }

            return null;
        }

        /// <summary>A talk's notes, links and line, parsed from its own bytes.</summary>
        public override TalkContent Load(int talk)
        {
            Block b = Block(talk);
            string block = _bytes.Text(b.Start, b.Length);
            ParsedTalk parsed = NotesSyntaxParser.ParseTalkBlock(block, 0, block.Length, b.Line, b.Form, Talk(talk).Title);
            return new TalkContent(parsed.LineText, ModelBuilder.Notes(parsed.Notes), ReadOnly.From(parsed.Links));
        }

        /// <summary>
        /// A talk's searchable text straight from its bytes, without parsing its notes into a tree or building the talk:
        /// the lines of its block, one per line (every line of a block is the talk's: see pass A), and the title first for
        /// a talk named after its session.
        /// </summary>
        public string SearchText(int talk)
        {
            Block b = Block(talk);
            string text = _bytes.Text(b.Start, b.Length);
            string? title = b.Form == TalkForm.SessionNamed ? Title(talk) : null;
            var sb = new System.Text.StringBuilder(text.Length + (title?.Length ?? 0) + 1);
            if (title != null) sb.Append(title);
            int pos = 0;
            while (NotesText.NextLine(text, ref pos, text.Length, out int lineStart, out int lineEnd))
            {
                if (lineStart == lineEnd) continue;
                if (sb.Length > 0) sb.Append('\n');
                sb.Append(text, lineStart, lineEnd - lineStart);
            }

            return sb.ToString();
        }

        /// <summary>The talks whose searchable text holds the word; see <see cref="NotesBytes.ScanWord"/>.</summary>
        public int[]? ScanWord(string word) => _bytes.ScanWord(word, this);

        /// <summary>Every talk's block (read once, for scans).</summary>
        public BlockTable Blocks() => LazyInitializer.EnsureInitialized(ref _blockTable, () => new BlockTable(this))!;

        /// <summary>A talk's title without building the talk.</summary>
        public string Title(int talk)
        {
            CompactReader r = Record(_talkTable, talk);
            r.Int();
            r.Int();
            r.Int();
            r.Int();
            long start = r.Long();
            r.Long();
            return Text(ref r, start, out _);
        }

        public int TalkCount => _talks.Length;

        /// <summary>
        /// Every talk's block start, length and form, in one pass over the talk records: what a scan needs, decoded
        /// here by hand (the first fields of each record) because it runs once over every talk, before the JIT has
        /// optimised anything.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)] // AggressiveOptimization
        public void ReadBlocks(long[] starts, long[] lengths, List<int> sessionNamed)
        {
            string s = _index;
            for (int t = 0; t < starts.Length; t++)
            {
                int pos = CompactReader.Fixed(s, _talkTable + (2 * t));
                long form = 0, start = 0, length = 0;
                for (int field = 0; field < 6; field++)
                {
                    long value = 0;
                    int shift = 0;
                    while (true)
                    {
                        if ((uint)pos >= (uint)s.Length) throw new FormatException("The compiled index ends inside talk " + t + ".");
                        int c = s[pos++] - CompactWriter.Bias;
                        value |= (long)(c & CompactWriter.GroupMask) << shift;
                        if (c < CompactWriter.More) break;
                        shift += CompactWriter.GroupBits;
                    }

                    if (field == 1) form = value;
                    else if (field == 4) start = value;
                    else if (field == 5) length = value;
                }

                starts[t] = start;
                lengths[t] = length;
                if (form == (long)TalkForm.SessionNamed) sessionNamed.Add(t);
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Block Block(int talk)
        {
            CompactReader r = Record(_talkTable, talk);
            r.Int();
            var form = (TalkForm)r.Int();
            r.Int();
            int blockLine = r.Int();
            long start = r.Long();
            return new Block(start, r.Long(), blockLine, form);
        }

        private string Text(ref CompactReader r, long baseAt, out long byteStart) => NullableText(ref r, baseAt, out byteStart) ?? "";

        private string? NullableText(ref CompactReader r, long baseAt) => NullableText(ref r, baseAt, out _);

        private string? NullableText(ref CompactReader r, long baseAt, out long byteStart)
        {
            string? value = r.Text(out long offset, out long length);
            byteStart = -1;
            if (value != null || offset < 0) return value;
            byteStart = baseAt + offset;
            return _bytes.Text(byteStart, length);
        }

        private static IReadOnlyList<Note> Prose(ref CompactReader r)
        {
            int count = r.Int();
            if (count == 0) return Array.Empty<Note>();
            var notes = new Note[count];
            for (int i = 0; i < count; i++) notes[i] = new Note(r.Text(out _, out _) ?? "", r.Int(), r.Int(), null, Array.Empty<Note>());
            return Array.AsReadOnly(notes);
        }

        /// <summary>The document's own record: path, notes length, prose before the first heading, diagnostics.</summary>
        public static CompactReader DocumentRecord(string index, int header) => new CompactReader(index, CompactReader.Fixed(index, header + (2 * 11)));

        public static IReadOnlyList<Note> ReadProse(ref CompactReader r) => Prose(ref r);
    }

    /// <summary>Where a talk's lines lie in the notes file.</summary>
    internal readonly struct Block
    {
        public Block(long start, long length, int line, TalkForm form)
        {
            Start = start;
            Length = length;
            Line = line;
            Form = form;
        }

        public long Start { get; }
        public long Length { get; }
        public int Line { get; }
        public TalkForm Form { get; }
    }

    /// <summary>Every talk's block (start and length, by talk), and the talks named after their session: what a scan needs.</summary>
    internal sealed class BlockTable
    {
        public BlockTable(CompiledStore store)
        {
            Starts = new long[store.TalkCount];
            Lengths = new long[store.TalkCount];
            var named = new List<int>();
            store.ReadBlocks(Starts, Lengths, named);
            SessionNamed = named.ToArray();
        }

        public long[] Starts { get; }
        public long[] Lengths { get; }
        public int[] SessionNamed { get; }
    }

    /// <summary>A read-only list of records <c>first … first + count - 1</c>, each built on first access.</summary>
    internal sealed class LazyList<T> : IReadOnlyList<T>
    {
        private readonly int _first;
        private readonly Func<int, T> _get;

        public LazyList(int first, int count, Func<int, T> get)
        {
            _first = first;
            Count = count;
            _get = get;
        }

        public int Count { get; }

        public T this[int index] => (uint)index < (uint)Count ? _get(_first + index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return _get(_first + i);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A read-only list of records by id, each built on first access.</summary>
    internal sealed class IdList<T> : IReadOnlyList<T>
    {
        private readonly int[] _ids;
        private readonly Func<int, T> _get;

        public IdList(int[] ids, Func<int, T> get)
        {
            _ids = ids;
            _get = get;
        }

        public int Count => _ids.Length;

        public T this[int index] => _get(_ids[index]);

        public IEnumerator<T> GetEnumerator()
        {
            foreach (int id in _ids) yield return _get(id);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
