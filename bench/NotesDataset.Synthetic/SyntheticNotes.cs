using System;
using System.Globalization;
using System.Text;

namespace NotesDataset.Synthetic
{
    /// <summary>
    /// Writes deterministic synthetic conference notes in the format of the seed (notes-data/Lca2015): headings
    /// "Linux.conf.au 2015 – Day 5 – Session 3", talk lines "Title – Speaker", "•" bullets nested by two spaces,
    /// a blank line and a line holding a single U+00A0 between talks, newest first.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Shape: up to twenty years of one conference (Linux.conf.au 2001–2020; one year per
    /// <see cref="TalksPerYear"/> talks, the most recent years first, so 1,000 talks are 2011–2020 and 20,000 talks
    /// are 2001–2020 with 1,000 talks a year), days 5 down to 1, and per day keynotes ("Speaker – Company" or
    /// "Title – Speaker", on some day 5s a "Keynote/Panel" with its bullets straight under the heading), regular
    /// sessions of two to four talks ("Session 1".."Session N"), and often a "Lightning talks" session of
    /// "• Speaker – Title" bullets with a few sub-bullets.
    /// </para>
    /// <para>
    /// Talks: about 16 bullets each (10–22), nested one to three levels, words drawn (skewed, so some are common
    /// and some rare) from a fixed vocabulary so that word search is meaningful; numbers, “quotes”, apostrophes,
    /// links (http/https URLs, github.com paths, bare domains). About one talk in ten has two speakers joined with
    /// " + " or " and ", a few have an "(Affiliation)" or no speaker at all. Roughly 1% of headings carry the
    /// seed's quirks (a misspelt conference name, a heading without the year), which the parser reports.
    /// </para>
    /// <para>Size: 20,000 talks is about 15 MB of UTF-8 and 310,000 bullets. The output is a pure function of
    /// (<c>talks</c>, <c>seed</c>): the same on every machine and runtime (its own random generator, invariant formatting).</para>
    /// </remarks>
    public static class SyntheticNotes
    {
        /// <summary>The conference's first and last year.</summary>
        public const int FirstYear = 2001, LastYear = 2020;

        /// <summary>One conference year per this many talks, up to twenty years; above that the years grow.</summary>
        public const int TalksPerYear = 100;

        /// <summary>Notes with exactly <paramref name="talks"/> talks (as the notes parser counts them).</summary>
        /// <param name="talks">How many talks; 0 gives an empty string.</param>
        /// <param name="seed">Another seed gives other (equally shaped) notes.</param>
        public static string Write(int talks, int seed = 1)
        {
            if (talks < 0) throw new ArgumentOutOfRangeException(nameof(talks), talks, "Must not be negative.");
            if (talks == 0) return "";
            var sb = new StringBuilder(checked((int)Math.Min(int.MaxValue / 2, 64 + (long)talks * 800)));
            new Writer(sb, seed).Run(talks);
            return sb.ToString();
        }

        /// <summary>A small, fixed random generator (SplitMix64), so the output never depends on System.Random's implementation.</summary>
        private sealed class Rng
        {
            private ulong _state;

            public Rng(int seed) => _state = 0x9E3779B97F4A7C15UL * (ulong)(uint)seed + 0x2545F4914F6CDD1DUL;

            public ulong NextULong()
            {
                ulong z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }

            public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

            public int Next(int n) => (int)((NextULong() >> 1) % (ulong)n);

            public int Range(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

            public bool Chance(double p) => NextDouble() < p;

            public T Pick<T>(T[] items) => items[Next(items.Length)];

            /// <summary>Skewed toward the start of the array: early items are common, late ones rare.</summary>
            public T PickSkewed<T>(T[] items)
            {
                double u = NextDouble();
                return items[(int)(u * u * items.Length)];
            }
        }

        private enum SessionForm { Keynotes, Panel, Regular, Lightning }

