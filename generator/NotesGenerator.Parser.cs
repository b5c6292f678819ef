using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Parsing;

namespace NotesDataset.Generator
{
    public sealed partial class NotesGenerator
    {
        private const string Metadata = "build_metadata.AdditionalFiles.";

        /// <summary>How many top-level notes of a talk its XML docs show.</summary>
        private const int FirstNotes = 3;

        /// <summary>Keeps the AdditionalFiles marked as notes (by the package's targets) or named <c>*.notes.txt</c>.</summary>
        private static (AdditionalText Text, NotesFileOptions? Options) SelectNotesFile(AdditionalText text, AnalyzerConfigOptionsProvider provider)
        {
            AnalyzerConfigOptions options = provider.GetOptions(text);
            string? marker = Get(options, "NotesDatasetFile");
            bool isNotes = marker != null
                ? string.Equals(marker, "true", StringComparison.OrdinalIgnoreCase)
                : text.Path.EndsWith(".notes.txt", StringComparison.OrdinalIgnoreCase);
            if (!isNotes) return (text, null);

            string relative = Decode(Get(options, "NotesDatasetRelativePath"))?.Replace('\\', '/') ?? FileName(text.Path);
            return (text, new NotesFileOptions(
                text.Path,
                relative,
                Identifiers.WithoutFormatting(Blank(Decode(Get(options, "NotesDatasetClassName")))),
                Identifiers.WithoutFormatting(Blank(Decode(Get(options, "NotesDatasetNamespace")))),
                Decode(Get(options, "NotesDatasetResourceName"))));
        }

        private static string? Get(AnalyzerConfigOptions options, string name)
            => options.TryGetValue(Metadata + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        /// <summary>
        /// A value the targets pass percent-encoded: a path they computed for the file (relative to the project, or its
        /// Link, or its resource's name), the ClassName and Namespace metadata, the namespace properties. The compiler reads
        /// them from an editorconfig file, where '#' and ';' start a comment, so "C# 2024" would arrive as "C" (and a
        /// ClassName "C#Talks" as the valid "C", with no NOTES010): "talks/C%23%202024.notes.txt" → "talks/C# 2024.notes.txt".
        /// </summary>
        internal static string? Decode(string? value) => value == null ? null : Uri.UnescapeDataString(value);

        private static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash < 0 ? path : path.Substring(slash + 1);
        }

        /// <summary>Parses one notes file into the emitter's model. Never throws (cancellation aside): a failure is a diagnostic.</summary>
        /// <param name="xmlDocs">Whether the talks' doc comments are written: only they show a talk's first notes, so without them no note is built.</param>
        private static NotesFileModel ParseFile(AdditionalText file, NotesFileOptions options, bool xmlDocs, CancellationToken cancellationToken)
        {
            NotesChars text = default;
            try
            {
                SourceText? source = file.GetText(cancellationToken);
                text = ReadText(source);
                // Only the first notes of each talk are built, for the XML docs; the runtime reads the rest lazily.
                ParsedNotes parsed = NotesSyntaxParser.Parse(text, options.RelativePath, cancellationToken, noteLimit: xmlDocs ? FirstNotes : 0);
                cancellationToken.ThrowIfCancellationRequested();
                string index = IndexWriter.Write(parsed, text, options.RelativePath, out _, out bool utf8Exact, out IndexSpeakers speakers, cancellationToken);
                // The resource is the file's bytes, which the runtime reads as UTF-8 at the index's offsets: a file the compiler
                // decoded from another encoding (UTF-16 with its byte order mark, say) travels as text instead.
                string? inline = options.ResourceName != null && utf8Exact && IsUtf8(source?.Encoding) ? null : text.ToString();
                // The index writer has scanned the text for U+FFFD already (it makes the UTF-8 inexact): only then look again.
                return BuildModel(parsed, speakers, options, index, inline, utf8Exact ? null : Undecodable(text, source, options), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                var failure = new DiagnosticInfo(NotesRules.GeneratorFailure.Id, NotesRules.Format(NotesRules.GeneratorFailure, e.GetType().Name + ": " + e.Message), options.Path, 0, 0, 1, 1);
                return new NotesFileModel(options, "Notes", "", null, 0, EquatableArray<ConferenceModel>.Empty, EquatableArray<SpeakerModel>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure }));
            }
            finally
            {
                // Nothing parsed from it refers to it: what the parser and the model keep, they keep as strings.
                if (text.Array != null) text.Return();
            }
        }

