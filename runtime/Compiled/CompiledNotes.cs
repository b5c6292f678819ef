using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;
using System.Threading;
using NotesDataset.Parsing;
using NotesDataset.Search;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

namespace NotesDataset.Compiled
{
    /// <summary>
    /// Loads a dataset that the NotesDataset source generator compiled into an assembly. Called by generated
    /// code; not meant to be called directly.
    /// </summary>
    /// <remarks>
    /// The generated class holds a small index (structure, titles, speakers, and where each talk's lines lie in
    /// the notes file). The notes text itself is an embedded resource (or, without the package's MSBuild
    /// targets, a string constant). Loading reads the index only; a talk's notes are read from its own bytes
    /// the first time they are asked for.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class CompiledNotes
    {
        /// <summary>Opens the dataset of a generated index; records are read from it when first asked for.</summary>
        /// <param name="anchor">A type in the assembly that carries the notes resource.</param>
        /// <param name="index">The generated index, as a string of its bytes (every character below U+0080).</param>
        /// <param name="resourceName">The manifest resource holding the notes file, or <see langword="null"/> when <paramref name="inlineText"/> is given.</param>
        /// <param name="inlineText">The notes text, when it was compiled in as a constant.</param>
        public static NotesDocument Load(Type anchor, string index, string? resourceName, string? inlineText)
        {
            if (index == null) throw new ArgumentNullException(nameof(index));
            return Load(anchor, IndexData.FromString(index), resourceName, inlineText);
        }

#if NET8_0_OR_GREATER
        /// <summary>Opens the dataset of a generated index (a UTF-8 literal); records are read from it when first asked for.</summary>
        /// <param name="anchor">A type in the assembly that carries the notes resource.</param>
        /// <param name="index">The generated index's bytes.</param>
        /// <param name="resourceName">The manifest resource holding the notes file, or <see langword="null"/> when <paramref name="inlineText"/> is given.</param>
        /// <param name="inlineText">The notes text, when it was compiled in as a constant.</param>
        /// <remarks>
        /// A UTF-8 literal is data in the assembly's image: unlike a string literal, it is not hashed and interned when
        /// first loaded, which for a large dataset's index costs milliseconds. Where the assembly is loaded for good (not
        /// collectible) the index is read in place, with no copy (a copy of 1.3 MB at 20,000 talks cost 3–4 ms of start-up).
        /// </remarks>
        public static unsafe NotesDocument Load(Type anchor, ReadOnlySpan<byte> index, string? resourceName, string? inlineText)
        {
            if (anchor == null) throw new ArgumentNullException(nameof(anchor));
            if (anchor.Assembly.IsCollectible)
            {
                ReadOnlySpan<byte> source = index;
                byte[] copy = source.ToArray();
                return Load(anchor, IndexData.Copy(copy.Length, array => copy.CopyTo(array, 0)), resourceName, inlineText);
            }

            // A literal's span points into the image, which a non-collectible assembly keeps mapped: the pointer stays valid.
            fixed (byte* start = index) return Load(anchor, IndexData.InPlace(start, index.Length), resourceName, inlineText);
        }
#endif

        private static NotesDocument Load(Type anchor, IndexData index, string? resourceName, string? inlineText)
        {
            if (anchor == null) throw new ArgumentNullException(nameof(anchor));
            var reader = new CompactReader(index, 0);
            int version = index.Length == 0 ? -1 : reader.Int();
            if (version != CompactWriter.Version)
            {
                throw new InvalidOperationException(
                    "The notes dataset in " + anchor.Assembly.GetName().Name + " was compiled for index version " + version +
                    ", but this NotesDataset runtime reads version " + CompactWriter.Version + ". Use the same version of the NotesDataset packages for the generator and the runtime.");
            }

            int header = reader.Position;
            CompactReader r = CompiledStore.DocumentRecord(index, header);
            string? path = r.Text(out _, out _);
            long length = r.Long();
            var store = new CompiledStore(index, header, new NotesBytes(anchor, resourceName, inlineText, length));
            IReadOnlyList<Note> prose = CompiledStore.Prose(ref r);
            int diagnosticsAt = r.Position;
#if NET8_0_OR_GREATER
            if (!AheadOfTime.Compiled && Environment.ProcessorCount > 1) NotesBytes.WarmUp(store);
#endif
            return new NotesDocument(path, store, prose, () => Diagnostics(index, diagnosticsAt, path));
        }

        /// <summary>The diagnostics the generator recorded, read when first asked for (a large file's are many, and a query needs none).</summary>
        private static IReadOnlyList<NotesDiagnostic> Diagnostics(IndexData index, int at, string? path)
        {
            var r = new CompactReader(index, at);
            var diagnostics = new NotesDiagnostic[r.Int()];
            for (int i = 0; i < diagnostics.Length; i++)
            {
                string id = r.Text(out _, out _) ?? "";
                var severity = (NotesSeverity)r.Int();
                string message = r.Text(out _, out _) ?? "";
                diagnostics[i] = new NotesDiagnostic(id, severity, message, path, r.Optional() ?? 0, r.Optional() ?? 0, r.Optional() ?? 0, r.Optional() ?? 0);
            }

            return diagnostics.Length == 0 ? ReadOnly.Empty<NotesDiagnostic>() : Array.AsReadOnly(diagnostics);
        }
    }