        private sealed class Writer
        {
            private const string Dash = " – ";
            private const string Separator = "\n\u00A0\n\n"; // after a block's last line: blank, U+00A0, blank
            private readonly StringBuilder _sb;
            private readonly Rng _rng;
            private int _speakerPool;
            private bool _firstBlock = true;

            public Writer(StringBuilder sb, int seed)
            {
                _sb = sb;
                _rng = new Rng(seed);
            }

            public void Run(int talks)
            {
                int years = Math.Clamp((talks + TalksPerYear - 1) / TalksPerYear, 1, LastYear - FirstYear + 1);
                _speakerPool = Math.Min(First.Length * Last.Length, Math.Max(40, talks / 6));
                int[] perYear = Split(talks, years);

                // Newest first: the last year, its day 5, its last session.
                for (int y = years - 1; y >= 0; y--)
                {
                    int year = LastYear - (years - 1) + y;
                    int[] perDay = Split(perYear[y], 5);
                    for (int d = 4; d >= 0; d--)
                    {
                        if (perDay[d] > 0) WriteDay(year, d + 1, perDay[d]);
                    }
                }
            }

            /// <summary>Splits <paramref name="total"/> into <paramref name="parts"/> counts of about the same size (±20%), summing exactly.</summary>
            private int[] Split(int total, int parts)
            {
                var weights = new double[parts];
                double sum = 0;
                for (int i = 0; i < parts; i++) sum += weights[i] = 0.8 + (0.4 * _rng.NextDouble());
                var result = new int[parts];
                int given = 0;
                for (int i = 0; i < parts; i++)
                {
                    result[i] = (int)(total * weights[i] / sum);
                    given += result[i];
                }

                for (int i = 0; given < total; i = (i + 1) % parts, given++) result[i]++;
                return result;
            }

            private void WriteDay(int year, int day, int talks)
            {
                // Chronological plan: keynotes, sessions 1..n, lightning talks; written in reverse (newest first).
                int keynotes = 0, lightning = 0;
                SessionForm keynoteForm = SessionForm.Keynotes;
                if (talks >= 6)
                {
                    if (day == 5 && _rng.Chance(0.35))
                    {
                        keynoteForm = SessionForm.Panel;
                        keynotes = 1;
                    }
                    else
                    {
                        keynotes = talks >= 12 ? _rng.Range(1, 3) : 1;
                    }
                }

                if (talks - keynotes >= 16 && _rng.Chance(0.5)) lightning = Math.Min(_rng.Range(6, 15), talks - keynotes - 4);

                int regular = talks - keynotes - lightning;
                int sessionCount = 0;
                var sizes = new int[regular];
                for (int left = regular; left > 0;)
                {
                    int n = Math.Min(left, _rng.Range(2, 4));
                    sizes[sessionCount++] = n;
                    left -= n;
                }

                if (lightning > 0) WriteSession(year, day, "Lightning talks", SessionForm.Lightning, lightning);
                for (int s = sessionCount; s >= 1; s--) WriteSession(year, day, "Session " + s.ToString(CultureInfo.InvariantCulture), SessionForm.Regular, sizes[s - 1]);
                if (keynotes > 0) WriteSession(year, day, keynoteForm == SessionForm.Panel ? "Keynote/Panel" : "Keynotes", keynoteForm, keynotes);
            }

