using System;
using System.Collections.Generic;
using System.Linq;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>
    /// NotesDatasetNamedMembers=false leaves out the classes per day and session and the fields per talk and speaker
    /// (for notes so large that they cost more build time than they are worth); the dataset stays the same.
    /// </summary>
    public class NamedMembersTests
    {
        private const string Probe = """
using System.Linq;
using NotesDataset;

/// <summary>Queries that need no named member.</summary>
public static class Probe
{
    /// <summary>Days, sessions, talks, speakers.</summary>
    public static string Counts() => Lca2015.Days.Count + "," + Lca2015.Sessions.Count + "," + Lca2015.Talks.Count + "," + Lca2015.Speakers.Count;

    /// <summary>A speaker's talks, found by name.</summary>
    public static string MontyTalks() => string.Join("|", Lca2015.Document.FindSpeaker("Monty Taylor")!.Talks.Select(t => t.Title));
}
""";

        private static GeneratorRun Run(string? option, params string[] userSources)
        {
            var globals = new Dictionary<string, string>();
            if (option != null) globals["build_property.NotesDatasetNamedMembers"] = option;
            return GeneratorHarness.Run(new[] { GeneratorHarness.Seed() }, "NotesDataset", userSources, globals);
        }

        /// <summary>The generated classes' declarations: the dataset class, then any nested ones.</summary>
        private static string[] Classes(GeneratorRun run)
            => run.SingleSource.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(" class ", StringComparison.Ordinal)).ToArray();

        [Theory]
        [InlineData(null)]
        [InlineData("true")]
        [InlineData("Yes")] // MSBuild's conditions read yes, on and !false as true, as the package's targets do
        [InlineData("!no")]
        [InlineData("sometimes")] // the package's targets warn (NOTES014); the members are generated
        public void By_default_every_day_session_talk_and_speaker_has_a_member(string? option)
        {
            GeneratorRun run = Run(option);

            Assert.Contains("public static partial class Day5", Classes(run));
            Assert.Contains("public static partial class People", Classes(run));
            Assert.Contains("public static readonly global::NotesDataset.Talk NoOpsWithAnsibleAndPuppet;", run.SingleSource, StringComparison.Ordinal);
            Assert.Empty(run.CompilationProblems);
        }

        [Theory]
        [InlineData("false")]
        [InlineData(" False ")]
        [InlineData("no")] // MSBuild's other spellings of false, which its targets accept without a warning
        [InlineData("OFF")]
        [InlineData("!true")]
        public void False_leaves_only_the_dataset_class_and_its_data(string option)
        {
            GeneratorRun run = Run(option);

            Assert.Equal(new[] { "public static partial class Lca2015", "private static class __Data" }, Classes(run));
            Assert.DoesNotContain("NoOpsWithAnsibleAndPuppet", run.SingleSource, StringComparison.Ordinal);
            Assert.DoesNotContain("static readonly global::NotesDataset.Talk", run.SingleSource, StringComparison.Ordinal);
            Assert.Empty(run.CompilationProblems);

            // Exactly the named members go: the rest of the file is the default's, line for line.
            string[] all = Run(null).SingleSource.Split('\n');
            int members = Array.FindIndex(all, l => l.Contains("> Speakers { get ", StringComparison.Ordinal)) + 2;
            int data = Array.FindIndex(all, l => l.Trim() == "private static class __Data");
            Assert.True(data - members > 100, "the seed's named members are more than 100 lines");
            Assert.Equal(all.Take(members).Concat(all.Skip(data)), run.SingleSource.Split('\n'));
        }

        [Fact]
        public void Without_named_members_the_dataset_answers_the_same_queries()
        {
            GeneratorRun with = Run(null, Probe), without = Run("false", Probe);
            Assert.Empty(without.CompilationProblems);
            using LoadedAssembly a = LoadedAssembly.Emit(with.Output);
            using LoadedAssembly b = LoadedAssembly.Emit(without.Output);

            Assert.Equal("3,10,33,31", b.Invoke("Probe", "Counts"));
            Assert.Equal(a.Invoke("Probe", "Counts"), b.Invoke("Probe", "Counts"));
            Assert.Equal("NoOps with Ansible and Puppet", b.Invoke("Probe", "MontyTalks"));
        }

        [Fact]
        public void A_user_reference_to_a_named_member_is_a_compile_error_once_they_are_off()
        {
            const string user = "/// <summary>A user.</summary>\npublic static class User { /// <summary>A talk.</summary>\n public static object Talk => NotesDataset.Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet; }";

            Assert.Empty(Run(null, user).CompilationProblems);
            Assert.Contains(Run("false", user).CompilationProblems, d => d.Id == "CS0117"); // 'Lca2015' does not contain a definition for 'Day5'
        }
    }
}