    /// <summary>
    /// The notes file's UTF-8 bytes: on .NET 8 and later read in place from the assembly's mapped image (no copy),
    /// else read once into an array, the first time a talk's text is needed; or the inlined text.
    /// </summary>
    internal sealed unsafe class NotesBytes
    {
        private readonly Type _anchor;
        private readonly string? _resourceName;
        private readonly string? _inlineText;
        private readonly long _length;
        private readonly object _gate = new object();
        private volatile bool _loaded;
        private byte[]? _array;
#pragma warning disable CS0649 // assigned on .NET 8 and later only
        private byte* _pointer;
#pragma warning restore CS0649
        private int _offset;
        private InlineOffsets? _inlineOffsets;

        /// <summary>The inline text's offsets and UTF-8 are made once (<see cref="Locked.Once"/>).</summary>
        private readonly object _inlineGate = new object();

        public NotesBytes(Type anchor, string? resourceName, string? inlineText, long length)
        {
            _anchor = anchor;
            _resourceName = resourceName;
            _inlineText = inlineText;
            _length = length;
        }

        /// <summary>The text of the notes file's bytes <paramref name="start"/> … <paramref name="start"/> + <paramref name="length"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public string Text(long start, long length)
        {
            if (_loaded && _pointer != null && start >= 0 && length > 0 && start + length <= _length) return Encoding.UTF8.GetString(_pointer + _offset + start, (int)length);
            return TextSlow(start, length);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private string TextSlow(long start, long length)
        {
            if (start < 0 || length < 0 || start + length > _length) throw new FormatException("The compiled index points past the end of the notes.");
            if (_inlineText != null)
            {
                // The text the generator read, cut by character offsets: no round trip through UTF-8, which would turn
                // lone surrogates into U+FFFD, and no byte order mark to strip (a leading U+FEFF here is data, counted).
                InlineOffsets offsets = Locked.Once(ref _inlineOffsets, _inlineGate, () => new InlineOffsets(_inlineText, _length));
                int from = offsets.CharOffset(start), to = offsets.CharOffset(start + length);
                return _inlineText.Substring(from, to - from);
            }

            EnsureLoaded();
            if (length == 0) return "";
            if (_pointer != null) return Encoding.UTF8.GetString(_pointer + _offset + start, checked((int)length));
            return Encoding.UTF8.GetString(_array!, _offset + checked((int)start), checked((int)length));
        }

        private void EnsureLoaded()
        {
            if (_loaded) return;
            lock (_gate)
            {
                if (_loaded) return;
                Load();
                _loaded = true;
            }
        }

        private void Load()
        {
            Stream stream = _anchor.Assembly.GetManifestResourceStream(_resourceName!)
                ?? throw new InvalidOperationException(
                    "The notes resource '" + _resourceName + "' is missing from " + _anchor.Assembly.GetName().Name +
                    ". It is added by the NotesDataset package's MSBuild targets; check that the notes file is still part of the project.");
            using (stream)
            {
                long size = stream.Length;
#if NET8_0_OR_GREATER
                // A resource of a loaded (not collectible) assembly is memory the runtime maps for the process's lifetime.
                if (stream is UnmanagedMemoryStream mapped && !_anchor.Assembly.IsCollectible)
                {
                    _pointer = mapped.PositionPointer;
                }
                else
#endif
                {
                    var bytes = new byte[size];
                    int read = 0;
                    while (read < bytes.Length)
                    {
                        int n = stream.Read(bytes, read, bytes.Length - read);
                        if (n == 0) break;
                        read += n;
                    }

                    _array = bytes;
                }

                // A file's byte order mark is not part of the text the index was written from.
                byte* p = _pointer;
                bool bom = size >= 3 && (p != null ? p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF : _array![0] == 0xEF && _array[1] == 0xBB && _array[2] == 0xBF);
                _offset = bom ? 3 : 0;
                if (size - _offset != _length)
                {
                    throw new InvalidOperationException(
                        "The notes resource '" + _resourceName + "' in " + _anchor.Assembly.GetName().Name + " holds " + (size - _offset) +
                        " bytes, but the dataset was compiled from " + _length + ". Rebuild the project so the two match.");
                }
            }
        }

#if NET8_0_OR_GREATER
        private byte[]? _inlineBytes;

        /// <summary>
        /// Reads one byte of each page of the mapped notes, last page first. The first touch of a page is a page fault
        /// (about 8 ms for 15 MB on this project's machine), which a first search would otherwise pay as it scans from
        /// the start; reading from the end, this meets such a search halfway if it has already begun.
        /// </summary>
        public void ReadAhead()
        {
            if (_inlineText != null) return;
            EnsureLoaded();
            byte* p = _pointer;
            if (p == null) return;
            int sum = 0;
            for (long at = _offset + _length - 1; at >= _offset; at -= 4096) sum += p[at];
            Volatile.Write(ref _readAhead, sum);
        }

        private int _readAhead;

        /// <summary>The notes' UTF-8 bytes (without a byte order mark), or an empty span for an inlined text that has no exact UTF-8.</summary>
        private ReadOnlySpan<byte> Span()
        {
            if (_inlineText != null)
            {
                // Inline text: its UTF-8 is the file's only when it round-trips (no lone surrogates).
                byte[] bytes = Locked.Once(ref _inlineBytes, _inlineGate, () => Encoding.UTF8.GetBytes(_inlineText));
                return bytes.Length == _length ? bytes : default;
            }

            EnsureLoaded();
            return _pointer != null ? new ReadOnlySpan<byte>(_pointer + _offset, checked((int)_length)) : new ReadOnlySpan<byte>(_array, _offset, checked((int)_length));
        }
#endif

        /// <summary>
        /// The talks whose searchable text holds <paramref name="word"/> (lower-case) as a whole word, ranked as the
        /// index ranks them, found by one vectorised pass over the notes bytes; <see langword="null"/> when this fast
        /// path does not apply (a word that is not plain ASCII letters and digits, a runtime before .NET 8, or an inlined
        /// text that is not exactly UTF-8).
        /// </summary>
        public int[]? ScanWord(string word, CompiledStore store)
        {
#if NET8_0_OR_GREATER
            if (word.Length == 0 || word.Length > 256) return null;
            var needle = new byte[word.Length];
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return null;
                needle[i] = (byte)c;
            }

            ReadOnlySpan<byte> text = Span();
            if (text.Length != _length) return null;
            if (word.IndexOf('k') >= 0 && HasKelvinSign(text)) return null; // KELVIN SIGN is a 'k' to the index, not to the bytes
            var counts = new int[store.TalkCount];
            var hits = new Offsets();
            if (AheadOfTime.Compiled) AsciiSearch.FindAllIgnoreCase(text, needle, hits);
            else AsciiSearch.FindAllIgnoreCaseOptimized(text, needle, hits);
            int found = AheadOfTime.Compiled
                ? Tally(text, hits, needle.Length, store.Index, store.BlockTableAt, counts)
                : TallyOptimized(text, hits, needle.Length, store.Index, store.BlockTableAt, counts);

            // A talk named after its session has its title outside its lines.
            foreach (int t in store.SessionNamed())
            {
                int n = Words.Count(store.Title(t), word);
                if (n == 0) continue;
                if (counts[t] == 0) found++;
                counts[t] += n;
            }

            return AheadOfTime.Compiled ? Rank(counts, found) : RankOptimized(counts, found);
#else
            return null;
#endif
        }

#if NET8_0_OR_GREATER
        private int _kelvin; // 0: not looked for yet; 1: none; 2: some