            private void WriteSession(int year, int day, string title, SessionForm form, int talks)
            {
                BeginBlock();
                string conference = "Linux.conf.au " + year.ToString(CultureInfo.InvariantCulture);
                double quirk = _rng.NextDouble();
                if (quirk < 0.006) conference = "Linux.conf.ay " + year.ToString(CultureInfo.InvariantCulture); // the seed's typo
                else if (quirk < 0.012) conference = "Linux.conf.au"; // the seed's heading without a year
                _sb.Append(conference).Append(Dash).Append("Day ").Append(day.ToString(CultureInfo.InvariantCulture)).Append(Dash).Append(title).Append('\n');
                _sb.Append('\n');

                switch (form)
                {
                    case SessionForm.Panel:
                        // The talk is the session: bullets straight under the heading.
                        _firstBlock = false;
                        WriteBullets(_rng.Range(6, 14), 1);
                        break;

                    case SessionForm.Lightning:
                        _sb.Append('\u00A0').Append('\n').Append('\n');
                        for (int t = 0; t < talks; t++)
                        {
                            _sb.Append("  • ").Append(Speakers(lightning: true)).Append(Dash).Append(Title()).Append('\n');
                            WriteBullets(_rng.Range(1, 4), 2);
                        }

                        _firstBlock = false;
                        break;

                    default:
                        for (int t = 0; t < talks; t++)
                        {
                            if (t > 0) _sb.Append(_rng.Chance(0.9) ? Separator : "\n");
                            if (form == SessionForm.Keynotes && _rng.Chance(0.7))
                            {
                                _sb.Append(SpeakerName()).Append(Dash).Append(_rng.Pick(Companies)).Append('\n');
                                _sb.Append('\n');
                                WriteBullets(_rng.Range(8, 17), 1);
                            }
                            else
                            {
                                WriteTalkLine(form == SessionForm.Keynotes);
                                _sb.Append('\n');
                                WriteBullets(_rng.Range(10, 22), 1);
                            }
                        }

                        _firstBlock = false;
                        break;
                }
            }

            private void BeginBlock()
            {
                if (!_firstBlock) _sb.Append(_rng.Chance(0.85) ? Separator : "\n");
                _firstBlock = false;
            }

            private void WriteTalkLine(bool keynote)
            {
                double r = _rng.NextDouble();
                if (r < 0.02)
                {
                    _sb.Append(_rng.Pick(SpeakerlessTitles)).Append('\n'); // "Conference Closing"
                    return;
                }

                _sb.Append(keynote ? KeynoteTitle() : Title()).Append(Dash).Append(Speakers(lightning: false));
                if (r > 0.97) _sb.Append(" (").Append(_rng.Pick(Companies)).Append(')');
                _sb.Append('\n');
            }

            private string Speakers(bool lightning)
            {
                double r = _rng.NextDouble();
                if (r < 0.09) return SpeakerName() + (_rng.Chance(0.5) ? " + " : " and ") + SpeakerName();
                if (r < 0.10 && !lightning) return SpeakerName() + ", " + SpeakerName() + " and " + SpeakerName();
                return SpeakerName();
            }

            private string SpeakerName()
            {
                // Skewed: a few people speak every year, most once or twice.
                double u = _rng.NextDouble();
                int i = (int)(u * u * _speakerPool);
                int f = i % First.Length;
                int l = ((i / First.Length) + (17 * f)) % Last.Length;
                return First[f] + " " + Last[l];
            }

            private string Title()
            {
                string p = _rng.Pick(Projects);
                switch (_rng.Next(12))
                {
                    case 0: return p + ": " + Cap(_rng.Pick(Adjectives)) + " " + Cap(_rng.Pick(Nouns)) + " for " + Cap(_rng.Pick(Nouns)) + "s";
                    case 1: return Cap(_rng.Pick(Gerunds)) + " " + _rng.Pick(Nouns) + "s with " + p;
                    case 2: return "Why " + p + " " + _rng.Pick(VerbPhrases);
                    case 3: return p + " in Production: " + Cap(_rng.Pick(Lessons));
                    case 4: return "The State of " + p;
                    case 5: return Cap(_rng.Pick(Adjectives)) + " " + _rng.Pick(Nouns) + "s at Scale";
                    case 6: return "From " + p + " to " + _rng.Pick(Projects) + ": " + Cap(_rng.Pick(Lessons));
                    case 7: return _rng.Range(3, 12).ToString(CultureInfo.InvariantCulture) + " Things I Learned About " + p;
                    case 8: return p + " Internals";
                    case 9: return "Building a " + _rng.Pick(Adjectives) + " " + _rng.Pick(Nouns) + " on " + p;
                    case 10: return Cap(_rng.Pick(Nouns)) + "s Won’t Save You Either";
                    default: return p + " " + _rng.Pick(Nouns) + "s: " + _rng.Pick(Lessons);
                }
            }

