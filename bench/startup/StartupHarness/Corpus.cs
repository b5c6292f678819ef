using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NotesDataset;
using NotesDataset.Synthetic;

namespace StartupBench
{
    /// <summary>
    /// The synthetic corpus every app is built from (written once into bench/out/startup/), its JSON, the two
    /// queries, and the reference answers: NotesParser's document in this process, FindSpeaker and Search.
    /// </summary>
    internal sealed class Corpus
    {
        private Corpus(string notesPath, string jsonPath)
        {
            NotesPath = notesPath;
            JsonPath = jsonPath;
        }

        public string NotesPath { get; }
        public string JsonPath { get; }
        public long NotesBytes { get; private set; }
        public long JsonBytes { get; private set; }
        public int TalkCount { get; private set; }
        public string Speaker { get; private set; } = "";
        public string Word { get; private set; } = "";

        /// <summary>"substring" or "word": how the baselines match Q2, so that they agree with NotesDocument.Search.</summary>
        public string Rule { get; private set; } = "substring";

        public string RuleNote { get; private set; } = "";

        /// <summary>Reference answers ("count hash") from NotesParser's document: FindSpeaker(speaker).Talks and Search(word).</summary>
        public string ReferenceQ1 { get; private set; } = "";
        public string ReferenceQ2 { get; private set; } = "";

        public static Corpus Prepare(Options options, Paths paths, Report report)
        {
            var corpus = new Corpus(paths.Notes, paths.Json);
            if (!File.Exists(paths.Notes))
            {
                Report.Progress("writing " + options.Talks + " synthetic talks (seed " + options.Seed + ") to " + paths.Notes);
                File.WriteAllText(paths.Notes, SyntheticNotes.Write(options.Talks, options.Seed), new UTF8Encoding(false));
            }

            string text = File.ReadAllText(paths.Notes);
            corpus.NotesBytes = new FileInfo(paths.Notes).Length;
            long start = Stopwatch.GetTimestamp();
            NotesDocument document = NotesParser.Parse(text, Path.GetFileName(paths.Notes));
            double parseMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            corpus.TalkCount = document.Talks.Count;

            corpus.Speaker = options.Speaker
                ?? document.Speakers.OrderByDescending(s => s.Talks.Count).ThenBy(s => s.Name, StringComparer.Ordinal).First().Name;
            corpus.Word = options.Word;
            Speaker? speaker = document.FindSpeaker(corpus.Speaker)
                ?? throw new InvalidOperationException("The corpus has no speaker '" + corpus.Speaker + "'.");
            corpus.ReferenceQ1 = Key(speaker.Talks);
            List<Talk> searched = document.Search(corpus.Word).ToList();
            corpus.ReferenceQ2 = Key(searched);

            // Which rule the baselines use: the one that gives NotesDocument.Search's set on this corpus.
            string substring = Key(document.Talks.Where(t => Matches(t, corpus.Word, wholeWord: false)));
            string word = Key(document.Talks.Where(t => Matches(t, corpus.Word, wholeWord: true)));
            if (options.Rule != "auto")
            {
                corpus.Rule = options.Rule;
                corpus.RuleNote = "set by --rule";
            }
            else if (word == corpus.ReferenceQ2)
            {
                // Whole words first: NotesDocument.Search documents "words are runs of letters and digits".
                corpus.Rule = "word";
                corpus.RuleNote = word == substring ? "auto: whole words give NotesDocument.Search's set, as its docs say; substring gives the same set for this word" : "auto: whole words give NotesDocument.Search's set; substring would not";
            }
            else if (substring == corpus.ReferenceQ2)
            {
                corpus.Rule = "substring";
                corpus.RuleNote = "auto: case-insensitive substring gives NotesDocument.Search's set; whole words would not";
            }
            else
            {
                corpus.Rule = "substring";
                corpus.RuleNote = "auto: NEITHER rule gives NotesDocument.Search's set (substring " + substring + ", whole word " + word + ", Search " + corpus.ReferenceQ2 + "); using substring";
            }

            if (!File.Exists(paths.Json) || File.GetLastWriteTimeUtc(paths.Json) < File.GetLastWriteTimeUtc(paths.Notes))
            {
                Report.Progress("writing the JSON to " + paths.Json);
                byte[] json = JsonSerializer.SerializeToUtf8Bytes(ToDto(document), NotesJsonContext.Default.NotesDto);
                File.WriteAllBytes(paths.Json, json);
            }

            corpus.JsonBytes = new FileInfo(paths.Json).Length;

            report.Line("- corpus: `" + Path.GetRelativePath(paths.Root, paths.Notes) + "`: " + corpus.TalkCount.ToString("N0", CultureInfo.InvariantCulture) + " talks, "
                        + Mb(corpus.NotesBytes) + " of notes (NotesParser.Parse in the harness: " + parseMs.ToString("0", CultureInfo.InvariantCulture) + " ms); JSON "
                        + Mb(corpus.JsonBytes));
            report.Line("- Q1: talks by \"" + corpus.Speaker + "\" (" + (options.Speaker == null ? "the speaker with most talks" : "--speaker") + "); Q2: talks containing \""
                        + corpus.Word + "\"; baselines match Q2 by rule **" + corpus.Rule + "** (" + corpus.RuleNote + ")");
            return corpus;
        }

        public static string Mb(long bytes) => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

        /// <summary>"count checksum" of a set of talks, as the apps print it.</summary>
        public static string Key(IEnumerable<Talk> talks)
        {
            var keys = talks.Select(t => t.Line.ToString(CultureInfo.InvariantCulture) + ":" + t.Title).ToList();
            return keys.Count.ToString(CultureInfo.InvariantCulture) + " " + StartupRun.Checksum(keys);
        }

        private static bool Matches(Talk t, string word, bool wholeWord)
            => StartupRun.Contains(t.Title, word, wholeWord)
               || t.Speakers.Any(s => StartupRun.Contains(s.Name, word, wholeWord))
               || StartupRun.Contains(t.Affiliation, word, wholeWord)
               || t.AllNotes().Any(n => StartupRun.Contains(n.Text, word, wholeWord));

        private static NotesDto ToDto(NotesDocument document)
            => new NotesDto
            {
                Conferences = document.Conferences.Select(c => new ConferenceDto
                {
                    Name = c.Name,
                    Year = c.Year,
                    Days = c.Days.Select(d => new DayDto
                    {
                        Label = d.Label,
                        Number = d.Number,
                        Sessions = d.Sessions.Select(s => new SessionDto
                        {
                            Title = s.Title,
                            Kind = s.Kind.ToString().ToLowerInvariant(),
                            Line = s.Line,
                            Prose = Notes(s.Prose),
                            Talks = s.Talks.Select(t => new TalkDto
                            {
                                Title = t.Title,
                                Speakers = t.Speakers.Select(p => p.Name).ToList(),
                                Affiliation = t.Affiliation,
                                Line = t.Line,
                                Links = t.Links.Count == 0 ? null : t.Links.ToList(),
                                Notes = Notes(t.Notes),
                            }).ToList(),
                        }).ToList(),
                    }).ToList(),
                }).ToList(),
            };

        private static List<NoteDto>? Notes(IReadOnlyList<Note> notes)
            => notes.Count == 0 ? null : notes.Select(n => new NoteDto { Text = n.Text, Line = n.Line, Prose = !n.IsBullet, Children = Notes(n.Children) }).ToList();
    }
}