        /// <summary>Whether the notes hold U+212A KELVIN SIGN, the one character beyond ASCII whose lower case (and normal form) is ASCII.</summary>
        private bool HasKelvinSign(ReadOnlySpan<byte> text)
        {
            if (_kelvin == 0) _kelvin = text.IndexOf("\u212A"u8) >= 0 ? 2 : 1;
            return _kelvin == 2;
        }

        /// <summary>
        /// Without ReadyToRun code, on another core while the app goes on: brings the mapped notes' pages in (see
        /// <see cref="ReadAhead"/>), then compiles the first search's loops, which the JIT would otherwise compile, in
        /// milliseconds, inside the first search. (With ReadyToRun code there is no thread: in a run with one that only read
        /// ahead, the first queries took as long as without it.)
        /// </summary>
        public static void WarmUp(CompiledStore store)
        {
            var thread = new Thread(() =>
            {
                try
                {
                    store.ReadAhead();
                    var none = new Offsets();
                    AsciiSearch.FindAllIgnoreCaseOptimized(default, new byte[1], none);
                    TallyOptimized(default, none, 1, store.Index, store.BlockTableAt, Array.Empty<int>());
                    RankOptimized(Array.Empty<int>(), 0);
                    if (store.TalkCount > 0) store.Title(0);
                }
                catch (Exception)
                {
                    // Only a warm-up: the search itself reports whatever went wrong.
                }
            })
            { IsBackground = true, Name = "NotesDataset warm-up" };
            try
            {
                thread.Start();
            }
            catch (Exception e) when (e is PlatformNotSupportedException || e is NotSupportedException || e is OutOfMemoryException || e is ThreadStartException)
            {
                // No threads here (a browser, say): the first search compiles what it needs itself.
            }
        }

