// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
using System;
using System.Text;

namespace NotesDataset.Parsing
{
    /// <summary>
    /// The compiled dataset's index: a string the generator writes into a string constant and the runtime reads
    /// where it needs to, without decoding the rest. The layout is in <see cref="IndexWriter"/>.
    /// </summary>
    /// <remarks>
    /// Numbers are little-endian groups of 14 bits, one per character: a group is stored as <c>0x20 + bits</c>, plus
    /// 0x4000 when more groups follow. Every character is thus between U+0020 and U+801F (never a surrogate), and
    /// numbers below 95 are one printable ASCII character, which keeps the generated literal short. Text is either a
    /// string written out (its characters as they are) or a reference to bytes of the notes file; see
    /// <see cref="CompactReader.Text"/>.
    /// </remarks>
    internal sealed class CompactWriter
    {
        /// <summary>Bumped whenever the layout changes; the reader refuses other versions.</summary>
        public const int Version = 2;

        public const int Bias = 0x20;
        public const int More = 0x4000;
        public const int GroupBits = 14;
        public const int GroupMask = 0x3FFF;

        /// <summary>The largest number a fixed two-character slot holds.</summary>
        public const int FixedMax = (1 << (2 * GroupBits)) - 1;

        private readonly StringBuilder _sb;

        public CompactWriter(int capacity = 256) => _sb = new StringBuilder(capacity);

        public int Position => _sb.Length;

        /// <summary>A non-negative number in as few characters as it needs.</summary>
        public CompactWriter Number(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException(nameof(value), "The compiled index stores no negative numbers.");
            while (value > GroupMask)
            {
                _sb.Append((char)(Bias + More + (value & GroupMask)));
                value >>= GroupBits;
            }

            _sb.Append((char)(Bias + value));
            return this;
        }

        /// <summary>Any number or none: 0 for none, else the number zig-zagged, plus 1.</summary>
        public CompactWriter Optional(int? value) => Number(value == null ? 0 : 1 + ((long)value.Value << 1 ^ ((long)value.Value >> 63)));

        /// <summary>Two characters holding 0..<see cref="FixedMax"/>, at a place known in advance (tables, header).</summary>
        public CompactWriter Fixed(int value)
        {
            if (value < 0 || value > FixedMax) throw new ArgumentOutOfRangeException(nameof(value), "The compiled index is too large.");
            _sb.Append((char)(Bias + (value & GroupMask))).Append((char)(Bias + (value >> GroupBits)));
            return this;
        }

        /// <summary>Overwrites a slot written by <see cref="Fixed"/> once its value is known.</summary>
        public void Patch(int at, int value)
        {
            if (value < 0 || value > FixedMax) throw new ArgumentOutOfRangeException(nameof(value), "The compiled index is too large.");
            _sb[at] = (char)(Bias + (value & GroupMask));
            _sb[at + 1] = (char)(Bias + (value >> GroupBits));
        }

        /// <summary>
        /// Text: 0 for none; <c>1 + 2 × length</c> then the characters for a string written out; <c>2 + 2 × offset</c> then
        /// the byte length for the notes file's bytes from a base the reader knows (offset in bytes from that base).
        /// </summary>
        public CompactWriter String(string? value)
        {
            if (value == null) return Number(0);
            Number(1 + (2L * value.Length));
            _sb.Append(value);
            return this;
        }

        /// <summary>Text that is the notes file's UTF-8 bytes <paramref name="offset"/> bytes after the reader's base.</summary>
        public CompactWriter Bytes(long offset, long length) => Number(2 + (2 * offset)).Number(length);

        public override string ToString() => _sb.ToString();
    }

    /// <summary>The index header's fixed slots, in order: five counts, five record tables, the speakers by name, the document record.</summary>
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
        Document,
        Count,
    }

    /// <summary>Reads what <see cref="CompactWriter"/> wrote from a position; throws <see cref="FormatException"/> on anything else.</summary>
    internal struct CompactReader
    {
        private readonly string _s;
        private int _pos;

        public CompactReader(string s, int position)
        {
            _s = s ?? throw new ArgumentNullException(nameof(s));
            _pos = position;
        }

        public int Position => _pos;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public long Long()
        {
            long value = 0;
            int shift = 0;
            while (true)
            {
                if ((uint)_pos >= (uint)_s.Length || shift > 56) throw Bad();
                int c = _s[_pos++] - CompactWriter.Bias;
                if (c < 0 || c >= 2 * CompactWriter.More) throw Bad();
                value |= (long)(c & CompactWriter.GroupMask) << shift;
                if (c < CompactWriter.More) return value;
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
        public static int Slot(string s, int header, IndexSlot slot) => Fixed(s, header + (2 * (int)slot));

        /// <summary>Reads a slot written by <see cref="CompactWriter.Fixed"/> at <paramref name="at"/> (does not move).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static int Fixed(string s, int at)
        {
            if (at < 0 || at + 1 >= s.Length) throw new FormatException("The compiled index ends early.");
            int lo = s[at] - CompactWriter.Bias, hi = s[at + 1] - CompactWriter.Bias;
            if ((uint)lo > CompactWriter.GroupMask || (uint)hi > CompactWriter.GroupMask) throw new FormatException("The compiled index is damaged at " + at + ".");
            return lo | (hi << CompactWriter.GroupBits);
        }

        /// <summary>
        /// Text (see <see cref="CompactWriter.String"/>): the string, or <see langword="null"/> with
        /// <paramref name="byteOffset"/> ≥ 0 and <paramref name="byteLength"/> for bytes of the notes file, or
        /// <see langword="null"/> with <paramref name="byteOffset"/> −1 for none.
        /// </summary>
        public string? Text(out long byteOffset, out long byteLength)
        {
            long tag = Long();
            byteLength = 0;
            if (tag == 0)
            {
                byteOffset = -1;
                return null;
            }

            if ((tag & 1) == 1)
            {
                long length = (tag - 1) >> 1;
                if (length > _s.Length - _pos) throw Bad();
                byteOffset = -1;
                string value = _s.Substring(_pos, (int)length);
                _pos += (int)length;
                return value;
            }

            byteOffset = (tag - 2) >> 1;
            byteLength = Long();
            return null;
        }

        private FormatException Bad() => new FormatException("The compiled index is damaged at offset " + _pos + ".");
    }
}
