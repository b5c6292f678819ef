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
    /// <remarks>
    /// Its members check their arguments against <see cref="Length"/>, not the array's length, and throw as a string's
    /// would: the array is longer than the text and holds what the last file left in it, so a read past the text is a
    /// bug that must fail (NOTES013), not read another file's notes.
    /// </remarks>
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

        public char this[int index] => (uint)index < (uint)Length ? _chars[index] : throw new IndexOutOfRangeException();

        public int IndexOf(char value) => IndexOf(value, 0);

        public int IndexOf(char value, int startIndex) => IndexOf(value, startIndex, Length - startIndex);

        public int IndexOf(char value, int startIndex, int count)
        {
            int at = Text(startIndex, count).IndexOf(value);
            return at < 0 ? at : startIndex + at;
        }

        /// <summary>As <see cref="string.IndexOf(string, int, int, StringComparison)"/> with <see cref="StringComparison.Ordinal"/>, the only comparison used.</summary>
        public int IndexOf(string value, int startIndex, int count, StringComparison comparison)
        {
            if (comparison != StringComparison.Ordinal) throw new ArgumentOutOfRangeException(nameof(comparison));
            int at = Text(startIndex, count).IndexOf(value.AsSpan());
            return at < 0 ? at : startIndex + at;
        }

        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            int at = Text(startIndex, count).IndexOfAny(anyOf);
            return at < 0 ? at : startIndex + at;
        }

        public string Substring(int startIndex, int length) => Text(startIndex, length).ToString();

        /// <summary>[<paramref name="startIndex"/>, + <paramref name="count"/>) of the text, checked against <see cref="Length"/>.</summary>
        private ReadOnlySpan<char> Text(int startIndex, int count)
        {
            if ((uint)startIndex > (uint)Length || (uint)count > (uint)(Length - startIndex)) throw new ArgumentOutOfRangeException(nameof(startIndex));
            return new ReadOnlySpan<char>(_chars, startIndex, count);
        }

        /// <summary>What <c>fixed (char* p = text)</c> pins: the first character.</summary>
        public ref readonly char GetPinnableReference() => ref _chars[0];

        public override string ToString() => new string(_chars, 0, Length);
    }
}
#endif
