using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace NotesDataset.PropertyTests.Infrastructure
{
    /// <summary>The hostile corpus (Corpus/*.notes.txt, copied beside the tests).</summary>
    internal static class Corpus
    {
        public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

        public static IEnumerable<string> Names() => Directory.GetFiles(Folder, "*.notes.txt").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!;

        /// <summary>
        /// The file's text with every character kept: UTF-16LE (with its byte order mark) code unit for code unit, so lone
        /// surrogates survive; anything else as UTF-8, invalid bytes as U+FFFD. A leading U+FEFF stays in the text.
        /// </summary>
        public static string Raw(string name) => Decode(File.ReadAllBytes(Path.Combine(Folder, name)));

        public static string Decode(byte[] bytes)
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return new string(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1)));
            }

            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);
        }

        /// <summary>The text as given (byte order mark and all) and, when it starts with one, as a compiler reads the file (one mark dropped).</summary>
        public static IEnumerable<string> Variants(string name)
        {
            string raw = Raw(name);
            yield return raw;
            if (raw.Length > 0 && raw[0] == '\uFEFF') yield return raw.Substring(1);
        }
    }
}
