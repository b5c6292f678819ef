// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
using System;
using System.Globalization;
using System.Text;

namespace NotesDataset.Parsing
{
    /// <summary>
    /// The compiled dataset's index: a short text the generator writes into a string constant and the runtime
    /// reads once. Integers are decimal followed by ','; a missing value is '~'. Strings are their length, ':',
    /// then the characters. Mostly ASCII, so the generated literal stays small and readable.
    /// </summary>
    internal sealed class CompactWriter
    {
        /// <summary>Bumped whenever the layout changes; the reader refuses other versions.</summary>
        public const int Version = 1;

        private readonly StringBuilder _sb;

        public CompactWriter(int capacity = 256) => _sb = new StringBuilder(capacity);

        public CompactWriter Int(long value)
        {
            _sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');
            return this;
        }

        public CompactWriter Optional(int? value)
        {
            if (value == null) _sb.Append("~,");
            else Int(value.Value);
            return this;
        }

        public CompactWriter String(string? value)
        {
            if (value == null)
            {
                _sb.Append("~:");
            }
            else
            {
                _sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
            }

            return this;
        }

        public override string ToString() => _sb.ToString();
    }

    /// <summary>Reads what <see cref="CompactWriter"/> wrote; throws <see cref="FormatException"/> on anything else.</summary>
    internal sealed class CompactReader
    {
        private readonly string _s;
        private int _pos;

        public CompactReader(string s) => _s = s ?? throw new ArgumentNullException(nameof(s));

        public bool AtEnd => _pos >= _s.Length;

        public long Long()
        {
            long? value = NullableLong(',');
            return value ?? throw new FormatException("A number was expected at offset " + _pos + " of the compiled index.");
        }

        public int Int() => checked((int)Long());

        public int? NullableInt()
        {
            long? value = NullableLong(',');
            return value == null ? (int?)null : checked((int)value.Value);
        }

        public string? NullableString()
        {
            long? length = NullableLong(':');
            if (length == null) return null;
            if (length.Value > _s.Length - _pos) throw new FormatException("A string runs past the end of the compiled index.");
            string value = _s.Substring(_pos, (int)length.Value);
            _pos += (int)length.Value;
            return value;
        }

        public string String() => NullableString() ?? throw new FormatException("A string was expected at offset " + _pos + " of the compiled index.");

        private long? NullableLong(char terminator)
        {
            if (_pos < _s.Length && _s[_pos] == '~')
            {
                Expect(_pos + 1, terminator);
                _pos += 2;
                return null;
            }

            long value = 0;
            int start = _pos;
            while (_pos < _s.Length && _s[_pos] >= '0' && _s[_pos] <= '9')
            {
                value = checked((value * 10) + (_s[_pos] - '0'));
                _pos++;
            }

            if (_pos == start) throw new FormatException("A number was expected at offset " + start + " of the compiled index.");
            Expect(_pos, terminator);
            _pos++;
            return value;
        }

        private void Expect(int at, char c)
        {
            if (at >= _s.Length || _s[at] != c) throw new FormatException("'" + c + "' was expected at offset " + at + " of the compiled index.");
        }
    }
}
