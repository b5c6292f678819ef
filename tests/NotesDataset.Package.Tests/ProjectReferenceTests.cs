using System;
using System.IO;
using Xunit;

namespace NotesDataset.Package.Tests
{
    /// <summary>
    /// The dataset library as a contributor's app uses it: a console project with a ProjectReference to
    /// notes-data/Lca2015 queries the talks with LINQ and reads a talk by its generated name.
    /// </summary>
    public sealed class ProjectReferenceTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "notesdataset-projectref-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        [Fact]
        public void A_console_app_referencing_the_Lca2015_project_queries_talks_by_LINQ_and_by_their_generated_names()
        {
            string repo = PackedFeed.FindRepoRoot();
            string app = Path.Combine(_root, "app");
            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />");
            File.WriteAllText(Path.Combine(app, "App.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include=""{Path.Combine(repo, "notes-data", "Lca2015", "NotesDataset.Lca2015.csproj")}"" />
  </ItemGroup>
</Project>
");
            File.WriteAllText(Path.Combine(app, "Program.cs"), @"using NotesDataset;

foreach (Talk talk in Lca2015.Talks.Where(t => t.Speakers.Any(s => s.Name == ""Rusty Russell"")))
    Console.WriteLine(talk.Title + "" – "" + talk.Day.Label);
Console.WriteLine(Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet.Speakers[0].Name);
");

            // The referenced projects build where a contributor's build puts them, the repository's bin and obj. This test
            // project references the dataset project (for the build order only), so they are up to date by now and only the
            // app compiles; an artifacts folder of its own would compile the runtime, the generator and the dataset again.
            Dotnet.Run(app, packages: null, "build", "-c", "Release").AssertSuccess("build");
            Dotnet.Result run = Dotnet.Run(app, packages: null, "run", "-c", "Release", "--no-build");
            run.AssertSuccess("run");
            Assert.Equal(new[] { "Pettycoin: Towards 1.0 – Day 5", "Monty Taylor" }, run.StandardOutput.Replace("\r", "").Trim().Split('\n'));
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
