using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// A differential test of the generator's incremental pipeline: one driver kept across a seeded random sequence of
    /// edits (notes text, files added, removed and renamed, per-file metadata, global properties, language version and
    /// documentation mode, the project's own namespaces, the runtime reference, new AdditionalText objects for the same
    /// text), compared after every step with a fresh driver run on the same inputs (sources and diagnostics, in full), and
    /// with a second fresh run over new objects in another order (determinism). A failing sequence is shrunk to its fewest
    /// steps, which the message gives with a replayable log. 20 sequences of 20 steps on every run; with
    /// NOTESDATASET_LONG=1, 300 of 30. NOTESDATASET_INCREMENTAL_SEQUENCES, _STEPS and _SEED (the first seed) override
    /// them, NOTESDATASET_INCREMENTAL_REPORT names a file for the report (with what the steps covered), and
    /// NOTESDATASET_INCREMENTAL_TRACK=1 runs every other sequence with step tracking on, which Roslyn (4.8 to 5.12) gets
    /// wrong after a file is removed (CombineNode's cached-table path drops outputs; a bug of Roslyn's, not the generator's).
    /// </summary>
    public class IncrementalDifferentialTests
    {
        private readonly ITestOutputHelper _out;

        public IncrementalDifferentialTests(ITestOutputHelper output) => _out = output;

        // ---------------------------------------------------------------- inputs

        public sealed class TestText : AdditionalText
        {
            private readonly SourceText _text;

            public TestText(string path, string text, Encoding? encoding)
            {
                Path = path;
                _text = SourceText.From(text, encoding);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

            public override string ToString() => Path;
        }

        public sealed class FileState
        {
            public string Path = "";
            public List<string> Lines = new List<string>();
            public bool Crlf;
            public int EncodingKind; // 0 UTF-8, 1 UTF-16 (Unicode), 2 null encoding, 3 UTF-8 with BOM object
            public string? ClassName, Namespace, RelativePath, IsNotes, ResourceName;
            public AdditionalText Text = null!;

            public FileState Clone() => new FileState
            {
                Path = Path, Lines = new List<string>(Lines), Crlf = Crlf, EncodingKind = EncodingKind, ClassName = ClassName, Namespace = Namespace,
                RelativePath = RelativePath, IsNotes = IsNotes, ResourceName = ResourceName, Text = Text,
            };

            public string Content => string.Join(Crlf ? "\r\n" : "\n", Lines) + (Crlf ? "\r\n" : "\n");

            public Encoding? Enc => EncodingKind switch { 0 => Encoding.UTF8, 1 => Encoding.Unicode, 2 => null, _ => new UTF8Encoding(true) };

            public AdditionalText NewText() => new TestText(Path, Content, Enc);

            public IReadOnlyDictionary<string, string> Metadata() => new NotesInput(Path, "", ClassName, Namespace, RelativePath, IsNotes, ResourceName).Metadata();

            public string Describe() => $"{Path} cls={ClassName ?? "-"} ns={Namespace ?? "-"} rel={RelativePath ?? "-"} isNotes={IsNotes ?? "-"} res={ResourceName ?? "-"} enc={EncodingKind} crlf={Crlf}";
        }

        public sealed class State
        {
            public List<FileState> Files = new List<FileState>();
            public SortedDictionary<string, string> Globals = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["build_property.RootNamespace"] = "NotesDataset" };
            public LanguageVersion Lang = LanguageVersion.Latest;
            public DocumentationMode Doc = DocumentationMode.Diagnose;
            public List<string> UserSources = new List<string> { "namespace User { public class A { } }" };
            public int Runtime = 1; // 0 none, 1 netstandard2.0 build, 2 net10.0 build (UTF-8 index)
            public string LastFreshText = "";
        }

        private static readonly ImmutableArray<MetadataReference> Net80NoRuntime = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();
        private static readonly ImmutableArray<MetadataReference> Net10WithRuntime = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(NotesDataset.Talk).Assembly.Location)).ToImmutableArray();

        private static ImmutableArray<MetadataReference> RefsFor(int runtime) => runtime switch { 0 => Net80NoRuntime, 1 => GeneratorHarness.References, _ => Net10WithRuntime };

        private static CSharpParseOptions ParseOptionsFor(State s) => CSharpParseOptions.Default.WithLanguageVersion(s.Lang).WithDocumentationMode(s.Doc);

        private static CSharpCompilation CompilationFor(State s, IEnumerable<string>? sourcesOrder = null)
        {
            CSharpParseOptions po = ParseOptionsFor(s);
            var trees = (sourcesOrder ?? s.UserSources).Select((src, i) => CSharpSyntaxTree.ParseText(src, po, path: "User" + i + ".cs"));
            return CSharpCompilation.Create("NotesTests", trees, RefsFor(s.Runtime), GeneratorHarness.CompilationOptions);
        }

        private static TestAnalyzerConfigOptionsProvider OptionsFor(State s, IEnumerable<FileState>? files = null)
        {
            var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>();
            foreach (FileState f in files ?? s.Files) perFile[f.Path] = f.Metadata();
            return new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string>(s.Globals), perFile);
        }

        private static string OptionsKey(State s)
            => string.Join("|", s.Globals.Select(g => g.Key + "=" + g.Value)) + "||" + string.Join("|", s.Files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Path + ":" + string.Join(",", f.Metadata().OrderBy(k => k.Key).Select(k => k.Key + "=" + k.Value))));

        private static string CompilationKey(State s) => s.Runtime + "|" + s.Lang + "|" + s.Doc + "|" + string.Join("\u0001", s.UserSources);

        // ---------------------------------------------------------------- random content

        private static readonly string[] Conferences = { "DevConf", "Linux.conf.au", "RustConf", "Data", "User", "NotesDataset", "MyApp", "Contoso", "Alpha", "Talks", "System", "Beta Conf", "linux.conf.au", "Microsoft" };
        private static readonly string[] Years = { "2015", "2020", "2024", "" };
        private static readonly string[] Titles = { "Caching without tears", "NoOps with Ansible and Puppet", "class", "Session", "ToString()", "8 writers in 8 months", "Talks", "Über Unicode", "Rust in 5 minutes", "Opening", "Document", "People" };
        private static readonly string[] Speakers = { "Jane Doe", "Bo Chen + Ana Lima", "Monty Taylor", "Ann Lee (Red Hat)", "Rusty Russell", "Bob Ray and Ann Lee" };
        private static readonly string[] BadLines = { "– Jane Doe", "A title with no speaker –", "Just some prose here, nothing else.", "Bad\u0001control – Ann Lee", "nul\0here – Bob Ray", "\uFFFD broken bytes – Ann Lee", "Linux.conf.ay 2015 – Day 5 – Session 3", "Conf – Day 1 – Session 1", "Conf 2020 – Day Five – Session 3", "  • orphan bullet at wrong place" };

        private static T Pick<T>(Random r, IReadOnlyList<T> list) => list[r.Next(list.Count)];

        private static string Heading(Random r)
        {
            string conf = Pick(r, Conferences), year = Pick(r, Years);
            string head = (conf + " " + year).Trim();
            return r.Next(4) switch
            {
                0 => head + " – Day " + r.Next(1, 4) + " – Session " + r.Next(1, 4),
                1 => "## " + head + " – Day " + r.Next(1, 4) + " – Session " + r.Next(1, 4),
                2 => "Day " + r.Next(1, 4) + " – Session " + r.Next(1, 4),
                _ => head + " – Day " + r.Next(1, 4) + " – Keynote",
            };
        }

        private static string TalkLine(Random r) => Pick(r, Titles) + (r.Next(5) == 0 ? " " + r.Next(100) : "") + " – " + Pick(r, Speakers);

        private static List<string> RandomContent(Random r)
        {
            var lines = new List<string>();
            if (r.Next(4) == 0) lines.Add("# " + Pick(r, Conferences) + " " + Pick(r, Years));
            int sessions = r.Next(1, 4);
            for (int s = 0; s < sessions; s++)
            {
                lines.Add(Heading(r));
                lines.Add("");
                int talks = r.Next(1, 4);
                for (int t = 0; t < talks; t++)
                {
                    lines.Add(TalkLine(r));
                    int notes = r.Next(0, 3);
                    for (int n = 0; n < notes; n++) lines.Add((n == 1 && r.Next(2) == 0 ? "    • " : "  • ") + "note " + r.Next(1000) + (r.Next(6) == 0 ? " https://example.org/x" : ""));
                }

                lines.Add("");
            }

            return lines;
        }

        private static readonly string[] Paths =
        {
            "/src/alpha.notes.txt", "/src/beta.notes.txt", "/src/data.notes.txt", "/src/Data.notes.txt", "/src/sub/alpha.notes.txt", "/other/alpha.notes.txt",
            "/src/notes/2016.txt", "/src/talks.notes.txt", "/src/user.notes.txt", "/src/notesdataset.notes.txt", "/src/my app.notes.txt", "/src/2020.notes.txt",
            "/src/devconf2024.notes.txt", "/src/readme.txt",
        };

        private static readonly string?[] ClassNames = { null, null, null, "Lca2016", "TeamTalks", "foo", "Talks", "1bad", "DevConf2024", "MyApp", "NotesDataset", "Alpha", "Data", "Doc\u00ADument", "C%23Talks" };
        private static readonly string?[] FileNamespaces = { null, null, null, "Contoso.Data", "Other", "System.X", "bad ns", "MyApp", "NotesDataset.Talk", "Contoso", "@class.Data", "Contoso%2EData" };
        private static readonly string?[] RelativePaths = { null, null, "alpha.notes.txt", "sub/alpha.notes.txt", "data.notes.txt", "x/y/Data.notes.txt", "talks/C%23%202024.notes.txt" };
        private static readonly string?[] IsNotesValues = { null, null, null, "true", "false", "TRUE" };
        private static readonly string?[] ResourceNames = { null, null, "NotesTests.alpha.notes.txt", "NotesTests.x" };

        private static readonly string?[] RootNamespaces = { null, "NotesDataset", "MyApp", "MyApp.Web", "my-app", "DevConf2024", "System", "NotesDataset.Talk", "Contoso", "Alpha", "" };
        private static readonly string?[] DefaultNamespaces = { null, null, "", "Contoso.Data", "Bad Namespace!", "MyApp", "Alpha", "System.Collections" };
        private static readonly string?[] Booleans = { null, "true", "false", "no", "yes", "garbage", "!false", "" };
        private static readonly string?[] Visibilities = { null, "internal", "public", "Internal ", "private" };
        private static readonly LanguageVersion[] Langs = { LanguageVersion.CSharp3, LanguageVersion.CSharp5, LanguageVersion.CSharp7_3, LanguageVersion.CSharp8, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.Latest, LanguageVersion.Preview };
        private static readonly DocumentationMode[] DocModes = { DocumentationMode.None, DocumentationMode.Parse, DocumentationMode.Diagnose };

        private static readonly string[] UserSourcePool =
        {
            "namespace User { public class A { } }",
            "namespace NotesDataset.DevConf2024 { class X { } }",
            "namespace NotesDataset.Lca2015 { class X { } }",
            "namespace NotesDataset.Alpha.Inner { class X { } }",
            "namespace NotesDataset.Beta { }",
            "namespace MyApp.Alpha { class X { } }",
            "namespace Contoso.Data.Alpha { class X { } }",
            "namespace Contoso.Data.Data { class X { } }",
            "namespace DevConf2024 { class X { } }",
            "namespace Alpha { class X { } }",
            "namespace Data { class X { } }",
            "namespace NotesDataset { public class DevConf2024 { } }",
            "namespace NotesDataset.Data { class X { } }",
            "namespace MyApp.Web.Data { class X { } }",
            "namespace Other.Alpha { class X { } }",
            "namespace NotesDataset.RustConf2020 { class X { } }",
            "namespace NotesDataset.TeamTalks { class X { } }",
            "namespace Contoso.Lca2016 { class X { } }",
            "namespace Lca2015 { class X { } }",
        };

        // ---------------------------------------------------------------- steps

        public enum Kind
        {
            AddTalk, RemoveLine, RenameTalk, ChangeHeading, BadLine, FixBad, ToggleCrlf, NewContent, CopyHeadingFromOther,
            AddFile, AddDuplicateFile, RemoveFile, RenamePath, SetClassName, SetNamespace, SetRelativePath, SetIsNotes, SetResourceName, SetEncoding,
            SwapIdentical, SwapAllIdentical,
            SetRootNamespace, SetDefaultNamespace, SetNamedMembers, SetXmlDocs, SetVisibility, SetEncodedNamespace,
            SetLang, SetDocMode, AddUserSource, AddClashSource, RemoveUserSource, SetRuntime, TouchCompilation, TouchOptions,
        }

        public readonly record struct Step(Kind Kind, int Seed)
        {
            public override string ToString() => Kind + "#" + Seed;
        }

        /// <summary>Applies steps to a state and keeps one driver in step, as the IDE would.</summary>
        private sealed class Session
        {
            public readonly State S = new State();
            public GeneratorDriver Driver;
            public Compilation Compilation;
            private string _optionsKey, _compKey;
            private CSharpParseOptions _po;
            public readonly List<string> Log = new List<string>();

            public Session(bool track)
            {
                var f = new FileState { Path = "/src/alpha.notes.txt", Lines = RandomContent(new Random(0)) };
                f.Text = f.NewText();
                S.Files.Add(f);
                _po = ParseOptionsFor(S);
                Compilation = CompilationFor(S);
                Driver = CSharpGeneratorDriver.Create(new[] { new NotesGenerator().AsSourceGenerator() }, S.Files.Select(x => x.Text), _po, OptionsFor(S),
                    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
                _optionsKey = OptionsKey(S);
                _compKey = CompilationKey(S);
            }

            private void Replace(FileState f, AdditionalText? newText = null)
            {
                AdditionalText old = f.Text;
                f.Text = newText ?? f.NewText();
                Driver = Driver.ReplaceAdditionalText(old, f.Text);
            }

            private string FreePath(Random r)
            {
                for (int i = 0; i < 50; i++)
                {
                    string p = Pick(r, Paths);
                    if (!S.Files.Any(f => f.Path == p)) return p;
                }

                return "/src/gen" + r.Next(100000) + ".notes.txt";
            }

            public void Apply(Step step)
            {
                var r = new Random(step.Seed);
                FileState? f = S.Files.Count == 0 ? null : S.Files[r.Next(S.Files.Count)];
                bool forceOptions = false, forceCompilation = false;
                string what = step.ToString();
                switch (step.Kind)
                {
                    case Kind.AddTalk when f != null:
                        f.Lines.Insert(r.Next(1, f.Lines.Count + 1), TalkLine(r));
                        Replace(f);
                        break;
                    case Kind.RemoveLine when f != null && f.Lines.Count > 1:
                        f.Lines.RemoveAt(r.Next(f.Lines.Count));
                        Replace(f);
                        break;
                    case Kind.RenameTalk when f != null:
                    {
                        var talkIdx = Enumerable.Range(0, f.Lines.Count).Where(i => f.Lines[i].Contains(" – ") && !f.Lines[i].Contains("Day") && !f.Lines[i].StartsWith(" ")).ToList();
                        if (talkIdx.Count == 0) break;
                        f.Lines[Pick(r, talkIdx)] = TalkLine(r);
                        Replace(f);
                        break;
                    }
                    case Kind.ChangeHeading when f != null:
                    {
                        var idx = Enumerable.Range(0, f.Lines.Count).Where(i => f.Lines[i].Contains("Day ") || f.Lines[i].StartsWith("#")).ToList();
                        if (idx.Count == 0) break;
                        f.Lines[Pick(r, idx)] = r.Next(3) == 0 ? "# " + Pick(r, Conferences) + " " + Pick(r, Years) : Heading(r);
                        Replace(f);
                        break;
                    }
                    case Kind.BadLine when f != null:
                        f.Lines.Insert(r.Next(0, f.Lines.Count + 1), Pick(r, BadLines));
                        Replace(f);
                        break;
                    case Kind.FixBad when f != null:
                    {
                        int n = f.Lines.RemoveAll(l => BadLines.Contains(l));
                        if (n > 0) Replace(f);
                        break;
                    }
                    case Kind.ToggleCrlf when f != null:
                        f.Crlf = !f.Crlf;
                        Replace(f);
                        break;
                    case Kind.NewContent when f != null:
                        f.Lines = RandomContent(r);
                        Replace(f);
                        break;
                    case Kind.CopyHeadingFromOther when f != null && S.Files.Count > 1:
                    {
                        FileState other = S.Files.First(x => x != f);
                        f.Lines = new List<string>(other.Lines);
                        if (r.Next(2) == 0) f.Lines.Add(TalkLine(r));
                        Replace(f);
                        break;
                    }
                    case Kind.AddFile when S.Files.Count < 5:
                    case Kind.AddDuplicateFile when S.Files.Count < 5:
                    {
                        var nf = new FileState { Path = FreePath(r), Lines = RandomContent(r) };
                        if (step.Kind == Kind.AddDuplicateFile && f != null) nf.Lines = new List<string>(f.Lines);
                        if (nf.Path.EndsWith("2016.txt") || nf.Path.EndsWith("readme.txt")) nf.IsNotes = r.Next(3) == 0 ? null : "true";
                        nf.Text = nf.NewText();
                        S.Files.Add(nf);
                        Driver = Driver.AddAdditionalTexts(ImmutableArray.Create(nf.Text));
                        what += " +" + nf.Path;
                        break;
                    }
                    case Kind.RemoveFile when f != null:
                        S.Files.Remove(f);
                        Driver = Driver.RemoveAdditionalTexts(ImmutableArray.Create(f.Text));
                        what += " -" + f.Path;
                        break;
                    case Kind.RenamePath when f != null:
                    {
                        string np = FreePath(r);
                        what += " " + f.Path + "->" + np;
                        f.Path = np;
                        if (r.Next(2) == 0)
                        {
                            Replace(f);
                        }
                        else
                        {
                            // As a project system might: remove the old item, add the new one at the end.
                            AdditionalText old = f.Text;
                            f.Text = f.NewText();
                            S.Files.Remove(f);
                            S.Files.Add(f);
                            Driver = Driver.RemoveAdditionalTexts(ImmutableArray.Create(old)).AddAdditionalTexts(ImmutableArray.Create(f.Text));
                        }

                        break;
                    }
                    case Kind.SetClassName when f != null:
                        f.ClassName = Pick(r, ClassNames);
                        what += " " + f.Path + "=" + f.ClassName;
                        break;
                    case Kind.SetNamespace when f != null:
                        f.Namespace = Pick(r, FileNamespaces);
                        what += " " + f.Path + "=" + f.Namespace;
                        break;
                    case Kind.SetRelativePath when f != null:
                        f.RelativePath = Pick(r, RelativePaths);
                        what += " " + f.Path + "=" + f.RelativePath;
                        break;
                    case Kind.SetIsNotes when f != null:
                        f.IsNotes = Pick(r, IsNotesValues);
                        what += " " + f.Path + "=" + f.IsNotes;
                        break;
                    case Kind.SetResourceName when f != null:
                        f.ResourceName = Pick(r, ResourceNames);
                        what += " " + f.Path + "=" + f.ResourceName;
                        break;
                    case Kind.SetEncoding when f != null:
                        f.EncodingKind = r.Next(4);
                        Replace(f);
                        what += " " + f.Path + "=" + f.EncodingKind;
                        break;
                    case Kind.SwapIdentical when f != null:
                        Replace(f);
                        break;
                    case Kind.SwapAllIdentical:
                        foreach (FileState x in S.Files) x.Text = x.NewText();
                        Driver = Driver.ReplaceAdditionalTexts(S.Files.Select(x => x.Text).ToImmutableArray());
                        break;
                    case Kind.SetRootNamespace:
                        SetGlobal("build_property.RootNamespace", Pick(r, RootNamespaces));
                        break;
                    case Kind.SetDefaultNamespace:
                        SetGlobal("build_property.NotesDatasetNamespace", Pick(r, DefaultNamespaces));
                        break;
                    case Kind.SetNamedMembers:
                        SetGlobal("build_property.NotesDatasetNamedMembers", Pick(r, Booleans));
                        break;
                    case Kind.SetXmlDocs:
                        SetGlobal("build_property.NotesDatasetXmlDocs", Pick(r, Booleans));
                        break;
                    case Kind.SetVisibility:
                        SetGlobal("build_property.NotesDatasetVisibility", Pick(r, Visibilities));
                        break;
                    case Kind.SetEncodedNamespace:
                        SetGlobal(r.Next(2) == 0 ? "build_property.NotesDatasetEncodedNamespace" : "build_property.NotesDatasetEncodedRootNamespace", Pick(r, new[] { null, "", "Contoso%2EData", "My%20App", "C%23" }));
                        break;
                    case Kind.SetLang:
                        S.Lang = Pick(r, Langs);
                        what += " " + S.Lang;
                        break;
                    case Kind.SetDocMode:
                        S.Doc = Pick(r, DocModes);
                        what += " " + S.Doc;
                        break;
                    case Kind.AddUserSource:
                    {
                        string src = Pick(r, UserSourcePool);
                        if (!S.UserSources.Contains(src)) S.UserSources.Add(src);
                        what += " " + src;
                        break;
                    }
                    case Kind.AddClashSource:
                    {
                        // A namespace named like a class the generator emitted last time, in that class's namespace.
                        var matches = Regex.Matches(S.LastFreshText, @"^// ns=(\S*) class=(\S+)$", RegexOptions.Multiline);
                        if (matches.Count == 0) break;
                        Match m = matches[r.Next(matches.Count)];
                        string ns = m.Groups[1].Value, cls = m.Groups[2].Value.TrimStart('@');
                        string full = ns.Length == 0 ? cls : ns + "." + cls;
                        string src = r.Next(3) == 0 ? "namespace " + full + " { }" : "namespace " + full + " { class Clash { } }";
                        if (!S.UserSources.Contains(src)) S.UserSources.Add(src);
                        what += " " + src;
                        break;
                    }
                    case Kind.RemoveUserSource when S.UserSources.Count > 0:
                    {
                        int i = r.Next(S.UserSources.Count);
                        what += " " + S.UserSources[i];
                        S.UserSources.RemoveAt(i);
                        break;
                    }
                    case Kind.SetRuntime:
                        S.Runtime = r.Next(3);
                        what += " " + S.Runtime;
                        break;
                    case Kind.TouchCompilation:
                        forceCompilation = true;
                        break;
                    case Kind.TouchOptions:
                        forceOptions = true;
                        break;
                    default:
                        what += " (no-op)";
                        break;
                }

                // Options, parse options and the compilation follow the state, changed only when they changed (or touched).
                string ok = OptionsKey(S);
                if (ok != _optionsKey || forceOptions)
                {
                    Driver = Driver.WithUpdatedAnalyzerConfigOptions(OptionsFor(S));
                    _optionsKey = ok;
                }

                CSharpParseOptions po = ParseOptionsFor(S);
                if (!po.Equals(_po))
                {
                    Driver = Driver.WithUpdatedParseOptions(po);
                    _po = po;
                }

                string ck = CompilationKey(S);
                if (ck != _compKey || forceCompilation)
                {
                    Compilation = CompilationFor(S);
                    _compKey = ck;
                }

                Log.Add(what);

                void SetGlobal(string key, string? value)
                {
                    if (value == null) S.Globals.Remove(key);
                    else S.Globals[key] = value;
                    what += " " + key + "=" + (value ?? "(unset)");
                }
            }

            public GeneratorRunResult RunIncremental()
            {
                Driver = Driver.RunGenerators(Compilation);
                return Driver.GetRunResult().Results.Single();
            }

            public GeneratorRunResult RunFresh(bool shuffled, Random? r)
            {
                IEnumerable<FileState> files = S.Files;
                IEnumerable<AdditionalText> texts = S.Files.Select(f => f.Text);
                Compilation compilation = Compilation;
                if (shuffled)
                {
                    FileState[] order = S.Files.OrderBy(_ => r!.Next()).ToArray();
                    texts = order.Select(f => f.NewText());
                    compilation = CompilationFor(S, S.UserSources.OrderBy(_ => r!.Next()).ToArray());
                }

                GeneratorDriver fresh = CSharpGeneratorDriver.Create(new[] { new NotesGenerator().AsSourceGenerator() }, texts, ParseOptionsFor(S), OptionsFor(S, files),
                    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
                return fresh.RunGenerators(compilation).GetRunResult().Results.Single();
            }
        }

        // ---------------------------------------------------------------- comparison

        private static string Describe(GeneratorRunResult r, bool sorted)
        {
            var sb = new StringBuilder();
            if (r.Exception != null) sb.Append("EXCEPTION ").Append(r.Exception.GetType().Name).Append(": ").Append(r.Exception.Message).Append('\n');
            IEnumerable<GeneratedSourceResult> sources = r.GeneratedSources;
            if (sorted) sources = sources.OrderBy(s => s.HintName, StringComparer.Ordinal);
            foreach (GeneratedSourceResult s in sources)
            {
                string text = s.SourceText.ToString();
                sb.Append("=== SOURCE ").Append(s.HintName).Append('\n');
                Match ns = Regex.Match(text, @"^namespace (\S+)$", RegexOptions.Multiline);
                Match cls = Regex.Match(text, @"static partial class (\S+)$", RegexOptions.Multiline);
                sb.Append("// ns=").Append(ns.Success ? ns.Groups[1].Value : "").Append(" class=").Append(cls.Groups[1].Value).Append('\n');
                sb.Append(text);
                if (!text.EndsWith("\n")) sb.Append('\n');
            }

            IEnumerable<string> diags = r.Diagnostics.Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                return "=== DIAG " + d.Id + " " + d.Severity + " " + span.Path + " " + d.Location.SourceSpan + " " + span.StartLinePosition + "-" + span.EndLinePosition + " " + d.GetMessage();
            });
            if (sorted) diags = diags.OrderBy(x => x, StringComparer.Ordinal);
            foreach (string d in diags) sb.Append(d).Append('\n');
            return sb.ToString();
        }

        private static string FirstDifference(string expected, string actual)
        {
            string[] e = expected.Split('\n'), a = actual.Split('\n');
            int i = 0;
            while (i < e.Length && i < a.Length && e[i] == a[i]) i++;
            // Find the nearest header above for context.
            int h = i;
            while (h > 0 && !(h < e.Length && e[h].StartsWith("===", StringComparison.Ordinal))) h--;
            var sb = new StringBuilder();
            sb.Append("  first difference at line ").Append(i).Append(" (section: ").Append(h < e.Length ? e[h] : "?").Append(")\n");
            for (int k = Math.Max(0, i - 2); k < Math.Min(e.Length, i + 4); k++) sb.Append("  fresh      : ").Append(Trunc(e[k])).Append('\n');
            for (int k = Math.Max(0, i - 2); k < Math.Min(a.Length, i + 4); k++) sb.Append("  incremental: ").Append(Trunc(a[k])).Append('\n');
            // Also section headers only present in one.
            var eh = e.Where(l => l.StartsWith("===")).ToList();
            var ah = a.Where(l => l.StartsWith("===")).ToList();
            foreach (string x in eh.Except(ah)) sb.Append("  only fresh      : ").Append(Trunc(x)).Append('\n');
            foreach (string x in ah.Except(eh)) sb.Append("  only incremental: ").Append(Trunc(x)).Append('\n');
            return sb.ToString();
        }

        private static string Trunc(string s) => s.Length > 220 ? s.Substring(0, 220) + "…" : s;

        public sealed record Divergence(string Kind, int StepIndex, string Detail);

        /// <summary>Coverage counters (what the sequences actually exercised).</summary>
        public static readonly SortedDictionary<string, int> Stats = new SortedDictionary<string, int>(StringComparer.Ordinal);

        private static void Count(string key)
        {
            lock (Stats) Stats[key] = Stats.TryGetValue(key, out int c) ? c + 1 : 1;
        }

        /// <summary>Runs steps; returns the first divergence (or null).</summary>
        private static Divergence? RunSequence(IReadOnlyList<Step> steps, bool track, int checkSeed, List<string>? log = null, bool checkDeterminism = true)
        {
            var session = new Session(track);
            var r = new Random(checkSeed);
            for (int i = -1; i < steps.Count; i++)
            {
                if (i >= 0) session.Apply(steps[i]);
                GeneratorRunResult inc;
                try
                {
                    inc = session.RunIncremental();
                }
                catch (Exception e)
                {
                    return new Divergence("driver-throw", i, e.ToString());
                }

                GeneratorRunResult fresh = session.RunFresh(false, null);
                string incText = Describe(inc, sorted: false), freshText = Describe(fresh, sorted: false);
                if (log == null)
                {
                    if (i >= 0) Count("step " + session.Log[session.Log.Count - 1].Split(' ')[0].Split('#')[0] + (session.Log[session.Log.Count - 1].Contains("(no-op)") ? " (no-op)" : "") + (freshText != session.S.LastFreshText ? " -> output changed" : " -> output same"));
                    foreach (Diagnostic dg in fresh.Diagnostics) Count("diag " + dg.Id);
                    Count("sources=" + fresh.GeneratedSources.Length);
                    foreach (GeneratedSourceResult gs in fresh.GeneratedSources)
                    {
                        string t = gs.SourceText.ToString();
                        if (Regex.IsMatch(t, @"static partial class \S+Notes\n")) Count("class with Notes suffix");
                        if (Regex.IsMatch(t, @"static partial class \S+_\d+\n")) Count("class with _N suffix");
                        if (t.Contains("u8,\n")) Count("utf8 index literal");
                        if (t.Contains("#nullable enable")) Count("nullable directive");
                        if (t.Contains("/// <summary>")) Count("xml docs");
                        if (t.Contains("internal static partial class")) Count("internal class");
                        if (!t.Contains("public static readonly global::NotesDataset.Talk")) Count("no named talk members");
                        if (Regex.IsMatch(gs.HintName, @"_\d+\.g\.cs$")) Count("hint with _N suffix");
                    }
                }
                session.S.LastFreshText = freshText;
                if (inc.Exception != null || fresh.Exception != null)
                    return new Divergence("generator-exception", i, (inc.Exception ?? fresh.Exception)!.ToString());
                if (incText != freshText)
                {
                    string incSorted = Describe(inc, true), freshSorted = Describe(fresh, true);
                    string kind = incSorted == freshSorted ? "order-only" : "content";
                    return new Divergence("incremental-vs-fresh:" + kind, i, FirstDifference(kind == "order-only" ? freshText : freshSorted, kind == "order-only" ? incText : incSorted));
                }

                if (checkDeterminism)
                {
                    GeneratorRunResult fresh2 = session.RunFresh(true, r);
                    string f2 = Describe(fresh2, sorted: false);
                    if (f2 != freshText)
                    {
                        string kind = Describe(fresh2, true) == Describe(fresh, true) ? "order-only" : "content";
                        return new Divergence("fresh-vs-fresh(shuffled inputs):" + kind, i, FirstDifference(Describe(fresh, kind != "order-only"), Describe(fresh2, kind != "order-only")));
                    }
                }
            }

            log?.AddRange(session.Log);
            return null;
        }

        private static List<Step> RandomSteps(Random r, int count)
        {
            Kind[] kinds = (Kind[])Enum.GetValues(typeof(Kind));
            var steps = new List<Step>();
            for (int i = 0; i < count; i++) steps.Add(new Step(kinds[r.Next(kinds.Length)], r.Next()));
            return steps;
        }

        /// <summary>ddmin-like: drop chunks, then single steps, while the same kind of divergence remains.</summary>
        private static List<Step> Minimize(List<Step> steps, bool track, int checkSeed, string kind)
        {
            bool Fails(List<Step> s) => RunSequence(s, track, checkSeed) is Divergence d && d.Kind == kind;
            var current = new List<Step>(steps);
            for (int chunk = Math.Max(1, current.Count / 2); chunk >= 1; chunk /= 2)
            {
                bool progress = true;
                while (progress)
                {
                    progress = false;
                    for (int start = 0; start < current.Count; start += chunk)
                    {
                        var candidate = current.Take(start).Concat(current.Skip(start + chunk)).ToList();
                        if (candidate.Count < current.Count && Fails(candidate))
                        {
                            current = candidate;
                            progress = true;
                            break;
                        }
                    }
                }
            }

            return current;
        }

        private static int Env(string name, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(name), out int v) ? v : fallback;

        [Fact]
        public void Random_edit_sequences_match_fresh_runs()
        {
            bool longRun = Environment.GetEnvironmentVariable("NOTESDATASET_LONG") == "1";
            int sequences = Env("NOTESDATASET_INCREMENTAL_SEQUENCES", longRun ? 300 : 20), stepsPer = Env("NOTESDATASET_INCREMENTAL_STEPS", longRun ? 30 : 20);
            int firstSeed = Env("NOTESDATASET_INCREMENTAL_SEED", 1);
            string? reportPath = Environment.GetEnvironmentVariable("NOTESDATASET_INCREMENTAL_REPORT");
            var report = new StringBuilder();
            var kindsSeen = new Dictionary<string, int>();
            var firstOfKind = new Dictionary<string, string>();
            int failed = 0, totalSteps = 0;
            for (int seq = firstSeed; seq < firstSeed + sequences; seq++)
            {
                var r = new Random(seq);
                bool track = Env("NOTESDATASET_INCREMENTAL_TRACK", 0) == 1 && seq % 2 == 0; // step tracking trips a Roslyn bug: see the class's summary
                List<Step> steps = RandomSteps(r, stepsPer);
                totalSteps += steps.Count;
                Divergence? d = RunSequence(steps, track, seq);
                if (d == null) continue;
                failed++;
                string key = d.Kind + " @ " + Regex.Replace(d.Detail.Split('\n')[0], @"\d+", "N");
                kindsSeen[key] = kindsSeen.TryGetValue(key, out int c) ? c + 1 : 1;
                report.Append("seed ").Append(seq).Append(" track=").Append(track).Append(": ").Append(d.Kind).Append(" at step ").Append(d.StepIndex).Append('\n');
                if (!firstOfKind.ContainsKey(d.Kind) || firstOfKind.Count < 12 && !firstOfKind.ContainsKey(key))
                {
                    List<Step> min = Minimize(steps.Take(d.StepIndex + 1).ToList(), track, seq, d.Kind);
                    var log = new List<string>();
                    Divergence? dm = RunSequence(min, track, seq, log);
                    var detail = new StringBuilder();
                    detail.Append("MINIMAL (seed ").Append(seq).Append(", ").Append(min.Count).Append(" steps): ").Append(string.Join(", ", min)).Append('\n');
                    var replay = new Session(track);
                    foreach (Step s in min) replay.Apply(s);
                    detail.Append("  step log: ").Append(string.Join(" ; ", replay.Log)).Append('\n');
                    detail.Append("  final files: ").Append(string.Join(" | ", replay.S.Files.Select(f => f.Describe()))).Append('\n');
                    detail.Append("  globals: ").Append(string.Join(", ", replay.S.Globals.Select(g => g.Key + "=" + g.Value))).Append(" lang=").Append(replay.S.Lang).Append(" doc=").Append(replay.S.Doc).Append(" runtime=").Append(replay.S.Runtime).Append('\n');
                    detail.Append("  user sources: ").Append(string.Join(" | ", replay.S.UserSources)).Append('\n');
                    detail.Append("  divergence: ").Append(dm?.Kind ?? "(did not reproduce)").Append(" at step ").Append(dm?.StepIndex).Append('\n').Append(dm?.Detail ?? d.Detail).Append('\n');
                    firstOfKind[firstOfKind.ContainsKey(d.Kind) ? key : d.Kind] = detail.ToString();
                }
            }

            var summary = new StringBuilder();
            summary.Append("sequences=").Append(sequences).Append(" steps/seq=").Append(stepsPer).Append(" total steps=").Append(totalSteps).Append(" failing sequences=").Append(failed).Append('\n');
            foreach (var k in kindsSeen.OrderByDescending(k => k.Value)) summary.Append("  ").Append(k.Value).Append(" × ").Append(k.Key).Append('\n');
            summary.Append("\n----- coverage\n");
            foreach (var k in Stats) summary.Append("  ").Append(k.Key).Append(": ").Append(k.Value).Append('\n');
            foreach (var k in firstOfKind) summary.Append("\n##### ").Append(k.Key).Append('\n').Append(k.Value);
            summary.Append("\n----- per-seed\n").Append(report);
            if (reportPath != null) File.WriteAllText(reportPath, summary.ToString());
            _out.WriteLine(summary.ToString());
            Assert.True(failed == 0, summary.ToString());
        }
    }
}