            /// <summary>A keynote title in sentence case, so it never reads as "Speaker – Company".</summary>
            private string KeynoteTitle()
                => _rng.Chance(0.5)
                    ? "Open source and the " + _rng.Pick(Nouns)
                    : Cap(_rng.Pick(Gerunds)) + " " + _rng.Pick(Nouns) + "s in the age of " + _rng.Pick(Projects);

            private void WriteBullets(int count, int baseLevel)
            {
                int level = baseLevel;
                for (int i = 0; i < count; i++)
                {
                    if (i > 0)
                    {
                        // Depth 1..3 below the talk: deeper only one step at a time.
                        int depth = level - baseLevel + 1;
                        double r = _rng.NextDouble();
                        depth = depth switch
                        {
                            1 => r < 0.55 ? 1 : 2,
                            2 => r < 0.35 ? 1 : r < 0.80 ? 2 : 3,
                            _ => r < 0.30 ? 1 : r < 0.65 ? 2 : 3,
                        };
                        level = baseLevel + depth - 1;
                    }

                    _sb.Append(' ', 2 * level).Append("• ");
                    Bullet();
                    _sb.Append('\n');
                }
            }

            private void Bullet()
            {
                double r = _rng.NextDouble();
                if (r < 0.48)
                {
                    Sentence(_rng.Range(3, 10), capitalize: _rng.Chance(0.6));
                }
                else if (r < 0.58)
                {
                    _sb.Append(_rng.Pick(Projects)).Append(Dash);
                    Sentence(_rng.Range(2, 6), capitalize: false);
                }
                else if (r < 0.66)
                {
                    Number();
                    _sb.Append(' ').Append(_rng.Pick(Units)).Append(' ');
                    Sentence(_rng.Range(1, 4), capitalize: false);
                }
                else if (r < 0.74)
                {
                    Link();
                }
                else if (r < 0.80)
                {
                    _sb.Append('“');
                    Sentence(_rng.Range(3, 7), capitalize: false);
                    _sb.Append('”');
                }
                else if (r < 0.85)
                {
                    _sb.Append("Step ").Append(_rng.Range(1, 5).ToString(CultureInfo.InvariantCulture)).Append(Dash).Append(_rng.Pick(Projects)).Append(" for ").Append(_rng.Pick(Nouns));
                }
                else if (r < 0.90)
                {
                    _sb.Append("Why is ").Append(_rng.Pick(Projects)).Append(" so ").Append(_rng.Pick(Adjectives)).Append('?');
                }
                else if (r < 0.95)
                {
                    _sb.Append(_rng.Pick(Contractions)).Append(' ');
                    Sentence(_rng.Range(2, 7), capitalize: false);
                }
                else if (r < 0.97)
                {
                    // The seed has the odd non-breaking space inside a bullet.
                    Sentence(_rng.Range(2, 4), capitalize: true);
                    _sb.Append('\u00A0');
                    Sentence(_rng.Range(2, 4), capitalize: false);
                }
                else
                {
                    _sb.Append(_rng.Pick(Projects));
                    if (_rng.Chance(0.5)) _sb.Append(':');
                }
            }

            private void Sentence(int words, bool capitalize)
            {
                for (int i = 0; i < words; i++)
                {
                    if (i > 0) _sb.Append(' ');
                    string w = _rng.PickSkewed(Vocabulary);
                    if (i == 0 && capitalize) _sb.Append(char.ToUpperInvariant(w[0])).Append(w, 1, w.Length - 1);
                    else _sb.Append(w);
                }
            }

