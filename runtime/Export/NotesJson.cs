using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace NotesDataset
{
    /// <summary>
    /// Writes a <see cref="NotesDocument"/> as JSON (camelCase):
    /// <c>{ "path", "conferences": [ { "name", "year", "days": [ { "label", "number", "weekday", "sessions": [ { "title", "kind",
    /// "number", "heading", "line", "talks": [ { "title", "speakers", "affiliation", "lineText", "line", "links", "notes" } ],
    /// "prose" } ] } ] } ], "prose", "diagnostics": [ { "id", "severity", "line", "column", "start", "length", "message" } ] }</c>, where a note is <c>{ "text", "line", "column", "bullet", "children" }</c> (a line of prose
    /// has a null bullet): everything the notes said, as the model holds it.
    /// </summary>
    public static class NotesJson
    {
        /// <summary>
        /// Writes the document as indented JSON. To a writer whose encoding is not a Unicode one (a console in Latin-1 or
        /// code page 437), every character outside ASCII is written as a <c>\u</c> escape, so the JSON stays valid and loses nothing.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
        public static void Write(NotesDocument document, TextWriter writer)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            if (writer == null) throw new ArgumentNullException(nameof(writer));
            var json = new JsonText(writer);
            json.BeginObject();
            json.Property("path", document.Path);
            json.Name("conferences");
            json.BeginArray();
            foreach (Conference conference in document.Conferences)
            {
                json.BeginObject();
                json.Property("name", conference.Name);
                json.Property("year", conference.Year);
                json.Name("days");
                json.BeginArray();
                foreach (Day day in conference.Days)
                {
                    json.BeginObject();
                    json.Property("label", day.Label);
                    json.Property("number", day.Number);
                    json.Property("weekday", day.Weekday?.ToString().ToLowerInvariant());
                    json.Name("sessions");
                    json.BeginArray();
                    foreach (Session session in day.Sessions)
                    {
                        WriteSession(json, session);
                    }

                    json.EndArray();
                    json.EndObject();
                }

                json.EndArray();
                json.EndObject();
            }

            json.EndArray();
            WriteNotes(json, "prose", document.Prose);
            json.Name("diagnostics");
            json.BeginArray();
            foreach (NotesDiagnostic d in document.Diagnostics)
            {
                json.BeginObject();
                json.Property("id", d.Id);
                json.Property("severity", d.Severity.ToString().ToLowerInvariant());
                json.Property("line", d.Line);
                json.Property("column", d.Column);
                json.Property("start", d.Start);
                json.Property("length", d.Length);
                json.Property("message", d.Message);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
            writer.WriteLine();
        }

        /// <summary>The document as an indented JSON string.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
        public static string ToJson(NotesDocument document)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            Write(document, writer);
            return writer.ToString();
        }

        private static void WriteSession(JsonText json, Session session)
        {
            json.BeginObject();
            json.Property("title", session.Title);
            json.Property("kind", session.Kind.ToString().ToLowerInvariant());
            json.Property("number", session.Number);
            json.Property("heading", session.Heading);
            json.Property("line", session.Line);
            json.Name("talks");
            json.BeginArray();
            foreach (Talk talk in session.Talks)
            {
                json.BeginObject();
                json.Property("title", talk.Title);
                json.Name("speakers");
                json.BeginArray();
                foreach (Speaker speaker in talk.Speakers) json.Value(speaker.Name);
                json.EndArray();
                json.Property("affiliation", talk.Affiliation);
                json.Property("lineText", talk.LineText);
                json.Property("line", talk.Line);
                json.Name("links");
                json.BeginArray();
                foreach (string link in talk.Links) json.Value(link);
                json.EndArray();
                WriteNotes(json, "notes", talk.Notes);
                json.EndObject();
            }

            json.EndArray();
            WriteNotes(json, "prose", session.Prose);
            json.EndObject();
        }

        private static void WriteNotes(JsonText json, string name, IReadOnlyList<Note> notes)
        {
            // Iterative, so that deeply nested notes cannot overflow the stack.
            json.Name(name);
            json.BeginArray();
            var stack = new Stack<(IReadOnlyList<Note> Notes, int Next)>();
            stack.Push((notes, 0));
            while (stack.Count > 0)
            {
                var (list, next) = stack.Pop();
                if (next < list.Count)
                {
                    Note note = list[next];
                    stack.Push((list, next + 1));
                    json.BeginObject();
                    json.Property("text", note.Text);
                    json.Property("line", note.Line);
                    json.Property("column", note.Column);
                    json.Property("bullet", note.Bullet);
                    json.Name("children");
                    json.BeginArray();
                    stack.Push((note.Children, 0));
                    continue;
                }

                json.EndArray();
                if (stack.Count > 0) json.EndObject();
            }
        }

        /// <summary>A minimal indented JSON writer: the runtime keeps no dependency for one export.</summary>
        private sealed class JsonText
        {
            private readonly TextWriter _writer;
            private readonly bool _asciiOnly; // the writer's encoding cannot hold every character: escape all but ASCII
            private int _depth;
            private bool _first = true;
            private bool _afterName;

            public JsonText(TextWriter writer)
            {
                _writer = writer;
                // A console in another code page (Latin-1, 437) would turn "“" into '"', unescaped, and "–" into '-'.
                int codePage = writer.Encoding?.CodePage ?? 65001;
                _asciiOnly = codePage != 65001 && codePage != 1200 && codePage != 1201 && codePage != 12000 && codePage != 12001;
            }

            public void BeginObject() => Open('{');
            public void EndObject() => Close('}');
            public void BeginArray() => Open('[');
            public void EndArray() => Close(']');

            public void Name(string name)
            {
                Separate();
                WriteString(name);
                _writer.Write(": ");
                _afterName = true;
            }

            public void Property(string name, string? value)
            {
                Name(name);
                Value(value);
            }

            public void Property(string name, int? value)
            {
                Name(name);
                Separate();
                _writer.Write(value == null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture));
            }

            public void Property(string name, bool value)
            {
                Name(name);
                Separate();
                _writer.Write(value ? "true" : "false");
            }

            public void Value(string? value)
            {
                Separate();
                if (value == null) _writer.Write("null");
                else WriteString(value);
            }

            private void Open(char c)
            {
                Separate();
                _writer.Write(c);
                _depth++;
                _first = true;
            }

            private void Close(char c)
            {
                _depth--;
                if (!_first) NewLine();
                _writer.Write(c);
                _first = false;
            }

            private void Separate()
            {
                if (_afterName)
                {
                    _afterName = false;
                    return;
                }

                if (_depth > 0)
                {
                    if (!_first) _writer.Write(',');
                    NewLine();
                }

                _first = false;
            }

            private void NewLine()
            {
                _writer.Write('\n');
                for (int i = 0; i < _depth && i < 64; i++) _writer.Write("  ");
            }

            private void WriteString(string s)
            {
                var sb = new StringBuilder(s.Length + 2);
                sb.Append('"');
                for (int i = 0; i < s.Length; i++)
                {
                    char c = s[i];
                    switch (c)
                    {
                        case '"': sb.Append("\\\""); break;
                        case '\\': sb.Append("\\\\"); break;
                        case '\n': sb.Append("\\n"); break;
                        case '\r': sb.Append("\\r"); break;
                        case '\t': sb.Append("\\t"); break;
                        default:
                            // Control characters, line separators and lone surrogates are escaped; valid pairs are kept.
                            bool lone = char.IsHighSurrogate(c) ? !(i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                                : char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(s[i - 1]));
                            if (c < ' ' || c == '\u2028' || c == '\u2029' || c == '\u007F' || lone || (_asciiOnly && c > '\u007F'))
                            {
                                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                                break;
                            }

                            sb.Append(c);
                            break;
                    }
                }

                sb.Append('"');
                _writer.Write(sb.ToString());
            }
        }
    }
}
