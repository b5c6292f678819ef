using System.Collections.Generic;

// The out parameters are the generated class's fields, in the order it declares them; a <param> line each would add nothing.
#pragma warning disable CS1573

namespace NotesDataset.Compiled
{
    // The static constructors of generated classes call these, one call per class (or per eight talks or speakers),
    // to fill the class's static readonly fields. Fields filled this way compile far faster than one property or one
    // initializer per member: for 20,000 talks, the compiler and the SDK's analyzers bind 8,000 calls instead of
    // 30,000 method bodies. A class's records are decoded when the class is first touched, not when the dataset opens.
    public static partial class CompiledNotes
    {
        /// <summary>Fills a generated conference class's <c>Conference</c> field.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="index">The conference's index in <see cref="NotesDocument.Conferences"/>.</param>
        /// <param name="conference">The field.</param>
        public static void Conference(NotesDocument document, int index, out Conference conference) => conference = document.Conferences[index];

        /// <summary>Fills a generated day class's <c>Day</c> field.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="index">The day's index in <see cref="NotesDocument.Days"/>.</param>
        /// <param name="day">The field.</param>
        public static void Day(NotesDocument document, int index, out Day day) => day = document.Days[index];

        /// <summary>Fills a generated session class's <c>Session</c> field.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="index">The session's index in <see cref="NotesDocument.Sessions"/>.</param>
        /// <param name="session">The field.</param>
        public static void Session(NotesDocument document, int index, out Session session) => session = document.Sessions[index];

        /// <summary>Fills a generated session class's <c>Session</c> field and the field of its first talk.</summary>
        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0)
        {
            session = document.Sessions[index];
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[0];
        }

