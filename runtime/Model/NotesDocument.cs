using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using NotesDataset.Search;

namespace NotesDataset
{
    /// <summary>
    /// A parsed notes file, or a compiled dataset: conferences, days, sessions and talks with navigation both
    /// ways, the speaker index, and the diagnostics found while reading the notes.
    /// </summary>
    /// <remarks>
    /// Compared by reference, as its objects are: two documents of the same notes (one parsed, one compiled, say) share no
    /// object, so match their talks by <see cref="Talk.Line"/> and their speakers by <see cref="Speaker.Name"/>.
    /// </remarks>
    public sealed class NotesDocument
    {
        private readonly Dictionary<string, Speaker>? _speakersByName;
        private readonly Compiled.CompiledStore? _store;
        private int _scans;
        private SearchIndex? _index;
        private readonly object _indexGate = new object();
        private Thread? _indexer;
        private NameStart[]? _nameStarts;
        private IReadOnlyList<NotesDiagnostic>? _diagnostics;
        private readonly Func<IReadOnlyList<NotesDiagnostic>>? _readDiagnostics;

        internal NotesDocument(string? path, IReadOnlyList<Conference> conferences, IReadOnlyList<Speaker> speakers, IReadOnlyList<Note> prose, IReadOnlyList<NotesDiagnostic> diagnostics)
        {
            Path = path;
            Conferences = conferences;
            Speakers = speakers;
            Prose = prose;
            _diagnostics = diagnostics;
            Days = ReadOnly.From(conferences.SelectMany(c => c.Days).ToList());
            Sessions = ReadOnly.From(Days.SelectMany(d => d.Sessions).ToList());
            Talks = ReadOnly.From(Sessions.SelectMany(s => s.Talks).ToList());
            _speakersByName = new Dictionary<string, Speaker>(StringComparer.OrdinalIgnoreCase);
            foreach (Speaker speaker in speakers)
            {
                _speakersByName[SpeakerKey(speaker.Name)] = speaker;
            }
        }

        /// <summary>A compiled dataset: its lists build each record the first time it is read.</summary>
        internal NotesDocument(string? path, Compiled.CompiledStore store, IReadOnlyList<Note> prose, Func<IReadOnlyList<NotesDiagnostic>> diagnostics)
        {
            _store = store;
            Path = path;
            Conferences = store.Conferences;
            Days = store.Days;
            Sessions = store.Sessions;
            Talks = store.Talks;
            Speakers = store.Speakers;
            Prose = prose;
            _readDiagnostics = diagnostics;
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

        /// <summary>Every speaker, in order of first appearance in <see cref="Talks"/> (the dataset's order: days in order, then sessions, then talks).</summary>
        public IReadOnlyList<Speaker> Speakers { get; }

        /// <summary>Prose written before the first heading.</summary>
        public IReadOnlyList<Note> Prose { get; }

        /// <summary>What the parser noticed, in file order.</summary>
        /// <remarks>A compiled dataset reads them from its index the first time they are asked for.</remarks>
        public IReadOnlyList<NotesDiagnostic> Diagnostics
            => Volatile.Read(ref _diagnostics) ?? Interlocked.CompareExchange(ref _diagnostics, _readDiagnostics!(), null) ?? _diagnostics!;

        /// <summary>
        /// The speaker with this name (case-insensitive, white space folded), or <see langword="null"/>. Case is folded as
        /// <see cref="FindSpeakers"/> and <see cref="Search"/> fold it too, so a name one of them finds is found here:
        /// "Kim Lee" finds a name written with the Kelvin sign (U+212A), "Großmann" one written "GROẞMANN".
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
        public Speaker? FindSpeaker(string name)
        {
            if (name == null) throw new ArgumentNullException(nameof(name));
            string key = SpeakerKey(name);
            Speaker? speaker = _store != null ? _store.FindSpeaker(key) : _speakersByName!.TryGetValue(key, out Speaker? found) ? found : null;
            if (speaker != null || key.Length == 0) return speaker;

            // Speakers are told apart by ordinal case-insensitive keys, which leave a few letters that lower-case alike apart.
            string lower = Words.Lower(key);
            foreach (Speaker candidate in FindSpeakers(key))
            {
                if (string.Equals(Words.Lower(SpeakerKey(candidate.Name)), lower, StringComparison.Ordinal)) return candidate;
            }

            return null;
        }

        /// <summary>
        /// Talks whose title, speakers, affiliation or notes contain the word — or all the words, in a row, within
        /// one line — of <paramref name="query"/>, case-insensitively; ranked by how often they do, then in
        /// dataset order. Words are runs of letters, digits and combining marks: "ansible" finds "Ansible," but not
        /// "Ansibles". Case is ignored (final sigma too); accents count, as written: "cafe" finds neither "café" nor
        /// "cafe" with a combining accent, and those two are not normalised to one. What is searched is the text as
        /// written in the notes: the stand-in title of a talk line with no title ("Untitled talk by Jane Doe") is not.
        /// </summary>
        /// <remarks>
        /// The first search builds a word index over every talk; later searches look words up in it. A compiled
        /// dataset answers its first one-word searches with one vectorised pass over the notes file's bytes instead,
        /// and from its second search on builds the index on a background thread.
        /// </remarks>
        /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
        public IReadOnlyList<Talk> Search(string query)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            var words = new List<string>();
            foreach (string? w in Words.Split(query))
            {
                if (w != null) words.Add(w);
            }

            if (words.Count == 0) return ReadOnly.Empty<Talk>();
            if (words.Count == 1 && Volatile.Read(ref _index) == null && _store != null)
            {
                // A compiled dataset's first searches: one vectorised pass over the notes bytes answers a word in a few
                // milliseconds, while the index (a few hundred milliseconds of work) is built on a background thread.
                int[]? scanned = _store.ScanWord(words[0]);
                if (scanned != null)
                {
                    // The first search only scans: starting the index's thread inside it would cost the answer a few
                    // milliseconds. From the second on, the index is built in the background while scans answer.
                    if (Interlocked.Increment(ref _scans) == 2) StartIndexing();
                    return ToTalks(scanned);
                }
            }

            SearchIndex index = Index();
            if (words.Count == 1) return ToTalks(index.Find(words[0]));

            // A phrase: its words in a row within one line, from the index of adjacent word pairs.
            int[] ids = index.FindPhrase(words.ToArray());
            return ToTalks(ids);
        }

