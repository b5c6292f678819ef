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
        private readonly IndexData _index;
        private readonly NotesBytes _bytes;
        private readonly int _talkTable, _sessionTable, _dayTable, _conferenceTable, _speakerTable, _speakerOrder, _blockTable, _sessionNamed;
        private readonly Talk?[] _talks;
        private readonly Session?[] _sessions;
        private readonly Day?[] _days;
        private readonly Conference?[] _conferences;
        private readonly Speaker?[] _speakers;
        private readonly Func<int, Talk> _talk;
        private readonly Func<int, Speaker> _speaker;

        public CompiledStore(IndexData index, int header, NotesBytes bytes)
        {
            _index = index;
            _bytes = bytes;
            _talks = new Talk?[Slot(header, IndexSlot.TalkCount)];
            _sessions = new Session?[Slot(header, IndexSlot.SessionCount)];
            _days = new Day?[Slot(header, IndexSlot.DayCount)];
            _conferences = new Conference?[Slot(header, IndexSlot.ConferenceCount)];
            _speakers = new Speaker?[Slot(header, IndexSlot.SpeakerCount)];
            _talkTable = Slot(header, IndexSlot.TalkTable);
            _sessionTable = Slot(header, IndexSlot.SessionTable);
            _dayTable = Slot(header, IndexSlot.DayTable);
            _conferenceTable = Slot(header, IndexSlot.ConferenceTable);
            _speakerTable = Slot(header, IndexSlot.SpeakerTable);
            _speakerOrder = Slot(header, IndexSlot.SpeakerOrder);
            _blockTable = Slot(header, IndexSlot.BlockTable);
            _sessionNamed = Slot(header, IndexSlot.SessionNamed);
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

        private int Slot(int header, IndexSlot slot) => CompactReader.Slot(_index, header, slot);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private CompactReader Record(int table, int id) => new CompactReader(_index, CompactReader.Fixed(_index, table + (CompactWriter.FixedWidth * id)));

        private static T Publish<T>(ref T? slot, T created)
            where T : class
            => Interlocked.CompareExchange(ref slot, created, null) ?? created;

        public Conference Conference(int id)
        {
            Conference? known = Volatile.Read(ref _conferences[id]);
            if (known != null) return known;
            CompactReader r = Record(_conferenceTable, id);
            var conference = new Conference(r.Text(out _, out _), r.Optional());
            int firstDay = r.Int(), dayCount = r.Int();
            conference.Days = new LazyList<Day>(firstDay, dayCount, Day);
            conference.Sessions = new RangeList<Session>(() => SessionsOf(new Range(firstDay, dayCount)), Session);
            conference.Talks = new RangeList<Talk>(() => TalksOf(SessionsOf(new Range(firstDay, dayCount))), _talk);
            return Publish(ref _conferences[id], conference);
        }

        public Day Day(int id)
        {
            Day? known = Volatile.Read(ref _days[id]);
            if (known != null) return known;
            CompactReader r = Record(_dayTable, id);
            var day = new Day(Conference(r.Int()), r.Text(out _, out _) ?? "", r.Optional(), r.Optional());
            int firstSession = r.Int(), sessionCount = r.Int();
            day.Sessions = new LazyList<Session>(firstSession, sessionCount, Session);
            day.Talks = new RangeList<Talk>(() => TalksOf(new Range(firstSession, sessionCount)), _talk);
            return Publish(ref _days[id], day);
        }

        /// <summary>The sessions of <paramref name="days"/>.</summary>
        private Range SessionsOf(Range days) => Spanning(days, d => Day(d).Sessions);

        /// <summary>The talks of <paramref name="sessions"/>.</summary>
        private Range TalksOf(Range sessions) => Spanning(sessions, s => Session(s).Talks);

        /// <summary>
        /// The records of the records <paramref name="ids"/>, which the index stores in a row: from the first one's first
        /// (read from its list of them, <paramref name="listOf"/>) to the last one's last.
        /// </summary>
        private static Range Spanning<T>(Range ids, Func<int, IReadOnlyList<T>> listOf)
        {
            if (ids.Count == 0) return Range.None;
            Range first = ((LazyList<T>)listOf(ids.First)).Range;
            Range last = ((LazyList<T>)listOf(ids.First + ids.Count - 1)).Range;
            return new Range(first.First, last.First + last.Count - first.First);
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

        /// <summary>The talks <paramref name="ids"/>, in that order (a search's answer), decoded in one loop.</summary>
        public Talk[] TalksOf(int[] ids)
        {
            var talks = new Talk[ids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                if ((uint)ids[i] >= (uint)_talks.Length) throw new ArgumentOutOfRangeException(nameof(ids));
                talks[i] = Talk(ids[i]);
            }

            return talks;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Talk Talk(int id)
        {
            Talk? known = Volatile.Read(ref _talks[id]);
            if (known != null) return known;
            CompactReader r = TalkRecord(id, out int session, out int line, out Block block);
            string title = Text(ref r, block.Start, out _);
            string? affiliation = NullableText(ref r, block.Start, out _);
            return Publish(ref _talks[id], new Talk(this, id, session, title, affiliation, line));
        }

        /// <summary>A talk's speakers, read from its record when first asked for: a search's answer rarely needs them.</summary>
        public override IReadOnlyList<Speaker> SpeakersOf(int talk)
        {
            CompactReader r = TalkRecord(talk, out _, out _, out _);
            r.SkipText();
            r.SkipText();
            var ids = new int[r.Int()];
            for (int k = 0; k < ids.Length; k++) ids[k] = r.Int();
            return ids.Length == 0 ? ReadOnly.Empty<Speaker>() : new IdList<Speaker>(ids, _speaker);
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
            speaker.Talks = talks.Length == 0 ? ReadOnly.Empty<Talk>() : new IdList<Talk>(talks, _talk);
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
                int id = CompactReader.Fixed(_index, _speakerOrder + (CompactWriter.FixedWidth * mid));
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

#if NET8_0_OR_GREATER
        /// <summary>Brings the mapped notes into memory (see NotesBytes.ReadAhead).</summary>
        public void ReadAhead() => _bytes.ReadAhead();
#endif

        /// <summary>The index's bytes and where its table of blocks starts: a talk's block start and length are the fixed slots at <c>BlockTableAt + 8 × talk</c>.</summary>
        public IndexData Index => _index;

        public int BlockTableAt => _blockTable;

        /// <summary>The talks named after their session (their titles are outside their blocks), ascending.</summary>
        public int[] SessionNamed()
        {
            var r = new CompactReader(_index, _sessionNamed);
            var ids = new int[r.Int()];
            int previous = 0;
            for (int k = 0; k < ids.Length; k++) ids[k] = previous += r.Int();
            return ids;
        }

        /// <summary>A talk's title without building the talk.</summary>
        public string Title(int talk)
        {
            CompactReader r = TalkRecord(talk, out _, out _, out Block block);
            return Text(ref r, block.Start, out _);
        }

        public int TalkCount => _talks.Length;

        public Block Block(int talk)
        {
            TalkRecord(talk, out _, out _, out Block block);
            return block;
        }

        /// <summary>Reads a talk record's fixed fields (the layout is IndexWriter's), leaving the reader at the talk's title.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private CompactReader TalkRecord(int talk, out int session, out int line, out Block block)
        {
            CompactReader r = Record(_talkTable, talk);
            session = r.Int();
            var form = (TalkForm)r.Int();
            line = r.Int();
            int blockLine = r.Int();
            int at = _blockTable + (2 * CompactWriter.FixedWidth * talk);
            block = new Block(CompactReader.Fixed(_index, at), CompactReader.Fixed(_index, at + CompactWriter.FixedWidth), blockLine, form);
            return r;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private string Text(ref CompactReader r, long baseAt, out long byteStart) => NullableText(ref r, baseAt, out byteStart) ?? "";

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private string? NullableText(ref CompactReader r, long baseAt, out long byteStart)
        {
            string? value = r.Text(out long offset, out long length);
            byteStart = -1;
            if (value != null || offset < 0) return value;
            byteStart = baseAt + offset;
            return _bytes.Text(byteStart, length);
        }

        /// <summary>Prose lines: a count, then text, line and column of each (the column doubled, plus one for an indented line).</summary>
        public static IReadOnlyList<Note> Prose(ref CompactReader r)
        {
            int count = r.Int();
            if (count == 0) return ReadOnly.Empty<Note>();
            var notes = new Note[count];
            for (int i = 0; i < count; i++)
            {
                string text = r.Text(out _, out _) ?? "";
                int line = r.Int();
                int column = r.Int();
                notes[i] = new Note(text, line, column >> 1, null, ReadOnly.Empty<Note>(), (column & 1) != 0);
            }

            return Array.AsReadOnly(notes);
        }

        /// <summary>The document's own record: path, notes length, prose before the first heading, diagnostics.</summary>
        public static CompactReader DocumentRecord(IndexData index, int header) => new CompactReader(index, CompactReader.Slot(index, header, IndexSlot.Document));
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

    /// <summary>
    /// A read-only list whose items are built on first access, as a parsed document's lists (<see cref="System.Collections.ObjectModel.ReadOnlyCollection{T}"/>)
    /// are read-only lists: it is an <see cref="IList{T}"/> and an <see cref="IList"/> too, so LINQ's <c>Count()</c>,
    /// <c>ElementAt</c> and <c>Last</c> read one item or none instead of building every one, and data binding that
    /// asks for an <see cref="IList"/> takes it. Changes throw <see cref="NotSupportedException"/>.
    /// </summary>
    internal abstract class RecordList<T> : IList<T>, IReadOnlyList<T>, IList
    {
        public abstract int Count { get; }

        /// <summary>Item <paramref name="index"/>, which is within the list.</summary>
        protected abstract T Get(int index);

        public T this[int index] => (uint)index < (uint)Count ? Get(index) : throw new ArgumentOutOfRangeException(nameof(index), index, "Index was out of range. Must be non-negative and less than the size of the collection.");

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return Get(i);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public int IndexOf(T item)
        {
            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < Count; i++)
            {
                if (comparer.Equals(Get(i), item)) return i;
            }

            return -1;
        }

        public bool Contains(T item) => IndexOf(item) >= 0;

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            CheckCopy(array.Length, arrayIndex, nameof(arrayIndex));
            for (int i = 0; i < Count; i++) array[arrayIndex + i] = Get(i);
        }

        bool ICollection<T>.IsReadOnly => true;

        T IList<T>.this[int index]
        {
            get => this[index];
            set => throw ReadOnly();
        }

        void IList<T>.Insert(int index, T item) => throw ReadOnly();

        void IList<T>.RemoveAt(int index) => throw ReadOnly();

        void ICollection<T>.Add(T item) => throw ReadOnly();

        void ICollection<T>.Clear() => throw ReadOnly();

        bool ICollection<T>.Remove(T item) => throw ReadOnly();

        bool IList.IsReadOnly => true;

        bool IList.IsFixedSize => true;

        bool ICollection.IsSynchronized => false;

        object ICollection.SyncRoot => this;

        object? IList.this[int index]
        {
            get => this[index];
            set => throw ReadOnly();
        }

        int IList.IndexOf(object? value) => value is T item ? IndexOf(item) : -1;

        bool IList.Contains(object? value) => value is T item && Contains(item);

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (array.Rank != 1) throw new ArgumentException("The array must have one dimension.", nameof(array));
            if (!array.GetType().GetElementType()!.IsAssignableFrom(typeof(T))) throw new ArgumentException("Target array type is not compatible with the type of items in the collection.", nameof(array));
            CheckCopy(array.Length, index, nameof(index));
            for (int i = 0; i < Count; i++) array.SetValue(Get(i), index + i);
        }

        /// <summary>As the base library's lists check a copy: a negative index is out of range, too little room a bad array.</summary>
        private void CheckCopy(int length, int index, string indexName)
        {
            if (index < 0) throw new ArgumentOutOfRangeException(indexName, index, "Non-negative number required.");
            if (length - index < Count) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "array");
        }

        int IList.Add(object? value) => throw ReadOnly();

        void IList.Clear() => throw ReadOnly();

        void IList.Insert(int index, object? value) => throw ReadOnly();

        void IList.Remove(object? value) => throw ReadOnly();

        void IList.RemoveAt(int index) => throw ReadOnly();

        private static NotSupportedException ReadOnly() => new NotSupportedException("A dataset's lists are read-only.");
    }

    /// <summary>A read-only list of records <c>first … first + count - 1</c>, each built on first access.</summary>
    internal sealed class LazyList<T> : RecordList<T>
    {
        private readonly int _first;
        private readonly int _count;
        private readonly Func<int, T> _get;

        public LazyList(int first, int count, Func<int, T> get)
        {
            _first = first;
            _count = count;
            _get = get;
        }

        public override int Count => _count;

        /// <summary>The records' ids.</summary>
        public Range Range => new Range(_first, _count);

        protected override T Get(int index) => _get(_first + index);
    }

    /// <summary>
    /// A read-only list of records in a row whose ids are found on first use: a day's or a conference's talks, from its
    /// first session's first talk to its last session's last, which reads those two sessions rather than every one (and
    /// cannot be read when the day is built: its sessions would build the day again).
    /// </summary>
    internal sealed class RangeList<T> : RecordList<T>
    {
        private readonly Func<Range> _find;
        private readonly Func<int, T> _get;
        private Range? _range;

        public RangeList(Func<Range> find, Func<int, T> get)
        {
            _find = find;
            _get = get;
        }

        // Two threads may both find it; they find the same ids, and either object will do.
        private Range Ids => Volatile.Read(ref _range) ?? Interlocked.CompareExchange(ref _range, _find(), null) ?? Volatile.Read(ref _range)!;

        public override int Count => Ids.Count;

        protected override T Get(int index) => _get(Ids.First + index);
    }

    /// <summary>Ids <see cref="First"/> … <see cref="First"/> + <see cref="Count"/> - 1.</summary>
    internal sealed class Range
    {
        public static readonly Range None = new Range(0, 0);

        public Range(int first, int count)
        {
            First = first;
            Count = count;
        }

        public int First { get; }

        public int Count { get; }
    }

    /// <summary>A read-only list of records by id, each built on first access.</summary>
    internal sealed class IdList<T> : RecordList<T>
    {
        private readonly int[] _ids;
        private readonly Func<int, T> _get;

        public IdList(int[] ids, Func<int, T> get)
        {
            _ids = ids;
            _get = get;
        }

        public override int Count => _ids.Length;

        protected override T Get(int index) => _get(_ids[index]);
    }
}
