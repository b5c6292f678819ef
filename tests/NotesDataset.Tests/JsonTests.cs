using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>The JSON export's camelCase shape, checked by reading it back with System.Text.Json.</summary>
    public class JsonTests
    {
        internal static int CountNotes(JsonElement notes)
            => notes.EnumerateArray().Sum(n => 1 + CountNotes(n.GetProperty("children")));

        private static IEnumerable<JsonElement> Items(JsonElement e, string name) => e.GetProperty(name).EnumerateArray();

        private static IEnumerable<JsonElement> Talks(JsonElement root)
            => Items(root, "conferences").SelectMany(c => Items(c, "days")).SelectMany(d => Items(d, "sessions")).SelectMany(s => Items(s, "talks"));

        private static void AssertHas(JsonElement e, params (string Name, JsonValueKind[] Kinds)[] properties)
        {
            Assert.Equal(JsonValueKind.Object, e.ValueKind);
            foreach (var (name, kinds) in properties)
            {
                Assert.True(e.TryGetProperty(name, out JsonElement value), "missing property '" + name + "' in " + e);
                Assert.Contains(value.ValueKind, kinds);
            }
        }

        private static readonly JsonValueKind[] Str = { JsonValueKind.String };
        private static readonly JsonValueKind[] StrOrNull = { JsonValueKind.String, JsonValueKind.Null };
        private static readonly JsonValueKind[] Num = { JsonValueKind.Number };
        private static readonly JsonValueKind[] NumOrNull = { JsonValueKind.Number, JsonValueKind.Null };
        private static readonly JsonValueKind[] Arr = { JsonValueKind.Array };

        [Fact]
        public void Json_to_a_writer_in_another_code_page_escapes_what_it_cannot_hold_and_stays_valid()
        {
            // A console in Latin-1 turned "“…”" into unescaped '"' (invalid JSON) and "–" into '-'.
            using var bytes = new MemoryStream();
            using (var writer = new StreamWriter(bytes, System.Text.Encoding.Latin1, leaveOpen: true)) NotesJson.Write(Seed.Document, writer);
            byte[] written = bytes.ToArray();
            Assert.All(written, b => Assert.True(b < 0x80));
            using JsonDocument json = JsonDocument.Parse(written);
            using JsonDocument expected = JsonDocument.Parse(NotesJson.ToJson(Seed.Document));
            Assert.True(JsonElement.DeepEquals(expected.RootElement, json.RootElement));
            Assert.Contains("\\u201c", System.Text.Encoding.ASCII.GetString(written), StringComparison.Ordinal);
            Assert.Contains("“", NotesJson.ToJson(Seed.Document), StringComparison.Ordinal); // a Unicode writer keeps the characters
        }

        [Fact]
        public void Json_holds_the_path_weekdays_session_numbers_and_where_each_diagnostic_is()
        {
            NotesDocument doc = NotesParser.Parse("PyCon 2020 – Saturday 14 March – Session 2\nA – Ann Lee\n\nPyCon – Saturday 14 March – Keynotes\nB – Bo Lin\n", "dir/py.notes.txt");
            using JsonDocument json = JsonDocument.Parse(NotesJson.ToJson(doc));
            JsonElement root = json.RootElement;
            Assert.Equal("dir/py.notes.txt", root.GetProperty("path").GetString());
            JsonElement day = Assert.Single(Items(root, "conferences").SelectMany(c => Items(c, "days")));
            Assert.Equal("saturday", day.GetProperty("weekday").GetString());
            Assert.Equal(doc.Sessions.Select(s => s.Number).ToArray(), Items(day, "sessions").Select(s => s.GetProperty("number").ValueKind == JsonValueKind.Null ? (int?)null : s.GetProperty("number").GetInt32()).ToArray());
            NotesDiagnostic d = Assert.Single(doc.Diagnostics); // NOTES002: the heading without a year
            JsonElement jd = Assert.Single(Items(root, "diagnostics"));
            Assert.Equal((d.Start, d.Length), (jd.GetProperty("start").GetInt32(), jd.GetProperty("length").GetInt32()));
        }

        [Fact]
        public void Seed_json_has_the_documented_shape()
        {
            using JsonDocument json = JsonDocument.Parse(NotesJson.ToJson(Seed.Document));
            JsonElement root = json.RootElement;
            Assert.Equal(new[] { "path", "conferences", "prose", "diagnostics" }, root.EnumerateObject().Select(p => p.Name).ToArray());

            JsonElement conference = Assert.Single(Items(root, "conferences"));
            AssertHas(conference, ("name", StrOrNull), ("year", NumOrNull), ("days", Arr));
            Assert.Equal("Linux.conf.au", conference.GetProperty("name").GetString());
            Assert.Equal(2015, conference.GetProperty("year").GetInt32());

            var days = Items(conference, "days").ToList();
            Assert.Equal(new[] { 3, 4, 5 }, days.Select(d => d.GetProperty("number").GetInt32()).ToArray());
            foreach (JsonElement day in days)
            {
                AssertHas(day, ("label", Str), ("number", NumOrNull), ("weekday", StrOrNull), ("sessions", Arr));
                foreach (JsonElement session in Items(day, "sessions"))
                {
                    AssertHas(session, ("title", Str), ("kind", Str), ("number", NumOrNull), ("heading", Str), ("line", Num), ("talks", Arr), ("prose", Arr));
                    foreach (JsonElement talk in Items(session, "talks"))
                    {
                        AssertHas(talk, ("title", Str), ("speakers", Arr), ("affiliation", StrOrNull), ("lineText", StrOrNull), ("line", Num), ("links", Arr), ("notes", Arr));
                        Assert.All(Items(talk, "speakers"), s => Assert.Equal(JsonValueKind.String, s.ValueKind));
                        Assert.All(Items(talk, "links"), s => Assert.Equal(JsonValueKind.String, s.ValueKind));
                        AssertNotes(talk.GetProperty("notes"));
                    }
                }
            }

            Assert.Equal(new[] { "Lightning talks", "Session 2", "Keynotes", "Session 1", "Session 2", "Session 3", "Keynote/Panel", "Session 1", "Session 2", "Session 3" },
                days.SelectMany(d => Items(d, "sessions")).Select(s => s.GetProperty("title").GetString()).ToArray());
            Assert.Equal(new[] { "lightning", "regular", "keynote", "regular", "regular", "regular", "panel", "regular", "regular", "regular" },
                days.SelectMany(d => Items(d, "sessions")).Select(s => s.GetProperty("kind").GetString()).ToArray());

            foreach (JsonElement d in Items(root, "diagnostics"))
            {
                AssertHas(d, ("id", Str), ("severity", Str), ("line", Num), ("column", Num), ("start", Num), ("length", Num), ("message", Str));
            }
        }

        private static void AssertNotes(JsonElement notes)
        {
            foreach (JsonElement note in notes.EnumerateArray())
            {
                AssertHas(note, ("text", Str), ("line", Num), ("column", Num), ("bullet", StrOrNull), ("children", Arr));
                AssertNotes(note.GetProperty("children"));
            }
        }

        [Fact]
        public void Every_property_name_is_camel_case()
        {
            using JsonDocument json = JsonDocument.Parse(NotesJson.ToJson(Seed.Document));
            var names = new HashSet<string>();
            void Walk(JsonElement e)
            {
                if (e.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty p in e.EnumerateObject())
                    {
                        names.Add(p.Name);
                        Walk(p.Value);
                    }
                }
                else if (e.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement item in e.EnumerateArray()) Walk(item);
                }
            }

            Walk(json.RootElement);
            Assert.All(names, n => Assert.Matches("^[a-z][A-Za-z0-9]*$", n));
            Assert.Superset(new HashSet<string> { "conferences", "name", "year", "days", "label", "number", "sessions", "title", "kind", "talks", "speakers", "affiliation", "line", "links", "notes", "text", "children", "diagnostics", "id", "severity", "column", "message" }, names);
        }

        [Fact]
        public void Seed_counts_through_json()
        {
            using JsonDocument json = JsonDocument.Parse(NotesJson.ToJson(Seed.Document));
            var talks = Talks(json.RootElement).ToList();
            Assert.Equal(33, talks.Count);
            Assert.Equal(527, talks.Sum(t => CountNotes(t.GetProperty("notes"))));
            Assert.Equal(Seed.Document.Talks.Select(t => t.Title), talks.Select(t => t.GetProperty("title").GetString()));
        }

        [Fact]
        public void Seed_talk_details_through_json()
        {
            using JsonDocument json = JsonDocument.Parse(NotesJson.ToJson(Seed.Document));
            var talks = Talks(json.RootElement).ToList();

            JsonElement cooper = talks.Single(t => Items(t, "speakers").Any(s => s.GetString() == "Cooper Lees"));
            Assert.Equal("Facebook", cooper.GetProperty("affiliation").GetString());
            Assert.Equal(new[] { "code.facebook.com", "github.com/facebook" }, Items(cooper, "links").Select(l => l.GetString()).ToArray());

            JsonElement closing = talks.Single(t => t.GetProperty("title").GetString() == "Conference Closing");
            Assert.Equal(0, closing.GetProperty("speakers").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, closing.GetProperty("affiliation").ValueKind);
            Assert.Equal(45, closing.GetProperty("line").GetInt32());

            JsonElement pycon = talks.Single(t => Items(t, "speakers").Any(s => s.GetString() == "Clinton Roy"));
            Assert.Equal(new[] { "Clinton Roy", "Tom Eastman" }, Items(pycon, "speakers").Select(s => s.GetString()).ToArray());

            JsonElement noops = talks.Single(t => t.GetProperty("title").GetString() == "NoOps with Ansible and Puppet");
            JsonElement first = Items(noops, "notes").First();
            Assert.Equal("NoOps", first.GetProperty("text").GetString());
            Assert.Equal("didn’t know it was a contentious term", Items(first, "children").First().GetProperty("text").GetString());
            Assert.Equal(4, first.GetProperty("children").GetArrayLength());
        }

        [Fact]
        public void Every_line_of_the_notes_is_in_the_json()
        {
            // Prose before the first heading and in a session, a talk line, bullets of two kinds, a line of prose kept as a note.
            string[] lines =
            {
                "Notes taken by me, on a train",
                "Conf 2024 – Day 1 – Session 1",
                "A talk – Ann Lee (Red Hat), Bob Ray (IBM)",
                "  • first",
                "    - nested",
                "  an indented line of prose",
                "between talks, some prose",
            };
            NotesDocument doc = Notes.Parse(lines);
            using JsonDocument json = JsonDocument.Parse(NotesJson.ToJson(doc));
            var strings = new HashSet<string>();
            var bullets = new HashSet<string>();
            void Collect(JsonElement e)
            {
                if (e.ValueKind == JsonValueKind.String) strings.Add(e.GetString()!);
                if (e.ValueKind == JsonValueKind.Array) foreach (JsonElement item in e.EnumerateArray()) Collect(item);
                if (e.ValueKind != JsonValueKind.Object) return;
                if (e.TryGetProperty("bullet", out JsonElement b) && b.ValueKind == JsonValueKind.String) bullets.Add(b.GetString() + " " + e.GetProperty("text").GetString());
                foreach (JsonProperty p in e.EnumerateObject()) Collect(p.Value);
            }

            Collect(json.RootElement);
            foreach (string line in lines)
            {
                string text = line.Trim();
                Assert.True(strings.Contains(text) || bullets.Contains(text), "not in the JSON: " + text);
            }

            Assert.Equal("Notes taken by me, on a train", Items(json.RootElement, "prose").Single().GetProperty("text").GetString());
        }

        [Fact]
        public void Seed_diagnostics_through_json()
        {
            using JsonDocument json = JsonDocument.Parse(NotesJson.ToJson(Seed.Document));
            var diagnostics = Items(json.RootElement, "diagnostics").ToList();
            JsonElement misspelt = diagnostics.Single(d => d.GetProperty("id").GetString() == "NOTES001");
            Assert.Equal("warning", misspelt.GetProperty("severity").GetString());
            Assert.Equal(250, misspelt.GetProperty("line").GetInt32());
            Assert.Equal(1, misspelt.GetProperty("column").GetInt32());
            Assert.Contains("Linux.conf.ay", misspelt.GetProperty("message").GetString());
            JsonElement yearless = diagnostics.Single(d => d.GetProperty("id").GetString() == "NOTES002");
            Assert.Equal((458, 1), (yearless.GetProperty("line").GetInt32(), yearless.GetProperty("column").GetInt32()));
            Assert.Equal(Seed.Document.Diagnostics.Count, diagnostics.Count);
        }

        [Fact]
        public void Strings_are_escaped_and_read_back_unchanged()
        {
            string tricky = "quote \" back\\slash \t tab \u0001 ctl \u2028 ls “curly” – dash 😀";
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Session 1", "Odd \"Title\" \\ – Jane Doe", "  • " + tricky, "  • lone \uD800 surrogate");
            string text = NotesJson.ToJson(doc);
            using JsonDocument json = JsonDocument.Parse(text);
            JsonElement talk = Talks(json.RootElement).Single();
            Assert.Equal(doc.Talks[0].Title, talk.GetProperty("title").GetString());
            var notes = Items(talk, "notes").ToList();
            Assert.Equal(doc.Talks[0].Notes[0].Text, notes[0].GetProperty("text").GetString());
            Assert.Equal(2, notes.Count);
            Assert.DoesNotContain('\u2028', text);
        }

        [Fact]
        public void Null_year_and_day_number_are_json_null()
        {
            NotesDocument doc = Notes.Parse("Wednesday – Session 1", "A Talk – Jane Doe");
            using JsonDocument json = JsonDocument.Parse(NotesJson.ToJson(doc));
            JsonElement conference = Items(json.RootElement, "conferences").Single();
            Assert.Equal(JsonValueKind.Null, conference.GetProperty("year").ValueKind);
            Assert.Equal(JsonValueKind.Null, conference.GetProperty("name").ValueKind);
            JsonElement day = Items(conference, "days").Single();
            Assert.Equal(JsonValueKind.Null, day.GetProperty("number").ValueKind);
            Assert.Equal("Wednesday", day.GetProperty("label").GetString());
        }

        [Fact]
        public void A_null_document_or_writer_is_an_ArgumentNullException_naming_it()
        {
            Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => NotesJson.ToJson(null!)).ParamName);
            Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => NotesJson.Write(null!, new StringWriter())).ParamName);
            Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => NotesJson.Write(Seed.Document, null!)).ParamName);
            Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => NotesWriter.Render(null!)).ParamName);
        }
    }
}
