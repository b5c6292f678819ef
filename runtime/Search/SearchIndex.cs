using System;
using System.Collections.Generic;
using System.Threading;

namespace NotesDataset.Search
{
    /// <summary>
    /// Words: runs of letters and digits, compared case-insensitively (invariant lower case). A talk's searchable
    /// text is its line as written (title, speakers, affiliation) — or its title, for a talk named after its
    /// session — and the text of every note, one line each; a phrase matches within one line.
    /// </summary>
    internal static class Words
    {
        public static bool IsWordChar(char c) => c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : char.IsLetterOrDigit(c);

        /// <summary>The words of <paramref name="text"/>, lower-cased; a line break ends a phrase and is returned as <see langword="null"/>.</summary>
        public static List<string?> Split(string text)
        {
            var words = new List<string?>();
            var sb = new System.Text.StringBuilder();
            foreach (char c in text)
            {
                if (IsWordChar(c))
                {
                    sb.Append(char.ToLowerInvariant(c));
                    continue;
                }

                if (sb.Length > 0)
                {
                    words.Add(sb.ToString());
                    sb.Clear();
                }

                if (c == '\n') words.Add(null);
            }

            if (sb.Length > 0) words.Add(sb.ToString());
            return words;
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
    /// An inverted index from word to the talks that contain it, ranked by how often (then in dataset order),
    /// built once from every talk's searchable text.
    /// </summary>
    internal sealed class SearchIndex
    {
        private readonly Dictionary<string, int[]> _postings;

        private SearchIndex(Dictionary<string, int[]> postings) => _postings = postings;

        public static SearchIndex Build(int talkCount, Func<int, string> talkText, CancellationToken cancellationToken = default)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
            // Look words up by span: no string per occurrence, only one per distinct word.
            Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
            var talksOf = new List<List<int>>();   // per word: talk, count, talk, count…
            char[] word = new char[64];
            for (int t = 0; t < talkCount; t++)
            {
                if ((t & 0xFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                string text = talkText(t);
                int length = 0;
                for (int i = 0; i <= text.Length; i++)
                {
                    char c = i < text.Length ? text[i] : ' ';
                    if (Words.IsWordChar(c))
                    {
                        if (length == word.Length) Array.Resize(ref word, word.Length * 2);
                        word[length++] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
                        continue;
                    }

                    if (length == 0) continue;
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
                }
            }

            var postings = new Dictionary<string, int[]>(ids.Count, StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> pair in ids)
            {
                postings[pair.Key] = Rank(talksOf[pair.Value]);
            }

            return new SearchIndex(postings);
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
        public int[] Find(string word) => _postings.TryGetValue(word, out int[]? talks) ? talks : Array.Empty<int>();
    }
}