            private void Number()
            {
                if (_rng.Chance(0.3)) _sb.Append(_rng.Range(1, 9).ToString(CultureInfo.InvariantCulture)).Append('.').Append(_rng.Range(1, 9).ToString(CultureInfo.InvariantCulture));
                else _sb.Append(_rng.Range(2, 5000).ToString(CultureInfo.InvariantCulture));
            }

            private void Link()
            {
                string slug = _rng.Pick(Slugs);
                switch (_rng.Next(5))
                {
                    case 0:
                        Sentence(_rng.Range(2, 4), capitalize: true);
                        _sb.Append(Dash).Append("http://").Append(slug).Append(_rng.Pick(Tlds)).Append('/').Append(_rng.PickSkewed(Vocabulary)).Append('/');
                        break;
                    case 1:
                        _sb.Append("https://github.com/").Append(slug).Append('/').Append(_rng.PickSkewed(Vocabulary));
                        break;
                    case 2:
                        Sentence(_rng.Range(1, 3), capitalize: true);
                        _sb.Append(' ').Append(slug).Append(_rng.Pick(Tlds));
                        break;
                    case 3:
                        _sb.Append("slides at https://lca").Append(_rng.Range(FirstYear, LastYear).ToString(CultureInfo.InvariantCulture)).Append(".linux.org.au/talks/").Append(_rng.Range(1, 400).ToString(CultureInfo.InvariantCulture));
                        break;
                    default:
                        _sb.Append(slug).Append(_rng.Pick(Tlds)).Append("  ").Append("github.com/").Append(slug);
                        break;
                }
            }

            private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
        }

        private static readonly string[] First =
        {
            "Monty", "Ben", "Christopher", "Mark", "Rusty", "Donna", "Katie", "Peter", "Lana", "Cooper", "Carol", "Brenda",
            "Florian", "Clinton", "Tom", "Daniel", "Phil", "Patrick", "Paul", "Francois", "Tobin", "Tim", "Angela", "Matthew",
            "Jan", "Justin", "Steve", "Bdale", "Andrew", "Sarah", "Jonathan", "Karen", "Michael", "Emma", "David", "Linda",
            "James", "Olivia", "Robert", "Grace", "Nicolás", "Zoë", "Søren", "José", "Renée", "Björn", "Anaïs", "Jürgen",
            "Mary", "Hamish", "Fiona", "Stewart", "Kate", "Liam", "Aroha", "Wiremu", "Priya", "Arjun", "Mei", "Hiroshi",
            "Keith", "Jennifer", "Adam", "Bianca", "Craig", "Denise", "Edward", "Felicity", "Gavin", "Helen",
        };

        private static readonly string[] Last =
        {
            "Taylor", "Kero", "Lameter", "Atwood", "Russell", "Benjamin", "Miller", "Gutmann", "Brindley", "Lees", "Smith",
            "Wallace", "Forster", "Roy", "Eastman", "Bryan", "Ingram", "Shuff", "Foxworthy", "Marier", "Harding", "Serong",
            "Brett", "Cengia", "Schmidt", "Clacherty", "Walsh", "Garbee", "Tridgell", "Erdödy", "McClain", "McLoughlin",
            "Pousty", "Jones", "Williams", "Brown", "Wilson", "Nguyen", "Chen", "Singh", "Kumar", "Patel", "Ngata",
            "Te Rangi", "O’Brien", "Murphy", "Kelly", "Walker", "Harris", "Martin", "Thompson", "White", "Young", "King",
            "Wright", "Scott", "Green", "Baker", "Hall", "Allen", "Turner", "Müller", "Ødegaard", "García", "Lefèvre",
            "Nakamura", "Tanaka", "Okafor", "Haddad", "Novak",
        };

        private static readonly string[] Companies =
        {
            "Facebook", "Google", "Red Hat", "Mozilla", "Canonical", "Catalyst IT", "HP", "IBM", "Intel", "Rackspace",
            "Microsoft", "Linaro", "Collabora", "Igalia", "Anchor Systems", "Atlassian", "SUSE", "Debian", "Fastly",
        };

