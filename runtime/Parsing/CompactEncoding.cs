// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
using System;
using System.Text;

namespace NotesDataset.Parsing
{
    /// <summary>
    /// The compiled dataset's index: bytes the generator writes into a literal (a UTF-8 literal where the language and
    /// the runtime allow it, else an ASCII string) and the runtime reads where it needs to, without decoding the rest.
    /// The layout is in <see cref="IndexWriter"/>.
    /// </summary>
    /// <remarks>
    /// Every byte is below 0x80, so the literal is ASCII and a UTF-8 literal's bytes are the index itself. A byte
    /// stores 7 bits as <c>(bits + 0x20) &amp; 0x7F</c>, which makes the most frequent values printable. Numbers are
    /// little-endian groups of 6 bits, one per byte, with 0x40 added when more groups follow: numbers below 64 take
    /// one byte. Fixed slots (tables, header) are 4 bytes of 7 bits. Text is either a string written out (each
    /// UTF-16 unit as a number, XOR 0x40, so letters take one byte and lone surrogates survive) or a reference to
    /// bytes of the notes file; see <see cref="CompactReader.Text"/>.
    /// </remarks>
    internal sealed class CompactWriter
    {
        /// <summary>Bumped whenever the layout changes; the reader refuses other versions.</summary>
        public const int Version = 4;

        /// <summary>Added (modulo 0x80) to each byte's 7 bits.</summary>
        public const int Bias = 0x20;

        /// <summary>In a number's group: more groups follow.</summary>
        public const int More = 0x40;
        public const int GroupBits = 6;
        public const int GroupMask = 0x3F;

        /// <summary>Bytes of a fixed slot, and the largest number it holds (4 × 7 bits).</summary>
        public const int FixedWidth = 4;
        public const int FixedMax = (1 << 28) - 1;

        /// <summary>XOR applied to a written-out string's UTF-16 units, so that letters (0x40–0x7F) become one-byte numbers.</summary>
        public const int CharFlip = 0x40;

        private byte[] _bytes;
        private int _length;

        public CompactWriter(int capacity = 256) => _bytes = new byte[Math.Max(16, capacity)];

        public int Position => _length;

        public static byte Store(int bits) => (byte)((bits + Bias) & 0x7F);

        private void Append(int bits)
        {
            if (_length == _bytes.Length) Array.Resize(ref _bytes, _bytes.Length * 2);
            _bytes[_length++] = Store(bits);
        }

        /// <summary>A non-negative number in as few bytes as it needs.</summary>
        public CompactWriter Number(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "The compiled index stores no negative numbers.");
            while (value > GroupMask)
            {
                Append(More | (int)(value & GroupMask));
                value >>= GroupBits;
            }

            Append((int)value);
            return this;
        }

        /// <summary>Any number or none: 0 for none, else the number zig-zagged, plus 1.</summary>
        public CompactWriter Optional(int? value) => Number(value == null ? 0 : 1 + ((long)value.Value << 1 ^ ((long)value.Value >> 63)));

        /// <summary>Four bytes holding 0..<see cref="FixedMax"/>, at a place known in advance (tables, header).</summary>
        public CompactWriter Fixed(int value)
        {
            int at = _length;
            for (int i = 0; i < FixedWidth; i++) Append(0);
            Patch(at, value);
            return this;
        }

        /// <summary>Overwrites a slot written by <see cref="Fixed"/> once its value is known.</summary>
        public void Patch(int at, int value)
        {
            if (value < 0 || value > FixedMax) throw new ArgumentOutOfRangeException(nameof(value), "The compiled index is too large.");
            for (int i = 0; i < FixedWidth; i++) _bytes[at + i] = Store((value >> (7 * i)) & 0x7F);
        }

