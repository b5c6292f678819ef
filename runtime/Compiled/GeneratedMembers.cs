using System.Collections.Generic;

// The out parameters are the generated class's fields, in the order it declares them; a <param> line each would add nothing.
#pragma warning disable CS1573

namespace NotesDataset.Compiled
{
    // The static constructors of generated classes call these, one call per class (or per eight talks or speakers),
    // to fill the class's static readonly fields. Fields filled this way compile far faster than one property or one
    // initializer per member: for 20,000 talks, the compiler and the SDK's analyzers bind 8,000 calls instead of
    // 30,000 method bodies. A class's records are decoded when the class is first touched, not when the dataset opens.
    // Each public overload names its types, so that the generated calls bind without type inference.
    public static partial class CompiledNotes
    {
        /// <summary>Fills a generated conference class's <c>Conference</c> field.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="index">The conference's index in <see cref="NotesDocument.Conferences"/>.</param>
        /// <param name="conference">The field.</param>
        public static void Conference(NotesDocument document, int index, out Conference conference) => conference = Of(document).Conferences[index];

        /// <summary>Fills a generated day class's <c>Day</c> field.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="index">The day's index in <see cref="NotesDocument.Days"/>.</param>
        /// <param name="day">The field.</param>
        public static void Day(NotesDocument document, int index, out Day day) => day = Of(document).Days[index];

