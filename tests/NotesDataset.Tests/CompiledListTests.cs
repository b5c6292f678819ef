using System;
using System.Collections.Generic;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>A compiled dataset's lists behave as the parsed document's do, bad indexes included.</summary>
    public class CompiledListTests
    {
        public static IEnumerable<object[]> Documents()
        {
            yield return new object[] { "parsed", Seed.Document };
            yield return new object[] { "compiled", CompiledText.Load(Seed.Text) };
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void An_index_outside_any_list_is_an_ArgumentOutOfRangeException(string kind, NotesDocument doc)
        {
            Talk talk = doc.Talks[0];
            Speaker speaker = talk.Speakers[0];
            var lists = new Func<object>[]
            {
                () => doc.Talks[-1], () => doc.Talks[doc.Talks.Count], () => doc.Speakers[doc.Speakers.Count],
                () => doc.Days[-1], () => doc.Sessions[doc.Sessions.Count],
                () => talk.Speakers[talk.Speakers.Count], () => talk.Speakers[-1],
                () => speaker.Talks[speaker.Talks.Count], () => speaker.Talks[-1],
                () => talk.Session.Talks[talk.Session.Talks.Count], () => talk.Notes[talk.Notes.Count],
            };

            for (int i = 0; i < lists.Length; i++)
            {
                Exception e = Record.Exception(lists[i]);
                Assert.True(e is ArgumentOutOfRangeException, kind + " list " + i + ": " + (e?.GetType().Name ?? "no exception"));
            }
        }
    }
}