        /// <summary>Whether text decoded with <paramref name="encoding"/> came from UTF-8 bytes; an unknown encoding (none given) counts as UTF-8.</summary>
        internal static bool IsUtf8(Encoding? encoding) => encoding == null || encoding.CodePage == Utf8CodePage;

        private const int Utf8CodePage = 65001;

        /// <summary>
        /// The notes in an array from the shared pool (<see cref="RentedText"/>): the same memory from one build to the next
        /// in a compiler server, where a string of the text would be new memory each time (31 MB for 15 MB of notes).
        /// <see cref="SourceText.CopyTo"/> reads a large file's chunks straight into it. The caller returns it.
        /// </summary>
        private static NotesChars ReadText(SourceText? source)
        {
            int length = source?.Length ?? 0;
            NotesChars text = RentedText.Rent(length);
            if (length > 0) source!.CopyTo(0, text.Array, 0, length);
            return text;
        }

        /// <summary>
        /// NOTES015 at the first U+FFFD, or null. The compiler decodes an AdditionalFiles item as UTF-8 unless a byte order
        /// mark says otherwise, and puts U+FFFD where the bytes are not UTF-8: a file saved as Windows-1252 loses its
        /// accented letters there, before the generator sees it. (A U+FFFD written in the notes reads the same.)
        /// </summary>
        private static DiagnosticInfo? Undecodable(NotesChars text, SourceText? source, NotesFileOptions options)
        {
            int first = text.IndexOf('\uFFFD');
            if (first < 0 || source == null) return null;
            int count = 0;
            for (int at = first; at >= 0; at = text.IndexOf('\uFFFD', at + 1)) count++;
            LinePosition position = source.Lines.GetLinePosition(first); // the compiler's own lines, as its other diagnostics use
            return new DiagnosticInfo(NotesRules.Undecodable.Id, NotesRules.Format(NotesRules.Undecodable, position.Line + 1, count), options.Path, first, 1, position.Line + 1, position.Character + 1);
        }

        /// <param name="speakers">The speakers as the index numbers them: the named members use the same ids.</param>
        private static NotesFileModel BuildModel(ParsedNotes parsed, IndexSpeakers speakers, NotesFileOptions options, string index, string? inline, DiagnosticInfo? undecodable, CancellationToken cancellationToken)
        {
            List<string> speakerNames = speakers.Names;
            int dayIndex = 0, sessionIndex = 0, talkIndex = 0;
            var conferences = new List<ConferenceModel>();
            foreach (ParsedConference c in parsed.Conferences)
            {
                // As the runtime's Conference.ToString() gives it, so that the docs name what the app will print.
                string conferenceDisplay = c.Name == null ? (c.Year?.ToString() ?? "(unnamed conference)") : c.Year == null ? c.Name : c.Name + " " + c.Year;
                var days = new List<DayModel>();
                foreach (ParsedDay d in c.Days)
                {
                    var sessions = new List<SessionModel>();
                    string dayDisplay = conferenceDisplay + (d.Label.Length > 0 ? " – " + d.Label : "");
                    foreach (ParsedSession s in d.Sessions)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var talks = new List<TalkModel>();
                        foreach (ParsedTalk t in s.Talks)
                        {
                            int[] ids = speakers.ByTalk[talkIndex];

                            // The first notes, for the docs (none were built without them).
                            var first = new string[Math.Min(t.Notes.Count, FirstNotes)];
                            for (int k = 0; k < first.Length; k++) first[k] = t.Notes[k].Marker is string number ? number + " " + t.Notes[k].Text : t.Notes[k].Text;
                            var names = new string[ids.Length];
                            for (int k = 0; k < ids.Length; k++) names[k] = speakerNames[ids[k]];

                            talks.Add(new TalkModel(t.Title, talkIndex++, new EquatableArray<string>(names), new EquatableArray<int>(ids),
                                t.Affiliation, t.Line, first.Length == 0 ? EquatableArray<string>.Empty : new EquatableArray<string>(first), t.NoteCount,
                                t.Form == TalkForm.SpeakerAffiliation));
                        }

                        string sessionDisplay = dayDisplay + (s.Title.Length > 0 ? " – " + s.Title : "");
                        sessions.Add(new SessionModel(s.Title, sessionDisplay, sessionIndex++, s.Line, s.Kind.ToString(), EquatableArray.From(talks)));
                    }

                    days.Add(new DayModel(d.Label, dayDisplay, dayIndex++, EquatableArray.From(sessions)));
                }

                conferences.Add(new ConferenceModel(conferenceDisplay, c.Name, c.Year, conferences.Count, EquatableArray.From(days)));
            }