        // The scan's two loops, over 15 MB and over every talk, are compiled either ahead of time, where this assembly was
        // (ReadyToRun, which leaves AggressiveOptimization methods to the JIT), or else by the JIT at full optimisation
        // straight away: as tier-0 code they would run slowly until on-stack replacement compiled them a second time.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private static int TallyOptimized(ReadOnlySpan<byte> text, Offsets hits, int length, IndexData index, int blockTable, int[] counts)
            => Tally(text, hits, length, index, blockTable, counts);

        /// <summary>
        /// Counts, per talk, the hits (ascending) that are whole words inside the talk's block (from the index's table of
        /// blocks); returns how many talks have one. Blocks do not overlap, and a hit in none (a heading, prose between
        /// talks) counts for nothing.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static int Tally(ReadOnlySpan<byte> text, Offsets offsets, int length, IndexData index, int blockTable, int[] counts)
        {
            int found = 0, count = offsets.Count;
            int[] hits = offsets.Items;
            for (int t = 0; t < counts.Length; t++)
            {
                int at = blockTable + (2 * CompactWriter.FixedWidth * t);
                long start = CompactReader.Fixed(index, at), end = start + CompactReader.Fixed(index, at + CompactWriter.FixedWidth);
                int lo = 0, hi = count;
                while (lo < hi)
                {
                    int mid = (lo + hi) >>> 1;
                    if (hits[mid] < start) lo = mid + 1;
                    else hi = mid;
                }

                for (int k = lo; k < count && hits[k] < end; k++)
                {
                    int hit = hits[k];
                    if (IsWordByteAt(text, hit - 1) || IsWordByteAt(text, hit + length)) continue;
                    if (counts[t]++ == 0) found++;
                }
            }

            return found;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        private static int[] RankOptimized(int[] counts, int found) => Rank(counts, found);

        /// <summary>The talks with a count, most first, then in dataset order: a counting sort (counts are small).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static int[] Rank(int[] counts, int found)
        {
            int max = 0;
            foreach (int c in counts) max = Math.Max(max, c);
            var next = new int[max + 2]; // next[c]: where the first talk counted c goes, most first
            foreach (int c in counts)
            {
                if (c > 0) next[max - c + 1]++;
            }

            for (int i = 1; i < next.Length; i++) next[i] += next[i - 1];
            var result = new int[found];
            for (int t = 0; t < counts.Length; t++)
            {
                if (counts[t] > 0) result[next[max - counts[t]]++] = t;
            }

            return result;
        }

        /// <summary>Whether the character at byte <paramref name="at"/> (or the one ending just before, for a continuation byte) is a word character (<see cref="Words.WordCharLength"/>).</summary>
        private static bool IsWordByteAt(ReadOnlySpan<byte> text, int at)
        {
            if (at < 0 || at >= text.Length) return false;
            byte b = text[at];
            return b < 0x80 ? (uint)((b | 0x20) - 'a') <= 'z' - 'a' || (uint)(b - '0') <= 9 : IsWordRuneAt(text, at);
        }

        /// <summary>The rest of <see cref="IsWordByteAt"/>, for a byte beyond ASCII: out of line, it keeps the scan's loop small to compile.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static bool IsWordRuneAt(ReadOnlySpan<byte> text, int at)
        {
            int start = at;
            while (start > 0 && (text[start] & 0xC0) == 0x80 && at - start < 3) start--;
            System.Buffers.OperationStatus status = System.Text.Rune.DecodeFromUtf8(text.Slice(start), out System.Text.Rune rune, out _);
            return status == System.Buffers.OperationStatus.Done && Words.IsWordCategory(System.Text.Rune.GetUnicodeCategory(rune));
        }
#endif
    }

