using System;
using System.Collections.Generic;
using System.Text;

namespace NotesDataset
{
    /// <summary>
    /// Renders a <see cref="NotesDocument"/> back to notes text, every line in its original place: headings,
    /// talk lines, bullets (re-indented two spaces a level) and prose. Up to white space, the result is the text
    /// that was parsed; that is how the tests prove that nothing written in the notes is lost.
    /// </summary>
    public static class NotesWriter
    {
        /// <summary>The notes as text, in the order the lines were written.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
        public static string Render(NotesDocument document)
        {
            if (document == null) throw new ArgumentNullException(nameof(document));
            var lines = new List<KeyValuePair<int, string>>();
            foreach (Note note in document.Prose) lines.Add(new KeyValuePair<int, string>(note.Line, note.Text));
            foreach (Session session in document.Sessions)
            {
                if (session.Line > 0) lines.Add(new KeyValuePair<int, string>(session.Line, session.Heading));

                // Prose written indented stays indented: at the left margin it could read as a talk line or a heading
                // ("  Q&A – the chair"), or make the line above it a talk.
                foreach (Note note in session.Prose) lines.Add(new KeyValuePair<int, string>(note.Line, (note.Indented ? "  " : "") + note.Text));
                foreach (Talk talk in session.Talks)
                {
                    int depth = 1;
                    if (talk.LineText != null)
                    {
                        bool bullet = talk.Session.Kind == SessionKind.Lightning && talk.Line != 0 && IsBulletLine(talk.LineText);
                        lines.Add(new KeyValuePair<int, string>(talk.Line, (bullet ? "  " : "") + talk.LineText));
                        if (bullet) depth = 2;
                    }

                    AddNotes(lines, talk.Notes, depth);
                }
            }

            // Stable: a line number appears once, so ordering by it restores the file's order.
            lines.Sort((a, b) => a.Key.CompareTo(b.Key));
            var sb = new StringBuilder();
            foreach (KeyValuePair<int, string> line in lines) sb.Append(line.Value).Append('\n');
            return sb.ToString();
        }

        private static bool IsBulletLine(string text) => text.Length > 0 && Parsing.NotesText.IsBulletMarker(text[0], text.Length > 1 ? text[1] : '\0', text.Length == 1);

        private static void AddNotes(List<KeyValuePair<int, string>> lines, IReadOnlyList<Note> notes, int depth)
        {
            var stack = new Stack<KeyValuePair<Note, int>>();
            for (int i = notes.Count - 1; i >= 0; i--) stack.Push(new KeyValuePair<Note, int>(notes[i], depth));
            while (stack.Count > 0)
            {
                KeyValuePair<Note, int> item = stack.Pop();
                Note note = item.Key;
                // No cap: the parser nests notes at most one level below its deepest kept level, so this is bounded.
                string indent = new string(' ', 2 * item.Value);
                lines.Add(new KeyValuePair<int, string>(note.Line, indent + (note.Bullet == null ? note.Text : note.Bullet + " " + note.Text)));
                for (int i = note.Children.Count - 1; i >= 0; i--) stack.Push(new KeyValuePair<Note, int>(note.Children[i], item.Value + 1));
            }
        }
    }
}
