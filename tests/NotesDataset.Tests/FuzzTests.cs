using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>Parse never throws, and on any input every non-blank line ends up in the model.</summary>
    public class FuzzTests
    {
        private static readonly string[] Tokens =
        {
            "LCA", "2015", "2016", "Linux.conf.au", "Linux.conf.ay", "Day", "1", "3", "Day 2", "Day 5 (Friday)", "Wednesday", "Wed",
            "Session", "Session 2", "Keynotes", "Keynote/Panel", "Lightning talks", "Sysadmin Miniconf", "Miniconf",
            "–", "-", "—", "•", "◦", "*", "+", "by", "and", "Jane", "Doe", "Smith", "/", ",", "(", ")", "(Acme)",
            "http://x.org/a", "https://", "example.com", "e.g.", "Q&A", "\t", "\u00A0", "\uFEFF", "\u200B", "\0", "\u0007",
            "\u001F", "\u007F", "\u0085", "\u2028", "\u2029", "\uD800", "\uDC00", "\U0001F600", "\r", "\n", "\r\n", " ", "  ",
            "    ", "Title", "Talk", "x", "\"", "\\", "'", "’", "“",
        };

        private static readonly string[] Lines =
        {
            "Linux.conf.au 2015 – Day 5 – Session 3", "Linux.conf.ay 2015 – Day 4 – Session 3", "Linux.conf.au – Day 3 – Lightning talks",
            "LCA 2015 – Day 4 – Keynotes", "LCA 2015 – Day 5 – Keynote/Panel", "2017 – Wednesday – Session 1", "LCA 2016 – Sysadmin Miniconf – Session 1",
            "Day 1 – Session 2", "Day 2", "NoOps with Ansible and Puppet – Monty Taylor", "Cooper Lees – Facebook", "Conference Closing",
            "Title by Jane Doe and John Roe", "Title –", "– Speaker", "There was a Q&A.",
        };

        private static readonly string[] Breaks = { "\n", "\n", "\n", "\r\n", "\r\n", "\r", "\u2028", "\u0085", "\n\n", "\n \n" };
        private static readonly string[] Indents = { "", "", "", " ", "  ", "    ", "      ", "\t", "\t\t", "\u00A0\u00A0", " \t " };
        private static readonly string[] Markers = { "", "", "", "• ", "- ", "* ", "+ ", "•", "-", "– ", "◦ " };

        private static string Structured(Random random)
        {
            var sb = new StringBuilder();
            int lines = random.Next(0, 30);
            for (int l = 0; l < lines; l++)
            {
                if (random.Next(5) == 0)
                {
                    sb.Append(Lines[random.Next(Lines.Length)]).Append(Breaks[random.Next(Breaks.Length)]);
                    continue;
                }

                sb.Append(Indents[random.Next(Indents.Length)]);
                sb.Append(Markers[random.Next(Markers.Length)]);
                int words = random.Next(0, 7);
                for (int w = 0; w < words; w++)
                {
                    if (w > 0 && random.Next(4) != 0) sb.Append(' ');
                    sb.Append(Tokens[random.Next(Tokens.Length)]);
                }

                sb.Append(Breaks[random.Next(Breaks.Length)]);
            }

            string text = sb.ToString();
            if (text.Length > 0 && random.Next(3) == 0) text = text.Substring(0, random.Next(text.Length)); // cut off anywhere
            if (random.Next(10) == 0) text = "\uFEFF" + text;
            return text;
        }

        private static string Noise(Random random)
        {
            var chars = new char[random.Next(0, 400)];
            for (int i = 0; i < chars.Length; i++)
            {
                int pick = random.Next(10);
                chars[i] = pick < 4 ? (char)random.Next(0x20, 0x7F)
                    : pick < 6 ? "\n\r\t •–-*"[random.Next(8)]
                    : pick < 8 ? (char)random.Next(0, 0x20)
                    : (char)random.Next(0x80, 0x10000);
            }

            return new string(chars);
        }

        public static IEnumerable<object[]> Batches() => Enumerable.Range(0, 20).Select(i => new object[] { i });

        [Theory]
        [MemberData(nameof(Batches))]
        public void Random_inputs_are_parsed_losslessly(int batch)
        {
            // 20 batches x 100 = 2000 cases, each reproducible from its seed.
            for (int i = 0; i < 100; i++)
            {
                int seed = 2015_0000 + (batch * 100) + i;
                var random = new Random(seed);
                string text = random.Next(3) == 0 ? Noise(random) : Structured(random);
                NotesDocument doc;
                try
                {
                    doc = NotesParser.Parse(text, "fuzz.notes");
                }
                catch (Exception e)
                {
                    Assert.Fail("seed " + seed + ": Parse threw " + e.GetType().Name + ": " + e.Message + " on " + Notes.Escape(text));
                    return;
                }

                Notes.AssertLossless(text, doc);
                CheckLocations(text, doc, seed);
                CheckJson(doc, seed);
            }
        }

        [Fact]
        public void Random_inputs_reach_every_part_of_the_grammar()
        {
            // Guards the fuzz test above against generating only inputs the parser ignores.
            int withTalks = 0, withNested = 0, withProse = 0, withHeadings = 0;
            var ids = new System.Collections.Generic.HashSet<string>();
            for (int seed = 2015_0000; seed < 2015_0000 + 2000; seed++)
            {
                var random = new Random(seed);
                string text = random.Next(3) == 0 ? Noise(random) : Structured(random);
                NotesDocument doc = NotesParser.Parse(text);
                if (doc.Talks.Count > 0) withTalks++;
                if (doc.Talks.Any(t => t.Notes.Any(n => n.Children.Count > 0))) withNested++;
                if (doc.Prose.Count > 0 || doc.Sessions.Any(s => s.Prose.Count > 0)) withProse++;
                if (doc.Sessions.Any(s => s.Line > 0)) withHeadings++;
                foreach (NotesDiagnostic d in doc.Diagnostics) ids.Add(d.Id);
            }

            Assert.InRange(withTalks, 1000, 2000);
            Assert.InRange(withNested, 400, 2000);
            Assert.InRange(withProse, 500, 2000);
            Assert.InRange(withHeadings, 400, 2000);
            Assert.Equal(Enumerable.Range(1, 8).Select(i => "NOTES00" + i).Append("NOTES017").Append("NOTES018").Append("NOTES022"), ids.OrderBy(i => i));
        }

        [Fact]
        public void The_lossless_check_notices_a_dropped_line()
        {
            string text = "LCA 2015 – Day 1 – Session 1\nA – Jane Doe\n  • one";
            NotesDocument doc = NotesParser.Parse(text);
            Notes.AssertLossless(text, doc);
            Assert.ThrowsAny<Exception>(() => Notes.AssertLossless(text + "\n  • two", doc));
            Assert.ThrowsAny<Exception>(() => Notes.AssertLossless(text.Replace("  • one", " \u00A0"), doc));
        }

        private static void CheckLocations(string text, NotesDocument doc, int seed)
        {
            List<string> lines = Notes.Lines(text);
            var notes = doc.Talks.SelectMany(t => t.AllNotes())
                .Concat(doc.Sessions.SelectMany(s => s.Prose).SelectMany(n => n.DescendantsAndSelf()))
                .Concat(doc.Prose.SelectMany(n => n.DescendantsAndSelf()));
            foreach (Note note in notes)
            {
                string line = lines[note.Line - 1];
                Assert.True(line.Contains(note.Text, StringComparison.Ordinal), "seed " + seed + ": note " + Notes.Escape(note.Text) + " is not on line " + note.Line);
                Assert.True(note.Column >= 1 && note.Column <= line.Length && !Notes.IsInvisible(line[note.Column - 1]), "seed " + seed + ": note column " + note.Column + " on line " + note.Line);
            }

            foreach (Session session in doc.Sessions.Where(s => s.Line > 0))
            {
                Assert.Contains(session.Heading, lines[session.Line - 1]);
            }

            foreach (NotesDiagnostic d in doc.Diagnostics)
            {
                Assert.InRange(d.Line, 1, lines.Count);
                Assert.InRange(d.Column, 1, lines[d.Line - 1].Length + 1);
                Assert.True(d.Length >= 0 && d.Start >= 0 && d.Start + d.Length <= text.Length, "seed " + seed + ": span");
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
            }
        }

        private static void CheckJson(NotesDocument doc, int seed)
        {
            string json = NotesJson.ToJson(doc);
            using JsonDocument parsed = JsonDocument.Parse(json);
            var talks = parsed.RootElement.GetProperty("conferences").EnumerateArray()
                .SelectMany(c => c.GetProperty("days").EnumerateArray())
                .SelectMany(d => d.GetProperty("sessions").EnumerateArray())
                .SelectMany(s => s.GetProperty("talks").EnumerateArray()).ToList();
            Assert.True(doc.Talks.Count == talks.Count, "seed " + seed + ": talks in JSON");
            Assert.Equal(doc.Talks.Sum(t => t.AllNotes().Count()), talks.Sum(t => JsonTests.CountNotes(t.GetProperty("notes"))));
            Assert.Equal(doc.Diagnostics.Count, parsed.RootElement.GetProperty("diagnostics").GetArrayLength());
        }
    }
}