        /// <summary>Fills a generated session class's <c>Session</c> field, and the fields of its first talks (none to seven).</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="index">The session's index in <see cref="NotesDocument.Sessions"/>.</param>
        /// <param name="session">The field.</param>
        public static void Session(NotesDocument document, int index, out Session session) => session = Of(document).Sessions[index];

        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0) => Fill((session = Of(document).Sessions[index]).Talks, 0, out t0);

        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1) => Fill((session = Of(document).Sessions[index]).Talks, 0, out t0, out t1);

        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2) => Fill((session = Of(document).Sessions[index]).Talks, 0, out t0, out t1, out t2);

        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2, out Talk t3) => Fill((session = Of(document).Sessions[index]).Talks, 0, out t0, out t1, out t2, out t3);

        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4) => Fill((session = Of(document).Sessions[index]).Talks, 0, out t0, out t1, out t2, out t3, out t4);

        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5) => Fill((session = Of(document).Sessions[index]).Talks, 0, out t0, out t1, out t2, out t3, out t4, out t5);

        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5, out Talk t6) => Fill((session = Of(document).Sessions[index]).Talks, 0, out t0, out t1, out t2, out t3, out t4, out t5, out t6);

        /// <summary>Fills the fields of more talks of a generated session class (one to eight), from talk <paramref name="first"/> of the session on.</summary>
        /// <param name="session">The session.</param>
        /// <param name="first">The index of the first talk in <see cref="NotesDataset.Session.Talks"/>.</param>
        public static void Talks(Session session, int first, out Talk t0) => Fill(Of(session).Talks, first, out t0);

        /// <inheritdoc cref="Talks(Session, int, out Talk)"/>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1) => Fill(Of(session).Talks, first, out t0, out t1);

        /// <inheritdoc cref="Talks(Session, int, out Talk)"/>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2) => Fill(Of(session).Talks, first, out t0, out t1, out t2);

        /// <inheritdoc cref="Talks(Session, int, out Talk)"/>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3) => Fill(Of(session).Talks, first, out t0, out t1, out t2, out t3);

        /// <inheritdoc cref="Talks(Session, int, out Talk)"/>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4) => Fill(Of(session).Talks, first, out t0, out t1, out t2, out t3, out t4);

        /// <inheritdoc cref="Talks(Session, int, out Talk)"/>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5) => Fill(Of(session).Talks, first, out t0, out t1, out t2, out t3, out t4, out t5);

        /// <inheritdoc cref="Talks(Session, int, out Talk)"/>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5, out Talk t6) => Fill(Of(session).Talks, first, out t0, out t1, out t2, out t3, out t4, out t5, out t6);

        /// <inheritdoc cref="Talks(Session, int, out Talk)"/>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5, out Talk t6, out Talk t7) => Fill(Of(session).Talks, first, out t0, out t1, out t2, out t3, out t4, out t5, out t6, out t7);

        /// <summary>Fills the fields of a generated <c>People</c> class (one to eight a call), from speaker <paramref name="first"/> on.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="first">The index of the first speaker in <see cref="NotesDocument.Speakers"/>.</param>
        public static void Speakers(NotesDocument document, int first, out Speaker s0) => Fill(Of(document).Speakers, first, out s0);

        /// <inheritdoc cref="Speakers(NotesDocument, int, out Speaker)"/>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1) => Fill(Of(document).Speakers, first, out s0, out s1);

        /// <inheritdoc cref="Speakers(NotesDocument, int, out Speaker)"/>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2) => Fill(Of(document).Speakers, first, out s0, out s1, out s2);

        /// <inheritdoc cref="Speakers(NotesDocument, int, out Speaker)"/>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3) => Fill(Of(document).Speakers, first, out s0, out s1, out s2, out s3);

        /// <inheritdoc cref="Speakers(NotesDocument, int, out Speaker)"/>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3, out Speaker s4) => Fill(Of(document).Speakers, first, out s0, out s1, out s2, out s3, out s4);

        /// <inheritdoc cref="Speakers(NotesDocument, int, out Speaker)"/>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3, out Speaker s4, out Speaker s5) => Fill(Of(document).Speakers, first, out s0, out s1, out s2, out s3, out s4, out s5);

        /// <inheritdoc cref="Speakers(NotesDocument, int, out Speaker)"/>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3, out Speaker s4, out Speaker s5, out Speaker s6) => Fill(Of(document).Speakers, first, out s0, out s1, out s2, out s3, out s4, out s5, out s6);

        /// <inheritdoc cref="Speakers(NotesDocument, int, out Speaker)"/>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3, out Speaker s4, out Speaker s5, out Speaker s6, out Speaker s7) => Fill(Of(document).Speakers, first, out s0, out s1, out s2, out s3, out s4, out s5, out s6, out s7);

        /// <summary>The dataset the generated code passes, which is never null; anyone else's null is an argument's fault.</summary>
        private static NotesDocument Of(NotesDocument document) => document ?? throw new System.ArgumentNullException(nameof(document));

        /// <summary>As <see cref="Of(NotesDocument)"/>, the session a session class's later talks are filled from.</summary>
        private static Session Of(Session session) => session ?? throw new System.ArgumentNullException(nameof(session));

        private static void Fill<T>(IReadOnlyList<T> list, int first, out T v0)
        {
            v0 = list[first];
        }

        private static void Fill<T>(IReadOnlyList<T> list, int first, out T v0, out T v1)
        {
            v0 = list[first]; v1 = list[first + 1];
        }

        private static void Fill<T>(IReadOnlyList<T> list, int first, out T v0, out T v1, out T v2)
        {
            v0 = list[first]; v1 = list[first + 1]; v2 = list[first + 2];
        }

        private static void Fill<T>(IReadOnlyList<T> list, int first, out T v0, out T v1, out T v2, out T v3)
        {
            v0 = list[first]; v1 = list[first + 1]; v2 = list[first + 2]; v3 = list[first + 3];
        }

        private static void Fill<T>(IReadOnlyList<T> list, int first, out T v0, out T v1, out T v2, out T v3, out T v4)
        {
            v0 = list[first]; v1 = list[first + 1]; v2 = list[first + 2]; v3 = list[first + 3]; v4 = list[first + 4];
        }

        private static void Fill<T>(IReadOnlyList<T> list, int first, out T v0, out T v1, out T v2, out T v3, out T v4, out T v5)
        {
            v0 = list[first]; v1 = list[first + 1]; v2 = list[first + 2]; v3 = list[first + 3]; v4 = list[first + 4]; v5 = list[first + 5];
        }

        private static void Fill<T>(IReadOnlyList<T> list, int first, out T v0, out T v1, out T v2, out T v3, out T v4, out T v5, out T v6)
        {
            v0 = list[first]; v1 = list[first + 1]; v2 = list[first + 2]; v3 = list[first + 3]; v4 = list[first + 4]; v5 = list[first + 5]; v6 = list[first + 6];
        }

        private static void Fill<T>(IReadOnlyList<T> list, int first, out T v0, out T v1, out T v2, out T v3, out T v4, out T v5, out T v6, out T v7)
        {
            v0 = list[first]; v1 = list[first + 1]; v2 = list[first + 2]; v3 = list[first + 3]; v4 = list[first + 4]; v5 = list[first + 5]; v6 = list[first + 6]; v7 = list[first + 7];
        }
    }
}
