using System;
using System.Collections.Generic;
using System.Linq;
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
    }
}
