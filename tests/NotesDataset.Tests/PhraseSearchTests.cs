using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NotesDataset.Search;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>Search with more than one word: the words in a row, within one line, answered from the index of adjacent word pairs.</summary>
    public class PhraseSearchTests
    {
        /// <summary>One session whose talks are "T0 – Speaker", "T1 – Speaker"…, each with the given notes, one bullet each.</summary>
        private static string Notes(params string[][] talks)
        {
            var sb = new StringBuilder("Conf 2020 – Day 1 – Session 1\n\n");
            for (int t = 0; t < talks.Length; t++)
            {
                sb.Append('T').Append(t).Append(" – Speaker\n\n");
                foreach (string note in talks[t]) sb.Append("  • ").Append(note).Append('\n');
                sb.Append('\n');
            }

            return sb.ToString();
        }

        private static NotesDocument Parse(params string[][] talks)
        {
            NotesDocument doc = NotesParser.Parse(Notes(talks), "phrases.notes.txt");
            Assert.Equal(talks.Length, doc.Talks.Count);
            return doc;
        }

        private static NotesDocument Compiled(string text) => CompiledText.Load(text);

        private static string[] Titles(NotesDocument doc, string query) => doc.Search(query).Select(t => t.Title).ToArray();

        /// <summary>The reference: every talk's line and notes, one line each, scanned with <see cref="Words.CountPhrase"/>; most first, then in dataset order.</summary>
        private static int[] Scan(NotesDocument doc, string query)
        {
            string[] phrase = Words.Split(query).Where(w => w != null).Select(w => w!).ToArray();
            var hits = new List<KeyValuePair<int, int>>();
            for (int t = 0; t < doc.Talks.Count; t++)
            {
                Talk talk = doc.Talks[t];
                string text = string.Join("\n", new[] { talk.LineText ?? talk.Title }.Concat(talk.AllNotes().Select(n => n.Text)));
                int count = Words.CountPhrase(text, phrase);
                if (count > 0) hits.Add(new KeyValuePair<int, int>(t, count));
            }

            return hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key).Select(h => h.Key).ToArray();
        }

        private static int[] Found(NotesDocument doc, string query)
        {
            var number = new Dictionary<Talk, int>(ReferenceEqualityComparer.Instance);
            for (int t = 0; t < doc.Talks.Count; t++) number[doc.Talks[t]] = t;
            return doc.Search(query).Select(t => number[t]).ToArray();
        }

        [Fact]
        public void A_numbered_items_number_is_searched_as_written_by_a_parsed_and_a_compiled_dataset_alike()
        {
            // The compiled dataset searches the lines as written; the parsed document once searched the note's text without
            // its number, and "1 welcome" found the talk in one and not the other.
            string text = "Conf 2020 – Day 1 – Session 1\n\nT0 – Speaker\n  1. welcome all\n  2) agenda\n\nT1 – Speaker\n  • 1 welcome\n";
            NotesDocument parsed = NotesParser.Parse(text, "numbered.notes.txt");
            NotesDocument compiled = Compiled(text);
            string[] queries = { "1", "2", "1 welcome", "2 agenda", "welcome all" };
            foreach (string query in queries) Assert.Equal(Titles(parsed, query), Titles(compiled, query)); // words: a scan of the bytes
            foreach (string query in queries) Assert.Equal(Titles(parsed, query), Titles(compiled, query)); // then the index

            Assert.Equal(new[] { "T0", "T1" }, Titles(parsed, "1 welcome"));
            Assert.Equal(new[] { "T0" }, Titles(parsed, "2 agenda"));
        }

        [Fact]
        public void Two_words_match_only_next_to_each_other_in_that_order()
        {
            NotesDocument doc = Parse(
                new[] { "we love open source" },
                new[] { "source open", "open is not source" },
                new[] { "open", "source" },
                new[] { "opensource and open sources" });
            Assert.Equal(new[] { "T0" }, Titles(doc, "open source"));
            Assert.Equal(new[] { "T1" }, Titles(doc, "source open"));
            Assert.Empty(doc.Search("love source"));
            Assert.Empty(doc.Search("open nosuchword"));
            Assert.Empty(doc.Search("nosuchword source"));
        }

        [Fact]
        public void Three_or_more_words_need_the_whole_run_not_just_each_pair()
        {
            NotesDocument doc = Parse(
                new[] { "the quick brown fox jumps" },
                new[] { "the quick brown dog", "a brown fox" },         // every adjacent pair of the phrase, never the phrase
                new[] { "quick brown fox" },
                new[] { "the quick brown fox", "and the quick brown fox again" });
            Assert.Equal(new[] { "T3", "T0" }, Titles(doc, "the quick brown fox"));
            Assert.Equal(new[] { "T3", "T0", "T2" }, Titles(doc, "quick brown fox"));
            Assert.Equal(new[] { "T0" }, Titles(doc, "the quick brown fox jumps"));
            Assert.Empty(doc.Search("quick brown fox dog"));
            Assert.Empty(doc.Search("brown dog a"));
        }

        [Fact]
        public void Repeated_words_count_every_run_overlapping_ones_too()
        {
            NotesDocument doc = Parse(
                new[] { "the the" },
                new[] { "the the the" },                                // "the the" twice, "the the the" once
                new[] { "the cat the" },
                new[] { "the", "the" });                                // one per line: no pair
            Assert.Equal(new[] { "T1", "T0" }, Titles(doc, "the the"));
            Assert.Equal(new[] { "T1" }, Titles(doc, "the the the"));
            Assert.Empty(doc.Search("the the the the"));
            Assert.Equal(new[] { "T2" }, Titles(doc, "the cat the"));
        }

        [Fact]
        public void A_phrase_split_across_two_lines_does_not_match()
        {
            NotesDocument doc = Parse(
                new[] { "we love open", "source software" },          // across two notes
                new[] { "source code" },                               // across the talk line and its first note: "T1 – Speaker" / "source"
                new[] { "open source software" });
            Assert.Equal(new[] { "T2" }, Titles(doc, "open source"));
            Assert.Equal(new[] { "T2" }, Titles(doc, "open source software"));
            Assert.Equal(new[] { "T0", "T2" }, Titles(doc, "source software"));
            Assert.Empty(doc.Search("speaker source"));
            Assert.Empty(doc.Search("love open source"));
            Assert.Equal(new[] { "T1" }, Titles(doc, "t1 speaker"));        // the talk line itself is one line
        }

        [Fact]
        public void Case_and_punctuation_between_words_do_not_matter()
        {
            NotesDocument doc = Parse(
                new[] { "OPEN, Source!" },
                new[] { "(open) - (SOURCE)" },
                new[] { "Érdödy Straße works" },
                new[] { "open_source and open.source" });                 // "_" and "." split words too: twice
            Assert.Equal(new[] { "T3", "T0", "T1" }, Titles(doc, "Open Source"));
            Assert.Equal(new[] { "T3", "T0", "T1" }, Titles(doc, "open ... source"));
            Assert.Equal(new[] { "T2" }, Titles(doc, "érdödy straße"));
            Assert.Equal(new[] { "T2" }, Titles(doc, "ÉRDÖDY straße WORKS"));
        }

        [Fact]
        public void Talks_are_ranked_by_how_often_the_phrase_occurs_then_in_dataset_order()
        {
            NotesDocument doc = Parse(
                new[] { "kernel patches" },
                new[] { "kernel patches and kernel patches", "more kernel patches" },
                new[] { "no patches here" },
                new[] { "kernel patches", "Kernel Patches" },
                new[] { "kernel patches" });
            Assert.Equal(new[] { "T1", "T3", "T0", "T4" }, Titles(doc, "kernel patches"));
            Assert.Equal(Scan(doc, "kernel patches"), Found(doc, "kernel patches"));
        }

        [Fact]
        public void A_compiled_dataset_answers_phrases_as_the_parsed_notes_do()
        {
            string text = Notes(
                new[] { "the quick brown fox", "open source" },
                new[] { "open source, open source", "the quick brown dog" },
                new[] { "open", "source" });
            NotesDocument parsed = NotesParser.Parse(text), compiled = Compiled(text);
            foreach (string query in new[] { "open source", "the quick brown fox", "quick brown", "source open", "the quick brown" })
            {
                Assert.Equal(Titles(parsed, query), Titles(compiled, query));
            }
        }

        private static readonly string[] Vocabulary =
        {
            "the", "the", "the", "of", "of", "and", "open", "open", "source", "source", "kernel", "patches", "rust", "git",
            "a", "a", "is", "Open", "THE", "Source", "2015", "v2", "érdödy", "Straße", "x",
        };

        private static readonly string[] Gaps = { " ", " ", " ", " ", ", ", ". ", " - ", " (", ") ", "! ", "/", "'", "  " };

        private static string RandomNote(Random random, string[] vocabulary)
        {
            var sb = new StringBuilder();
            int words = random.Next(1, 12);
            for (int w = 0; w < words; w++)
            {
                if (w > 0) sb.Append(Gaps[random.Next(Gaps.Length)]);
                sb.Append(vocabulary[random.Next(vocabulary.Length)]);
            }

            return sb.ToString();
        }

        [Theory]
        [InlineData(1, 0)]
        [InlineData(2, 0)]
        [InlineData(3, 0)]
        [InlineData(4, 400)] // thousands of distinct word pairs: the index's pair table grows, within talks too
        public void Random_phrases_find_exactly_what_a_scan_with_CountPhrase_finds_in_the_same_order(int seed, int extraWords)
        {
            var random = new Random(seed);
            string[] vocabulary = Vocabulary.Concat(Enumerable.Range(0, extraWords).Select(i => "w" + i)).ToArray();
            var talks = new string[extraWords > 0 ? 300 : random.Next(30, 80)][];
            for (int t = 0; t < talks.Length; t++)
            {
                talks[t] = new string[random.Next(0, 8)];
                for (int n = 0; n < talks[t].Length; n++) talks[t][n] = RandomNote(random, vocabulary);
            }

            string text = Notes(talks);
            NotesDocument parsed = NotesParser.Parse(text, "random.notes.txt"), compiled = Compiled(text);
            Assert.Equal(talks.Length, parsed.Talks.Count);

            // Phrases cut out of the notes (so most have hits), and phrases of random words (so some have none).
            var queries = new List<string>();
            for (int q = 0; q < 150; q++)
            {
                int length = random.Next(2, 6);
                if (q % 3 == 0)
                {
                    queries.Add(string.Join(" ", Enumerable.Range(0, length).Select(_ => vocabulary[random.Next(vocabulary.Length)])));
                    continue;
                }

                string[] note = talks.Where(t => t.Length > 0).Select(t => t[random.Next(t.Length)]).ElementAt(random.Next(talks.Count(t => t.Length > 0)))
                    .Split(' ', ',', '.', '-', '(', ')', '!', '/', '\'').Where(w => w.Length > 0).ToArray();
                int start = random.Next(Math.Max(1, note.Length - 1));
                queries.Add(string.Join(random.Next(2) == 0 ? " " : ", ", note.Skip(start).Take(length)));
            }

            int withHits = 0;
            foreach (string query in queries)
            {
                int[] expected = Scan(parsed, query);
                if (expected.Length > 0) withHits++;
                Assert.Equal(expected, Found(parsed, query));
                Assert.Equal(expected, Found(compiled, query));
            }

            Assert.True(withHits > 30, withHits + " of the queries found something");
        }
    }
}
