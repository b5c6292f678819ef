using System;
using System.IO;
using Xunit;
using Xunit.Sdk;

namespace NotesDataset.Generator.Tests.Infrastructure
{
    /// <summary>The snapshot helper itself: it fails on a difference, writes what it received, scrubs the version, and accepts on request.</summary>
    public sealed class SnapshotHelperTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("notes-snapshot-").FullName;

        private string Verified => Path.Combine(_dir, "T.M.verified.cs");

        private string Received => Path.Combine(_dir, "T.M.received.cs");

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        [Fact]
        public void Missing_verified_file_fails_and_writes_the_received_file()
        {
            var e = Assert.Throws<XunitException>(() => Snapshot.Verify("class A { }\n", Verified, Received, accept: false));
            Assert.Contains("No verified snapshot", e.Message);
            Assert.Equal("class A { }\n", File.ReadAllText(Received));
            Assert.False(File.Exists(Verified));
        }

        [Fact]
        public void Mismatch_fails_with_a_line_diff_and_match_removes_the_received_file()
        {
            File.WriteAllText(Verified, "line 1\r\nline 2\r\nline 3\r\n"); // CRLF on disk compares equal to LF
            var e = Assert.Throws<XunitException>(() => Snapshot.Verify("line 1\nline two\nline 3\n", Verified, Received, accept: false));
            Assert.Contains("-     2: line 2\n+     2: line two", e.Message);
            Assert.True(File.Exists(Received));

            Snapshot.Verify("line 1\nline 2\nline 3\n", Verified, Received, accept: false);
            Assert.False(File.Exists(Received));
        }

        [Fact]
        public void Generator_version_is_scrubbed_and_accept_overwrites_the_verified_file()
        {
            string generated = "[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"NotesDataset.Generator\", \"1.2.3.4\")]\n";
            Snapshot.Verify(generated, Verified, Received, accept: true);
            Assert.Equal("[global::System.CodeDom.Compiler.GeneratedCodeAttribute(\"NotesDataset.Generator\", \"{scrubbed-version}\")]\n", File.ReadAllText(Verified));
            Snapshot.Verify(generated.Replace("1.2.3.4", "9.9.9.9"), Verified, Received, accept: false);
            Assert.False(File.Exists(Received));
        }

        [Theory]
        [InlineData("/_/tests/NotesDataset.Generator.Tests/SnapshotTests.cs", "")]
        [InlineData("/_/tests/NotesDataset.Generator.Tests/Infrastructure/SnapshotHelperTests.cs", "Infrastructure")]
        public void A_path_mapped_by_a_CI_build_resolves_under_the_test_project(string mapped, string subfolder)
        {
            string directory = Snapshot.SourceDirectory(mapped);
            Assert.True(Directory.Exists(directory), directory);
            Assert.True(File.Exists(Path.Combine(directory, Path.GetFileName(mapped))), directory);
            Assert.Equal(subfolder, Path.GetFileName(directory) == "NotesDataset.Generator.Tests" ? "" : Path.GetFileName(directory));
        }
    }
}
