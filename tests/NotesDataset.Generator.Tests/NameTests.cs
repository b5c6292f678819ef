using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>Member names made from free text: valid, unique, keywords and digits handled, and each one returns what it is named for.</summary>
    public class NameTests
    {
        private static readonly string Notes = GeneratorHarness.Lines(
            "Conf 2020 – Day 1 – Session 1",
            "",
            "class – Jane Doe",
            "int – Jane Doe",
            "return – John Roe",
            "8 writers in under 8 months – Alice Smith",
            "!!! – Bob Brown",
            "### – Speaker",
            "Same Title – Carol White",
            "Same Title – Dave Green",
            "Nicolás Erdödy talk – Nicolás Erdödy",
            "🚀 Rocket 🚀 – Eve Black",
            "🚀🚀 – Eve Black",
            "Session – Frank Fox",
            "Session1 – Frank Fox",
            "Day – Frank Fox",
            "Conf 2020 – Frank Fox",
            "__arglist – Frank Fox",
            "A title long enough to be cut at sixty-four characters, version one – Gus Grey",
            "A title long enough to be cut at sixty-four characters, version two – Gus Grey",
            "",
            "Conf 2020 – Day 1 – Session1",
            "",
            "Talk – Jane Doe",
            "",
            "Conf 2020 – Day 1 – Day",
            "",
            "Talk – Jane Doe",
            "",
            "Conf 2020 – Day 1 – Session",
            "",
            "Talk – People",
            "Talk – class",
            "Talk – 42nd Street",
            "Talk – Data");

        private static readonly Lazy<GeneratorRun> Run = new Lazy<GeneratorRun>(() => GeneratorHarness.Run(new NotesInput("/src/names.notes.txt", Notes)));

        [Fact]
        public void Awkward_titles_compile_with_no_diagnostics()
        {
            Assert.True(Run.Value.CompilationProblems.IsEmpty, GeneratorHarness.Format(Run.Value.CompilationProblems));
            Assert.Equal(new[] { "NOTES005" }, Run.Value.GeneratorDiagnostics.Select(d => d.Id).Distinct().ToArray());
        }

        [Fact]
        public void Every_generated_name_is_a_valid_identifier_unique_in_its_type()
        {
            Dictionary<string, List<string>> names = GeneratedShape.AssertValidNames(Run.Value.SingleSource);

            Assert.Equal(new[] { "Day", "Day_2", "SessionNotes", "Session1", "Session1_2" }, names["Conf2020.Day1"]);
            Assert.Contains("People_2", names["Conf2020.People"]); // a speaker called People
            Assert.Contains("Data", names["Conf2020.People"]);     // no clash inside People
            Assert.Contains("_42ndStreet", names["Conf2020.People"]); // a speaker whose name starts with a digit
        }

        [Fact]
        public void Keywords_digits_punctuation_repeats_and_reserved_names_get_the_expected_members()
        {
            List<string> session = GeneratedShape.AssertValidNames(Run.Value.SingleSource)["Conf2020.Day1.Session1"];
            string[] expected =
            {
                "Session",                 // the session itself
                "Class", "Int", "Return",  // keywords, PascalCased, so no '@' is needed
                "_8WritersInUnder8Months", // a leading digit gets '_'
                "Talk",                    // "!!!": nothing usable
                "UntitledTalkBySpeaker",   // "### – Speaker": the parser's stand-in title
                "SameTitle", "SameTitle_2",
                "NicolásErdödyTalk",       // letters beyond ASCII are kept
                "Rocket", "Talk_2",        // emoji are separators; only emoji: nothing usable
                "Session_2",               // would be the session's own member
                "Session1_2",              // would be the enclosing class's name
                "Day",                     // a member of the session class may be called Day
                "Conf2020",
                "Arglist",                 // "__arglist": "_" separates words, so the keyword is gone
                "ATitleLongEnoughToBeCutAtSixtyFourCharactersVersionOne",         // cut at 64 characters
                "ATitleLongEnoughToBeCutAtSixtyFourCharactersVersionTwo",
            };
            Assert.Equal(expected, session);
            Assert.Contains("public static readonly global::NotesDataset.Talk Arglist;", Run.Value.SingleSource); // "_" separates words, so no name starts with "__"
        }

        [Fact]
        public void Each_member_returns_the_talk_or_speaker_it_is_named_for()
        {
            using LoadedAssembly loaded = LoadedAssembly.Emit(Run.Value.Output);
            Type root = loaded.Assembly.GetType("NotesDataset.Conf2020", throwOnError: true)!;
            string[] talkMembers = GeneratedShape.AssertMembersMapTheDataset(root);

            var document = (NotesDocument)loaded.Get("NotesDataset.Conf2020", "Document")!;
            var byTitle = document.Talks.Select((t, i) => (t.Title, Member: talkMembers[i])).Where(p => p.Title is "class" or "8 writers in under 8 months" or "!!!" or "Nicolás Erdödy talk").ToArray();
            Assert.Equal(new[] { ("class", "Class"), ("8 writers in under 8 months", "_8WritersInUnder8Months"), ("!!!", "Talk"), ("Nicolás Erdödy talk", "NicolásErdödyTalk") }, byTitle);
        }

        [Theory]
        [InlineData("Lca2015", "Lca2015")]
        [InlineData("class", "@class")]
        [InlineData("@Notes", "@Notes")]
        [InlineData("Überblick2015", "Überblick2015")]
        [InlineData("foo", "@foo")]               // lower-case ASCII only: C# keeps such names for keywords (CS8981) unless written verbatim
        [InlineData("Lc\u00ADa2015", "Lca2015")]   // C# ignores a soft hyphen in a name
        public void Valid_class_name_metadata_is_used_as_written(string className, string declared)
        {
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe"), ClassName: className));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("public static partial class " + declared + "\n", run.SingleSource);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }

        [Fact]
        public void Conference_and_file_names_give_the_class_name()
        {
            NotesInput Notes(string path, params string[] lines) => new NotesInput(path, GeneratorHarness.Lines(lines));
            GeneratorRun run = GeneratorHarness.Run(
                Notes("/src/a.notes.txt", "Linux.conf.au 2015 – Day 1 – Session 1", "A Talk – Jane Doe"),
                Notes("/src/b.notes.txt", "PyCon AU 2016 – Day 1 – Session 1", "A Talk – Jane Doe"),
                Notes("/src/2019-notes.notes.txt", "A Talk – Jane Doe"),
                Notes("/src/class.notes.txt", "A Talk – Jane Doe"));

            string[] classes = run.Sources.Select(s => System.Text.RegularExpressions.Regex.Match(s.SourceText.ToString(), @"public static partial class (\S+)\n").Groups[1].Value).ToArray();
            Assert.Equal(new[] { "_2019Notes", "Lca2015", "PyConAU2016", "Class" }, classes);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }

        [Theory]
        [InlineData("people", null, "PeopleNotes")]     // the class holds a nested class People…
        [InlineData("talks", null, "TalksNotes")]       // …and properties Talks, Days, Document…
        [InlineData("document", null, "DocumentNotes")]
        [InlineData("conference", null, "ConferenceNotes")]
        [InlineData("data", null, "Data")]              // …and __Data, which no file name gives
        [InlineData("talk", "NotesDataset", "TalkNotes")] // NotesDataset.Talk is the runtime's type the generated code uses
        [InlineData("compiled", "NotesDataset", "CompiledNotes")]
        [InlineData("talk", "Acme", "TalkNotes")]       // elsewhere too: Acme.Talk would hide NotesDataset.Talk from Acme's code
        [InlineData("compiled", "Acme", "Compiled")]    // elsewhere Compiled is fine
        [InlineData("system", null, "SystemNotes")]     // a global System class would hide the System namespace
        [InlineData("acme", "Acme", "AcmeNotes")]       // a project Acme: outside its namespace, Acme.Talks would name the namespace
        [InlineData("acme", "Acme.Apps", "AcmeNotes")]  // any namespace it is in
        [InlineData("apps", "Acme.@Apps", "AppsNotes")]
        [InlineData("acme", "AcmeCorp", "Acme")]
        public void File_names_that_would_clash_with_the_generated_members_or_the_runtime_get_a_suffix(string file, string? rootNamespace, string expected)
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/" + file + ".notes.txt", GeneratorHarness.Lines("A Talk – Jane Doe")) }, rootNamespace);

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.Contains("public static partial class " + expected + "\n", run.SingleSource);
            Assert.Equal(new[] { "NOTES003" }, run.GeneratorDiagnostics.Select(d => d.Id).ToArray());
        }

        [Theory]
        [InlineData("__Data", null)]
        [InlineData("Talks", null)]
        [InlineData("@People", null)]
        [InlineData("Session", "NotesDataset")]
        [InlineData("System", null)]                                  // would hide global::System.Collections.Generic
        [InlineData("Microsoft", null)]                               // a namespace of every reference (CS0437)
        [InlineData("Compiled", "NotesDataset")]
        [InlineData("Search", "NotesDataset")]                        // the runtime's namespaces and public types (CS0437, CS0436)
        [InlineData("Note", "NotesDataset")]
        [InlineData("NotesParser", "NotesDataset")]
        [InlineData("Doc\u00ADument", null)]                           // Document, to the compiler
        [InlineData("Ta\u00ADlk", "NotesDataset")]
        public void Class_name_metadata_that_would_clash_gives_NOTES010_and_the_derived_name(string className, string? rootNamespace)
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe"), ClassName: className) }, rootNamespace);

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES010", d.Id);
            Assert.Contains("cannot be used: it would clash with a member of the generated class or with a type or namespace the generated code uses;", d.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("public static partial class Conf2020\n", run.SingleSource);
        }
    

        [Theory]
        [InlineData("System")]
        [InlineData("Microsoft")]
        [InlineData("@System")]
        [InlineData("NotesDataset")]
        public void A_class_that_would_hide_System_Microsoft_or_NotesDataset_in_its_namespace_gives_NOTES010(string className)
        {
            // In namespace Cn, a class Cn.System makes the project's own "System.Console" name the class (CS0117).
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe"), ClassName: className) }, "Cn");

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES010", d.Id);
            string bare = className.TrimStart('@');
            Assert.Contains("in 'Cn' it would hide the namespace " + bare + " from the code there ('" + bare + ".…' would name the class)", d.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("public static partial class Conf2020\n", run.SingleSource);

            GeneratorRun derived = GeneratorHarness.Run(new[] { new NotesInput("/src/" + bare + ".notes.txt", GeneratorHarness.Lines("A Talk – Jane Doe")) }, "Cn");
            Assert.Contains("public static partial class " + bare + "Notes\n", derived.SingleSource);
        }

        public static IEnumerable<object[]> RuntimeTypeNames()
            => typeof(NotesDataset.NotesDocument).Assembly.GetExportedTypes()
                .Where(t => t.Namespace == "NotesDataset" && !t.IsNested)
                .Select(t => new object[] { t.Name });

        [Theory]
        [MemberData(nameof(RuntimeTypeNames))]
        public void A_class_named_after_its_file_does_not_hide_a_runtime_type_from_the_projects_code(string typeName)
        {
            // "session.notes.txt" in MyApp: a class MyApp.Session would make the project's own `Session s` the class.
            string file = char.ToLowerInvariant(typeName[0]) + typeName.Substring(1);
            foreach (string? rootNamespace in new[] { "MyApp", null })
            {
                GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/" + file + ".notes.txt", GeneratorHarness.Lines("A Talk – Jane Doe")) }, rootNamespace);
                Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
                Assert.Contains("public static partial class " + typeName + "Notes\n", run.SingleSource);
            }
        }

        [Fact]
        public void A_suffixed_name_does_not_take_the_name_another_file_derives_for_itself()
        {
            // "session.notes.txt" becomes SessionNotes, which "sessionNotes.notes.txt" is already: that file keeps its name.
            GeneratorRun run = GeneratorHarness.Run(new[]
            {
                new NotesInput("/src/session.notes.txt", GeneratorHarness.Lines("A Talk – Jane Doe")),
                new NotesInput("/src/sessionNotes.notes.txt", GeneratorHarness.Lines("B Talk – Jane Doe")),
            }, "MyApp");

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NOTES012");
            string[] sources = run.Sources.Select(s => s.SourceText.ToString()).ToArray();
            // The files' own classes, in namespace MyApp (a session of talks with no heading is a nested class SessionNotes too).
            string Of(string file) => sources.Single(s => s.Contains("from " + file + "."));
            Assert.Contains("\n    public static partial class SessionNotes_2\n", Of("session.notes.txt"));
            Assert.Contains("\n    public static partial class SessionNotes\n", Of("sessionNotes.notes.txt"));
        }

        [Fact]
        public void Names_of_what_every_class_inherits_from_object_get_a_suffix_and_hide_nothing()
        {
            // A member called ToString would hide object.ToString (warning CS0108), in any generated class.
            GeneratorRun run = GeneratorHarness.Run(new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines(
                "Conf 2020 – Day 1 – GetType",
                "",
                "ToString() – Equals",
                "GetHashCode – ReferenceEquals",
                "Finalize – Jane Doe",
                "MemberwiseClone – Jane Doe",
                "",
                "Equals – Day 1 – Session 1",
                "",
                "A talk – Jim Roe")));

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Dictionary<string, List<string>> names = GeneratedShape.AssertValidNames(run.SingleSource);
            Assert.Equal(new[] { "Session", "ToString_2", "GetHashCode_2", "Finalize_2", "MemberwiseClone_2" }, names["X.Conf2020.Day1.GetType_2"]);
            Assert.Contains("Equals_2", names["X"]);                     // the conference without a year, a class of the root
            Assert.Contains("Equals_2", names["X.People"]);              // the speaker
            Assert.Contains("ReferenceEquals_2", names["X.People"]);
        }

        [Theory]
        [InlineData("NotesDataset.Talk")]                                // global::NotesDataset.Talk would be the namespace
        [InlineData("NotesDataset.Day.Extra")]
        [InlineData("NotesDataset.Compiled.CompiledNotes")]
        [InlineData("System.CodeDom.Compiler.GeneratedCodeAttribute")]
        [InlineData("Notes\u00ADDataset.Talk")]
        [InlineData("NotesDataset.Note")]
        [InlineData("System")]                                           // a class Type there would be what typeof makes
        [InlineData("System.Runtime.CompilerServices")]                  // or NullableAttribute, what #nullable needs
        public void Namespace_metadata_that_names_a_type_of_the_runtime_or_is_in_System_gives_NOTES011_and_the_project_namespace(string ns)
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe"), Namespace: ns) }, "MyApp");

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES011", diagnostic.Id);
            Assert.Contains("the class was put in 'MyApp'", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("namespace MyApp\n", run.SingleSource);

            // The message says which rule it broke (an audit: "System.Data" was told to use dotted identifiers, which it is).
            Assert.Contains(ns.StartsWith("System", StringComparison.Ordinal)
                ? "cannot be used: it is System or a namespace in it" : "a type the generated code or the runtime has", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.DoesNotContain("dotted identifiers", diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(null)]  // derived from web.notes.txt
        [InlineData("Web")] // the ClassName: NOTES010
        public void A_class_may_not_take_the_name_of_the_root_namespace_or_one_it_is_in(string? className)
        {
            // The project's own code is in its root namespace: a class MyApp.Web beside namespace MyApp.Web is CS0101.
            GeneratorRun run = GeneratorHarness.Run(
                new[] { new NotesInput("/src/web.notes.txt", GeneratorHarness.Lines("A Talk – Jane Doe"), ClassName: className, Namespace: "MyApp") },
                "MyApp.Web", new[] { "namespace MyApp.Web { internal static class Startup { } }" });

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.Contains("public static partial class WebNotes\n", run.SingleSource);
            Assert.Equal(className == null ? new[] { "NOTES003" } : new[] { "NOTES003", "NOTES010" }, run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id).ToArray());
            if (className != null)
            {
                Assert.Contains("cannot be used: it is the project's root namespace or a namespace it is in", run.GeneratorDiagnostics.Single(d => d.Id == "NOTES010").GetMessage(), StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData(null, false)]   // derived from data.notes.txt, beside the project's folder Data (namespace Contoso.Data)
        [InlineData("Data", false)] // the ClassName: NOTES010
        [InlineData(null, true)]    // derived, beside a reference's namespace Contoso.Data: CS0437, an error with TreatWarningsAsErrors
        public void A_class_may_not_take_the_name_of_a_namespace_the_projects_code_or_a_reference_has(string? className, bool inReference)
        {
            // A review: the derived class Contoso.Data beside the project's namespace Contoso.Data failed the build with CS0101 in
            // the generated file, and beside a reference's with CS0437.
            const string repo = "namespace Contoso.Data { /// <summary>A repository.</summary>\n public static class Repo { } }";
            ImmutableArray<MetadataReference>? references = null;
            if (inReference)
            {
                CSharpCompilation library = GeneratorHarness.CreateCompilation(new[] { repo }, "ContosoData");
                using var image = new System.IO.MemoryStream();
                Assert.True(library.Emit(image).Success);
                references = GeneratorHarness.References.Add(MetadataReference.CreateFromImage(image.ToArray()));
            }

            GeneratorRun run = GeneratorHarness.Run(
                new[] { new NotesInput("/src/data.notes.txt", GeneratorHarness.Lines("Day 1 – Session 1", "A Talk – Jane Doe"), ClassName: className) },
                "Contoso", inReference ? new[] { "namespace Contoso { internal static class Uses { internal static readonly object R = typeof(Contoso.Data.Repo); } }" } : new[] { repo }, references: references);

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.Contains("public static partial class DataNotes\n", run.SingleSource);
            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.Equal(className == null ? Array.Empty<string>() : new[] { "NOTES010" }, run.GeneratorDiagnostics.Select(d => d.Id).ToArray());
            if (className != null)
            {
                Assert.Contains("it is the name of a namespace 'Contoso.Data' that the project's code or a reference has", run.GeneratorDiagnostics.Single().GetMessage(), StringComparison.Ordinal);
            }

            // Without the namespace, the class is Data, as before.
            GeneratorRun alone = GeneratorHarness.Run(new[] { new NotesInput("/src/data.notes.txt", GeneratorHarness.Lines("Day 1 – Session 1", "A Talk – Jane Doe")) }, "Contoso");
            Assert.Contains("public static partial class Data\n", alone.SingleSource);
        }

        /// <summary>Every public type and every namespace of the runtime, as a class name in its namespace: the list in Identifiers is complete.</summary>
        public static TheoryData<string, string> RuntimeNames()
        {
            var data = new TheoryData<string, string>();
            System.Reflection.Assembly runtime = typeof(NotesDocument).Assembly;
            var names = runtime.GetExportedTypes().Where(t => !t.IsNested).Select(t => t.FullName!)
                .Concat(runtime.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.Contains('.')))
                .Distinct().OrderBy(n => n, StringComparer.Ordinal);
            foreach (string name in names) data.Add(name.Substring(0, name.LastIndexOf('.')), name.Substring(name.LastIndexOf('.') + 1));
            return data;
        }

        [Theory]
        [MemberData(nameof(RuntimeNames))]
        public void A_class_named_like_a_type_or_namespace_of_the_runtime_gives_NOTES010_and_compiles_without_warnings(string ns, string className)
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Day 1 – Session 1", "A Talk – Jane Doe"), ClassName: className) }, ns);

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.Equal("NOTES010", Assert.Single(run.GeneratorDiagnostics).Id);
        }

        [Theory]
        [InlineData(500, true)]
        [InlineData(501, false)]
        public void Class_and_namespace_options_longer_than_metadata_holds_give_NOTES010_and_NOTES011(int length, bool used)
        {
            // 'é' is two bytes of UTF-8: metadata counts bytes.
            string name = "N" + new string('\u00E9', (length - 1) / 2) + (length % 2 == 0 ? "x" : "");
            Assert.Equal(length, System.Text.Encoding.UTF8.GetByteCount(name));
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe"), ClassName: name, Namespace: name) }, "MyApp");

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.Equal(used ? Array.Empty<string>() : new[] { "NOTES010", "NOTES011" }, run.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id).ToArray());
            if (!used) Assert.Contains("cannot be used: it is longer than 500 bytes of UTF-8;", run.GeneratorDiagnostics.Single(d => d.Id == "NOTES010").GetMessage(), StringComparison.Ordinal);
            Assert.Equal(used, run.SingleSource.Contains("namespace " + name + "\n", StringComparison.Ordinal));
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output); // CS7013, a name too long for metadata, fails only here
            Assert.Contains(loaded.Assembly.GetTypes(), t => t.FullName == (used ? name + "." + name : "MyApp.Conf2020"));
        }

        [Fact]
        public void An_unusable_project_namespace_gives_one_NOTES011_however_many_notes_files_there_are()
        {
            // A project property: it was said once for every file, each at its first line.
            string notes = GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe");
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/b.notes.txt", notes), new NotesInput("/src/a.notes.txt", notes), new NotesInput("/src/c.notes.txt", notes) }, "NotesDataset.Talk");

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Diagnostic d = Assert.Single(run.GeneratorDiagnostics, x => x.Id == "NOTES011");
            Assert.Equal("/src/a.notes.txt", d.Location.GetLineSpan().Path);
        }

        [Fact]
        public void A_root_namespace_that_names_a_type_the_generated_code_uses_gives_NOTES011_and_the_global_namespace()
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe")) }, "NotesDataset.Talk");

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.Equal("NOTES011", Assert.Single(run.GeneratorDiagnostics).Id);
            Assert.DoesNotContain("namespace ", run.SingleSource, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(null, null, "NotesDataset.Conf2020", null)]   // a's derived class is the namespace b's class is in
        [InlineData("B", "A", "A.B.Inner", null)]                  // a's class A.B, b's namespace A.B.Inner
        [InlineData("Foo", null, null, "F\u00ADoo")]              // two classes Foo, one written with a soft hyphen
        [InlineData("foo", null, null, "foo")]                    // the second is foo_2, which must not warn either
        public void A_class_whose_full_name_another_file_already_uses_gets_a_suffix_and_NOTES012(string? classA, string? namespaceA, string? namespaceB, string? classB)
        {
            string notes = GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe");
            GeneratorRun run = GeneratorHarness.Run(new[]
            {
                new NotesInput("/src/a.notes.txt", notes, ClassName: classA, Namespace: namespaceA),
                new NotesInput("/src/b.notes.txt", notes, ClassName: classB, Namespace: namespaceB),
            }, "NotesDataset");

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES012", diagnostic.Id);
            Assert.Equal(namespaceB == null ? "/src/b.notes.txt" : "/src/a.notes.txt", diagnostic.Location.GetLineSpan().Path);
        }

        [Theory]
        [InlineData("/src/talks/C# 2024; day.notes.txt", "talks/C%23%202024%3B%20day.notes.txt", "talks/C# 2024; day.notes.txt")] // as the targets encode it
        [InlineData("/src/#talks/x.notes.txt", "%23talks/x.notes.txt", "#talks/x.notes.txt")]  // a '#' first: the editorconfig would have read nothing
        [InlineData("/elsewhere/a.notes.txt", "C%23/a.notes.txt", "C#/a.notes.txt")]           // a Link: not the end of the file's path
        [InlineData("/src/100%41.notes.txt", "100%2541.notes.txt", "100%41.notes.txt")]        // a '%' of the file's own
        [InlineData("C:\\src\\talks\\x.notes.txt", "talks%5Cx.notes.txt", "talks/x.notes.txt")] // Windows separators
        [InlineData("/src/talks/x.notes.txt", null, "x.notes.txt")]                            // no metadata (a bare AdditionalFiles item): the file's name
        public void The_recorded_path_is_the_one_the_targets_percent_encoded_for_the_editorconfig(string path, string? relative, string expected)
        {
            GeneratorRun run = GeneratorHarness.Run(new NotesInput(path, GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe"), RelativePath: relative));

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            using LoadedAssembly loaded = LoadedAssembly.Emit(run.Output);
            var document = (NotesDocument)loaded.Get("NotesDataset.Conf2020", "Document")!;
            Assert.Equal(expected, document.Path);
        }

        [Theory]
        [InlineData("my-app", "my_app")]           // the SDK's root namespace for a project "my-app"; a template writes my_app
        [InlineData("2024conf", "_2024conf")]
        [InlineData("Acme.my-app.2", "Acme.my_app._2")]
        [InlineData("Acme.Data", "Acme.Data")]
        public void The_root_namespace_is_made_a_namespace_as_the_SDKs_templates_make_one(string rootNamespace, string expected)
        {
            GeneratorRun run = GeneratorHarness.Run(new[] { new NotesInput("/src/x.notes.txt", GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe")) }, rootNamespace);

            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("namespace " + expected + "\n", run.SingleSource);
        }

        [Fact]
        public void NOTES012_names_the_other_file_by_its_own_path_when_both_record_the_same_one()
        {
            // Two files called x.notes.txt outside the project both record "x.notes.txt".
            string notes = GeneratorHarness.Lines("Conf 2020 – Day 1 – Session 1", "A Talk – Jane Doe");
            GeneratorRun run = GeneratorHarness.Run(
                new NotesInput("/shared/a/x.notes.txt", notes, RelativePath: "x.notes.txt"),
                new NotesInput("/shared/b/x.notes.txt", notes, RelativePath: "x.notes.txt"));

            Diagnostic diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NOTES012", diagnostic.Id);
            Assert.StartsWith("Another notes file (/shared/a/x.notes.txt) already gives", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.True(run.CompilationProblems.IsEmpty, GeneratorHarness.Format(run.CompilationProblems));
        }
    }
}