    /// <summary>Whether this assembly's code was compiled ahead of time (ReadyToRun), so that its methods run without JIT compilation.</summary>
    internal static class AheadOfTime
    {
        public static readonly bool Compiled = Detect();

        /// <summary>Calls a method that has never run: only if the JIT compiled it is the code not precompiled.</summary>
        private static bool Detect()
        {
#if NET8_0_OR_GREATER
            long before = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
            Probe();
            return System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) == before;
#else
            return false;
#endif
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void Probe()
        {
        }
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// Offsets, ascending, in an array that grows: a List&lt;int&gt; would do, but ReadyToRun code calls its indexer (it
    /// lies outside this assembly's version bubble) where it indexes an array inline.
    /// </summary>
    internal sealed class Offsets
    {
        public int[] Items = new int[256];
        public int Count;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Add(int offset)
        {
            if (Count == Items.Length) Array.Resize(ref Items, Count * 2);
            Items[Count++] = offset;
        }
    }

    /// <summary>Finds an ASCII word in UTF-8 bytes ignoring ASCII case, sixteen positions at a time.</summary>
    internal static class AsciiSearch
    {
        /// <summary>
        /// Adds to <paramref name="hits"/> every offset where <paramref name="needle"/> (lower-case ASCII letters and
        /// digits) occurs, ignoring the case of ASCII letters. Compares the first and last bytes of sixteen candidate
        /// positions at once (with 0x20 set, which lower-cases 'A'…'Z' and leaves digits alone), then checks the rest.
        /// </summary>
        /// <summary>The same, compiled at full optimisation straight away (see NotesBytes.TallyOptimized).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public static void FindAllIgnoreCaseOptimized(ReadOnlySpan<byte> hay, byte[] needle, Offsets hits) => FindAllIgnoreCase(hay, needle, hits);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void FindAllIgnoreCase(ReadOnlySpan<byte> hay, byte[] needle, Offsets hits)
        {
            int n = needle.Length, last = n - 1, i = 0;
            if (hay.Length < n) return;
            if (Vector128.IsHardwareAccelerated && hay.Length - last >= 16)
            {
                ref byte h = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(hay);
                var first = Vector128.Create(needle[0]);
                var end = Vector128.Create(needle[last]);
                var bit = Vector128.Create((byte)0x20);
                int limit = hay.Length - last - 16;
                for (; i <= limit; i += 16)
                {
                    var a = Vector128.LoadUnsafe(ref h, (nuint)i) | bit;
                    var b = Vector128.LoadUnsafe(ref h, (nuint)(i + last)) | bit;
                    uint mask = (Vector128.Equals(a, first) & Vector128.Equals(b, end)).ExtractMostSignificantBits();
                    while (mask != 0)
                    {
                        int at = i + System.Numerics.BitOperations.TrailingZeroCount(mask);
                        if (Matches(hay, at, needle)) hits.Add(at);
                        mask &= mask - 1;
                    }
                }
            }

            for (; i <= hay.Length - n; i++)
            {
                if (Matches(hay, i, needle)) hits.Add(i);
            }
        }

