// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
// The text the parser and the index writer read. The runtime parses a string. The generator parses the compiler's text
// copied into an array rented from the shared pool: one string of a 15 MB notes file is 31 MB of memory a compiler
// server has not touched before, every build, and on a virtual machine those first touches cost more than the parse.
#if NOTESDATASET_GENERATOR
global using NotesChars = NotesDataset.Parsing.RentedText;
#else
global using NotesChars = System.String;
#endif

#if NOTESDATASET_GENERATOR
using System;
using System.Buffers;

namespace NotesDataset.Parsing
{
    /// <summary>
    /// The first <see cref="Length"/> characters of an array rented from <see cref="ArrayPool{T}.Shared"/>, with the few
    /// string members the parser and the index writer use. Whoever rents it returns it (<see cref="Return"/>) once nothing
    /// parsed from it is still being read: what the parser keeps, it keeps as strings.
    /// </summary>
    internal readonly struct RentedText
    {
        private readonly char[] _chars;

        private RentedText(char[] chars, int length)
        {
            _chars = chars;
            Length = length;
        }

        /// <summary>An array of at least <paramref name="length"/> characters (and at least one, so that it pins like a string), from the pool.</summary>
        public static RentedText Rent(int length) => new RentedText(ArrayPool<char>.Shared.Rent(Math.Max(1, length)), length);

        public void Return() => ArrayPool<char>.Shared.Return(_chars);

        /// <summary>The array, to be filled: its first <see cref="Length"/> characters are the text.</summary>
        public char[] Array => _chars;

        public int Length { get; }

        public char this[int index] => _chars[index];

        public int IndexOf(char value) => IndexOf(value, 0);

        public int IndexOf(char value, int startIndex) => IndexOf(value, startIndex, Length - startIndex);

        public int IndexOf(char value, int startIndex, int count) => System.Array.IndexOf(_chars, value, startIndex, count);

        /// <summary>As <see cref="string.IndexOf(string, int, int, StringComparison)"/> with <see cref="StringComparison.Ordinal"/>, the only comparison used.</summary>
        public int IndexOf(string value, int startIndex, int count, StringComparison comparison)
        {
            if (comparison != StringComparison.Ordinal) throw new ArgumentOutOfRangeException(nameof(comparison));
            int at = new ReadOnlySpan<char>(_chars, startIndex, count).IndexOf(value.AsSpan());
            return at < 0 ? at : startIndex + at;
        }

        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            int at = new ReadOnlySpan<char>(_chars, startIndex, count).IndexOfAny(anyOf);
            return at < 0 ? at : startIndex + at;
        }

        public string Substring(int startIndex, int length) => new string(_chars, startIndex, length);

        /// <summary>What <c>fixed (char* p = text)</c> pins: the first character.</summary>
        public ref readonly char GetPinnableReference() => ref _chars[0];

        public override string ToString() => new string(_chars, 0, Length);
    }
}
#endif
