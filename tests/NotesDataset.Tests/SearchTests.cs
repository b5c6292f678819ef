using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    public class SearchTests
    {
        // The reference: a LINQ scan over the model, written from the documented rule (whole words, case-insensitive,
        // over a talk's line or title and its notes).
        private static bool Mentions(Talk talk, string word)
        {
            IEnumerable<string> texts = new[] { talk.LineText ?? talk.Title }.Concat(talk.AllNotes().Select(n => n.Text));
            return texts.Any(text => SplitWords(text).Contains(word, StringComparer.OrdinalIgnoreCase));
        }

        private static IEnumerable<string> SplitWords(string text)
            => new string(text.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        private static NotesDocument Compiled(string text) => CompiledText.Load(text);

        [Theory]
        [InlineData("puppet")]
        [InlineData("Ansible")]
        [InlineData("the")]
        [InlineData("facebook")]
        [InlineData("2015")]
        [InlineData("Erdödy")]
        [InlineData("nosuchword")]
        public void A_word_finds_exactly_the_talks_a_scan_finds(string word)
        {
            HashSet<Talk> expected = Seed.Document.Talks.Where(t => Mentions(t, word)).ToHashSet();
            IReadOnlyList<Talk> found = Seed.Document.Search(word);
            Assert.Equal(expected.Count, found.Count);
            Assert.True(expected.SetEquals(found));
            Assert.Equal(found.Count, found.Distinct().Count());
        }

        [Fact]
        public void Results_are_ranked_by_how_often_the_word_occurs()
        {
            IReadOnlyList<Talk> found = Seed.Document.Search("puppet");
            Assert.Equal("NoOps with Ansible and Puppet", found[0].Title); // it says "puppet" most often
            int Count(Talk t) => new[] { t.LineText ?? t.Title }.Concat(t.AllNotes().Select(n => n.Text))
                .Sum(text => SplitWords(text).Count(w => w.Equals("puppet", StringComparison.OrdinalIgnoreCase)));
            int[] counts = found.Select(Count).ToArray();
            Assert.Equal(counts.OrderByDescending(c => c).ToArray(), counts);
        }

        [Fact]
        public void A_phrase_matches_words_in_a_row_within_one_line()
        {
            Talk[] found = Seed.Document.Search("open compute").ToArray();
            Assert.Equal(new[] { "Cooper Lees" }, found.Select(t => t.Title).ToArray());
            Assert.Empty(Seed.Document.Search("compute open"));
            // Both words occur in the NoOps talk, but never next to each other.
            Assert.NotEmpty(Seed.Document.Search("puppet").Intersect(Seed.Document.Search("ansible")));
            Assert.Empty(Seed.Document.Search("puppet ansible"));
        }

        [Fact]
        public void Search_of_a_compiled_dataset_equals_search_of_the_parsed_notes()
        {
            NotesDocument compiled = Compiled(Seed.Text);
            foreach (string query in new[] { "puppet", "the", "open source", "Rusty", "keynote panel", "github com", "Erdödy" })
            {
                Assert.Equal(Seed.Document.Search(query).Select(t => t.Line).ToArray(), compiled.Search(query).Select(t => t.Line).ToArray());
            }
        }

        [Theory]
        [InlineData("puppet")]
        [InlineData("the")]
        [InlineData("keynote")]
        [InlineData("panel")]
        [InlineData("com")]
        [InlineData("2015")]
        [InlineData("c")]
        public void The_first_search_of_a_compiled_dataset_scans_the_bytes_and_agrees_with_the_index(string word)
        {
            // A fresh dataset answers its first one-word search by scanning; the second document is forced to use the index.
            NotesDocument scanned = Compiled(Seed.Text);
            NotesDocument indexed = Compiled(Seed.Text);
            indexed.Search("open source"); // a phrase always goes through the index
            Assert.Equal(indexed.Search(word).Select(t => t.Line).ToArray(), scanned.Search(word).Select(t => t.Line).ToArray());
            Assert.Equal(Seed.Document.Search(word).Select(t => t.Line).ToArray(), scanned.Search(word).Select(t => t.Line).ToArray());
        }

        [Theory]
        [InlineData("absolute zero is 0 \u212Aelvin", "kelvin", true)]               // KELVIN SIGN: a 'K' to case and normal form
        [InlineData("\u039B\u039F\u0393\u039F\u03A3", "\u03BB\u03BF\u03B3\u03BF\u03C2", true)] // ΛΟΓΟΣ finds λογος (final sigma)
        [InlineData("\u03BB\u03BF\u03B3\u03BF\u03C2", "\u039B\u039F\u0393\u039F\u03A3", true)] // and the other way
        [InlineData("cafe\u0301 society", "cafe\u0301", true)]                      // a combining accent is part of the word
        [InlineData("cafe\u0301 society", "cafe", false)]
        [InlineData("cafe\u0301 society", "caf\u00E9", false)]                      // as written: no normalisation
        [InlineData("\U0001D400kernel", "kernel", false)]                             // a letter beyond the BMP is part of the word
        [InlineData("\U0001F600kernel", "kernel", true)]                              // an emoji is not
        [InlineData("\U00010400 deseret", "\U00010428", true)]                       // case beyond the BMP
        public void A_word_is_found_by_every_search_alike_whatever_its_letters(string note, string query, bool found)
        {
            string text = "C 2024 \u2013 Day 1 \u2013 Session 1\nA talk \u2013 Ann Lee\n  \u2022 " + note + "\nPlain talk \u2013 Bo Chen\n  \u2022 nothing\n";
            string[] expected = found ? new[] { "A talk" } : Array.Empty<string>();
            Assert.Equal(expected, NotesParser.Parse(text).Search(query).Select(t => t.Title).ToArray());

            // A compiled dataset: its first searches scan the bytes, then the index answers.
            NotesDocument compiled = Compiled(text);
            Assert.Equal(expected, compiled.Search(query).Select(t => t.Title).ToArray());
            Assert.Equal(expected, compiled.Search(query).Select(t => t.Title).ToArray());
            compiled.Search("a phrase");
            Assert.Equal(expected, compiled.Search(query).Select(t => t.Title).ToArray());
        }

        [Fact]
        public void Speakers_are_found_by_a_prefix_with_final_sigma_as_by_their_whole_name()
        {
            NotesDocument doc = NotesParser.Parse("C 2024 \u2013 Day 1 \u2013 Session 1\nA talk \u2013 \u03A3\u039F\u03A6\u039F\u03A3 Pap\u00E1s\n  \u2022 x\n");
            Assert.NotNull(doc.FindSpeaker("\u03C3\u03BF\u03C6\u03BF\u03C2 pap\u00E1s"));
            Assert.Single(doc.FindSpeakers("\u03C3\u03BF\u03C6\u03BF\u03C2"));
        }

        [Fact]
        public void The_first_search_counts_words_in_the_titles_of_talks_named_after_their_session()
        {
            // Sessions with notes but no talk line: each is one talk titled after the session, whose title the scan finds
            // in the heading. Whole words only, any case, counted as the index counts them (most first).
            string text = "C 2020 – Day 1 – Telescope Panel\n  • mirrors\n"
                + "C 2020 – Day 1 – Telescopes and TELESCOPE, telescope\n  • lenses\n"
                + "C 2020 – Day 2 – \u00C4telescope\n  • nothing\n"
                + "C 2020 – Day 2 – Session 4\nA talk – Ann Lee\n  • a telescope note\n";
            NotesDocument parsed = NotesParser.Parse(text);
            Assert.Equal(3, parsed.Talks.Count(t => t.LineText == null));
            NotesDocument scanned = Compiled(text);
            string[] expected = parsed.Search("telescope").Select(t => t.Title).ToArray();
            Assert.Equal(new[] { "Telescopes and TELESCOPE, telescope", "Telescope Panel", "A talk" }, expected);
            Assert.Equal(expected, scanned.Search("telescope").Select(t => t.Title).ToArray());
        }

        [Fact]
        public void A_stand_in_title_is_not_searched_but_the_line_as_written_is()
        {
            string text = "C 2020 – Day 1 – Session 1\n### – Jane Doe\n  • alpha\n";
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), Compiled(text) })
            {
                Assert.Equal("Untitled talk by Jane Doe", doc.Talks.Single().Title);
                Assert.Empty(doc.Search("untitled"));
                Assert.Single(doc.Search("jane"));
                Assert.Single(doc.Search("alpha"));
            }
        }

        [Fact]
        public void Session_prose_after_a_talk_is_not_searched_as_the_talk()
        {
            string text = "C 2020 – Day 1 – Session 1\nA – Ann Lee\n  • alpha\n\nsome prose about beta\nC 2020 – Day 1 – Session 2\nB – Bo Lin\n  • beta\n";
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), Compiled(text) })
            {
                Assert.Equal(new[] { "B" }, doc.Search("beta").Select(t => t.Title).ToArray());
                Assert.Empty(doc.Search("prose"));
            }
        }

        [Fact]
        public void Speaker_prefix_finds_speakers_by_the_start_of_any_word_of_their_name()
        {
            Assert.Equal(new[] { "Rusty Russell" }, Seed.Document.FindSpeakers("rus").Select(s => s.Name).ToArray());
            Assert.Contains(Seed.Document.FindSpeakers("Mark"), s => s.Name == "Mark McClain");
            Assert.Contains(Seed.Document.FindSpeakers("McL"), s => s.Name == "Mark McLoughlin");
            Assert.Empty(Seed.Document.FindSpeakers("ussell"));
            Assert.Empty(Seed.Document.FindSpeakers(" "));
        }

        [Fact]
        public void Speaker_prefix_longer_than_the_index_keeps_is_checked_against_the_whole_name()
        {
            // Two names alike for their first 40 characters; the index keeps 32 of each word start.
            string text = "Conf 2020 – Day 1 – Session 1\n\nA – Maximiliana Wolfeschlegelsteinhausen Bergerdorff\n\nB – Maximiliana Wolfeschlegelsteinhausen Bergstrom\n";
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), Compiled(text) })
            {
                Assert.Equal(2, doc.FindSpeakers("maximiliana wolfeschlegelsteinhausen berg").Count);
                Assert.Equal(new[] { "Maximiliana Wolfeschlegelsteinhausen Bergstrom" }, doc.FindSpeakers("Maximiliana Wolfeschlegelsteinhausen Bergs").Select(s => s.Name).ToArray());
                Assert.Equal(new[] { "Maximiliana Wolfeschlegelsteinhausen Bergerdorff" }, doc.FindSpeakers("wolfeschlegelsteinhausen bergerdorff").Select(s => s.Name).ToArray());
                Assert.Empty(doc.FindSpeakers("Maximiliana Wolfeschlegelsteinhausen Bergerdorffs"));
            }
        }

        [Fact]
        public void FindSpeaker_folds_case_as_FindSpeakers_and_Search_do()
        {
            // The Kelvin sign and capital sharp s lower-case to k and ß, which an ordinal case-insensitive key leaves apart.
            string text = "Conf 2020 – Day 1 – Session 1\n\nTemperature – \u212Aim Lee + Peter GRO\u1E9EMANN\n";
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), Compiled(text) })
            {
                Assert.Equal("\u212Aim Lee", doc.FindSpeaker("Kim Lee")?.Name);
                Assert.Equal("Peter GRO\u1E9EMANN", doc.FindSpeaker("peter großmann")?.Name);
                Assert.Same(doc.FindSpeaker("Kim Lee"), Assert.Single(doc.FindSpeakers("Kim Lee")));
                Assert.Single(doc.Search("kim"));
                Assert.Null(doc.FindSpeaker("Kim Le"));
            }
        }

        [Fact]
        public void Speaker_prefix_folds_white_space_as_FindSpeaker_does()
        {
            foreach (NotesDocument doc in new[] { Seed.Document, Compiled(Seed.Text) })
            {
                Assert.NotNull(doc.FindSpeaker("MONTY  TAYLOR"));
                Assert.Equal(new[] { "Monty Taylor" }, doc.FindSpeakers("MONTY  TAYLOR").Select(s => s.Name).ToArray());
                Assert.Equal(new[] { "Monty Taylor" }, doc.FindSpeakers(" monty\t ta").Select(s => s.Name).ToArray());
            }

            // A name written with a double space in the notes is found by its single-spaced prefix too.
            NotesDocument spaced = NotesParser.Parse("Conf 2020 – Day 1 – Session 1\n\nA talk – Ann  Lee\n");
            Assert.Same(spaced.FindSpeaker("ann lee"), Assert.Single(spaced.FindSpeakers("ann l")));
        }

        [Fact]
        public void A_null_query_or_name_is_an_argument_error_as_in_the_base_library()
        {
            foreach (NotesDocument doc in new[] { Seed.Document, CompiledText.Load(Seed.Text) })
            {
                Assert.Equal("query", Assert.Throws<System.ArgumentNullException>(() => doc.Search(null!)).ParamName);
                Assert.Equal("name", Assert.Throws<System.ArgumentNullException>(() => doc.FindSpeaker(null!)).ParamName);
                Assert.Equal("prefix", Assert.Throws<System.ArgumentNullException>(() => doc.FindSpeakers(null!)).ParamName);
                Assert.Empty(doc.Search(" "));
                Assert.Empty(doc.FindSpeakers(" "));
                Assert.Null(doc.FindSpeaker(" "));
            }

            Assert.Equal("document", Assert.Throws<System.ArgumentNullException>(() => NotesDataset.Compiled.CompiledNotes.Conference(null!, 0, out _)).ParamName);
            Assert.Equal("session", Assert.Throws<System.ArgumentNullException>(() => NotesDataset.Compiled.CompiledNotes.Talks(null!, 0, out _)).ParamName);
        }
    }
}
