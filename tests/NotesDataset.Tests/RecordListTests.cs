using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
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
            Assert.Throws<ArgumentOutOfRangeException>(() => generic.CopyTo(new string[3], 1));

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
    }
}