            var speakerModels = new SpeakerModel[speakerNames.Count];
            for (int i = 0; i < speakerModels.Length; i++) speakerModels[i] = new SpeakerModel(speakerNames[i], i, speakers.Talks[i].Count);

            var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics.Count + 1);
            if (undecodable != null) diagnostics.Add(undecodable);
            foreach (NotesDiagnostic d in parsed.Diagnostics)
            {
                diagnostics.Add(new DiagnosticInfo(d.Id, d.Message, options.Path, d.Start, d.Length, d.Line, d.Column));
            }

            return new NotesFileModel(options, Identifiers.ClassNameFor(parsed, options.RelativePath), index, inline, talkIndex,
                EquatableArray.From(conferences), new EquatableArray<SpeakerModel>(speakerModels), EquatableArray.From(diagnostics));
        }

        /// <summary>Settles class names, namespaces and hint names across every notes file, in path order so the result never depends on the order files are passed in.</summary>
        /// <summary>The namespace of the classes of files with no (usable) <c>Namespace</c> option: <c>NotesDatasetNamespace</c>, else the root namespace; null for the global namespace.</summary>
        private static string? FallbackNamespace(ProjectOptions project)
            => Identifiers.IsUsableNamespace(project.DefaultNamespace) ? project.DefaultNamespace
                : Identifiers.IsUsableNamespace(project.RootNamespace) ? project.RootNamespace : null;

        /// <param name="files">The parsed files.</param>
        /// <param name="project">The project's options.</param>
        /// <param name="runtime">What the referenced runtime offers.</param>
        /// <param name="existing">What the project's code or its references already have of the names the classes could take (<see cref="FindExisting"/>).</param>
        private static ImmutableArray<EmitModel> AssignNames(ImmutableArray<NotesFileModel> files, ProjectOptions project, RuntimeSupport runtime, ExistingNames existing)
        {
            // The index goes as a UTF-8 literal (C# 11) where the runtime's .NET 8+ build reads one, else as a string constant,
            // which counts against the limit below.
            bool utf8Index = runtime == RuntimeSupport.Utf8Index && project.Utf8Literals;
            var ordered = new List<NotesFileModel>(files);
            ordered.Sort((a, b) => string.CompareOrdinal(a.Options.RelativePath, b.Options.RelativePath) is int c && c != 0 ? c : string.CompareOrdinal(a.Options.Path, b.Options.Path));
            var classes = new Dictionary<string, NotesFileOptions>(StringComparer.Ordinal); // full name -> the file that has the class
            var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var result = ImmutableArray.CreateBuilder<EmitModel>(ordered.Count);
            string? fallbackNamespace = FallbackNamespace(project);
            var existingNamespaces = new HashSet<string>(existing.Namespaces, StringComparer.Ordinal);
            // Types a class may not be named like ("MyApp.Program", the project's own: CS0260; a struct: CS0101; a reference's:
            // CS0436), with what each is; "" for the project's partial class, which extends the generated one. And what a
            // class of a name would hide from the code in its namespace ("MyApp.Console": System.Console, CS0117 at
            // Console.WriteLine there), which NOTES024 says, the name kept.
            Dictionary<string, string> existingTypes = Split(existing.Types);
            Dictionary<string, string> hiddenTypes = Split(existing.Hidden);
            bool TypeTaken(string fullName) => existingTypes.TryGetValue(fullName, out string? what) && what.Length > 0;
            bool Extended(string fullName) => existingTypes.TryGetValue(fullName, out string? what) && what.Length == 0;
            // The option that could not be used for every file's class, if any: NotesDatasetNamespace, else a RootNamespace
            // that names a type the generated code uses (one that is not a namespace was made one: Identifiers.SafeNamespace).
            string? projectNamespace = project.DefaultNamespace ?? project.RootNamespace;
            string? unusableProjectNamespace = projectNamespace != null && !Identifiers.IsUsableNamespace(projectNamespace) ? projectNamespace : null;

            var rootNamespaces = new HashSet<string>(StringComparer.Ordinal);
            if (project.RootNamespace != null) rootNamespaces.UnionWith(Identifiers.NamespaceAndParents(project.RootNamespace));

            // Each file's namespace first: a class may not take the name of a namespace another file's class is in (CS0101).
            // And each file's own names, derived and given (ClassName), which a name given a suffix may not take from it.
            var namespaces = new string?[ordered.Count];
            var namespaceDiagnostics = new DiagnosticInfo?[ordered.Count];
            var declaredNamespaces = new Dictionary<string, NotesFileOptions>(StringComparer.Ordinal); // namespace -> the first file in it
            var ownNames = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < ordered.Count; i++)
            {
                NotesFileModel file = ordered[i];
                string? ns = fallbackNamespace;
                if (file.Options.Namespace != null)
                {
                    if (Identifiers.IsUsableNamespace(file.Options.Namespace)) ns = file.Options.Namespace;
                    else namespaceDiagnostics[i] = OptionDiagnostic(NotesRules.InvalidNamespace, file, file.Options.Namespace, ns ?? "the global namespace", Identifiers.NamespaceProblem(file.Options.Namespace));
                }

                namespaces[i] = ns;
                ownNames.Add(FullName(ns, file.DerivedClassName));
                if (Identifiers.IsValidClassName(file.Options.ClassName)) ownNames.Add(FullName(ns, file.Options.ClassName!));
                if (ns == null || file.Failed) continue;
                foreach (string name in Identifiers.NamespaceAndParents(ns))
                {
                    if (!declaredNamespaces.ContainsKey(name)) declaredNamespaces[name] = file.Options;
                }
            }

            // The notes compiled in as string literals (and the index, where it is not a UTF-8 literal), file by file. Each
            // string constant must start within the assembly's first 16 MB (CS8103 when it is written): whatever order the
            // compiler writes them in, the last starts after all the others, so all but the longest must fit.
            long inlineChars = 0, longestInline = 0;
            int inlineFiles = 0;
            for (int i = 0; i < ordered.Count; i++)
            {
                NotesFileModel file = ordered[i];
                // A file the generator failed on gets no code (see Emit), so it must not take a class or hint name from another.
                if (file.Failed)
                {
                    result.Add(new EmitModel(file, file.DerivedClassName, fallbackNamespace, "", project.NullableDirective, utf8Index, project.XmlDocs, project.DocsChecked, project.NamedMembers, project.Internal, EquatableArray<DiagnosticInfo>.Empty));
                    continue;
                }

                var diagnostics = new List<DiagnosticInfo>();
                if (unusableProjectNamespace != null)
                {
                    // A project property: said once, at the first file, not once a file.
                    diagnostics.Add(OptionDiagnostic(NotesRules.InvalidNamespace, file, unusableProjectNamespace, fallbackNamespace ?? "the global namespace", Identifiers.NamespaceProblem(unusableProjectNamespace)));
                    unusableProjectNamespace = null;
                }

                string? ns = namespaces[i];

                // A class may not be named like its own members ("data.notes.txt" → Data holds Data) nor hide a type or a namespace
                // the generated code uses. Nor, when the name is derived, like its namespace or one it is in: in a project named
                // DevConf2024, `DevConf2024.Talks` outside that namespace would name the namespace (CS0234), so the class is
                // DevConf2024Notes. Nor, derived, like one of the runtime's types ("session.notes.txt": a class Session would hide
                // NotesDataset.Session from the project's code). A ClassName that does so is the user's choice, and compiles.
                // Nor, derived or not, the project's root namespace or one it is in: the project's own code is there (CS0101);
                // nor a namespace in its namespace that the project's code or a reference has ("Contoso.Data": CS0101, CS0437).
                bool Taken(string name) => Identifiers.IsReservedClassName(ns, name) || Identifiers.HidesTopNamespace(ns, name) || rootNamespaces.Contains(FullName(ns, name)) || existingNamespaces.Contains(FullName(ns, name));
                // Nor, derived, the name of a type of the project's code or of a reference in its namespace ("program.notes.txt"
                // beside the project's class MyApp.Program), unless that type is the project's partial class, which extends
                // this one. (A name that would only hide a type, "console.notes.txt" a class MyApp.Console, is kept, with
                // NOTES024 below: what it hides can differ from one target framework to another, System.Index say, and a
                // package's class must have one name in all of them.)
                string className = file.DerivedClassName;
                if (Taken(className) || Identifiers.IsNamespaceSegment(ns, className) || Identifiers.HidesRuntimeType(className) || TypeTaken(FullName(ns, className)))
                {
                    // Not a name another file derives as its own or is given ("session.notes.txt" beside "sessionNotes.notes.txt"):
                    // that file keeps its name, and this one, renamed anyway, takes the number. Nor one taken as the first was
                    // ("talk.notes.txt" in a project whose namespace is TalkNotes: TalkNotes_2, not TalkNotes.TalkNotes).
                    string suffixed = className + "Notes";
                    className = suffixed;
                    for (int n = 2; ownNames.Contains(FullName(ns, className)) || TypeTaken(FullName(ns, className)) || Taken(className) || Identifiers.IsNamespaceSegment(ns, className); n++)
                    {
                        className = suffixed + "_" + n;
                    }
                }

                if (file.Options.ClassName is string wantedName)
                {
                    string? problem =
                        !Identifiers.IsValidClassName(wantedName) ? (Encoding.UTF8.GetByteCount(wantedName) > Identifiers.MaxOptionBytes ? "it is longer than " + Identifiers.MaxOptionBytes + " bytes of UTF-8" : "it is not a valid C# class name")
                        : Identifiers.IsReservedClassName(ns, wantedName) ? "it would clash with a member of the generated class or with a type or namespace the generated code uses"
                        : Identifiers.HidesTopNamespace(ns, wantedName) ? "in '" + ns + "' it would hide the namespace " + Identifiers.Unescape(wantedName) + " from the code there ('" + Identifiers.Unescape(wantedName) + ".…' would name the class)"
                        : rootNamespaces.Contains(FullName(ns, wantedName)) ? "it is the project's root namespace or a namespace it is in, where the project's own code is"
                        : existingNamespaces.Contains(FullName(ns, wantedName)) ? "it is the name of a namespace '" + FullName(ns, wantedName) + "' that the project's code or a reference has"
                        : TypeTaken(FullName(ns, wantedName)) ? "'" + FullName(ns, wantedName) + "' is already " + existingTypes[FullName(ns, wantedName)]
                        : null;
                    if (problem == null) className = wantedName;
                    else diagnostics.Add(OptionDiagnostic(NotesRules.InvalidClassName, file, wantedName, className, problem));
                }

                bool given = file.Options.ClassName != null && (object)className == file.Options.ClassName;

                if (namespaceDiagnostics[i] != null) diagnostics.Add(namespaceDiagnostics[i]!);

                long inline = (file.InlineText?.Length ?? 0) + (utf8Index ? 0 : file.Index.Length);
                if (inline > 0 && runtime != RuntimeSupport.Missing) // without the runtime nothing is compiled in (NOTES009)
                {
                    bool fitted = inlineChars - longestInline < MaxInlineChars;
                    inlineChars += inline;
                    longestInline = Math.Max(longestInline, inline);
                    inlineFiles++;
                    if (fitted && inlineChars - longestInline >= MaxInlineChars) diagnostics.Add(OptionDiagnostic(NotesRules.TooMuchInlineText, file, inlineChars, inlineFiles));
                }

                string wanted = className;
                for (int n = 2; classes.ContainsKey(FullName(ns, className)) || declaredNamespaces.ContainsKey(FullName(ns, className)) || existingNamespaces.Contains(FullName(ns, className)) || TypeTaken(FullName(ns, className)); n++) className = wanted + "_" + n;
                if (className != wanted && (classes.TryGetValue(FullName(ns, wanted), out NotesFileOptions? other) || declaredNamespaces.TryGetValue(FullName(ns, wanted), out other)))
                {
                    // (A name that only a namespace of the project's code or a reference has, "DataNotes" beside "Data", takes
                    // its suffix with no word: the name was derived.)
                    // Two files outside the project can both be "x.notes.txt": then the other's own path says which.
                    string otherName = other.RelativePath == file.Options.RelativePath ? other.Path : other.RelativePath;
                    diagnostics.Add(OptionDiagnostic(NotesRules.DuplicateClassName, file, otherName, FullName(ns, wanted), className));
                }

                classes[FullName(ns, className)] = file.Options;

                // A name the file did not give that hides a type (a given one is the user's choice), unless the project's
                // partial class of that name extends the generated one (the project knows the name).
                if (!given && hiddenTypes.TryGetValue(FullName(ns, className), out string? hidden) && !Extended(FullName(ns, className)))
                {
                    string bare = Identifiers.Unescape(className);
                    diagnostics.Add(OptionDiagnostic(NotesRules.HidesType, file, FullName(ns, className), hidden, ns == null ? "the project's code" : "the code in namespace '" + Identifiers.Unescape(ns) + "'", bare));
                }

                string hint = Identifiers.HintName(file.Options.RelativePath);
                string baseHint = hint;
                for (int n = 2; !hints.Add(hint); n++) hint = baseHint + "_" + n;

                result.Add(new EmitModel(file, className, ns, hint + ".g.cs", project.NullableDirective, utf8Index, project.XmlDocs, project.DocsChecked, project.NamedMembers, project.Internal, EquatableArray.From(diagnostics)));
            }

            return result.MoveToImmutable();
        }

        /// <summary>
        /// "Key\tvalue" entries (<see cref="ExistingNames"/>) as a dictionary: the first value of a key, but "" (the project's
        /// partial class) over any other. With that extension, a reference's type of the name does not rename the class:
        /// the project's own class clashes with it anyway, and the project extends the generated class by its name.
        /// </summary>
        private static Dictionary<string, string> Split(EquatableArray<string> entries)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string entry in entries)
            {
                int tab = entry.IndexOf('\t');
                string key = entry.Substring(0, tab), value = entry.Substring(tab + 1);
                if (value.Length == 0 || !result.ContainsKey(key)) result[key] = value;
            }

            return result;
        }

        /// <summary>
        /// The class's full name as C# compares it ('@Foo' and 'Foo' are one identifier, so one class), written as a namespace
        /// of that name would be: "A.B" + "C" → A.B.C, which is also the namespace a class of that name clashes with.
        /// </summary>
        private static string FullName(string? ns, string className) => ns == null ? Identifiers.Unescape(className) : Identifiers.Unescape(ns) + "." + Identifiers.Unescape(className);

        /// <summary>Characters of UTF-16 in an assembly's first 16 MB (0x1000000 bytes): a string constant must start within them.</summary>
        internal const long MaxInlineChars = 8_388_608;

        private static DiagnosticInfo OptionDiagnostic(NotesRule rule, NotesFileModel file, params object?[] args)
            => new DiagnosticInfo(rule.Id, NotesRules.Format(rule, args), file.Options.Path, 0, 0, 1, 1);
    }
}
