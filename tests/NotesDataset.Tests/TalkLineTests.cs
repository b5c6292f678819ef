using System.Linq;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>How talk lines are read: titles, speakers, affiliations.</summary>
    public class TalkLineTests
    {
        private const string Heading = "LCA 2015 – Day 1 – Session 1";

        private static Talk OnlyTalk(params string[] lines)
        {
            NotesDocument doc = Notes.Parse(new[] { Heading }.Concat(lines).ToArray());
            return Assert.Single(doc.Talks);
        }

        private static string[] Names(Talk talk) => talk.Speakers.Select(s => s.Name).ToArray();

        [Fact]
        public void Title_dash_speaker_splits_on_the_last_spaced_dash()
        {
            Talk talk = OnlyTalk("Part A – Part B – Jane Doe", "  • note");
            Assert.Equal("Part A – Part B", talk.Title);
            Assert.Equal(new[] { "Jane Doe" }, Names(talk));
        }

        [Theory]
        [InlineData("Spaced Out - Jane Doe")]
        [InlineData("Spaced Out — Jane Doe")]
        [InlineData("Spaced Out – Jane Doe")]
        [InlineData("Spaced Out -- Jane Doe")]     // two or three hyphens, as typed for a dash
        [InlineData("Spaced Out --- Jane Doe")]
        [InlineData("Spaced -- Out - Jane Doe")]
        public void Hyphen_en_and_em_dashes_separate(string line)
        {
            Talk talk = OnlyTalk(line);
            Assert.Equal(line.Contains("Spaced --", System.StringComparison.Ordinal) ? "Spaced -- Out" : "Spaced Out", talk.Title);
            Assert.Equal(new[] { "Jane Doe" }, Names(talk));
            Assert.Equal(line, talk.LineText);
        }

        [Theory]
        [InlineData("Spaced ---- Out")]            // four hyphens are no dash
        [InlineData("Spaced--Out")]
        [InlineData("Spaced -–Out")]
        public void Other_runs_of_dashes_do_not_separate(string line)
        {
            Talk talk = OnlyTalk(line, "  • a note");
            Assert.Equal(line, talk.Title);
            Assert.Empty(talk.Speakers);
        }

        [Fact]
        public void A_line_that_starts_with_an_en_or_em_dash_and_a_space_is_a_bullet()
        {
            // A blog's editor or a word processor turns a typed "- " into "– ": those lines are notes, not talks with no title.
            NotesDocument doc = Notes.Parse(Heading, "How to choose a tool – Mrinal Mukherjee", "– Budget / Licensing", "– does it address your pain", "  — nested point", "–");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal(new[] { "Budget / Licensing", "does it address your pain", "" }, talk.Notes.Select(n => n.Text).ToArray());
            Assert.Equal(new[] { "–", "–", "–" }, talk.Notes.Select(n => n.Bullet).ToArray());
            Assert.Equal(("nested point", "—"), (talk.Notes[1].Children.Single().Text, talk.Notes[1].Children.Single().Bullet));
            Assert.Empty(doc.Diagnostics);
        }

        [Fact]
        public void A_line_of_hyphens_alone_is_no_talk_line()
        {
            // Markdown's rule, "---", between two talks: prose of the first, with no NOTES005 or NOTES006.
            NotesDocument doc = Notes.Parse(Heading, "One – Ann Lee", "  • a", "---", "Two -- Bo Lin", "  • b");
            Assert.Equal(new[] { "One", "Two" }, doc.Talks.Select(t => t.Title).ToArray());
            Assert.Equal(new[] { "Bo Lin" }, Names(doc.Talks[1]));
            Assert.Equal(new[] { "NOTES004" }, doc.Diagnostics.Select(d => d.Id).ToArray());
        }

        [Fact]
        public void A_speaker_named_twice_on_one_line_is_one_speaker_of_the_talk()
        {
            string line = "Duo – Ann Lee + ann  lee & Bo Lin / ANN LEE";
            string text = Heading + "\n\n" + line + "\n";
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Talk talk = Assert.Single(doc.Talks);
                Assert.Equal(new[] { "Ann Lee", "Bo Lin" }, Names(talk));
                Assert.Equal(line, talk.LineText); // the line as written is kept
                Assert.Equal("Duo – Ann Lee, Bo Lin", talk.ToString());
                Assert.Same(talk, Assert.Single(doc.FindSpeaker("ann lee")!.Talks));
            }
        }

        [Fact]
        public void A_zero_width_space_in_a_name_does_not_make_another_speaker()
        {
            // The parser reads U+200B and U+FEFF as space; the speaker's identity leaves them out.
            string text = Heading + "\n\nOne – Ann\u200B Lee\nTwo – Ann Lee\nThree – \uFEFFAnn\u200BLee\n";
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Assert.Equal(new[] { "Ann Lee", "AnnLee" }, doc.Speakers.Select(s => s.Name).ToArray());
                Assert.Equal(new[] { "One", "Two" }, doc.FindSpeaker("Ann Lee")!.Talks.Select(t => t.Title).ToArray());
                Assert.Same(doc.FindSpeaker("ann lee"), doc.FindSpeaker("Ann\u200B Lee"));
                Assert.Equal(2, doc.FindSpeakers("ann").Count);
            }
        }

        [Theory]
        [InlineData("Talk A – Ann Lee – https://youtu.be/abc", "Talk A", "Ann Lee", "https://youtu.be/abc")]
        [InlineData("Talk A – Ann Lee + Bo Lin – example.org/talk-a", "Talk A", "Ann Lee,Bo Lin", "example.org/talk-a")]
        [InlineData("Talk A – https://youtu.be/abc", "Talk A", "", "https://youtu.be/abc")]
        [InlineData("Part 1 – Part 2 – Ann Lee – [video](https://youtu.be/abc)", "Part 1 – Part 2", "Ann Lee", "https://youtu.be/abc")]
        public void A_link_after_the_last_dash_is_the_talks_first_link_not_a_speaker(string line, string title, string speakers, string link)
        {
            // The link was read as speakers, split at its slashes: "https:", "youtu.be", "abc".
            string text = Heading + "\n\n" + line + "\n  • see https://example.org/notes\n";
            foreach (NotesDocument doc in new[] { NotesParser.Parse(text), CompiledText.Load(text) })
            {
                Talk talk = Assert.Single(doc.Talks);
                Assert.Equal(title, talk.Title);
                Assert.Equal(speakers, string.Join(",", Names(talk)));
                Assert.Equal(new[] { link, "https://example.org/notes" }, talk.Links);
                Assert.Equal(line, talk.LineText);
            }
        }

        [Fact]
        public void A_dash_inside_a_word_does_not_split()
        {
            Talk talk = OnlyTalk("Real-time Linux – Jane Doe");
            Assert.Equal("Real-time Linux", talk.Title);
        }

        [Fact]
        public void Title_by_speaker()
        {
            Talk talk = OnlyTalk("Writing Good Notes by Jane Doe", "  • be brief");
            Assert.Equal("Writing Good Notes", talk.Title);
            Assert.Equal(new[] { "Jane Doe" }, Names(talk));
            Assert.Equal("be brief", Assert.Single(talk.Notes).Text);
        }

        [Fact]
        public void Title_by_several_speakers()
        {
            Talk talk = OnlyTalk("Writing Good Notes by Jane Doe and John Roe", "  • be brief");
            Assert.Equal("Writing Good Notes", talk.Title);
            Assert.Equal(new[] { "Jane Doe", "John Roe" }, Names(talk));
        }

        [Theory]
        [InlineData("Stand by me")]
        [InlineData("Driven by Open Source")]      // a title's words: "Free Software – Richard Stallman" is a title too
        [InlineData("Written by the Community")]
        [InlineData("Made by Ann van")]            // a particle ends no name
        [InlineData("Sunk by de Gaulle")]          // nor starts one
        public void By_followed_by_something_that_is_no_name_stays_in_the_title(string line)
        {
            Talk talk = OnlyTalk(line, "  • a note");
            Assert.Equal(line, talk.Title);
            Assert.Empty(talk.Speakers);
        }

        [Theory]
        [InlineData("Typing all the things by Guido van Rossum and Łukasz Langa", "Typing all the things", new[] { "Guido van Rossum", "Łukasz Langa" })]
        [InlineData("Talk by Ana de la Cruz", "Talk", new[] { "Ana de la Cruz" })]
        [InlineData("Talk by Ahmed bin Said", "Talk", new[] { "Ahmed bin Said" })]
        [InlineData("Talk by Maria de los Santos Garcia Lopez", "Talk by Maria de los Santos Garcia Lopez", new string[0])] // "los" is no particle here
        public void A_name_may_hold_lower_case_particles_of_surnames(string line, string title, string[] speakers)
        {
            Talk talk = OnlyTalk(line, "  • a note");
            Assert.Equal(title, talk.Title);
            Assert.Equal(speakers, Names(talk));
        }

        [Theory]
        [InlineData("Pairing – Alice Smith and Bob Jones", new[] { "Alice Smith", "Bob Jones" })]
        [InlineData("Pairing – Alice Smith, Bob Jones and Carol White", new[] { "Alice Smith", "Bob Jones", "Carol White" })]
        [InlineData("Pairing – Alice Smith + Bob Jones", new[] { "Alice Smith", "Bob Jones" })]
        [InlineData("Pairing – Alice Smith & Bob Jones", new[] { "Alice Smith", "Bob Jones" })]
        [InlineData("Pairing – Alice Smith/Bob Jones", new[] { "Alice Smith", "Bob Jones" })]
        [InlineData("Pairing – Alice Smith / Bob Jones", new[] { "Alice Smith", "Bob Jones" })]
        [InlineData("Pairing – Alice Smith, Bob Jones", new[] { "Alice Smith", "Bob Jones" })]
        [InlineData("Pairing – Alexander Sandison", new[] { "Alexander Sandison" })]
        public void Speakers_are_split_on_plus_slash_comma_and_and(string line, string[] speakers)
        {
            Talk talk = OnlyTalk(line);
            Assert.Equal("Pairing", talk.Title);
            Assert.Equal(speakers, Names(talk));
        }

        [Fact]
        public void Co_speakers_share_one_speaker_entry_each()
        {
            NotesDocument doc = Notes.Parse(Heading, "One – Alice Smith and Bob Jones", "Two – bob jones");
            Speaker bob = doc.FindSpeaker("Bob Jones")!;
            Assert.Equal(new[] { "One", "Two" }, bob.Talks.Select(t => t.Title).ToArray());
            Assert.Equal("Bob Jones", bob.Name); // as first written
            Assert.Equal(2, doc.Speakers.Count);
        }

        [Fact]
        public void Parenthesised_affiliation_after_the_speakers()
        {
            Talk talk = OnlyTalk("Scaling Things – Jane Doe (Acme Corp)");
            Assert.Equal(new[] { "Jane Doe" }, Names(talk));
            Assert.Equal("Acme Corp", talk.Affiliation);
        }

        [Theory]
        [InlineData("T – Ann Lee (Red Hat), Bob Ray (IBM)", "Ann Lee|Bob Ray", "Red Hat, IBM")]        // each speaker's own
        [InlineData("T – Ann Lee (IBM) + Bob Ray (ibm)", "Ann Lee|Bob Ray", "IBM")]                   // one affiliation, once
        [InlineData("T – Ann Lee, Bob Ray (Black and Decker, Inc.)", "Ann Lee|Bob Ray", "Black and Decker, Inc.")] // no list inside
        [InlineData("T – Jane Doe (Acme (AU))", "Jane Doe", "Acme (AU)")]                            // nested
        [InlineData("T – Jane Doe (Acme, Bob Ray", "Jane Doe (Acme|Bob Ray", null)]                  // unbalanced: only a trailing (…)
        [InlineData("T – Ann (A), Bob (B", "Ann (A)|Bob (B", null)]
        [InlineData("T – Ann Lee,(IBM)", "Ann Lee", "IBM")]                                          // a (…) alone is the name's before
        [InlineData("T – (IBM)", "(IBM)", null)]                                                     // …and not a speaker's only name
        [InlineData("T – Ann (Acme, Inc.), Bob (Inc.)", "Ann|Bob", "Acme, Inc., Inc.")]             // each kept, once each
        [InlineData("T – Jane Doe (Acme)) (x)", "Jane Doe (Acme))", "x")]
        public void Affiliations_in_parentheses_belong_to_the_speaker_they_follow(string line, string speakers, string? affiliation)
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Session 1", line, "  • a note", "U – Ann Lee", "  • b note");
            Talk talk = doc.Talks[0];
            Assert.Equal(speakers, string.Join("|", Names(talk)));
            Assert.Equal(affiliation, talk.Affiliation);
            Notes.AssertLossless(string.Join("\n", "LCA 2015 – Day 1 – Session 1", line, "  • a note", "U – Ann Lee", "  • b note"), doc);
            if (speakers.StartsWith("Ann Lee", System.StringComparison.Ordinal)) Assert.Equal(2, doc.FindSpeaker("Ann Lee")!.Talks.Count); // one person in both talks
            Assert.Equal(line, talk.LineText);
        }

        [Fact]
        public void An_affiliation_alone_after_a_separator_in_a_by_line_is_the_speakers()
        {
            Talk talk = OnlyTalk("Great talk by Ann Lee,(IBM)");
            Assert.Equal("Great talk", talk.Title);
            Assert.Equal(new[] { "Ann Lee" }, Names(talk));
            Assert.Equal("IBM", talk.Affiliation);
        }

        [Theory]
        [InlineData("Opening Keynote – Jane Doe", "Opening Keynote", "Jane Doe", null)]
        [InlineData("Free Software – Richard Stallman", "Free Software", "Richard Stallman", null)]
        [InlineData("The Cloud – Ann Lee", "The Cloud", "Ann Lee", null)]
        [InlineData("Cooper Lees – Facebook", "Cooper Lees", "Cooper Lees", "Facebook")]        // the seed's keynote
        [InlineData("Maria De La Cruz – Red Hat", "Maria De La Cruz", "Maria De La Cruz", "Red Hat")]
        [InlineData("Guido van Rossum – Dropbox", "Guido van Rossum", "Guido van Rossum", "Dropbox")]
        [InlineData("Jane Doe – eBay", "Jane Doe", "Jane Doe", "eBay")]                             // companies that look like no name
        [InlineData("John Smith – 3M", "John Smith", "John Smith", "3M")]
        [InlineData("Ann Lee – University of Sydney", "Ann Lee", "Ann Lee", "University of Sydney")]
        [InlineData("Fay Hu – freedesktop.org", "Fay Hu", "Fay Hu", "freedesktop.org")]
        [InlineData("Eve Gee – Ernst & Young", "Eve Gee", "Eve Gee", "Ernst & Young")]
        [InlineData("Mars Rover – Ann Lee (NASA)", "Mars Rover", "Ann Lee", "NASA")]                // a speaker with an affiliation
        [InlineData("John A Smith – IBM", "John A Smith", "John A Smith", "IBM")]                   // short words that are names too
        [InlineData("A J Smith – IBM", "A J Smith", "A J Smith", "IBM")]
        [InlineData("An Wang – Wang Laboratories", "An Wang", "An Wang", "Wang Laboratories")]
        [InlineData("Or Gerlitz – Mellanox", "Or Gerlitz", "Or Gerlitz", "Mellanox")]
        [InlineData("Opening\u2009Keynote – Jane Doe", "Opening\u2009Keynote", "Jane Doe", null)]     // any space between words
        [InlineData("A New Hope – Jane Doe", "A New Hope", "Jane Doe", null)]                        // an article before two words
        [InlineData("An Unexpected Journey – Ann Lee", "An Unexpected Journey", "Ann Lee", null)]
        [InlineData("Life On Mars – Ann Lee", "Life On Mars", "Ann Lee", null)]                      // a short title word after the first
        [InlineData("Back To Basics – Bob Ray", "Back To Basics", "Bob Ray", null)]
        [InlineData("Tabs Or Spaces – Ann Lee", "Tabs Or Spaces", "Ann Lee", null)]
        public void Under_a_keynote_heading_a_title_in_title_case_is_still_a_title(string line, string title, string speaker, string? affiliation)
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Keynotes", line, "  • a note");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal(title, talk.Title);
            Assert.Equal(new[] { speaker }, Names(talk));
            Assert.Equal(affiliation, talk.Affiliation);
        }

        [Fact]
        public void Under_a_keynote_heading_a_name_before_a_list_of_names_is_a_title()
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Keynotes", "Mars Rover – Ann Lee and Bob Ray", "  • a note");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("Mars Rover", talk.Title);
            Assert.Equal(new[] { "Ann Lee", "Bob Ray" }, Names(talk));
            Assert.Null(talk.Affiliation);
        }

        [Fact]
        public void Keynote_speaker_dash_affiliation()
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Keynotes", "Jane Doe – Acme Corp", "  • spoke about widgets");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal(new[] { "Jane Doe" }, Names(talk));
            Assert.Equal("Acme Corp", talk.Affiliation);
            Assert.Null(doc.FindSpeaker("Acme Corp"));
        }

        [Fact]
        public void Outside_keynotes_name_dash_name_is_title_dash_speaker()
        {
            Talk talk = OnlyTalk("Kernel Hacking – Jane Doe");
            Assert.Equal("Kernel Hacking", talk.Title);
            Assert.Equal(new[] { "Jane Doe" }, Names(talk));
            Assert.Null(talk.Affiliation);
        }

        [Fact]
        public void Talks_with_no_bullets()
        {
            NotesDocument doc = Notes.Parse(Heading, "First Talk – Jane Doe", "", "Second Talk – John Roe", "Third Talk – Joe Bloggs");
            Assert.Equal(new[] { "First Talk", "Second Talk", "Third Talk" }, doc.Talks.Select(t => t.Title).ToArray());
            Assert.Equal(new[] { 2, 4, 5 }, doc.Talks.Select(t => t.Line).ToArray());
            Assert.All(doc.Talks, t => Assert.Empty(t.Notes));
            Assert.All(doc.Talks, t => Assert.Empty(t.Links));
        }

        [Fact]
        public void A_title_alone_followed_by_bullets_is_a_talk_without_speaker()
        {
            NotesDocument doc = Notes.Parse(Heading, "Closing Remarks", "  • thanks all");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("Closing Remarks", talk.Title);
            Assert.Empty(talk.Speakers);
            Assert.Empty(doc.Diagnostics);
        }

        [Fact]
        public void Lightning_bullets_are_talks_and_their_sub_bullets_notes()
        {
            NotesDocument doc = Notes.Parse(
                "LCA 2015 – Day 1 – Lightning talks",
                "  • Jane Doe – Fast Things",
                "    • fast",
                "    • faster",
                "  • John Roe + Joe Bloggs – Slow Things",
                "    • slow");
            Assert.Equal(new[] { "Fast Things", "Slow Things" }, doc.Talks.Select(t => t.Title).ToArray());
            Assert.Equal(new[] { "Jane Doe" }, Names(doc.Talks[0]));
            Assert.Equal(new[] { "John Roe", "Joe Bloggs" }, Names(doc.Talks[1]));
            Assert.Equal(new[] { "fast", "faster" }, doc.Talks[0].Notes.Select(n => n.Text).ToArray());
            Assert.Equal(new[] { "slow" }, doc.Talks[1].Notes.Select(n => n.Text).ToArray());
            Assert.Equal(new[] { 2, 5 }, doc.Talks.Select(t => t.Line).ToArray());
        }

        [Fact]
        public void Session_with_bullets_and_no_talk_line_has_one_talk_named_after_it()
        {
            NotesDocument doc = Notes.Parse("LCA 2015 – Day 1 – Keynote/Panel", "", "  • first", "  • second", "    • nested");
            Talk talk = Assert.Single(doc.Talks);
            Assert.Equal("Keynote/Panel", talk.Title);
            Assert.Equal(1, talk.Line);
            Assert.Equal(new[] { "first", "second" }, talk.Notes.Select(n => n.Text).ToArray());
            Assert.Equal("nested", Assert.Single(talk.Notes[1].Children).Text);
        }

        [Theory]
        [InlineData("[Rust for Kernels](https://example.org/rust) – Jane Doe", "Rust for Kernels", "Jane Doe", "https://example.org/rust")]
        [InlineData("**[Rust for Kernels](https://example.org/rust)** – Jane Doe", "Rust for Kernels", "Jane Doe", "https://example.org/rust")]
        [InlineData("[**Rust for Kernels**](https://example.org/rust) – Jane Doe", "Rust for Kernels", "Jane Doe", "https://example.org/rust")]
        [InlineData("Rust for Kernels – [Jane Doe](https://twitter.com/jdoe)", "Rust for Kernels", "Jane Doe", "https://twitter.com/jdoe")]
        [InlineData("Rust for Kernels – Jane Doe ([Red Hat](https://redhat.com))", "Rust for Kernels", "Jane Doe", "https://redhat.com")]
        [InlineData("[Rust for Kernels](https://example.org/rust) by [Jane Doe](https://jd.example.org/)", "Rust for Kernels", "Jane Doe", "https://example.org/rust https://jd.example.org/")]
        [InlineData("Intro to [Rust](https://rust-lang.org) for Kernels – Jane Doe", "Intro to Rust for Kernels", "Jane Doe", "https://rust-lang.org")]
        [InlineData("Rust for Kernels – Jane Doe – [slides](https://example.org/s)", "Rust for Kernels", "Jane Doe", "https://example.org/s")]
        [InlineData("[Rust](https://a.org/r) – Jane Doe – https://b.org/v", "Rust", "Jane Doe", "https://a.org/r https://b.org/v")]
        [InlineData("Rust for Kernels – [slides](https://example.org/s)", "Rust for Kernels", "", "https://example.org/s")]
        [InlineData("[](https://example.org/rust) Kernels – Jane Doe", "[](https://example.org/rust) Kernels", "Jane Doe", "")] // no label: as written
        [InlineData("[Rust](not a link) – Jane Doe", "[Rust](not a link)", "Jane Doe", "")]
        [InlineData("[Rust](notes.txt) – Jane Doe", "[Rust](notes.txt)", "Jane Doe", "")]
        [InlineData("![logo](https://img.org/l.png) Rust – Jane Doe", "![logo](https://img.org/l.png) Rust", "Jane Doe", "")]
        [InlineData("[a] b](https://x.org/y) – Jane Doe", "[a] b](https://x.org/y)", "Jane Doe", "")]
        public void Markdown_links_in_a_talk_line_read_as_their_labels_and_give_the_talk_their_targets(string line, string title, string speakers, string links)
        {
            // Markdown notes link a talk's title or its speakers: the link's label is the title or the speaker, its target
            // one of the talk's links, before those of its notes; LineText keeps the line as written.
            Talk talk = OnlyTalk(line, "  • see https://example.org/notes");
            Assert.Equal(title, talk.Title);
            Assert.Equal(speakers, string.Join("|", Names(talk)));
            Assert.Equal((links + " https://example.org/notes").Trim(), string.Join(" ", talk.Links));
            Assert.Equal(line, talk.LineText);
        }

        [Fact]
        public void Markdown_links_in_keynote_and_lightning_lines_read_as_their_labels()
        {
            NotesDocument doc = Notes.Parse(
                "Conf 2024 – Day 1 – Keynote", "[Bob Ray](https://bob.example.org/) – [Google](https://google.com)", "  • a",
                "Conf 2024 – Day 1 – Lightning talks", "• [Ann Lee](https://ann.org/) – [Cool Thing](https://cool.org/x)", "  • b");
            Talk keynote = doc.Talks.Single(t => t.Session.Kind == SessionKind.Keynote);
            Assert.Equal(("Bob Ray", "Bob Ray", "Google"), (keynote.Title, Names(keynote).Single(), keynote.Affiliation));
            Assert.Equal(new[] { "https://bob.example.org/", "https://google.com" }, keynote.Links);
            Talk lightning = doc.Talks.Single(t => t.Session.Kind == SessionKind.Lightning);
            Assert.Equal(("Cool Thing", "Ann Lee"), (lightning.Title, Names(lightning).Single()));
            Assert.Equal(new[] { "https://ann.org/", "https://cool.org/x" }, lightning.Links);
        }

        [Fact]
        public void Links_keep_balanced_parentheses_and_drop_enclosing_ones()
        {
            Talk talk = OnlyTalk("Links – Jane Doe", "  • see (http://en.wikipedia.org/wiki/Foo_(bar)) and (http://x.org/a).");
            Assert.Equal(new[] { "http://en.wikipedia.org/wiki/Foo_(bar)", "http://x.org/a" }, talk.Links.ToArray());
        }

        [Fact]
        public void Markdown_links_give_their_targets()
        {
            Talk talk = OnlyTalk(
                "Links – Jane Doe",
                "  • [slides](https://example.org/slides), [the video](https://example.org/v?t=1 \"title\") and ![a photo](example.net/p.png)",
                "  • [https://a.example.com](https://b.example.com) and [not a link](notes.txt) and (https://example.org/y)",
                "  • [Foo](https://foo.org)'s talk, [my slides ](https://x.org/s), [a](https://x.org/a)[b](https://x.org/b)|[f](notes.txt)",
                "  • [![badge](https://img.io/a.svg)](https://x.org/c) and [w](https://en.wikipedia.org/wiki/Foo_(bar)).",
                "  • a web address with brackets in it: https://ex.org/x?a=[1](https://y.org/z)");
            Assert.Equal(new[]
                {
                    "https://example.org/slides", "https://example.org/v?t=1", "example.net/p.png", "https://b.example.com", "https://example.org/y",
                    "https://foo.org", "https://x.org/s", "https://x.org/a", "https://x.org/b", "https://img.io/a.svg", "https://x.org/c",
                    "https://en.wikipedia.org/wiki/Foo_(bar)", "https://ex.org/x?a=[1](https://y.org/z)",
                },
                talk.Links.ToArray());
        }

        [Fact]
        public void Links_are_collected_once_each_in_order()
        {
            Talk talk = OnlyTalk(
                "Links – Jane Doe",
                "  • see https://example.com/a?b=1, and example.org.",
                "    • again (https://example.com/a?b=1) and docs.example.net/path",
                "  • not links: 1.5 seconds, e.g. this, jane@example.com, file.txt");
            Assert.Equal(new[] { "https://example.com/a?b=1", "example.org", "docs.example.net/path" }, talk.Links.ToArray());
        }
    }
}
