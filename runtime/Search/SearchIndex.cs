using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace NotesDataset.Search
{
    /// <summary>
    /// Words: runs of letters, digits and combining marks (a letter beyond the BMP too), compared case-insensitively
    /// (invariant lower case, final sigma as sigma) and otherwise as written: "cafe" finds neither "café" nor
    /// "cafe\u0301", and the two are different words (no Unicode normalisation, which an app running with invariant
    /// globalization does not have). A talk's searchable text is its line as written (title, speakers, affiliation) — or
    /// its title, for a talk named after its session — and the text of every note, one line each; a phrase matches
    /// within one line.
    /// </summary>
    internal static class Words
    {
        private static bool IsAsciiWordChar(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

        /// <summary>Letters, decimal digits (as <see cref="char.IsLetterOrDigit(char)"/>) and combining marks.</summary>
        public static bool IsWordCategory(UnicodeCategory category) => category <= UnicodeCategory.DecimalDigitNumber; // Lu Ll Lt Lm Lo Mn Mc Me Nd

        /// <summary>How many chars the word character at <paramref name="i"/> takes: 0 (not one), 1, or 2 (a surrogate pair).</summary>
        public static int WordCharLength(string text, int i)
        {
            char c = text[i];
            if (c < 128) return IsAsciiWordChar(c) ? 1 : 0;
            if (!char.IsSurrogate(c)) return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
            return char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(text, i)) ? 2 : 0;
        }

        /// <summary>Whether a word character ends just before <paramref name="i"/>.</summary>
        public static bool IsWordCharBefore(string text, int i)
        {
            if (i <= 0) return false;
            return i >= 2 && char.IsLowSurrogate(text[i - 1]) && char.IsHighSurrogate(text[i - 2]) ? WordCharLength(text, i - 2) == 2 : WordCharLength(text, i - 1) == 1;
        }

        /// <summary>'A'…'Z' lower-cased, every other character as it is.</summary>
        public static char LowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;

        /// <summary>A word character as words compare it: invariant lower case, and final sigma as sigma (as case folding does).</summary>
        public static char Lower(char c) => c < 128 ? LowerAscii(c) : c == '\u03C2' ? '\u03C3' : char.ToLowerInvariant(c);

        /// <summary>A name as <see cref="Lower(char)"/> folds it, character by character.</summary>
        public static string Lower(string text) => text.ToLowerInvariant().Replace('\u03C2', '\u03C3');

        /// <summary>Appends the word character of <paramref name="n"/> chars at <paramref name="i"/>, folded, to <paramref name="word"/>.</summary>
        public static void AppendLower(string text, int i, int n, ref char[] word, ref int length)
        {
            if (length + n > word.Length) Array.Resize(ref word, Math.Max(word.Length * 2, length + n));
            if (n == 1)
            {
                word[length++] = Lower(text[i]);
                return;
            }

            string pair = text.Substring(i, 2).ToLowerInvariant(); // a letter beyond the BMP (Deseret has case)
            word[length++] = pair[0];
            word[length++] = pair[1];
        }

        /// <summary>The words of <paramref name="text"/>, folded; a line break ends a phrase and is returned as <see langword="null"/>.</summary>
        public static List<string?> Split(string text)
        {
            var words = new List<string?>();
            char[] word = new char[32];
            int length = 0;
            for (int i = 0; i < text.Length;)
            {
                int n = WordCharLength(text, i);
                if (n > 0)
                {
                    AppendLower(text, i, n, ref word, ref length);
                    i += n;
                    continue;
                }

                if (length > 0)
                {
                    words.Add(new string(word, 0, length));
                    length = 0;
                }

                if (text[i++] == '\n') words.Add(null);
            }

            if (length > 0) words.Add(new string(word, 0, length));
            return words;
        }

        /// <summary>
        /// How often <paramref name="word"/> (lower-case ASCII letters and digits) occurs in <paramref name="text"/> as a
        /// word: what <see cref="CountPhrase"/> counts for it, without lower-casing an ASCII text (which, for letters
        /// beyond ASCII, loads the globalization library: milliseconds on a first search).
        /// </summary>
        public static int Count(string text, string word)
        {
            foreach (char c in text)
            {
                if (c >= 128) return CountPhrase(text, new[] { word }); // marks, KELVIN SIGN, surrogate pairs: the full rule
            }

            int count = 0;
            for (int at = 0; at + word.Length <= text.Length; at++)
            {
                int k = 0;
                while (k < word.Length && LowerAscii(text[at + k]) == word[k]) k++;
                if (k < word.Length) continue;
                if ((at > 0 && IsAsciiWordChar(text[at - 1])) || (at + k < text.Length && IsAsciiWordChar(text[at + k]))) continue;
                count++;
            }

            return count;
        }

        /// <summary>How often the phrase (words in a row, within one line) occurs in <paramref name="text"/>.</summary>
        public static int CountPhrase(string text, string[] phrase)
        {
            List<string?> words = Split(text);
            int count = 0;
            for (int i = 0; i + phrase.Length <= words.Count; i++)
            {
                int k = 0;
                while (k < phrase.Length && string.Equals(words[i + k], phrase[k], StringComparison.Ordinal)) k++;
                if (k == phrase.Length) count++;
            }

            return count;
        }
    }

    /// <summary>
    /// An inverted index from word to the talks that contain it, and from each pair of adjacent words (within one
    /// line) to the talks that contain the pair, ranked by how often (then in dataset order), built once from every
    /// talk's searchable text.
    /// </summary>
    internal sealed class SearchIndex
    {
        private readonly Dictionary<string, int> _wordIds;
        private readonly int[][] _wordTalks;          // per word id: talks, ranked

        // Word pairs: key (first word id << 32 | second word id), sorted; the talks holding pair i, ranked, are
        // _pairTalks[_pairStarts[i] .. _pairStarts[i + 1]).
        private readonly long[] _pairKeys;
        private readonly int[] _pairStarts;
        private readonly int[] _pairTalks;

        // Every talk's words as ids, in order, with -1 for each line break: talk t's are _sequence[_sequenceStarts[t] ..
        // _sequenceStarts[t + 1]). A phrase of three words or more is checked against them.
        private readonly int[] _sequence;
        private readonly int[] _sequenceStarts;

        private SearchIndex(Dictionary<string, int> wordIds, int[][] wordTalks, long[] pairKeys, int[] pairStarts, int[] pairTalks, int[] sequence, int[] sequenceStarts)
        {
            _wordIds = wordIds;
            _wordTalks = wordTalks;
            _pairKeys = pairKeys;
            _pairStarts = pairStarts;
            _pairTalks = pairTalks;
            _sequence = sequence;
            _sequenceStarts = sequenceStarts;
        }

        public static SearchIndex Build(int talkCount, Func<int, string> talkText, CancellationToken cancellationToken = default)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
            // Look words up by span: no string per occurrence, only one per distinct word.
            Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
            var talksOf = new List<List<int>>();   // per word: talk, count, talk, count…

            var pairs = new PairPostingsBuilder(talkCount);
            char[] word = new char[64];
            var sequence = new int[1024];
            int sequenceLength = 0;
            var sequenceStarts = new int[talkCount + 1];
            void Append(int value)
            {
                if (sequenceLength == sequence.Length) Array.Resize(ref sequence, sequence.Length * 2);
                sequence[sequenceLength++] = value;
            }

            for (int t = 0; t < talkCount; t++)
            {
                if ((t & 0xFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                sequenceStarts[t] = sequenceLength;
                string text = talkText(t);
                int length = 0;
                int previous = -1;                 // the word before, on this line
                for (int i = 0; i <= text.Length;)
                {
                    int n = i < text.Length ? Words.WordCharLength(text, i) : 0;
                    if (n > 0)
                    {
                        Words.AppendLower(text, i, n, ref word, ref length);
                        i += n;
                        continue;
                    }

                    char c = i < text.Length ? text[i] : ' ';
                    i++;
                    if (length == 0)
                    {
                        if (c == '\n')
                        {
                            previous = -1;
                            Append(-1);
                        }

                        continue;
                    }
#if NET9_0_OR_GREATER
                    if (!lookup.TryGetValue(new ReadOnlySpan<char>(word, 0, length), out int id))
#else
                    if (!ids.TryGetValue(new string(word, 0, length), out int id))
#endif
                    {
                        id = talksOf.Count;
                        ids[new string(word, 0, length)] = id;
                        talksOf.Add(new List<int>(4));
                    }

                    length = 0;
                    List<int> list = talksOf[id];
                    if (list.Count > 0 && list[list.Count - 2] == t)
                    {
                        list[list.Count - 1]++;
                    }
                    else
                    {
                        list.Add(t);
                        list.Add(1);
                    }

                    if (previous >= 0) pairs.Add(previous, id);
                    previous = c == '\n' ? -1 : id;
                    Append(id);
                    if (c == '\n') Append(-1);
                }

                pairs.EndTalk(t);
            }

            sequenceStarts[talkCount] = sequenceLength;
            Array.Resize(ref sequence, sequenceLength);

            var wordTalks = new int[talksOf.Count][];
            for (int w = 0; w < wordTalks.Length; w++) wordTalks[w] = Rank(talksOf[w]);
            pairs.Finish(out long[] pairKeys, out int[] pairStarts, out int[] pairTalks);
            return new SearchIndex(ids, wordTalks, pairKeys, pairStarts, pairTalks, sequence, sequenceStarts);
        }

        /// <summary>The key of a pair of word ids.</summary>
        private static long PairKey(int first, int second) => ((long)first << 32) | (uint)second;

        /// <summary>
        /// Collects, talk by talk, how often each pair of adjacent words occurs, then lays out the pair postings.
        /// </summary>
        /// <remarks>
        /// A pair's key, id and count in the current talk share one slot of an open-addressing table, so counting
        /// an occurrence is, most of the time, one cache miss. Each talk's pairs are appended to the entries (the
        /// pair's id when the talk holds it once, else ~id then the count), kept in blocks so that they never need
        /// copying; <see cref="Finish"/> spreads them into the postings.
        /// </remarks>
        private sealed class PairPostingsBuilder
        {
            private const int BlockShift = 15, BlockMask = (1 << BlockShift) - 1;

            private struct Slot
            {
                public long Key;
                public int Id;       // the pair's id + 1; 0: an empty slot
                public int InTalk;   // occurrences in the current talk
            }

            private Slot[] _slots = new Slot[1 << 12];
            private int _shift = 64 - 12;
            private int _count;
            private int[] _touched = new int[256];         // slots of the current talk's pairs
            private int _touchedCount;
            private readonly List<int[]> _blocks = new List<int[]>();
            private int _entryCount;
            private readonly int[] _entryEnd;              // per talk: where its entries end

            public PairPostingsBuilder(int talkCount) => _entryEnd = new int[talkCount];

            /// <summary>One occurrence, in the current talk, of word <paramref name="second"/> right after <paramref name="first"/>.</summary>
            public void Add(int first, int second)
            {
                long key = PairKey(first, second);
                int mask = _slots.Length - 1;
                int s = Hash(key, _shift);
                while (true)
                {
                    ref Slot slot = ref _slots[s];
                    if (slot.Id == 0)
                    {
                        if (_count + 1 > (_slots.Length >> 2) * 3)
                        {
                            Grow();
                            Add(first, second);
                            return;
                        }

                        slot.Key = key;
                        slot.Id = ++_count;
                    }
                    else if (slot.Key != key)
                    {
                        s = (s + 1) & mask;
                        continue;
                    }

                    if (slot.InTalk++ == 0)
                    {
                        if (_touchedCount == _touched.Length) Array.Resize(ref _touched, _touchedCount * 2);
                        _touched[_touchedCount++] = s;
                    }

                    return;
                }
            }

            /// <summary>Records the pairs of talk <paramref name="talk"/> (talks come in order).</summary>
            public void EndTalk(int talk)
            {
                for (int k = 0; k < _touchedCount; k++)
                {
                    ref Slot slot = ref _slots[_touched[k]];
                    if (slot.InTalk == 1)
                    {
                        Append(slot.Id - 1);
                    }
                    else
                    {
                        Append(~(slot.Id - 1));
                        Append(slot.InTalk);
                    }

                    slot.InTalk = 0;
                }

                _touchedCount = 0;
                _entryEnd[talk] = _entryCount;
            }

            /// <summary>
            /// The pair keys, sorted, and their postings: pair i's talks are talks[starts[i] .. starts[i + 1]), those
            /// holding it more than once first (most first, then in dataset order), then those holding it once, in
            /// dataset order.
            /// </summary>
            public void Finish(out long[] keys, out int[] starts, out int[] talks)
            {
                int pairCount = _count;
                keys = new long[pairCount];
                foreach (Slot slot in _slots)
                {
                    if (slot.Id != 0) keys[slot.Id - 1] = slot.Key;
                }

                _slots = Array.Empty<Slot>();

                // Per pair id: how many talks hold it, and how many of those more than once.
                var talkCount = new int[pairCount];
                var repeated = new int[pairCount];
                int repeatedTotal = 0;
                for (int e = 0; e < _entryCount; e++)
                {
                    int pair = Entry(e);
                    if (pair >= 0)
                    {
                        talkCount[pair]++;
                    }
                    else
                    {
                        talkCount[~pair]++;
                        repeated[~pair]++;
                        repeatedTotal++;
                        e++;
                    }
                }

                var order = new int[pairCount];         // pair id at each rank
                for (int i = 0; i < pairCount; i++) order[i] = i;
                Array.Sort(keys, order);

                // Where each pair's talks go: repeated ones (with their counts, to sort) apart, single ones straight in.
                starts = new int[pairCount + 1];
                var repeatedStarts = new int[pairCount + 1];
                int[] singleAt = talkCount;             // reused: per pair id, the next place for a talk holding it once
                int[] repeatedAt = repeated;            // reused: per pair id, the next place for a talk holding it more often
                for (int r = 0; r < pairCount; r++)
                {
                    int pair = order[r];
                    int n = talkCount[pair], m = repeated[pair];
                    starts[r + 1] = starts[r] + n;
                    repeatedStarts[r + 1] = repeatedStarts[r] + m;
                    singleAt[pair] = starts[r] + m;
                    repeatedAt[pair] = repeatedStarts[r];
                }

                talks = new int[starts[pairCount]];
                var repeatedKeys = new long[repeatedTotal]; // (int.MaxValue - count) << 32 | talk: sorts most first, then in dataset order
                for (int t = 0, e = 0; t < _entryEnd.Length; t++)
                {
                    for (int end = _entryEnd[t]; e < end; e++)
                    {
                        int pair = Entry(e);
                        if (pair >= 0)
                        {
                            talks[singleAt[pair]++] = t;
                        }
                        else
                        {
                            int count = Entry(++e);
                            repeatedKeys[repeatedAt[~pair]++] = ((long)(int.MaxValue - count) << 32) | (uint)t;
                        }
                    }
                }

                _blocks.Clear();
                for (int r = 0; r < pairCount; r++)
                {
                    int from = repeatedStarts[r], n = repeatedStarts[r + 1] - from;
                    if (n == 0) continue;
                    Array.Sort(repeatedKeys, from, n);
                    for (int k = 0; k < n; k++) talks[starts[r] + k] = (int)repeatedKeys[from + k];
                }
            }

            private void Append(int value)
            {
                if ((_entryCount & BlockMask) == 0) _blocks.Add(new int[1 << BlockShift]);
                _blocks[_entryCount >> BlockShift][_entryCount & BlockMask] = value;
                _entryCount++;
            }

            private int Entry(int e) => _blocks[e >> BlockShift][e & BlockMask];

            /// <summary>Fibonacci hashing: the top bits of the key times 2^64 / golden ratio.</summary>
            private static int Hash(long key, int shift) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> shift);

            /// <summary>Doubles the table, keeping the current talk's slots in step.</summary>
            private void Grow()
            {
                Slot[] old = _slots;
                _slots = new Slot[old.Length * 2];
                _shift--;
                int mask = _slots.Length - 1;
                foreach (Slot slot in old)
                {
                    if (slot.Id == 0) continue;
                    int s = Hash(slot.Key, _shift);
                    while (_slots[s].Id != 0) s = (s + 1) & mask;
                    _slots[s] = slot;
                }

                for (int k = 0; k < _touchedCount; k++)
                {
                    long key = old[_touched[k]].Key;
                    int s = Hash(key, _shift);
                    while (_slots[s].Id == 0 || _slots[s].Key != key) s = (s + 1) & mask;
                    _touched[k] = s;
                }
            }
        }

        /// <summary>Talk numbers by count, most first, then in dataset order.</summary>
        private static int[] Rank(List<int> talkCounts)
        {
            int n = talkCounts.Count / 2;
            var talks = new int[n];
            var keys = new long[n];
            for (int i = 0; i < n; i++)
            {
                talks[i] = talkCounts[2 * i];
                keys[i] = ((long)(int.MaxValue - talkCounts[(2 * i) + 1]) << 32) | (uint)talks[i];
            }

            Array.Sort(keys, talks);
            return talks;
        }

        /// <summary>The talks containing <paramref name="word"/> (already lower-cased), ranked; empty when none.</summary>
        public int[] Find(string word) => _wordIds.TryGetValue(word, out int id) ? _wordTalks[id] : Array.Empty<int>();

        /// <summary>How often the words <paramref name="phrase"/> (ids) occur in a row in talk <paramref name="talk"/>'s sequence, as <see cref="Words.CountPhrase"/> counts them in its text.</summary>
        private int CountPhrase(int talk, int[] phrase)
        {
            int count = 0;
#if NET8_0_OR_GREATER
            // Vectorised: find the phrase, count it, look again one word on (occurrences may overlap).
            var words = new ReadOnlySpan<int>(_sequence, _sequenceStarts[talk], _sequenceStarts[talk + 1] - _sequenceStarts[talk]);
            for (int at; (at = words.IndexOf(phrase)) >= 0; words = words.Slice(at + 1)) count++;
            return count;
#else
            for (int i = _sequenceStarts[talk], end = _sequenceStarts[talk + 1] - phrase.Length; i <= end; i++)
            {
                int k = 0;
                while (k < phrase.Length && _sequence[i + k] == phrase[k]) k++;
                if (k == phrase.Length) count++;
            }

            return count;
#endif
        }

        /// <summary>
        /// The talks containing <paramref name="words"/> (already lower-cased) in a row within one line, ranked by
        /// how often, then in dataset order; empty when none. Two words are one look-up; for more, the talks holding
        /// every adjacent pair are checked against their word sequences.
        /// </summary>
        public int[] FindPhrase(string[] words)
        {
            if (words.Length == 0) return Array.Empty<int>();
            if (words.Length == 1) return (int[])Find(words[0]).Clone();
            var wordIds = new int[words.Length];
            for (int i = 0; i < words.Length; i++)
            {
                if (!_wordIds.TryGetValue(words[i], out wordIds[i])) return Array.Empty<int>();
            }

            // Each distinct adjacent pair (its number in the pair postings), the one in fewest talks first.
            var pairs = new List<int>(words.Length - 1);
            for (int i = 0; i + 1 < words.Length; i++)
            {
                int r = Array.BinarySearch(_pairKeys, PairKey(wordIds[i], wordIds[i + 1]));
                if (r < 0) return Array.Empty<int>();
                if (!pairs.Contains(r)) pairs.Add(r);
            }

            if (words.Length == 2)
            {
                // Exact: the pair postings count every occurrence, overlapping ones too ("the the" in "the the the").
                var ranked = new int[_pairStarts[pairs[0] + 1] - _pairStarts[pairs[0]]];
                Array.Copy(_pairTalks, _pairStarts[pairs[0]], ranked, 0, ranked.Length);
                return ranked;
            }

            pairs.Sort((a, b) => (_pairStarts[a + 1] - _pairStarts[a]).CompareTo(_pairStarts[b + 1] - _pairStarts[b]));

            // Candidates: the talks of the rarest pair that hold every other pair too, marked in a table by talk (each
            // talk is once in a pair's postings; a talk's mark reaches p + 1 only if it held pairs 0..p-1), so a common
            // pair's thousands of postings cost a look-up each, not a search.
            var held = new int[_sequenceStarts.Length - 1];
            for (int p = 0; p < pairs.Count; p++)
            {
                for (int i = _pairStarts[pairs[p]]; i < _pairStarts[pairs[p] + 1]; i++)
                {
                    if (held[_pairTalks[i]] == p) held[_pairTalks[i]] = p + 1;
                }
            }

            var hits = new List<long>();
            for (int i = _pairStarts[pairs[0]]; i < _pairStarts[pairs[0] + 1]; i++)
            {
                int talk = _pairTalks[i];
                if (held[talk] != pairs.Count) continue;
                int count = CountPhrase(talk, wordIds);
                if (count > 0) hits.Add(((long)(int.MaxValue - count) << 32) | (uint)talk);
            }

            hits.Sort();
            var result = new int[hits.Count];
            for (int i = 0; i < result.Length; i++) result[i] = (int)hits[i];
            return result;
        }
    }
}
