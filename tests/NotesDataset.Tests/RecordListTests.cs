using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NotesDataset.Compiled;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>
    /// A compiled dataset's lists build each record on first access. They are read-only <see cref="IList{T}"/>s, as a parsed
    /// document's are: LINQ's <c>Count()</c>, <c>ElementAt</c> and <c>Last</c> then read one record or none (over an
    /// <see cref="IReadOnlyList{T}"/> alone they enumerate, building every record), and data binding takes them.
    /// </summary>
    public class RecordListTests
    {
        private static (LazyList<string> List, List<int> Built) Counting(int count)
        {
            var built = new List<int>();
            return (new LazyList<string>(10, count, i => { built.Add(i); return "item " + i; }), built);
        }

        [Fact]
        public void Linq_reads_only_the_items_it_returns()
        {
            (LazyList<string> list, List<int> built) = Counting(1000);

            Assert.Equal(1000, list.Count());
            Assert.Equal("item 509", list.ElementAt(499));
            Assert.Equal("item 1009", list.Last());
            Assert.Equal(new[] { 509, 1009 }, built);
        }

        [Fact]
        public void Changes_throw_and_reads_agree_with_enumeration()
        {
            (LazyList<string> list, _) = Counting(3);
            IList<string> generic = list;
            IList plain = list;

            Assert.True(generic.IsReadOnly);
            Assert.True(plain.IsFixedSize);
            Assert.Throws<NotSupportedException>(() => generic.Add("x"));
            Assert.Throws<NotSupportedException>(() => generic[0] = "x");
            Assert.Throws<NotSupportedException>(() => plain.RemoveAt(0));
            Assert.Throws<NotSupportedException>(() => plain[0] = "x");
            Assert.Throws<ArgumentOutOfRangeException>(() => list[3]);

            var array = new string[5];
            generic.CopyTo(array, 1);
            Assert.Equal(new[] { null, "item 10", "item 11", "item 12", null }, array);
            var objects = new object[3];
            plain.CopyTo(objects, 0);
            Assert.Equal(list.Cast<object>(), objects);
            // As the base library's lists: too little room is a bad array, a negative index out of range.
            Assert.Equal("array", Assert.Throws<ArgumentException>(() => generic.CopyTo(new string[3], 1)).ParamName);
            Assert.Equal("arrayIndex", Assert.Throws<ArgumentOutOfRangeException>(() => generic.CopyTo(new string[3], -1)).ParamName);
            Assert.Equal("array", Assert.Throws<ArgumentException>(() => plain.CopyTo(new object[2], 0)).ParamName);
            Assert.Equal("array", Assert.Throws<ArgumentException>(() => plain.CopyTo(new int[3], 0)).ParamName);

            Assert.Equal(1, list.IndexOf("item 11"));
            Assert.Equal(-1, plain.IndexOf(11));
            Assert.True(plain.Contains("item 12"));
            bool found = list.Contains("item 13");
            Assert.False(found);
        }

        [Fact]
        public void A_compiled_datasets_lists_are_read_only_ILists_as_a_parsed_documents_are()
        {
            string notes = string.Join("\n", "Conf 2020 – Day 1 – Session 1", "A – Ann Lee", "  • one", "B – Bo Lin and Ann Lee");
            foreach (NotesDocument doc in new[] { NotesParser.Parse(notes), CompiledText.Load(notes) })
            {
                foreach (IEnumerable list in new IEnumerable[] { doc.Talks, doc.Speakers, doc.Days, doc.Sessions, doc.Talks[1].Speakers, doc.Speakers[0].Talks, doc.Talks[0].Notes })
                {
                    IList plain = Assert.IsAssignableFrom<IList>(list);
                    Assert.True(plain.IsReadOnly);
                    Assert.Equal(list.Cast<object>(), plain.Cast<object>().ToArray());
                }

                IList<Talk> talks = Assert.IsAssignableFrom<IList<Talk>>(doc.Talks);
                Assert.Equal(1, talks.IndexOf(doc.Talks[1]));
                Assert.Throws<NotSupportedException>(() => talks.Clear());
            }
        }

        /// <summary>Two conferences; a session and a keynote with no talks, at a day's end and a conference's start.</summary>
        private static readonly string RangeNotes = string.Join("\n",
            "Conf 2019 – Day 1 – Session 1", "A – Ann Lee", "B – Bo Lin",
            "Conf 2019 – Day 1 – Session 2", "",
            "Conf 2019 – Day 2 – Session 1", "C – Cy Young",
            "Conf 2020 – Day 1 – Keynote", "",
            "Conf 2020 – Day 2 – Session 1", "D – Di Ross", "E – Ed Ray",
            "Conf 2020 – Day 2 – Session 2", "F – Fay Wu");

        [Fact]
        public void A_conferences_sessions_and_talks_and_a_days_talks_are_read_only_lists_of_the_documents_in_a_row()
        {
            foreach (NotesDocument doc in new[] { NotesParser.Parse(RangeNotes), CompiledText.Load(RangeNotes) })
            {
                Assert.Equal(new[] { 3, 3 }, doc.Conferences.Select(c => c.Talks.Count));
                foreach (Conference c in doc.Conferences)
                {
                    Assert.Equal(c.Days.SelectMany(d => d.Sessions), c.Sessions);
                    Assert.Equal(c.Days.SelectMany(d => d.Sessions).SelectMany(s => s.Talks), c.Talks);
                    Assert.Same(c.Talks, c.Talks);
                    foreach (Day d in c.Days) Assert.Equal(d.Sessions.SelectMany(s => s.Talks), d.Talks);
                    foreach (IEnumerable list in new IEnumerable[] { c.Sessions, c.Talks, c.Days[0].Talks })
                    {
                        IList plain = Assert.IsAssignableFrom<IList>(list);
                        Assert.True(plain.IsReadOnly);
                        Assert.Throws<NotSupportedException>(() => plain.Add(null));
                    }
                }

                Assert.Empty(doc.Conferences[1].Days[0].Talks);
                Assert.Equal(doc.Talks, doc.Conferences.SelectMany(c => c.Talks));
                Assert.Equal("F – Fay Wu", doc.Conferences[1].Talks[2].ToString());
            }
        }

        [Fact]
        public void A_compiled_conferences_talks_are_counted_and_indexed_without_building_the_others()
        {
            NotesDocument doc = CompiledText.Load(RangeNotes);
            Conference conference = doc.Conferences[1];

            Assert.Equal(3, conference.Talks.Count);
            Assert.Equal(3, conference.Days[1].Talks.Count);
            Assert.Equal(0, BuiltTalks(doc));
            Assert.Same(doc.Talks[5], conference.Talks.Last());
            Assert.Equal(1, BuiltTalks(doc));
        }

        /// <summary>How many of a compiled dataset's talks have been built.</summary>
        private static int BuiltTalks(NotesDocument doc)
        {
            object store = typeof(NotesDocument).GetField("_store", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(doc)!;
            var talks = (Talk?[])typeof(CompiledStore).GetField("_talks", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(store)!;
            return talks.Count(t => t != null);
        }

        [Fact]
        public void Search_answers_and_empty_lists_are_read_only_lists_as_the_others_are()
        {
            foreach (NotesDocument doc in new[] { NotesParser.Parse(RangeNotes), CompiledText.Load(RangeNotes) })
            {
                foreach (IEnumerable list in new IEnumerable[] { doc.Search("Ann"), doc.Search("nothing"), doc.FindSpeakers("A"), doc.FindSpeakers("zz"), doc.Conferences[1].Days[0].Talks, doc.Sessions[1].Talks, doc.Talks[0].Notes })
                {
                    IList plain = Assert.IsAssignableFrom<IList>(list);
                    Assert.True(plain.IsReadOnly);
                    Assert.False(list is Array, "an array casts to T[]: " + list.GetType());
                    Assert.Throws<NotSupportedException>(() => plain.Add(null));
                }
            }
        }
    }
}