        /// <summary>Speakers whose name, or a word of it, starts with <paramref name="prefix"/> (case-insensitive, white space folded as <see cref="FindSpeaker"/> folds it), in dataset order.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is <see langword="null"/>.</exception>
        public IReadOnlyList<Speaker> FindSpeakers(string prefix)
        {
            if (prefix == null) throw new ArgumentNullException(nameof(prefix));
            if (string.IsNullOrWhiteSpace(prefix)) return ReadOnly.Empty<Speaker>();
            string p = Words.Lower(SpeakerKey(prefix));
            NameStart[] starts = LazyInitializer.EnsureInitialized(ref _nameStarts, BuildNameStarts)!;

            // Binary search for the first key at or after the prefix (its first NameStartKey characters), then take every
            // one that starts with it; a longer prefix is checked against the rest of the name.
            string probe = p.Length > NameStartKey ? p.Substring(0, NameStartKey) : p;
            int lo = 0, hi = starts.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (string.CompareOrdinal(starts[mid].Key, probe) < 0) lo = mid + 1;
                else hi = mid;
            }

            var ids = new List<int>();
            for (int i = lo; i < starts.Length && starts[i].Key.StartsWith(probe, StringComparison.Ordinal); i++)
            {
                if (p.Length == probe.Length || string.CompareOrdinal(LowerName(starts[i].Speaker), starts[i].Offset, p, 0, p.Length) == 0) ids.Add(starts[i].Speaker);
            }

            if (ids.Count == 0) return ReadOnly.Empty<Speaker>();

            // Speaker ids in dataset order, each once (a name can match at more than one word).
            ids.Sort();
            var result = new List<Speaker>(ids.Count);
            for (int i = 0; i < ids.Count; i++)
            {
                if (i == 0 || ids[i] != ids[i - 1]) result.Add(Speakers[ids[i]]);
            }

            return result.AsReadOnly();
        }

        /// <summary>A word start in a speaker's name: the name from there (at most <see cref="NameStartKey"/> characters), lower-cased.</summary>
        private struct NameStart
        {
            public string Key;
            public int Speaker;
            public int Offset;
        }

        /// <summary>
        /// How much of a name from a word's start a <see cref="NameStart"/> keeps: enough for any prefix typed, and a
        /// bound, so a "name" of a pasted paragraph costs its length, not its length squared.
        /// </summary>
        private const int NameStartKey = 32;

        private string LowerName(int speaker) => Words.Lower(SpeakerKey(_store != null ? _store.SpeakerName(speaker) : Speakers[speaker].Name));

        /// <summary>Every speaker name from each word's start, lower-cased, sorted: "rusty russell" and "russell" for Rusty Russell.</summary>
        private NameStart[] BuildNameStarts()
        {
            var starts = new List<NameStart>(Speakers.Count * 2);
            for (int s = 0; s < Speakers.Count; s++)
            {
                string name = LowerName(s);
                for (int i = 0; i < name.Length; i++)
                {
                    if (!Words.IsWordCharBefore(name, i) && !char.IsWhiteSpace(name[i]) && !char.IsLowSurrogate(name[i]))
                    {
                        starts.Add(new NameStart { Key = name.Substring(i, Math.Min(NameStartKey, name.Length - i)), Speaker = s, Offset = i });
                    }
                }
            }

            NameStart[] array = starts.ToArray();
            Array.Sort(array, (a, b) => string.CompareOrdinal(a.Key, b.Key));
            return array;
        }