        /// <summary>
        /// Text: 0 for none; <c>1 + 2 × length</c> then the UTF-16 units for a string written out; <c>2 + 2 × offset</c> then
        /// the byte length for the notes file's bytes from a base the reader knows (offset in bytes from that base).
        /// </summary>
        public CompactWriter String(string? value)
        {
            if (value == null) return Number(0);
            Number(1 + (2L * value.Length));
            foreach (char c in value) Number(c ^ CharFlip);
            return this;
        }

        /// <summary>Text that is the notes file's UTF-8 bytes <paramref name="offset"/> bytes after the reader's base.</summary>
        public CompactWriter Bytes(long offset, long length) => Number(2 + (2 * offset)).Number(length);

        /// <summary>The index as a string of the same bytes (every one below 0x80: ASCII).</summary>
        public override string ToString() => Encoding.ASCII.GetString(_bytes, 0, _length);
    }

    /// <summary>The index header's fixed slots, in order: five counts, five record tables, the speakers by name, the talks' blocks, the talks named after their session, the document record.</summary>
    internal enum IndexSlot
    {
        TalkCount,
        SessionCount,
        DayCount,
        ConferenceCount,
        SpeakerCount,
        TalkTable,
        SessionTable,
        DayTable,
        ConferenceTable,
        SpeakerTable,
        SpeakerOrder,
        BlockTable,
        SessionNamed,
        Document,
        Count,
    }

    /// <summary>Reads what <see cref="CompactWriter"/> wrote from a position; throws <see cref="FormatException"/> on anything else.</summary>
    internal struct CompactReader
    {
        private readonly IndexData _b;
        private int _pos;

        public CompactReader(IndexData bytes, int position)
        {
            _b = bytes ?? throw new ArgumentNullException(nameof(bytes));
            _pos = position;
        }

        public int Position => _pos;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public long Long()
        {
            long value = 0;
            int shift = 0;
            IndexData b = _b;
            while (true)
            {
                if ((uint)_pos >= (uint)b.Length || shift > 60) throw Bad();
                int stored = b[_pos++];
                if (stored >= 0x80) throw Bad();
                int bits = (stored - CompactWriter.Bias) & 0x7F;
                value |= (long)(bits & CompactWriter.GroupMask) << shift;
                if (bits < CompactWriter.More) return value;
                shift += CompactWriter.GroupBits;
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Int()
        {
            long value = Long();
            if (value > int.MaxValue) throw Bad();
            return (int)value;
        }

        public int? Optional()
        {
            long v = Long();
            if (v == 0) return null;
            v--;
            long value = (v >> 1) ^ -(v & 1);
            if (value < int.MinValue || value > int.MaxValue) throw Bad();
            return (int)value;
        }

        /// <summary>A header slot of the index whose header starts at <paramref name="header"/>.</summary>
        public static int Slot(IndexData b, int header, IndexSlot slot) => Fixed(b, header + (CompactWriter.FixedWidth * (int)slot));

        /// <summary>Reads a slot written by <see cref="CompactWriter.Fixed"/> at <paramref name="at"/> (does not move).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int Fixed(IndexData b, int at)
        {
            if (at < 0 || at > b.Length - CompactWriter.FixedWidth) throw Damaged(at);
            int b0 = b[at], b1 = b[at + 1], b2 = b[at + 2], b3 = b[at + 3];
            if ((b0 | b1 | b2 | b3) >= 0x80) throw Damaged(at);
            const int bias = CompactWriter.Bias;
            return ((b0 - bias) & 0x7F) | (((b1 - bias) & 0x7F) << 7) | (((b2 - bias) & 0x7F) << 14) | (((b3 - bias) & 0x7F) << 21);
        }

        /// <summary>
        /// Text (see <see cref="CompactWriter.String"/>): the string, or <see langword="null"/> with
        /// <paramref name="byteOffset"/> ≥ 0 and <paramref name="byteLength"/> for bytes of the notes file, or
        /// <see langword="null"/> with <paramref name="byteOffset"/> −1 for none.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public string? Text(out long byteOffset, out long byteLength)
        {
            long tag = Long();
            byteLength = 0;
            byteOffset = -1;
            if (tag == 0) return null;
            if ((tag & 1) == 1) return WrittenOut((tag - 1) >> 1);
            byteOffset = (tag - 2) >> 1;
            byteLength = Long();
            return null;
        }

        /// <summary>Moves past a text (see <see cref="Text"/>) without building it.</summary>
        public void SkipText()
        {
            long tag = Long();
            if (tag == 0) return;
            if ((tag & 1) == 0)
            {
                Long();
                return;
            }

            long length = (tag - 1) >> 1;
            if (length > _b.Length - _pos) throw Bad();
            for (long i = 0; i < length; i++) Long();
        }

        /// <summary>A string written out, <paramref name="length"/> UTF-16 units (out of line: references are the common case).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private string WrittenOut(long length)
        {
            if (length > _b.Length - _pos) throw Bad();
            var chars = new char[length];
            for (int i = 0; i < chars.Length; i++)
            {
                long unit = Long() ^ CompactWriter.CharFlip;
                if (unit > char.MaxValue) throw Bad();
                chars[i] = (char)unit;
            }

            return new string(chars);
        }

        private FormatException Bad() => Damaged(_pos);

        /// <summary>Out of line, so that the readers inlined into loops stay small.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static FormatException Damaged(int at) => new FormatException("The compiled index is damaged at offset " + at + ".");
    }
    /// <summary>
    /// The compiled index's bytes, where the reader reads them: in place in the assembly's image (the UTF-8 literal of
    /// an assembly loaded for good, mapped for the process's lifetime: no copy, and only the pages read are touched),
    /// or in an array that never moves.
    /// </summary>
    internal sealed unsafe class IndexData
    {
        private readonly byte* _start;
#pragma warning disable IDE0052 // kept so that the array lives as long as the pointer into it
        private readonly byte[]? _array;
#pragma warning restore IDE0052

        private IndexData(byte* start, int length, byte[]? array)
        {
            _start = start;
            Length = length;
            _array = array;
        }

        public int Length { get; }

        /// <summary>The byte at <paramref name="at"/>; the caller has checked 0 ≤ at &lt; <see cref="Length"/>.</summary>
        public byte this[int at]
        {
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
            get => _start[at];
        }

        /// <summary>A copy of <paramref name="count"/> bytes that <paramref name="fill"/> writes, in an array that never moves.</summary>
        public static IndexData Copy(int count, Action<byte[]> fill)
        {
#if NET5_0_OR_GREATER
            byte[] array = GC.AllocateUninitializedArray<byte>(count, pinned: true);
            fill(array);
            fixed (byte* start = array) return new IndexData(start, count, array);
#else
            var array = new byte[count];
            fill(array);
            // Pinned for good: a compiled dataset lives as long as the process (its class's static field holds it).
            var pin = System.Runtime.InteropServices.GCHandle.Alloc(array, System.Runtime.InteropServices.GCHandleType.Pinned);
            return new IndexData((byte*)pin.AddrOfPinnedObject(), count, array);
#endif
        }

        /// <summary>A copy of an index written as a string of its bytes (see <see cref="CompactWriter"/>), in an array that never moves.</summary>
        public static IndexData FromString(string index) => Copy(index.Length, array =>
        {
            for (int i = 0; i < array.Length; i++)
            {
                // A character beyond ASCII is never in an index; 0xFF makes the reader call it damaged where it reads it
                // (after the version check, so an index from another version gets that message).
                char c = index[i];
                array[i] = c < 0x80 ? (byte)c : (byte)0xFF;
            }
        });

        /// <summary>Bytes that stay where they are for the process's lifetime (a UTF-8 literal of a non-collectible assembly).</summary>
        public static IndexData InPlace(byte* start, int length) => new IndexData(start, length, null);
    }
}