        /// <summary>Fills a generated session class's <c>Session</c> field and the fields of its first 2 talks.</summary>
        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1)
        {
            session = document.Sessions[index];
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[0]; t1 = talks[1];
        }

        /// <summary>Fills a generated session class's <c>Session</c> field and the fields of its first 3 talks.</summary>
        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2)
        {
            session = document.Sessions[index];
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[0]; t1 = talks[1]; t2 = talks[2];
        }

        /// <summary>Fills a generated session class's <c>Session</c> field and the fields of its first 4 talks.</summary>
        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2, out Talk t3)
        {
            session = document.Sessions[index];
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[0]; t1 = talks[1]; t2 = talks[2]; t3 = talks[3];
        }

        /// <summary>Fills a generated session class's <c>Session</c> field and the fields of its first 5 talks.</summary>
        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4)
        {
            session = document.Sessions[index];
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[0]; t1 = talks[1]; t2 = talks[2]; t3 = talks[3]; t4 = talks[4];
        }

        /// <summary>Fills a generated session class's <c>Session</c> field and the fields of its first 6 talks.</summary>
        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5)
        {
            session = document.Sessions[index];
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[0]; t1 = talks[1]; t2 = talks[2]; t3 = talks[3]; t4 = talks[4]; t5 = talks[5];
        }

        /// <summary>Fills a generated session class's <c>Session</c> field and the fields of its first 7 talks.</summary>
        /// <inheritdoc cref="Session(NotesDocument, int, out Session)"/>
        public static void Session(NotesDocument document, int index, out Session session, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5, out Talk t6)
        {
            session = document.Sessions[index];
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[0]; t1 = talks[1]; t2 = talks[2]; t3 = talks[3]; t4 = talks[4]; t5 = talks[5]; t6 = talks[6];
        }

        /// <summary>Fills the field of one more talk of a generated session class, from talk <paramref name="first"/> of the session on.</summary>
        /// <param name="session">The session.</param>
        /// <param name="first">The index of the first talk in <see cref="NotesDataset.Session.Talks"/>.</param>
        public static void Talks(Session session, int first, out Talk t0)
        {
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[first];
        }

        /// <summary>Fills the fields of 2 more talks of a generated session class, from talk <paramref name="first"/> of the session on.</summary>
        /// <param name="session">The session.</param>
        /// <param name="first">The index of the first talk in <see cref="NotesDataset.Session.Talks"/>.</param>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1)
        {
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[first]; t1 = talks[first + 1];
        }

        /// <summary>Fills the fields of 3 more talks of a generated session class, from talk <paramref name="first"/> of the session on.</summary>
        /// <param name="session">The session.</param>
        /// <param name="first">The index of the first talk in <see cref="NotesDataset.Session.Talks"/>.</param>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2)
        {
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[first]; t1 = talks[first + 1]; t2 = talks[first + 2];
        }

        /// <summary>Fills the fields of 4 more talks of a generated session class, from talk <paramref name="first"/> of the session on.</summary>
        /// <param name="session">The session.</param>
        /// <param name="first">The index of the first talk in <see cref="NotesDataset.Session.Talks"/>.</param>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3)
        {
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[first]; t1 = talks[first + 1]; t2 = talks[first + 2]; t3 = talks[first + 3];
        }

        /// <summary>Fills the fields of 5 more talks of a generated session class, from talk <paramref name="first"/> of the session on.</summary>
        /// <param name="session">The session.</param>
        /// <param name="first">The index of the first talk in <see cref="NotesDataset.Session.Talks"/>.</param>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4)
        {
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[first]; t1 = talks[first + 1]; t2 = talks[first + 2]; t3 = talks[first + 3]; t4 = talks[first + 4];
        }

        /// <summary>Fills the fields of 6 more talks of a generated session class, from talk <paramref name="first"/> of the session on.</summary>
        /// <param name="session">The session.</param>
        /// <param name="first">The index of the first talk in <see cref="NotesDataset.Session.Talks"/>.</param>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5)
        {
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[first]; t1 = talks[first + 1]; t2 = talks[first + 2]; t3 = talks[first + 3]; t4 = talks[first + 4]; t5 = talks[first + 5];
        }

        /// <summary>Fills the fields of 7 more talks of a generated session class, from talk <paramref name="first"/> of the session on.</summary>
        /// <param name="session">The session.</param>
        /// <param name="first">The index of the first talk in <see cref="NotesDataset.Session.Talks"/>.</param>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5, out Talk t6)
        {
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[first]; t1 = talks[first + 1]; t2 = talks[first + 2]; t3 = talks[first + 3]; t4 = talks[first + 4]; t5 = talks[first + 5]; t6 = talks[first + 6];
        }

        /// <summary>Fills the fields of 8 more talks of a generated session class, from talk <paramref name="first"/> of the session on.</summary>
        /// <param name="session">The session.</param>
        /// <param name="first">The index of the first talk in <see cref="NotesDataset.Session.Talks"/>.</param>
        public static void Talks(Session session, int first, out Talk t0, out Talk t1, out Talk t2, out Talk t3, out Talk t4, out Talk t5, out Talk t6, out Talk t7)
        {
            IReadOnlyList<Talk> talks = session.Talks;
            t0 = talks[first]; t1 = talks[first + 1]; t2 = talks[first + 2]; t3 = talks[first + 3]; t4 = talks[first + 4]; t5 = talks[first + 5]; t6 = talks[first + 6]; t7 = talks[first + 7];
        }

        /// <summary>Fills the field of one speaker of a generated <c>People</c> class, from speaker <paramref name="first"/> on.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="first">The index of the first speaker in <see cref="NotesDocument.Speakers"/>.</param>
        public static void Speakers(NotesDocument document, int first, out Speaker s0)
        {
            IReadOnlyList<Speaker> speakers = document.Speakers;
            s0 = speakers[first];
        }

        /// <summary>Fills the fields of 2 speakers of a generated <c>People</c> class, from speaker <paramref name="first"/> on.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="first">The index of the first speaker in <see cref="NotesDocument.Speakers"/>.</param>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1)
        {
            IReadOnlyList<Speaker> speakers = document.Speakers;
            s0 = speakers[first]; s1 = speakers[first + 1];
        }

        /// <summary>Fills the fields of 3 speakers of a generated <c>People</c> class, from speaker <paramref name="first"/> on.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="first">The index of the first speaker in <see cref="NotesDocument.Speakers"/>.</param>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2)
        {
            IReadOnlyList<Speaker> speakers = document.Speakers;
            s0 = speakers[first]; s1 = speakers[first + 1]; s2 = speakers[first + 2];
        }

        /// <summary>Fills the fields of 4 speakers of a generated <c>People</c> class, from speaker <paramref name="first"/> on.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="first">The index of the first speaker in <see cref="NotesDocument.Speakers"/>.</param>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3)
        {
            IReadOnlyList<Speaker> speakers = document.Speakers;
            s0 = speakers[first]; s1 = speakers[first + 1]; s2 = speakers[first + 2]; s3 = speakers[first + 3];
        }

        /// <summary>Fills the fields of 5 speakers of a generated <c>People</c> class, from speaker <paramref name="first"/> on.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="first">The index of the first speaker in <see cref="NotesDocument.Speakers"/>.</param>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3, out Speaker s4)
        {
            IReadOnlyList<Speaker> speakers = document.Speakers;
            s0 = speakers[first]; s1 = speakers[first + 1]; s2 = speakers[first + 2]; s3 = speakers[first + 3]; s4 = speakers[first + 4];
        }

        /// <summary>Fills the fields of 6 speakers of a generated <c>People</c> class, from speaker <paramref name="first"/> on.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="first">The index of the first speaker in <see cref="NotesDocument.Speakers"/>.</param>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3, out Speaker s4, out Speaker s5)
        {
            IReadOnlyList<Speaker> speakers = document.Speakers;
            s0 = speakers[first]; s1 = speakers[first + 1]; s2 = speakers[first + 2]; s3 = speakers[first + 3]; s4 = speakers[first + 4]; s5 = speakers[first + 5];
        }

        /// <summary>Fills the fields of 7 speakers of a generated <c>People</c> class, from speaker <paramref name="first"/> on.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="first">The index of the first speaker in <see cref="NotesDocument.Speakers"/>.</param>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3, out Speaker s4, out Speaker s5, out Speaker s6)
        {
            IReadOnlyList<Speaker> speakers = document.Speakers;
            s0 = speakers[first]; s1 = speakers[first + 1]; s2 = speakers[first + 2]; s3 = speakers[first + 3]; s4 = speakers[first + 4]; s5 = speakers[first + 5]; s6 = speakers[first + 6];
        }

        /// <summary>Fills the fields of 8 speakers of a generated <c>People</c> class, from speaker <paramref name="first"/> on.</summary>
        /// <param name="document">The dataset.</param>
        /// <param name="first">The index of the first speaker in <see cref="NotesDocument.Speakers"/>.</param>
        public static void Speakers(NotesDocument document, int first, out Speaker s0, out Speaker s1, out Speaker s2, out Speaker s3, out Speaker s4, out Speaker s5, out Speaker s6, out Speaker s7)
        {
            IReadOnlyList<Speaker> speakers = document.Speakers;
            s0 = speakers[first]; s1 = speakers[first + 1]; s2 = speakers[first + 2]; s3 = speakers[first + 3]; s4 = speakers[first + 4]; s5 = speakers[first + 5]; s6 = speakers[first + 6]; s7 = speakers[first + 7];
        }
    }
}