        private static readonly string[] SpeakerlessTitles =
        {
            "Conference Closing", "Conference Opening", "Sponsor Thanks", "Prize Draw", "Housekeeping", "Penguin Dinner Auction",
        };

        private static readonly string[] Projects =
        {
            "OpenStack", "Ansible", "Puppet", "systemd", "GStreamer", "Drupal", "Mercurial", "Git", "Kubernetes", "Docker",
            "PostgreSQL", "Debian", "Rust", "Python", "Btrfs", "Wayland", "LibreOffice", "Samba", "Xen", "KVM", "QEMU",
            "Ceph", "nftables", "eBPF", "Firefox", "Tor", "collectd", "Prometheus", "Grafana", "Nix", "Arduino", "RISC-V",
            "OpenWrt", "Raspberry Pi", "FreedomBox", "Jupyter", "Go", "Haskell", "Emacs", "Vim", "Let’s Encrypt",
            "the Linux kernel", "Linux", "OpenShift", "Gerrit", "Zuul", "Jenkins", "SELinux", "WireGuard", "ZFS",
        };

        private static readonly string[] Slugs =
        {
            "openstack", "ansible", "puppetlabs", "systemd", "gstreamer", "drupal", "mercurial-scm", "git-scm", "kubernetes",
            "docker", "postgresql", "debian", "rust-lang", "python", "btrfs", "wayland", "libreoffice", "samba", "xenproject",
            "linux-kvm", "qemu", "ceph", "netfilter", "ebpf", "mozilla", "torproject", "collectd", "prometheus", "grafana",
            "nixos", "arduino", "riscv", "openwrt", "raspberrypi", "freedombox", "jupyter", "golang", "haskell", "noping",
            "kiwi.pycon", "lcabythebay", "okfn", "opencompute", "kernel", "openshift", "zuul-ci", "letsencrypt",
        };

        private static readonly string[] Tlds = { ".org", ".org", ".org", ".com", ".net", ".io", ".org.au", ".cc", ".nz" };

        private static readonly string[] Adjectives =
        {
            "scalable", "ephemeral", "resilient", "distributed", "open", "reproducible", "secure", "fast", "boring", "embedded",
            "immutable", "declarative", "lightweight", "hipster", "awesome", "proprietary", "portable", "parallel", "weird", "tiny",
        };

        private static readonly string[] Nouns =
        {
            "container", "pipeline", "allocator", "cluster", "switch", "router", "filesystem", "scheduler", "compiler", "bootloader",
            "database", "mirror", "repository", "bundle", "service", "daemon", "driver", "community", "license", "toolchain",
            "datacentre", "packet", "library", "workflow", "network", "sensor", "dashboard", "package", "kernel", "desktop",
        };

        private static readonly string[] Gerunds =
        {
            "deploying", "scaling", "debugging", "testing", "packaging", "monitoring", "securing", "documenting", "building",
            "automating", "benchmarking", "upstreaming", "replacing", "profiling", "mentoring",
        };

        private static readonly string[] VerbPhrases =
        {
            "Needs Your Help", "Is Not Dead", "Will Eat the World", "Is Harder Than It Looks", "Still Matters",
            "Broke My Laptop", "Is Boring (and That Is Good)", "Keeps Me Up at Night",
        };

        private static readonly string[] Lessons =
        {
            "lessons learned", "what went wrong", "the first year", "a field guide", "mistakes were made", "a retrospective",
            "the hard parts", "notes from the trenches", "where to from here", "the road to 1.0",
        };

        private static readonly string[] Units =
        {
            "million commits", "TB of log data", "devs", "repos", "clones per day", "test jobs", "ports", "servers",
            "people regularly", "page handbooks", "keynotes", "minutes with shuttles", "GB of RAM", "requests per second",
        };

