using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace NotesDataset.Generator.Tests
{
    /// <summary>What an editor shows for the generated code: completion lists the named members, and their descriptions come from the XML docs.</summary>
    public class IntelliSenseTests
    {
        private static readonly Lazy<string> GeneratedSeed = new Lazy<string>(() => GeneratorHarness.Run(GeneratorHarness.Seed()).SingleSource);

        private static Document CreateDocument(string userCode, out int caret)
        {
            caret = userCode.IndexOf("$$", StringComparison.Ordinal);
            Assert.True(caret >= 0, "no $$ caret in the code");
            string code = userCode.Remove(caret, 2);

            // MefHostServices.DefaultHost composes Workspaces, Features and their C# parts (completion providers and all).
            var workspace = new AdhocWorkspace(MefHostServices.DefaultHost);
            ProjectInfo projectInfo = ProjectInfo.Create(
                    ProjectId.CreateNewId(), VersionStamp.Create(), "User", "User", LanguageNames.CSharp,
                    compilationOptions: GeneratorHarness.CompilationOptions,
                    parseOptions: GeneratorHarness.ParseOptions,
                    metadataReferences: GeneratorHarness.References);
            Project project = workspace.AddProject(projectInfo);
            project = project.AddDocument("lca2015.notes.txt.g.cs", SourceText.From(GeneratedSeed.Value)).Project;
            Document document = project.AddDocument("User.cs", SourceText.From(code));
            Assert.True(workspace.TryApplyChanges(document.Project.Solution));
            return workspace.CurrentSolution.GetDocument(document.Id)!;
        }

        private static async Task<(CompletionService Service, Document Document, CompletionList List)> CompleteAsync(string userCode)
        {
            Document document = CreateDocument(userCode, out int caret);
            CompletionService service = CompletionService.GetService(document) ?? throw new InvalidOperationException("no C# completion service: Microsoft.CodeAnalysis.CSharp.Features is not composed");
            CompletionList list = await service.GetCompletionsAsync(document, caret);
            return (service, document, list);
        }

        [Fact]
        public async Task Completion_after_a_session_lists_its_talks_and_the_session()
        {
            var (_, _, list) = await CompleteAsync("class C { void M() { var t = NotesDataset.Lca2015.Day5.Session3.$$ } }");
            string[] names = list.ItemsList.Select(i => i.DisplayText).ToArray();

            Assert.Contains("NoOpsWithAnsibleAndPuppet", names);
            Assert.Contains("ConferenceClosing", names);
            Assert.Contains("Session", names);
            Assert.DoesNotContain("Session1", names); // members of other sessions are not offered here
        }

        [Fact]
        public async Task Completion_description_of_a_talk_shows_its_speaker_from_the_xml_docs()
        {
            var (service, document, list) = await CompleteAsync("class C { void M() { var t = NotesDataset.Lca2015.Day5.Session3.$$ } }");
            CompletionItem item = list.ItemsList.Single(i => i.DisplayText == "NoOpsWithAnsibleAndPuppet");
            CompletionDescription? description = await service.GetDescriptionAsync(document, item);

            Assert.NotNull(description);
            Assert.Contains("Monty Taylor", description!.Text);
            Assert.Contains("NoOps with Ansible and Puppet", description.Text);
        }

        [Fact]
        public async Task Completion_on_the_dataset_class_lists_days_and_people()
        {
            var (_, _, list) = await CompleteAsync("class C { void M() { var t = NotesDataset.Lca2015.$$ } }");
            string[] names = list.ItemsList.Select(i => i.DisplayText).ToArray();

            Assert.Contains("Day5", names);
            Assert.Contains("Day3", names);
            Assert.Contains("People", names);
            Assert.Contains("Talks", names);
            Assert.DoesNotContain("Data", names); // the index holder is private
        }

        [Fact]
        public async Task Quick_info_on_a_speaker_shows_the_talk_count()
        {
            Document document = CreateDocument("class C { void M() { var s = NotesDataset.Lca2015.People.Monty$$Taylor; } }", out int caret);
            QuickInfoService service = QuickInfoService.GetService(document) ?? throw new InvalidOperationException("no quick info service");
            QuickInfoItem? info = await service.GetQuickInfoAsync(document, caret);

            Assert.NotNull(info);
            string text = string.Join("\n", info!.Sections.Select(s => s.Text));
            Assert.Contains("Monty Taylor", text);
            Assert.Contains("1 talk", text);
        }
    }
}
