using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;
using System.Threading;
using NotesDataset.Parsing;
using NotesDataset.Search;

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
    public static class CompiledNotes
    {
        /// <summary>Builds the dataset from a generated index.</summary>
        /// <param name="anchor">A type in the assembly that carries the notes resource.</param>
        /// <param name="index">The generated index.</param>
        /// <param name="resourceName">The manifest resource holding the notes file, or <see langword="null"/> when <paramref name="inlineText"/> is given.</param>
        /// <param name="inlineText">The notes text, when it was compiled in as a constant.</param>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining | (System.Runtime.CompilerServices.MethodImplOptions)512)] // AggressiveOptimization: runs once, on a long loop; skip tier 0 and on-stack replacement
        public static NotesDocument Load(Type anchor, string index, string? resourceName, string? inlineText)
        {
            if (anchor == null) throw new ArgumentNullException(nameof(anchor));
            var reader = new CompactReader(index ?? throw new ArgumentNullException(nameof(index)));
            int version = reader.Int();
            if (version != CompactWriter.Version)
            {
                throw new InvalidOperationException(
                    "The notes dataset in " + anchor.Assembly.GetName().Name + " was compiled for index version " + version +
                    ", but this NotesDataset runtime reads version " + CompactWriter.Version + ". Use the same version of the NotesDataset packages for the generator and the runtime.");
            }

            string? path = reader.NullableString();
            long length = reader.Long();
            var source = new NotesBytes(anchor, resourceName, inlineText, length);
            var speakers = new SpeakerTable();
            var pendingSpeakers = new List<KeyValuePair<Talk, int[]>>();
            var blocks = new List<Block>();

            int conferenceCount = reader.Int();
            var conferences = new List<Conference>(conferenceCount);
            for (int ci = 0; ci < conferenceCount; ci++)
            {
                var conference = new Conference(reader.NullableString(), reader.NullableInt());
                int dayCount = reader.Int();
                var days = new List<Day>(dayCount);
                for (int di = 0; di < dayCount; di++)
                {
                    var day = new Day(conference, reader.String(), reader.NullableInt(), reader.NullableInt());
                    int sessionCount = reader.Int();
                    var sessions = new List<Session>(sessionCount);
                    for (int si = 0; si < sessionCount; si++)
                    {
                        var session = new Session(day, reader.String(), (SessionKind)reader.Int(), reader.NullableInt(), reader.Int(), reader.String());
                        session.Prose = ReadProse(reader);
                        int talkCount = reader.Int();
                        var talks = new List<Talk>(talkCount);
                        for (int ti = 0; ti < talkCount; ti++)
                        {
                            string title = reader.String();
                            var ids = new int[reader.Int()];
                            for (int k = 0; k < ids.Length; k++) ids[k] = reader.Int();
                            string? affiliation = reader.NullableString();
                            int line = reader.Int();
                            var form = (TalkForm)reader.Int();
                            int blockLine = reader.Int();
                            long start = reader.Long();
                            long byteLength = reader.Long();
                            var talk = new Talk(session, title, Array.Empty<Speaker>(), affiliation, line, null, source, blocks.Count);
                            pendingSpeakers.Add(new KeyValuePair<Talk, int[]>(talk, ids));
                            blocks.Add(new Block(start, byteLength, blockLine, form, title));
                            talks.Add(talk);
                        }

                        session.Talks = ReadOnly.From(talks);
                        sessions.Add(session);
                    }

                    day.Sessions = ReadOnly.From(sessions);
                    days.Add(day);
                }

                conference.Days = ReadOnly.From(days);
                conferences.Add(conference);
            }

            int speakerCount = reader.Int();
            var byId = new Speaker[speakerCount];
            for (int i = 0; i < speakerCount; i++) byId[i] = speakers.Get(reader.String());
            foreach (KeyValuePair<Talk, int[]> pending in pendingSpeakers)
            {
                var list = new Speaker[pending.Value.Length];
                for (int k = 0; k < list.Length; k++) list[k] = byId[pending.Value[k]];
                pending.Key.Speakers = list.Length == 0 ? Array.Empty<Speaker>() : Array.AsReadOnly(list);
                speakers.Attach(pending.Key);
            }

            IReadOnlyList<Note> prose = ReadProse(reader);
            int diagnosticCount = reader.Int();
            var diagnostics = new List<NotesDiagnostic>(diagnosticCount);
            for (int i = 0; i < diagnosticCount; i++)
            {
                string id = reader.String();
                var severity = (NotesSeverity)reader.Int();
                string message = reader.String();
                diagnostics.Add(new NotesDiagnostic(id, severity, message, path, reader.Int(), reader.Int(), reader.Int(), reader.Int()));
            }

            Block[] blockArray = blocks.ToArray();
            source.Blocks = blockArray;
            return new NotesDocument(path, ReadOnly.From(conferences), speakers.Complete(), prose, ReadOnly.From(diagnostics),
                talk => source.SearchText(blockArray[talk]),
                word => source.ScanWord(word, blockArray));
        }

        private static IReadOnlyList<Note> ReadProse(CompactReader reader)
        {
            int count = reader.Int();
            if (count == 0) return Array.Empty<Note>();
            var notes = new Note[count];
            for (int i = 0; i < count; i++) notes[i] = new Note(reader.String(), reader.Int(), reader.Int(), null, Array.Empty<Note>());
            return Array.AsReadOnly(notes);
        }

        /// <summary>Where a talk's lines lie in the notes file.</summary>
        private readonly struct Block
        {
            public Block(long start, long length, int line, TalkForm form, string title)
            {
                Start = start;
                Length = length;
                Line = line;
                Form = form;
                Title = title;
            }

            public long Start { get; }
            public long Length { get; }
            public int Line { get; }
            public TalkForm Form { get; }
            public string Title { get; }
        }

        /// <summary>The notes file's UTF-8 bytes, read once, the first time a talk's notes are needed.</summary>
        private sealed class NotesBytes : TalkContentSource
        {
            public Block[] Blocks { get; set; } = Array.Empty<Block>();

            public override TalkContent Load(int talk)
            {
                Block b = Blocks[talk];
                return Read(b.Start, b.Length, b.Line, b.Form, b.Title);
            }

            private readonly Type _anchor;
            private readonly string? _resourceName;
            private readonly string? _inlineText;
            private readonly long _length;
            private byte[]? _bytes;
            private InlineOffsets? _inlineOffsets;
            private int _offset;

            public NotesBytes(Type anchor, string? resourceName, string? inlineText, long length)
            {
                _anchor = anchor;
                _resourceName = resourceName;
                _inlineText = inlineText;
                _length = length;
            }

            public TalkContent Read(long start, long length, int firstLine, TalkForm form, string title)
            {
                string block = BlockText(start, length);
                ParsedTalk talk = NotesSyntaxParser.ParseTalkBlock(block, 0, block.Length, firstLine, form, title);
                return new TalkContent(talk.LineText, ModelBuilder.Notes(talk.Notes), ReadOnly.From(talk.Links));
            }

#if NET8_0_OR_GREATER
            private long[]? _sortedStarts;
            private int[]? _sortedTalks;
            private byte[]? _inlineBytes;
            private byte[]? _folded;

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
            private static byte[] FoldAscii(byte[] bytes, int offset)
            {
                var folded = new byte[bytes.Length - offset];
                ReadOnlySpan<byte> source = new ReadOnlySpan<byte>(bytes, offset, folded.Length);
                int i = 0;
                var a = new System.Numerics.Vector<byte>((byte)'A');
                var range = new System.Numerics.Vector<byte>(26);
                var bit = new System.Numerics.Vector<byte>(0x20);
                for (; i + System.Numerics.Vector<byte>.Count <= folded.Length; i += System.Numerics.Vector<byte>.Count)
                {
                    var v = new System.Numerics.Vector<byte>(source.Slice(i));
                    var upper = System.Numerics.Vector.LessThan(v - a, range); // unsigned: only 'A'..'Z'
                    (v | (upper & bit)).CopyTo(new Span<byte>(folded, i, System.Numerics.Vector<byte>.Count));
                }

                for (; i < folded.Length; i++)
                {
                    byte b = source[i];
                    folded[i] = b >= 'A' && b <= 'Z' ? (byte)(b | 0x20) : b;
                }

                return folded;
            }
#endif

            /// <summary>
            /// The talks whose searchable text holds <paramref name="word"/> (lower-case) as a whole word, ranked as the
            /// index ranks them, found by scanning the notes bytes; <see langword="null"/> when this fast path does not
            /// apply (a word that is not plain ASCII letters and digits, or notes compiled in as a constant).
            /// </summary>
            [System.Runtime.CompilerServices.MethodImpl((System.Runtime.CompilerServices.MethodImplOptions)512)] // AggressiveOptimization
            public int[]? ScanWord(string word, Block[] blocks)
            {
#if NET8_0_OR_GREATER
                if (word.Length == 0) return null;
                foreach (char c in word)
                {
                    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return null;
                }

                byte[] bytes;
                int offset;
                if (_inlineText != null)
                {
                    // Inline text: its UTF-8 is the file's only when it round-trips (no lone surrogates).
                    bytes = LazyInitializer.EnsureInitialized(ref _inlineBytes, () => Encoding.UTF8.GetBytes(_inlineText))!;
                    if (bytes.Length != _length) return null;
                    offset = 0;
                }
                else
                {
                    bytes = LazyInitializer.EnsureInitialized(ref _bytes, Load)!;
                    offset = _offset;
                }

                if (_sortedStarts == null)
                {
                    var starts = new long[blocks.Length];
                    var talks = new int[blocks.Length];
                    for (int i = 0; i < blocks.Length; i++)
                    {
                        starts[i] = blocks[i].Start;
                        talks[i] = i;
                    }

                    Array.Sort(starts, talks);
                    _sortedTalks = talks;
                    _sortedStarts = starts;
                }

                var counts = new Dictionary<int, int>();
                ReadOnlySpan<byte> text = new ReadOnlySpan<byte>(bytes, offset, bytes.Length - offset);

                // Search a copy with ASCII letters folded to lower case, so one vectorised substring search finds every
                // spelling of the word; boundaries are checked on the original bytes.
                byte[] folded = LazyInitializer.EnsureInitialized(ref _folded, () => FoldAscii(bytes, offset))!;
                ReadOnlySpan<byte> haystack = folded;
                byte[] needle = Encoding.ASCII.GetBytes(word);
                int pos = 0;
                while (pos < haystack.Length)
                {
                    int hit = haystack.Slice(pos).IndexOf(needle);
                    if (hit < 0) break;
                    hit += pos;
                    pos = hit + 1;
                    if (IsWordByteAt(text, hit - 1) || IsWordByteAt(text, hit + word.Length)) continue;
                    int k = Array.BinarySearch(_sortedStarts!, (long)hit);
                    if (k < 0) k = ~k - 1;
                    if (k < 0) continue;
                    int talk = _sortedTalks![k];
                    if (hit >= blocks[talk].Start + blocks[talk].Length) continue; // a heading or prose between talks
                    counts.TryGetValue(talk, out int n);
                    counts[talk] = n + 1;
                }

                // A talk named after its session has its title outside its lines.
                for (int t = 0; t < blocks.Length; t++)
                {
                    if (blocks[t].Form != TalkForm.SessionNamed) continue;
                    int n = Words.CountPhrase(blocks[t].Title, new[] { word });
                    if (n > 0)
                    {
                        counts.TryGetValue(t, out int m);
                        counts[t] = m + n;
                    }
                }

                var result = new int[counts.Count];
                var keys = new long[counts.Count];
                int r = 0;
                foreach (KeyValuePair<int, int> pair in counts)
                {
                    result[r] = pair.Key;
                    keys[r++] = ((long)(int.MaxValue - pair.Value) << 32) | (uint)pair.Key;
                }

                Array.Sort(keys, result);
                return result;
#else
                return null;
#endif
            }

#if NET8_0_OR_GREATER
            /// <summary>Whether the character at byte <paramref name="at"/> (or the one ending just before, for a continuation byte) is a letter or digit.</summary>
            private static bool IsWordByteAt(ReadOnlySpan<byte> text, int at)
            {
                if (at < 0 || at >= text.Length) return false;
                byte b = text[at];
                if (b < 0x80) return Words.IsWordChar((char)b);
                int start = at;
                while (start > 0 && (text[start] & 0xC0) == 0x80 && at - start < 3) start--;
                System.Buffers.OperationStatus status = System.Text.Rune.DecodeFromUtf8(text.Slice(start), out System.Text.Rune rune, out _);
                return status == System.Buffers.OperationStatus.Done && System.Text.Rune.IsLetterOrDigit(rune);
            }

#endif

            /// <summary>The text of a talk's block, from its UTF-8 byte range.</summary>
            private string BlockText(long start, long length)
            {
                if (_inlineText != null)
                {
                    // The text the generator read, cut by character offsets: no round trip through UTF-8, which would turn
                    // lone surrogates into U+FFFD, and no byte order mark to strip (a leading U+FEFF here is data, counted).
                    InlineOffsets offsets = LazyInitializer.EnsureInitialized(ref _inlineOffsets, () => new InlineOffsets(_inlineText, _length))!;
                    int from = offsets.CharOffset(start), to = offsets.CharOffset(start + length);
                    return _inlineText.Substring(from, to - from);
                }

                byte[] bytes = LazyInitializer.EnsureInitialized(ref _bytes, Load)!;
                return Encoding.UTF8.GetString(bytes, _offset + checked((int)start), checked((int)length));
            }

            /// <summary>
            /// A talk's searchable text straight from its bytes, without parsing its notes into a tree: the lines
            /// of its block, one per line (every line of a block is the talk's: see pass A), and the title first for a
            /// talk named after its session.
            /// </summary>
            public string SearchText(Block block)
            {
                string text = BlockText(block.Start, block.Length);
                var sb = new StringBuilder(text.Length + block.Title.Length + 1);
                if (block.Form == TalkForm.SessionNamed) sb.Append(block.Title);
                int pos = 0;
                while (NotesText.NextLine(text, ref pos, text.Length, out int lineStart, out int lineEnd))
                {
                    if (lineStart == lineEnd) continue;
                    if (sb.Length > 0) sb.Append('\n');
                    sb.Append(text, lineStart, lineEnd - lineStart);
                }

                return sb.ToString();
            }

            private byte[] Load()
            {
                using Stream stream = _anchor.Assembly.GetManifestResourceStream(_resourceName!)
                    ?? throw new InvalidOperationException(
                        "The notes resource '" + _resourceName + "' is missing from " + _anchor.Assembly.GetName().Name +
                        ". It is added by the NotesDataset package's MSBuild targets; check that the notes file is still part of the project.");
                var bytes = new byte[stream.Length];
                int read = 0;
                while (read < bytes.Length)
                {
                    int n = stream.Read(bytes, read, bytes.Length - read);
                    if (n == 0) break;
                    read += n;
                }

                // A file's byte order mark is not part of the text the index was written from; an inline text has none to skip
                // (a U+FEFF it starts with is a character of the text: the file had two marks).
                int offset = _inlineText == null && bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                if (bytes.Length - offset != _length)
                {
                    throw new InvalidOperationException(
                        "The notes resource '" + _resourceName + "' in " + _anchor.Assembly.GetName().Name + " holds " + (bytes.Length - offset) +
                        " bytes, but the dataset was compiled from " + _length + ". Rebuild the project so the two match.");
                }

                _offset = offset;
                return bytes;
            }
        }

        /// <summary>
        /// Character offsets of an inlined notes text from the UTF-8 byte offsets in the index, counted as the generator's
        /// IndexWriter counts them (a lone surrogate or U+FFFD is 3 bytes). One pass to check the length and keep a
        /// checkpoint every 4096 characters; each lookup walks from the nearest checkpoint.
        /// </summary>
        private sealed class InlineOffsets
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
}
