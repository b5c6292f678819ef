using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>
    /// A compiled dataset's talk reads its notes and speakers on first use. Threads that ask at the same moment must all
    /// get the same objects: a <see cref="Note"/> compares by reference, so two copies of one note would count twice in
    /// a <c>HashSet</c> or <c>Distinct</c>.
    /// </summary>
    public class LazyPublicationTests
    {
        private const int Threads = 8;

        /// <summary>A source whose every read waits until all threads are inside it, then makes new objects.</summary>
        private sealed class RacingSource : TalkContentSource
        {
            private readonly Barrier _inside = new Barrier(Threads);

            public override TalkContent Load(int talk)
            {
                _inside.SignalAndWait(TimeSpan.FromSeconds(30));
                return new TalkContent("A talk – Ann Lee", new List<Note> { new Note("a note", 2, 3, "•", Array.Empty<Note>()) }, new List<string>());
            }

            public override IReadOnlyList<Speaker> SpeakersOf(int talk)
            {
                _inside.SignalAndWait(TimeSpan.FromSeconds(30));
                return new List<Speaker>();
            }

            public override Session Session(int session) => throw new NotSupportedException();
        }

        private static T[] AllAtOnce<T>(Func<T> read)
            => Task.WhenAll(Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(read, TaskCreationOptions.LongRunning))).GetAwaiter().GetResult();

        [Fact]
        public void Threads_reading_a_talks_notes_first_at_once_all_get_the_same_notes()
        {
            var talk = new Talk(new RacingSource(), 0, 0, "A talk", null, 1);

            Note[] firsts = AllAtOnce(() => talk.Notes[0]);

            Assert.All(firsts, n => Assert.Same(talk.Notes[0], n));
            Assert.Single(firsts.Distinct());
        }

        [Fact]
        public void Threads_reading_a_talks_speakers_first_at_once_all_get_the_same_list()
        {
            var talk = new Talk(new RacingSource(), 0, 0, "A talk", null, 1);

            IReadOnlyList<Speaker>[] lists = AllAtOnce(() => talk.Speakers);

            Assert.All(lists, l => Assert.Same(talk.Speakers, l));
        }

        /// <summary>Notes of many talks, so that building the word index takes long enough for threads to meet in it.</summary>
        private static readonly string ManyTalks = string.Join("\n", Enumerable.Range(0, 3000).Select(i =>
            (i % 20 == 0 ? "Conf 2024 – Day 1 – Session " + (i / 20 + 1) + "\n" : "") + "Talk " + i + " – Ann Lee\n  • alpha beta " + i + "\n  • gamma delta word" + (i % 97)));

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Threads_that_need_the_search_index_at_once_build_it_once_and_get_the_same_answer(bool compiled)
        {
            NotesDocument doc = compiled ? CompiledText.Load(ManyTalks) : NotesParser.Parse(ManyTalks);
            var start = new Barrier(Threads);
            int[][] answers = AllAtOnce(() =>
            {
                start.SignalAndWait(TimeSpan.FromSeconds(30));
                return doc.Search("alpha beta").Select(t => t.Line).ToArray(); // a phrase: only the index answers it
            });

            Assert.Equal(1, doc.IndexBuilds);
            Assert.Equal(3000, answers[0].Length);
            Assert.All(answers, a => Assert.Equal(answers[0], a));
        }

        [Fact]
        public void A_search_that_needs_the_index_while_the_background_thread_builds_it_waits_for_that_build()
        {
            NotesDocument doc = CompiledText.Load(ManyTalks);
            Assert.Equal(3000, doc.Search("gamma").Count); // scans
            Assert.Equal(31, doc.Search("word5").Count); // scans, and starts the index on a thread of its own
            Assert.Equal(3000, doc.Search("alpha beta").Count); // needs the index

            Assert.Equal(1, doc.IndexBuilds);
        }

        [Fact]
        public void The_background_index_builder_keeps_below_normal_priority_until_a_search_waits_for_it()
        {
            NotesDocument doc = CompiledText.Load(ManyTalks);
            doc.Search("gamma");
            doc.Search("word5"); // starts the builder
            var builder = (Thread)typeof(NotesDocument).GetField("_indexer", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(doc)!;
            ThreadPriority? building = null;
            try
            {
                building = builder.Priority; // while it builds (about a tenth of a second here)
            }
            catch (ThreadStateException)
            {
                // It has already finished: nothing to tell.
            }

            if (building != null) Assert.Equal(ThreadPriority.BelowNormal, building);
            Assert.Equal(3000, doc.Search("alpha beta").Count);
            Assert.Equal(1, doc.IndexBuilds);
        }
    }
}