        /// <summary>
        /// Builds the index on a background thread of its own, below normal priority: a thread-pool work item would pay
        /// for starting the thread pool inside the first search, and the index must not slow the app's own work.
        /// </summary>
        private void StartIndexing()
        {
            var thread = new Thread(BuildInBackground) { IsBackground = true, Priority = ThreadPriority.BelowNormal, Name = "NotesDataset search index" };
            Volatile.Write(ref _indexer, thread); // before it starts: a search that needs the index from then on raises it
            try
            {
                thread.Start();
            }
            catch (Exception e) when (e is PlatformNotSupportedException || e is NotSupportedException || e is OutOfMemoryException || e is ThreadStartException)
            {
                // No threads here (browser WebAssembly): searches go on scanning, and the first that needs the index builds it.
                Volatile.Write(ref _indexer, null);
            }
        }

        private void BuildInBackground()
        {
            try
            {
                BuildIndex(); // not Index(): it would raise this thread's own priority
            }
            catch (Exception)
            {
                // A head start only: the search that needs the index builds it again, and its caller sees the exception.
            }
        }

        /// <summary>
        /// The word index, built once: a search that needs it while another thread builds it waits for that build (building
        /// it again beside it would double the time and the memory). The background thread is raised to normal priority
        /// while a search waits for it.
        /// </summary>
        private SearchIndex Index()
        {
            SearchIndex? index = Volatile.Read(ref _index);
            if (index != null) return index;
            Thread? indexer = Volatile.Read(ref _indexer);
            if (indexer != null)
            {
                try
                {
                    if (indexer.Priority != ThreadPriority.Normal) indexer.Priority = ThreadPriority.Normal;
                }
                catch (ThreadStateException)
                {
                    // It has ended: the index is built, or the lock below builds it.
                }
            }

            return BuildIndex();
        }

        /// <summary>The index, built by this thread unless another has built it or is building it (then this one waits).</summary>
        private SearchIndex BuildIndex() => Locked.Once(ref _index, _indexGate, () =>
        {
            SearchIndex index = SearchIndex.Build(Talks.Count, SearchText);
            IndexBuilds++;
            return index;
        });

        /// <summary>How many times the word index was built: once at most (for the tests).</summary>
        internal int IndexBuilds { get; private set; }

        /// <summary>A search's answer: read-only, as the dataset's other lists are.</summary>
        private IReadOnlyList<Talk> ToTalks(int[] talks)
        {
            if (talks.Length == 0) return ReadOnly.Empty<Talk>();
            Talk[] result;
            if (_store != null)
            {
                result = _store.TalksOf(talks);
            }
            else
            {
                result = new Talk[talks.Length];
                for (int i = 0; i < result.Length; i++) result[i] = Talks[talks[i]];
            }

            return Array.AsReadOnly(result);
        }

        /// <summary>A talk's searchable text: its line (or title) and each note, one per line.</summary>
        private string SearchText(int talk) => _store != null ? _store.SearchText(talk) : SearchTextOf(Talks[talk]);

        internal static string SearchTextOf(Talk talk)
        {
            var sb = new StringBuilder();
            sb.Append(talk.LineText ?? talk.Title);
            foreach (Note note in talk.AllNotes())
            {
                // The line as written (as NotesWriter renders it, and a compiled dataset reads it): a numbered item's
                // number is a word of its line; a bullet character never is.
                sb.Append('\n');
                if (note.Bullet != null) sb.Append(note.Bullet).Append(' ');
                sb.Append(note.Text);
            }

            return sb.ToString();
        }

        internal static string SpeakerKey(string name) => Parsing.NotesText.SpeakerKey(name);

        /// <summary>
        /// "Linux.conf.au 2015: 3 days, 10 sessions, 33 talks"; "0 days, 0 sessions, 0 talks" for notes with none. Three
        /// conferences at most are named: "PyCon AU 2016, PyCon AU 2017 and 18 more conferences: 100 days, …".
        /// </summary>
        public override string ToString()
        {
            const int Named = 3;
            string conferences = Conferences.Count == 0 ? ""
                : Conferences.Count <= Named ? string.Join(", ", Conferences.Select(c => c.ToString())) + ": "
                : string.Join(", ", Conferences.Take(Named - 1).Select(c => c.ToString())) + " and " + (Conferences.Count - Named + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more conferences: ";
            return conferences + Count(Days.Count, "day") + ", " + Count(Sessions.Count, "session") + ", " + Count(Talks.Count, "talk");
        }

        private static string Count(int n, string noun) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
    }
}
