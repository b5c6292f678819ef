// Shared source: compiled into the runtime and, linked, into the generator. See Visibility.md.
using System;
using System.Collections.Generic;

namespace NotesDataset.Parsing
{
    /// <summary>
    /// Writes the compiled dataset's index (layout in <see cref="CompactWriter"/>): the structure, titles and
    /// speakers, and for each talk where its block lies in the notes file's UTF-8 bytes, so the runtime can
    /// read a talk's notes without reading anything else. The runtime's CompiledNotes reads it back.
    /// </summary>
    internal static class IndexWriter
    {
        public static string Write(ParsedNotes parsed, string text, string? path, out long utf8Length, out bool utf8Exact)
        {
            var talks = new List<ParsedTalk>();
            foreach (ParsedConference c in parsed.Conferences)
                foreach (ParsedDay d in c.Days)
                    foreach (ParsedSession s in d.Sessions)
                        talks.AddRange(s.Talks);

            // Character offsets to UTF-8 byte offsets, in one pass over the text.
            var offsets = new List<int>(talks.Count * 2);
            foreach (ParsedTalk t in talks)
            {
                offsets.Add(t.BlockStart);
                offsets.Add(t.BlockEnd);
            }

            offsets.Sort();
            var bytesAt = new Dictionary<int, long>(offsets.Count);
            long bytes = 0;
            int next = 0;
            utf8Exact = true;
            for (int i = 0; i <= text.Length; i++)
            {
                while (next < offsets.Count && offsets[next] == i)
                {
                    bytesAt[i] = bytes;
                    next++;
                }

                if (i == text.Length) break;
                char c = text[i];
                if (c < 0x80) bytes += 1;
                else if (c < 0x800) bytes += 2;
                else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    bytes += 4;
                    i++;
                }
                else
                {
                    // A lone surrogate, or U+FFFD (which a decoder puts where the file's bytes were not UTF-8):
                    // the file's bytes may differ from the text's UTF-8, so the text must travel inline.
                    if (char.IsSurrogate(c) || c == '\uFFFD') utf8Exact = false;
                    bytes += 3;
                }
            }

            utf8Length = bytes;
            var w = new CompactWriter(Math.Max(256, talks.Count * 96));
            w.Int(CompactWriter.Version).String(path).Int(bytes);
            var speakers = new List<string>();
            var speakerIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

            w.Int(parsed.Conferences.Count);
            foreach (ParsedConference c in parsed.Conferences)
            {
                w.String(c.Name).Optional(c.Year).Int(c.Days.Count);
                foreach (ParsedDay d in c.Days)
                {
                    w.String(d.Label).Optional(d.Number).Optional(d.Weekday).Int(d.Sessions.Count);
                    foreach (ParsedSession s in d.Sessions)
                    {
                        w.String(s.Title).Int((int)s.Kind).Optional(s.Number).Int(s.Line).String(s.HeadingText);
                        WriteProse(w, s.Prose);
                        w.Int(s.Talks.Count);
                        foreach (ParsedTalk t in s.Talks)
                        {
                            w.String(t.Title).Int(t.Speakers.Length);
                            foreach (string name in t.Speakers)
                            {
                                string key = NotesText.SpeakerKey(name);
                                if (!speakerIds.TryGetValue(key, out int id))
                                {
                                    id = speakers.Count;
                                    speakerIds[key] = id;
                                    speakers.Add(key);
                                }

                                w.Int(id);
                            }

                            long start = bytesAt[t.BlockStart];
                            w.String(t.Affiliation).Int(t.Line).Int((int)t.Form).Int(t.BlockLine).Int(start).Int(bytesAt[t.BlockEnd] - start);
                        }
                    }
                }
            }

            w.Int(speakers.Count);
            foreach (string name in speakers) w.String(name);
            WriteProse(w, parsed.Prose);
            w.Int(parsed.Diagnostics.Count);
            foreach (NotesDiagnostic d in parsed.Diagnostics)
            {
                w.String(d.Id).Int((int)d.Severity).String(d.Message).Int(d.Line).Int(d.Column).Int(d.Start).Int(d.Length);
            }

            return w.ToString();
        }

        private static void WriteProse(CompactWriter w, List<ParsedNote> prose)
        {
            w.Int(prose.Count);
            foreach (ParsedNote n in prose) w.String(n.Text).Int(n.Line).Int(n.Column);
        }
    }
}