        private static bool Matches(ReadOnlySpan<byte> hay, int at, byte[] needle)
        {
            for (int k = 0; k < needle.Length; k++)
            {
                int b = hay[at + k], c = needle[k];
                if (b != c && (c < 'a' || b != c - 32)) return false;
            }

            return true;
        }
    }
#endif

    /// <summary>
    /// Character offsets of an inlined notes text from the UTF-8 byte offsets in the index, counted as the generator's
    /// IndexWriter counts them (a lone surrogate or U+FFFD is 3 bytes). One pass to check the length and keep a
    /// checkpoint every 4096 characters; each lookup walks from the nearest checkpoint.
    /// </summary>
internal sealed class InlineOffsets
{
        private const int Every = 4096;
        private readonly string _text;
        private readonly List<long> _bytes = new List<long>();
        private readonly List<int> _chars = new List<int>();

        public InlineOffsets(string text, long length)
        {
            _text = text;
            long bytes = 0;
            int i = 0;
            int next = 0;
            while (i < text.Length)
            {
                if (i >= next)
                {
                    _chars.Add(i);
                    _bytes.Add(bytes);
                    next = i + Every;
                }

                bytes += Step(text, ref i);
            }

            if (bytes != length)
            {
                throw new InvalidOperationException("The inlined notes text holds " + bytes + " bytes, but the dataset was compiled from " + length + ". Rebuild the project so the two match.");
            }

            _chars.Add(i);
            _bytes.Add(bytes);
        }

        public int CharOffset(long byteOffset)
        {
            int k = _bytes.BinarySearch(byteOffset);
            if (k < 0) k = ~k - 1;
            int i = _chars[k];
            long bytes = _bytes[k];
            while (bytes < byteOffset && i < _text.Length) bytes += Step(_text, ref i);
            return i;
        }

        /// <summary>The UTF-8 length of the character (or surrogate pair) at <paramref name="i"/>, which moves past it.</summary>
        private static int Step(string text, ref int i)
        {
            char c = text[i++];
            if (c < 0x80) return 1;
            if (c < 0x800) return 2;
            if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
            {
                i++;
                return 4;
            }

            return 3;
        }
    }
}
