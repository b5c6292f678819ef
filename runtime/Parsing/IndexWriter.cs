// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace NotesDataset.Parsing
{
    /// <summary>
    /// Writes the compiled dataset's index (encoding in <see cref="CompactWriter"/>), which the runtime's
    /// CompiledNotes reads on demand: a talk, a session or a speaker is decoded only when something asks for it.
    /// </summary>
    /// <remarks>
    /// Layout: the version; a header of fixed slots (the counts of talks, sessions, days, conferences and speakers,
    /// then where each table and the document record start); one table per kind with a fixed slot per record (where
    /// it starts); the speakers' ids sorted by name (for lookups by name); then the records.
    /// <list type="bullet">
    /// <item>Talk: session, form, line, block line, title and affiliation (bytes from the block's start when the talk's
    /// line holds them as written), speaker ids. The block's start and length (UTF-8 bytes of the notes file) are in a
    /// table of fixed slots after the speakers' order, followed by the ids of the talks named after their session.</item>
    /// <item>Session: day, kind, number, line, heading (bytes from the file's start), title (bytes from the heading's
    /// start), prose, first talk and talk count.</item>
    /// <item>Day: conference, label, number, weekday, first session and count. Conference: name, year, first day and count.</item>
    /// <item>Speaker: name, then the talk ids, ascending, as differences.</item>
    /// <item>Document: path, the notes' UTF-8 length, prose before the first heading, diagnostics.</item>
    /// </list>
    /// Titles, headings and affiliations are references into the notes bytes, not copies: the index stays a
    /// fraction of the notes' size.
    /// </remarks>
    internal static class IndexWriter
    {
        /// <summary>The index, as a string of its bytes (all ASCII): see <see cref="CompactWriter"/>.</summary>
        /// <param name="parsed">The parsed notes.</param>
        /// <param name="text">The notes text they were parsed from.</param>
        /// <param name="path">The notes file's path as the dataset reports it.</param>
        /// <param name="utf8Length">The text's length in UTF-8 bytes.</param>
        /// <param name="utf8Exact">Whether the text's UTF-8 is exactly the file's bytes (see <see cref="ByteOffsets"/>).</param>
        /// <param name="cancellationToken">Checked between the passes and every few thousand records (the generator's is cancelled at a keystroke).</param>
        public static string Write(ParsedNotes parsed, NotesChars text, string? path, out long utf8Length, out bool utf8Exact, CancellationToken cancellationToken = default)
            => Write(parsed, text, path, out utf8Length, out utf8Exact, out _, cancellationToken);

        /// <summary>As the other overload, and gives the speakers as the index numbers them (which the generated code must use too).</summary>
        public static string Write(ParsedNotes parsed, NotesChars text, string? path, out long utf8Length, out bool utf8Exact, out IndexSpeakers speakers, CancellationToken cancellationToken = default)
        {
            var days = new List<ParsedDay>();
            var sessions = new List<ParsedSession>();
            var talks = new List<ParsedTalk>();
            var dayConference = new List<int>();
            var sessionDay = new List<int>();
            var talkSession = new List<int>();
            for (int c = 0; c < parsed.Conferences.Count; c++)
            {
                foreach (ParsedDay d in parsed.Conferences[c].Days)
                {
                    foreach (ParsedSession s in d.Sessions)
                    {
                        foreach (ParsedTalk t in s.Talks)
                        {
                            talks.Add(t);
                            talkSession.Add(sessions.Count);
                        }

                        sessions.Add(s);
                        sessionDay.Add(days.Count);
                    }

                    days.Add(d);
                    dayConference.Add(c);
                }
            }

            // Character offsets to UTF-8 byte offsets, in one pass over the text: talk t's block starts at bytesAt[2t] and
            // ends at bytesAt[2t + 1], session s's heading starts at bytesAt[2T + s] (T talks; -1 for a session without one).
            var offsets = new int[(talks.Count * 2) + sessions.Count];
            for (int t = 0; t < talks.Count; t++)
            {
                offsets[2 * t] = talks[t].BlockStart;
                offsets[(2 * t) + 1] = talks[t].BlockEnd;
            }

            for (int s = 0; s < sessions.Count; s++) offsets[(2 * talks.Count) + s] = sessions[s].HeadingStart;

            long[] bytesAt = ByteOffsets(text, offsets, out utf8Length, out utf8Exact);
            cancellationToken.ThrowIfCancellationRequested();

            speakers = IndexSpeakers.Of(talks);
            List<string> speakerNames = speakers.Names;
            List<List<int>> speakerTalks = speakers.Talks;
            int[][] talkSpeakers = speakers.ByTalk;

            // Sized to hold it all (about 45 bytes a talk, with its sessions' and speakers' share): growing a large
            // index by doubling copied it and left the half-size array behind.
            var w = new CompactWriter(Math.Max(256, (talks.Count * 48) + (sessions.Count * 32) + (speakerNames.Count * 16)));
            w.Number(CompactWriter.Version);
            int header = w.Position;
            for (int i = 0; i < (int)IndexSlot.Count; i++) w.Fixed(0);
            void Set(IndexSlot slot, int value) => w.Patch(header + (CompactWriter.FixedWidth * (int)slot), value);

            // Counts, then the tables: a slot per record, patched as the records are written.
            int[] counts = { talks.Count, sessions.Count, days.Count, parsed.Conferences.Count, speakerNames.Count };
            int[] tables = new int[counts.Length];
            for (int k = 0; k < counts.Length; k++)
            {
                Set(IndexSlot.TalkCount + k, counts[k]);
                tables[k] = w.Position;
                Set(IndexSlot.TalkTable + k, tables[k]);
                for (int i = 0; i < counts[k]; i++) w.Fixed(0);
            }

            Set(IndexSlot.SpeakerOrder, w.Position);
            var sorted = new int[speakerNames.Count];
            for (int i = 0; i < sorted.Length; i++) sorted[i] = i;
            Array.Sort(sorted, (a, b) => StringComparer.OrdinalIgnoreCase.Compare(speakerNames[a], speakerNames[b]));
            foreach (int id in sorted) w.Fixed(id);

            // Every talk's block (start and length in bytes), fixed width so that a scan reads them without decoding a
            // record; then the talks named after their session, whose titles are outside their blocks.
            Set(IndexSlot.BlockTable, w.Position);
            var sessionNamed = new List<int>();
            for (int t = 0; t < talks.Count; t++)
            {
                long start = bytesAt[2 * t];
                w.Fixed(Block(start)).Fixed(Block(bytesAt[(2 * t) + 1] - start));
                if (talks[t].Form == TalkForm.SessionNamed) sessionNamed.Add(t);
            }

            Set(IndexSlot.SessionNamed, w.Position);
            w.Number(sessionNamed.Count);
            int previousNamed = 0;
            foreach (int t in sessionNamed)
            {
                w.Number(t - previousNamed);
                previousNamed = t;
            }

            for (int t = 0; t < talks.Count; t++)
            {
                if ((t & CheckEvery) == 0) cancellationToken.ThrowIfCancellationRequested();
                ParsedTalk talk = talks[t];
                w.Patch(tables[0] + (CompactWriter.FixedWidth * t), w.Position);
                w.Number(talkSession[t]).Number((int)talk.Form).Number(talk.Line).Number(talk.BlockLine);
                int p = talk.BlockStart;
                NotesText.NextLine(text, ref p, talk.BlockEnd, out int lineStart, out int lineEnd);
                Text(w, text, talk.Title, talk.BlockStart, lineStart, lineEnd);
                Text(w, text, talk.Affiliation, talk.BlockStart, lineStart, lineEnd);
                w.Number(talkSpeakers[t].Length);
                foreach (int id in talkSpeakers[t]) w.Number(id);
            }

            int firstTalk = 0;
            for (int s = 0; s < sessions.Count; s++)
            {
                if ((s & CheckEvery) == 0) cancellationToken.ThrowIfCancellationRequested();
                ParsedSession session = sessions[s];
                w.Patch(tables[1] + (CompactWriter.FixedWidth * s), w.Position);
                w.Number(sessionDay[s]).Number((int)session.Kind).Optional(session.Number).Number(session.Line);
                if (session.HeadingStart >= 0)
                {
                    int end = session.HeadingStart + session.HeadingText.Length;
                    w.Bytes(bytesAt[(2 * talks.Count) + s], Utf8Count(text, session.HeadingStart, end));
                    Text(w, text, session.Title, session.HeadingStart, session.HeadingStart, end);
                }
                else
                {
                    w.String(session.HeadingText).String(session.Title);
                }

                WriteProse(w, session.Prose);
                w.Number(firstTalk).Number(session.Talks.Count);
                firstTalk += session.Talks.Count;
            }

            int firstSession = 0;
            for (int d = 0; d < days.Count; d++)
            {
                ParsedDay day = days[d];
                w.Patch(tables[2] + (CompactWriter.FixedWidth * d), w.Position);
                w.Number(dayConference[d]).String(day.Label).Optional(day.Number).Optional(day.Weekday).Number(firstSession).Number(day.Sessions.Count);
                firstSession += day.Sessions.Count;
            }

            int firstDay = 0;
            for (int c = 0; c < parsed.Conferences.Count; c++)
            {
                ParsedConference conference = parsed.Conferences[c];
                w.Patch(tables[3] + (CompactWriter.FixedWidth * c), w.Position);
                w.String(conference.Name).Optional(conference.Year).Number(firstDay).Number(conference.Days.Count);
                firstDay += conference.Days.Count;
            }

            for (int s = 0; s < speakerNames.Count; s++)
            {
                if ((s & CheckEvery) == 0) cancellationToken.ThrowIfCancellationRequested();
                w.Patch(tables[4] + (CompactWriter.FixedWidth * s), w.Position);
                w.String(speakerNames[s]).Number(speakerTalks[s].Count);
                int previous = 0;
                foreach (int t in speakerTalks[s])
                {
                    w.Number(t - previous);
                    previous = t;
                }
            }

            Set(IndexSlot.Document, w.Position);
            w.String(path).Number(utf8Length);
            WriteProse(w, parsed.Prose);
            w.Number(parsed.Diagnostics.Count);
            foreach (NotesDiagnostic d in parsed.Diagnostics)
            {
                w.String(d.Id).Number((int)d.Severity).String(d.Message).Optional(d.Line).Optional(d.Column).Optional(d.Start).Optional(d.Length);
            }

            return w.ToString();
        }

        /// <summary>Records written between two looks at the cancellation token, less one (a mask).</summary>
        private const int CheckEvery = 0xFFF;

        /// <summary>A block's start or length for a fixed slot: the index addresses notes files of up to 256 MB.</summary>
        private static int Block(long value)
        {
            if (value > CompactWriter.FixedMax) throw new ArgumentOutOfRangeException(nameof(value), "The notes file is too large for the compiled index (256 MB at most).");
            return (int)value;
        }

        /// <summary>
        /// Writes <paramref name="value"/> as a reference to the notes bytes when it is written, as is, between
        /// <paramref name="from"/> and <paramref name="to"/> (offset from <paramref name="baseAt"/>), else as a string.
        /// </summary>
        private static void Text(CompactWriter w, NotesChars text, string? value, int baseAt, int from, int to)
        {
            if (value != null && value.Length > 0 && to - from >= value.Length)
            {
                int at = text.IndexOf(value, from, to - from, StringComparison.Ordinal);
                if (at >= 0 && !SplitsPair(text, at) && !SplitsPair(text, at + value.Length) && !SplitsPair(text, baseAt))
                {
                    w.Bytes(Utf8Count(text, baseAt, at), Utf8Count(text, at, at + value.Length));
                    return;
                }
            }

            w.String(value);
        }

        private static bool SplitsPair(NotesChars text, int at)
            => at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]);

        private static void WriteProse(CompactWriter w, List<ParsedNote> prose)
        {
            w.Number(prose.Count);
            foreach (ParsedNote n in prose) w.String(n.Text).Number(n.Line).Number(n.Column << 1 | (n.Indented ? 1 : 0));
        }

        /// <summary>
        /// UTF-8 bytes of the text between two offsets, as the encoder writes them: a lone surrogate counts 3, as the
        /// U+FFFD replacing it would. The encoder counts a run of ASCII many characters at a time.
        /// </summary>
        private static unsafe long Utf8Count(NotesChars text, int from, int to, Encoding? encoding = null)
        {
            if (to <= from) return 0;
            fixed (char* chars = text) return (encoding ?? Encoding.UTF8).GetByteCount(chars + from, to - from);
        }

        /// <summary>
        /// The UTF-8 byte offset of each character offset in <paramref name="offsets"/> (-1 for a negative one), counted
        /// from one to the next in the text's order (<paramref name="offsets"/> is sorted in place), and whether the text's
        /// UTF-8 is exactly the file's bytes: not when it holds a lone surrogate or U+FFFD (which a decoder puts where the
        /// file's bytes were not UTF-8), and then the text must travel inline.
        /// </summary>
        private static long[] ByteOffsets(NotesChars text, int[] offsets, out long utf8Length, out bool utf8Exact)
        {
            var order = new int[offsets.Length]; // the slot each offset came from
            for (int i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(offsets, order);

            var bytesAt = new long[offsets.Length];
            var loneSurrogates = new SeenFallback();
            Encoding encoding = Encoding.GetEncoding("utf-8", loneSurrogates, DecoderFallback.ReplacementFallback);
            long bytes = 0;
            int at = 0;
            for (int i = 0; i < offsets.Length; i++)
            {
                int offset = offsets[i];
                if (offset < 0)
                {
                    bytesAt[order[i]] = -1;
                    continue;
                }

                // Offsets are line starts, line ends and a heading's first character: never inside a surrogate pair.
                bytes += Utf8Count(text, at, offset, encoding);
                at = Math.Max(at, offset);
                bytesAt[order[i]] = bytes;
            }

            utf8Length = bytes + Utf8Count(text, at, text.Length, encoding);
            utf8Exact = !loneSurrogates.Seen && text.IndexOf('\uFFFD') < 0;
            return bytesAt;
        }

        /// <summary>Replaces what UTF-8 cannot encode (a lone surrogate) with U+FFFD, as the default encoder does, and records that it did.</summary>
        private sealed class SeenFallback : EncoderFallback
        {
            public bool Seen { get; private set; }

            public override int MaxCharCount => 1;

            public override EncoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

            private sealed class Buffer : EncoderFallbackBuffer
            {
                private readonly SeenFallback _owner;
                private int _left;

                public Buffer(SeenFallback owner) => _owner = owner;

                public override int Remaining => _left;

                public override bool Fallback(char charUnknown, int index) => Replace();

                public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index) => Replace();

                public override char GetNextChar()
                {
                    if (_left == 0) return '\0';
                    _left--;
                    return '\uFFFD';
                }

                public override bool MovePrevious() => _left < 1 && ++_left == 1;

                public override void Reset() => _left = 0;

                private bool Replace()
                {
                    _owner.Seen = true;
                    _left = 1;
                    return true;
                }
            }
        }
    }

    /// <summary>
    /// The speakers as the index numbers them: by <see cref="NotesText.SpeakerKey"/>, case-insensitively, in order of
    /// first appearance over the talks in index order. The generator's named members use these ids, so there is one
    /// numbering, not two that must agree.
    /// </summary>
    internal sealed class IndexSpeakers
    {
        private IndexSpeakers(List<string> names, List<List<int>> talks, int[][] byTalk)
        {
            Names = names;
            Talks = talks;
            ByTalk = byTalk;
        }

        /// <summary>Each speaker's name (its key), by id.</summary>
        public List<string> Names { get; }

        /// <summary>Each speaker's talks, by id: talk ids, ascending, each once.</summary>
        public List<List<int>> Talks { get; }

        /// <summary>Each talk's speaker ids, as the talk names them.</summary>
        public int[][] ByTalk { get; }

        public static IndexSpeakers Of(List<ParsedTalk> talks)
        {
            var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var names = new List<string>();
            var speakerTalks = new List<List<int>>();
            var byTalk = new int[talks.Count][];
            for (int t = 0; t < talks.Count; t++)
            {
                string[] named = talks[t].Speakers;
                var of = new int[named.Length];
                for (int k = 0; k < named.Length; k++)
                {
                    string key = NotesText.SpeakerKey(named[k]);
                    if (!ids.TryGetValue(key, out int id))
                    {
                        id = names.Count;
                        ids[key] = id;
                        names.Add(key);
                        speakerTalks.Add(new List<int>());
                    }

                    // A talk names each speaker once (NotesText.SplitSpeakers lists a name given twice once), so each
                    // speaker's talks come out ascending and without repeats.
                    of[k] = id;
                    speakerTalks[id].Add(t);
                }

                byTalk[t] = of;
            }

            return new IndexSpeakers(names, speakerTalks, byTalk);
        }
    }
}