        private static readonly string[] Contractions =
        {
            "don’t", "won’t", "it’s", "didn’t", "can’t", "we’re", "they’ve", "there’s", "isn’t", "you’ll",
        };

        /// <summary>The words of bullets, most common first (picked with a skew toward the start).</summary>
        private static readonly string[] Vocabulary =
        {
            "the", "to", "and", "of", "a", "for", "in", "is", "on", "with", "it", "not", "are", "be", "that", "you", "we",
            "run", "code", "open", "source", "test", "system", "cloud", "data", "users", "build", "project", "kernel",
            "release", "server", "network", "security", "service", "storage", "memory", "scale", "config", "deploy",
            "package", "upstream", "community", "tools", "support", "performance", "cache", "bug", "patch", "review",
            "commit", "branch", "merge", "mirror", "repo", "container", "cluster", "node", "hosts", "api", "docs",
            "python", "ruby", "perl", "rust", "golang", "java", "javascript", "haskell", "shell", "bash", "yaml", "json",
            "sql", "http", "ssh", "tls", "dns", "ipv6", "tcp", "udp", "usb", "gpu", "cpu", "arm", "x86", "riscv",
            "puppet", "ansible", "chef", "salt", "docker", "kubernetes", "openstack", "mercurial", "git", "subversion",
            "debian", "ubuntu", "fedora", "gentoo", "arch", "android", "firmware", "bootloader", "driver", "filesystem",
            "btrfs", "ext4", "xfs", "zfs", "lvm", "raid", "ssd", "nvme", "latency", "throughput", "bandwidth", "benchmark",
            "profile", "trace", "debug", "logging", "metrics", "monitoring", "alerting", "dashboard", "graphs", "backup",
            "restore", "snapshot", "replication", "failover", "availability", "outage", "incident", "postmortem",
            "automation", "orchestration", "provisioning", "scheduler", "allocator", "slab", "pages", "threads",
            "locking", "mutex", "atomic", "concurrency", "parallel", "async", "events", "queue", "stream", "pipeline",
            "compiler", "linker", "toolchain", "library", "abi", "binary", "packages", "dependencies", "versions",
            "licence", "copyright", "patents", "trademark", "governance", "foundation", "volunteers", "mentoring",
            "diversity", "newcomers", "maintainers", "contributors", "hackers", "sysadmins", "developers", "designers",
            "documentation", "tutorial", "workshop", "miniconf", "keynote", "slides", "video", "questions", "demo",
            "hardware", "router", "switch", "sensor", "arduino", "raspberry", "fpga", "soldering", "robot", "drone",
            "satellite", "radio", "telescope", "astronomy", "weather", "energy", "solar", "battery", "power",
            "privacy", "encryption", "crypto", "keys", "signing", "tor", "surveillance", "freedom", "rights", "law",
            "government", "education", "schools", "students", "university", "research", "science", "health",
            "hipster", "awesome", "boring", "weird", "fast", "slow", "broken", "fixed", "simple", "complex", "legacy",
            "ephemeral", "resilient", "shared-nothing", "stateless", "immutable", "declarative", "idempotent",
            "reproducible", "deterministic", "upgrade", "migration", "rollout", "rollback", "canary", "staging",
            "production", "laptop", "desktop", "wayland", "x11", "gnome", "kde", "emacs", "vim", "terminal", "unicode",
            "fonts", "audio", "gstreamer", "codec", "3d", "movies", "games", "music", "beer", "coffee", "penguin",
            "hobart", "geelong", "auckland", "wellington", "christchurch", "brisbane", "sydney", "perth", "adelaide",
            "bitcoin", "blockchain", "ledger", "consensus", "raft", "paxos", "quorum", "etcd", "zookeeper", "redis",
            "postgres", "mysql", "sqlite", "mongodb", "cassandra", "elasticsearch", "kafka", "rabbitmq", "nginx",
            "apache", "varnish", "haproxy", "proxy", "webserver", "browser", "firefox", "chrome", "webrtc", "wasm",
        };
    }
}
