using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NotesDataset.Cli;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>The <c>notes</c> command, run in process through <see cref="Program.Run"/>.</summary>
    public class CliTests
    {
        private static (int Code, string Out, string Err) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Program.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }

        private static string[] LinesOf(string s) => s.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        private static int CountTalks(string json)
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            return doc.RootElement.GetProperty("conferences").EnumerateArray()
                .SelectMany(c => c.GetProperty("days").EnumerateArray())
                .SelectMany(d => d.GetProperty("sessions").EnumerateArray())
                .Sum(s => s.GetProperty("talks").GetArrayLength());
        }

        [Fact]
        public void Export_json_of_the_bundled_dataset()
        {
            var (code, stdout, _) = Run("export", "--format", "json");
            Assert.Equal(0, code);
            Assert.Equal(33, CountTalks(stdout));
        }

        [Fact]
        public void Diagnostics_go_to_stderr_in_compiler_form()
        {
            var (code, stdout, stderr) = Run("export", "--format", "json");
            Assert.Equal(0, code);
            string[] lines = LinesOf(stderr);
            // The bundled dataset names its file; the spec fixes the form, not the folder it is named from.
            Assert.Contains(lines, l => Regex.IsMatch(l, @"^(\S*/)?lca2015\.notes\.txt\(250,1\): warning NOTES001: \S"));
            Assert.Contains(lines, l => Regex.IsMatch(l, @"^(\S*/)?lca2015\.notes\.txt\(458,1\): warning NOTES002: \S"));
            Assert.All(lines, l => Assert.Matches(new Regex(@"^.+\(\d+,\d+\): (info|warning|error) NOTES00\d: \S.*$"), l));
            Assert.DoesNotContain("NOTES00", stdout.Split("\"diagnostics\"")[0]);
        }

        [Fact]
        public void File_option_reads_the_given_file_and_names_it_in_diagnostics()
        {
            var (code, stdout, stderr) = Run("--file", Seed.FilePath, "export", "--format", "json");
            Assert.Equal(0, code);
            Assert.Equal(33, CountTalks(stdout));
            Assert.Contains(Seed.FilePath + "(250,1): warning NOTES001: ", stderr);
        }

        [Fact]
        public void Missing_file_fails_with_a_one_line_error()
        {
            string missing = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "x.notes");
            var (code, stdout, stderr) = Run("--file", missing, "summary");
            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            string line = Assert.Single(LinesOf(stderr));
            Assert.Contains(missing, line);

            var (code2, _, stderr2) = Run("--file", "/nonexistent", "export", "--format", "json");
            Assert.NotEqual(0, code2);
            Assert.Single(LinesOf(stderr2));
        }

        [Fact]
        public void List_by_speaker()
        {
            var (code, stdout, _) = Run("list", "--speaker", "Rusty");
            Assert.Equal(0, code);
            string[] lines = LinesOf(stdout);
            Assert.Contains(lines, l => l.Contains("Pettycoin: Towards 1.0 – Rusty Russell") && l.Contains("line 208"));
            Assert.Contains("Linux.conf.au 2015 – Day 5 – Session 1", lines);
            Assert.Equal("1 talk", lines.Last());
        }

        [Fact]
        public void List_by_day()
        {
            var (code, stdout, _) = Run("list", "--day", "5");
            Assert.Equal(0, code);
            Assert.Equal("7 talks", LinesOf(stdout).Last());
        }

        [Theory]
        [InlineData("five")]
        [InlineData("9")]
        public void List_by_a_day_that_is_not_in_the_notes_fails_and_names_the_days(string day)
        {
            var (code, stdout, stderr) = Run("list", "--day", day);
            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            Assert.Equal("notes: no day '" + day + "' in the notes; the days are: 3, 4, 5", LinesOf(stderr).Last());
        }

        [Fact]
        public void Show_prints_the_talk_with_its_note_tree_and_links()
        {
            var (code, stdout, _) = Run("show", "NoOps");
            Assert.Equal(0, code);
            string[] lines = stdout.Replace("\r\n", "\n").Split('\n');
            Assert.Equal("NoOps with Ansible and Puppet", lines[0]);
            Assert.Contains("  by Monty Taylor", lines);
            Assert.Contains("  • NoOps", lines);
            Assert.Contains("    • didn’t know it was a contentious term", lines);
            Assert.Contains("    • hiera", lines);
            Assert.Contains(lines, l => l.Contains("links:") && l.Contains("http://git.openstack.org/cgit/openstack-infra/system-config/"));
            Assert.Equal(37, lines.Count(l => l.TrimStart().StartsWith("• ", StringComparison.Ordinal))); // bullets on lines 5..41 of the seed
        }

        [Fact]
        public void Show_prints_numbered_items_with_their_numbers() => WithTempFile(path =>
        {
            File.WriteAllText(path, "Conf 2020 – Day 1 – Session 1\nA talk – Ann Lee\n  1. first\n    - under it\n  2) second\n");
            var (code, stdout, stderr) = Run("--file", path, "show", "A talk");
            Assert.Equal(0, code);
            Assert.Equal("", stderr);
            Assert.Equal(new[] { "  1. first", "    • under it", "  2) second" }, LinesOf(stdout).Skip(3).ToArray());
        });

        [Fact]
        public void A_file_not_saved_as_UTF8_is_NOTES015_where_its_first_lost_character_is() => WithTempFile(path =>
        {
            // The audit: a Windows-1252 file lost its 'é' to U+FFFD with no word of it (the generator said NOTES015).
            byte[] heading = System.Text.Encoding.UTF8.GetBytes("Conf 2015 – Day 1 – Session 1\nCaf");
            byte[] rest = System.Text.Encoding.UTF8.GetBytes(" talk – Jane Doe\nNa");
            File.WriteAllBytes(path, heading.Concat(new byte[] { 0xE9 }).Concat(rest).Concat(new byte[] { 0xEF, 0x76, 0x65, 0x0A }).ToArray());
            var (code, _, stderr) = Run("--file", path, "summary");
            Assert.Equal(0, code);
            Assert.Contains(path + "(2,4): warning NOTES015: Line 2 holds U+FFFD", stderr, StringComparison.Ordinal);
            Assert.Contains("(2 in the file)", stderr, StringComparison.Ordinal);

            NotesDiagnostic d = Assert.Single(NotesParser.ParseFile(path).Diagnostics, x => x.Id == "NOTES015");
            Assert.Equal((NotesSeverity.Warning, 2, 4, 1), (d.Severity, d.Line, d.Column, d.Length));

            // Not for UTF-8, nor for text given to Parse, whose characters are the caller's.
            File.WriteAllText(path, "Conf 2015 – Day 1 – Session 1\nCafé talk – Jane Doe\n");
            Assert.DoesNotContain(NotesParser.ParseFile(path).Diagnostics, x => x.Id == "NOTES015");
            Assert.DoesNotContain(NotesParser.Parse("Conf 2015 – Day 1 – Session 1\nCaf\uFFFD talk – Jane Doe\n").Diagnostics, x => x.Id == "NOTES015");
        });

        [Fact]
        public void Show_unknown_title_fails()
        {
            var (code, stdout, stderr) = Run("show", "No Such Talk Anywhere");
            Assert.NotEqual(0, code);
            Assert.Contains("No Such Talk Anywhere", stderr);
            Assert.Equal("", stdout);
        }

        [Fact]
        public void Summary_counts()
        {
            var (code, stdout, _) = Run();
            Assert.Equal(0, code);
            string[] lines = LinesOf(stdout);
            Assert.Equal("Linux.conf.au 2015: 3 days, 10 sessions, 33 talks", lines[0]);
            Assert.Equal("31 speakers, 527 notes, 3 diagnostics", lines.Last());
        }

        [Fact]
        public void Speakers_lists_talk_counts()
        {
            var (code, stdout, _) = Run("speakers");
            Assert.Equal(0, code);
            string[] lines = LinesOf(stdout);
            Assert.Contains("Donna Benjamin (2)", lines);
            Assert.Contains("Florian Forster (2)", lines);
            Assert.Contains("Rusty Russell (1)", lines);
        }

        /// <summary>Runs <paramref name="test"/> with the path of a new temporary file, deleted after.</summary>
        private static void WithTempFile(Action<string> test)
        {
            string path = Path.GetTempFileName();
            try
            {
                test(path);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void List_day_takes_a_weekday_or_its_abbreviation_whatever_the_days_label() => WithTempFile(path =>
        {
            File.WriteAllText(path, "PyCon 2020 – Friday – Session 1\nA – Ann Lee\n\nPyCon 2020 – Fri – Session 2\nB – Bo Lin\n\n"
                + "PyCon 2020 – Saturday 14 March – Session 1\nC – Cy Dee\n");
            foreach (string day in new[] { "Fri", "friday", "Friday" })
            {
                var (code, stdout, _) = Run("--file", path, "list", "--day", day);
                Assert.Equal(0, code);
                Assert.Equal(new[] { "A – Ann Lee", "B – Bo Lin" }, LinesOf(stdout).Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim().Split("  (")[0]).ToArray());
            }

            Assert.Equal(0, Run("--file", path, "list", "--day", "Sat").Code);
            Assert.Equal(0, Run("--file", path, "list", "--day", "Saturday 14 March").Code);
            Assert.Equal(1, Run("--file", path, "list", "--day", "Sunday").Code);
        });

        [Fact]
        public void A_file_larger_than_a_string_holds_is_a_one_line_error_not_out_of_memory() => WithTempFile(path =>
        {
            using (FileStream sparse = File.OpenWrite(path)) sparse.SetLength(1_100_000_000); // sparse: no disk used on Linux
            var (code, stdout, stderr) = Run("--file", path, "summary");
            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            Assert.EndsWith("': it is 1,100,000,000 bytes, more than the 1,000,000,000 a notes file may have", Assert.Single(LinesOf(stderr)), StringComparison.Ordinal);
        });

        [Fact]
        public void A_file_with_no_length_that_reads_past_the_limit_is_the_same_one_line_error() => WithTempFile(path =>
        {
            // A device or a pipe reports no length (/dev/zero was read until memory ran out): the read stops at the limit.
            // A lower limit stands in for the billion characters. (Windows has no /dev/zero; CI runs on Linux.)
            if (OperatingSystem.IsWindows()) return;
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Assert.Equal(1, Program.Run(new[] { "--file", "/dev/zero", "summary" }, stdout, stderr, 1000));
            Assert.Equal("", stdout.ToString());
            Assert.Equal("notes: cannot read '/dev/zero': it holds more than the 1,000 characters a notes file may have", Assert.Single(LinesOf(stderr.ToString())));

            // A file of exactly the limit is read.
            File.WriteAllText(path, "Conf 2020 - Day 1 - Session 1\nA talk - Ann Lee\n  * a note\n");
            stdout = new StringWriter();
            Assert.Equal(0, Program.Run(new[] { "--file", path, "speakers" }, stdout, new StringWriter(), new FileInfo(path).Length));
            Assert.Contains("Ann Lee", stdout.ToString());
        });

        [Fact]
        public void Export_to_a_file_writes_the_same_json()
        {
            string path = Path.GetTempFileName();
            try
            {
                var (code, stdout, _) = Run("export", "--format", "json", "--out", path);
                Assert.Equal(0, code);
                Assert.Equal("", stdout);
                Assert.Equal(Run("export", "--format", "json").Out.Replace("\r\n", "\n"), File.ReadAllText(path).Replace("\r\n", "\n"));
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void An_error_in_the_notes_exits_1_after_the_output_and_counts_are_in_the_singular_for_one()
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllText(path, "Conf 2020 – Day 1 – Session 1\n\nBin talk – Ann Lee\n  • bin\0ary\n");
                var (code, stdout, stderr) = Run("--file", path, "list");
                Assert.Equal(1, code);
                Assert.Equal(new[] { "Conf 2020 – Day 1 – Session 1", "  Bin talk – Ann Lee  (line 3, 1 note)", "1 talk" }, LinesOf(stdout));
                Assert.Contains(path + "(4,8): error NOTES008: ", stderr);

                // Warnings alone (as in the bundled notes) leave the exit code 0.
                File.WriteAllText(path, "Conf 2020 – Day 1 – Session 1\n\nBell talk – Ann Lee\n  • ring \u0007\n");
                (code, stdout, stderr) = Run("--file", path, "summary");
                Assert.Equal(0, code);
                Assert.Equal("Conf 2020: 1 day, 1 session, 1 talk", LinesOf(stdout)[0]);
                Assert.Equal("1 speaker, 1 note, 1 diagnostic", LinesOf(stdout).Last());
                Assert.Contains(path + "(4,10): warning NOTES007: ", stderr);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void A_directory_is_a_one_line_error()
        {
            var (code, stdout, stderr) = Run("--file", Path.GetTempPath(), "summary");
            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            Assert.Contains("it is a directory", Assert.Single(LinesOf(stderr)));
        }

        [Theory]
        [InlineData("export", "--format", "xml")]
        [InlineData("frobnicate")]
        [InlineData("list", "--speaker")]
        [InlineData("show")]
        [InlineData("show", "")]                      // an empty title showed the first talk, exit 0
        [InlineData("list", "--day", "4", "--day=5")] // one of the two won, silently
        [InlineData("show", " ")]
        [InlineData("--bogus")]                       // unknown options were ignored, exit 0
        [InlineData("list", "--dya", "5")]            // …so a misspelt filter listed every talk
        [InlineData("list", "--out", "x.json")]       // an option the command does not read
        [InlineData("--format", "json")]              // (summary)
        [InlineData("summary", "extra")]              // words the command does not take
        [InlineData("list", "5")]
        [InlineData("list", "--day=")]               // an empty value
        [InlineData("--file=", "summary")]
        public void Bad_usage_exits_2_with_a_message_before_the_notes_diagnostics(params string[] args)
        {
            var (code, stdout, stderr) = Run(args);
            Assert.Equal(2, code);
            string line = Assert.Single(LinesOf(stderr)); // the usage error alone: the notes were not read
            Assert.StartsWith("notes: ", line, StringComparison.Ordinal);
            Assert.Equal("", stdout);
        }

        [Fact]
        public void Notes_before_any_heading_are_summarised_under_no_day()
        {
            string path = Path.Combine(Path.GetTempPath(), "notes-cli-" + Guid.NewGuid().ToString("N") + ".notes.txt");
            File.WriteAllText(path, "Early \u2013 Bo Lin\n  \u2022 early bullet\nConf 2024 \u2013 Day 1 \u2013 Session 1\nA \u2013 Ann Lee\n");
            try
            {
                var (code, stdout, stderr) = Run("--file", path);
                Assert.Equal(0, code);
                Assert.Contains("NOTES003", stderr, StringComparison.Ordinal);
                Assert.Contains("Early", Run("--file", path, "list", "--day", "(No Day)").Out, StringComparison.Ordinal);
                Assert.Contains("the days are: (no day), 1", Run("--file", path, "list", "--day", "7").Err, StringComparison.Ordinal);
                Assert.Equal(new[] { "Conf 2024: 2 days, 2 sessions, 2 talks", "  (no day)", "    (untitled) \u2014 1 talk", "  Day 1", "    Session 1 \u2014 1 talk" },
                    LinesOf(stdout).Take(5).ToArray());
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void An_option_value_may_follow_an_equals_sign()
        {
            Assert.Equal(Run("--file", Seed.FilePath, "list", "--day", "5").Out, Run("--file=" + Seed.FilePath, "list", "--day=5").Out);
        }

        [Fact]
        public void After_a_double_dash_every_argument_is_a_word()
        {
            var (code, _, stderr) = Run("show", "--", "-O2", "--bogus");
            Assert.Equal(1, code); // a title no talk has, not a usage error
            Assert.Contains("notes: no talk title contains '-O2 --bogus'", stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Show_takes_an_unquoted_title_of_several_words()
        {
            var (code, stdout, _) = Run("show", "NoOps", "with", "Ansible");
            Assert.Equal(0, code);
            Assert.StartsWith("NoOps with Ansible and Puppet", stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void Export_to_a_path_that_cannot_be_written_is_a_one_line_error()
        {
            string dir = Path.Combine(Path.GetTempPath(), "notes-cli-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                foreach (string target in new[] { dir, Path.Combine(dir, "missing", "x.json") })
                {
                    var (code, stdout, stderr) = Run("export", "--out", target);
                    Assert.Equal(1, code);
                    Assert.Contains("notes: cannot write '" + target + "': ", stderr, StringComparison.Ordinal);
                    Assert.Equal("", stdout);
                }
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        [Fact]
        public void Help_prints_usage()
        {
            var (code, stdout, _) = Run("--help");
            Assert.Equal(0, code);
            Assert.Contains("export [--format json]", stdout);
        }
    }
}
