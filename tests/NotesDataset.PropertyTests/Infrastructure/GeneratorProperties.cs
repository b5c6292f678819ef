using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Compiled;
using NotesDataset.Generator.Tests.Infrastructure;

namespace NotesDataset.PropertyTests.Infrastructure
{
    /// <summary>One run of the generator over a cached compilation: what it produced and reported.</summary>
    internal sealed class GeneratorOutput
    {
        public GeneratorOutput(GeneratorRunResult result, Compilation output, ImmutableArray<Diagnostic> diagnostics)
        {
            Result = result;
            Output = output;
            Diagnostics = diagnostics;
        }

        public GeneratorRunResult Result { get; }

        public Compilation Output { get; }

        /// <summary>Everything the driver reported: the generator's NOTES0xx and, if it threw, CS8785.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        public ImmutableArray<GeneratedSourceResult> Sources => Result.GeneratedSources;
    }

    /// <summary>What must hold for the generator on every input (issue 5, properties 1, 2, 4 and 5).</summary>
    internal static class GeneratorProperties
    {
        /// <summary>One compilation for every case: the references are bound once and each run adds only the generated trees.</summary>
        public static readonly CSharpCompilation BaseCompilation = GeneratorHarness.CreateCompilation(Array.Empty<string>(), "PropertyCases");

        private static readonly HashSet<string> AllowedTrivia = new HashSet<string>
        {
            nameof(SyntaxKind.WhitespaceTrivia), nameof(SyntaxKind.EndOfLineTrivia), nameof(SyntaxKind.SingleLineCommentTrivia),
            nameof(SyntaxKind.SingleLineDocumentationCommentTrivia), nameof(SyntaxKind.DocumentationCommentExteriorTrivia), nameof(SyntaxKind.NullableDirectiveTrivia),
        };

        private static readonly HashSet<string> DocElements = new HashSet<string> { "summary", "para", "b", "i", "c", "remarks" };
        private static readonly HashSet<string> DocEmptyElements = new HashSet<string> { "br", "see" };
        private static readonly HashSet<string> DocEntities = new HashSet<string> { "&amp;", "&lt;", "&gt;" };

        public static NotesInput Input(string text, int index = 0) => new NotesInput("/src/case" + index + ".notes.txt", text);

        public static GeneratorOutput Run(IEnumerable<NotesInput> files, CancellationToken cancellationToken = default, Compilation? compilation = null)
        {
            NotesInput[] inputs = files.ToArray();
            GeneratorDriver driver = GeneratorHarness.CreateDriver(inputs.Select(f => f.ToAdditionalText()), GeneratorHarness.OptionsFor(inputs));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation ?? BaseCompilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics, cancellationToken);
            return new GeneratorOutput(driver.GetRunResult().Results.Single(), output, diagnostics);
        }

        /// <summary>Runs the generator over <paramref name="files"/> and checks properties 1, 2, 4 and 5; throws a <see cref="PropertyException"/> naming the one that fails.</summary>
        public static GeneratorOutput Check(params NotesInput[] files)
        {
            GeneratorOutput run = Run(files);

            // 1. No exception escaped the generator, and it did not fail on a file (NOTES013).
            if (run.Result.Exception != null) throw new PropertyException("1 (no exception): the generator threw " + run.Result.Exception, run.Result.Exception);
            foreach (Diagnostic d in run.Diagnostics)
            {
                if (!d.Id.StartsWith("NOTES0", StringComparison.Ordinal) || d.Id == "NOTES013" || d.Id == "NOTES009") throw new PropertyException("1 (no exception): the generator reported " + d);
            }

            if (run.Sources.Length != files.Length) throw new PropertyException("1: " + files.Length + " notes files gave " + run.Sources.Length + " sources");
            CheckDiagnosticLocations(files, run.Diagnostics);

            // 2. The generated code compiles with no error and no warning (documentation comments parsed and checked, nullable warnings on).
            Diagnostic[] problems = GeneratorHarness.Problems(run.Output).Take(10).ToArray();
            if (problems.Length > 0) throw new PropertyException("2 (compiles cleanly): " + string.Join("\n", problems.Select(d => d.ToString())));

            // 4. Nothing injected, the members are the dataset's, and the data in the literals is the notes.
            foreach (NotesInput file in files)
            {
                string relative = file.RelativePath ?? file.Path.Substring(file.Path.LastIndexOf('/') + 1);
                GeneratedSourceResult source = run.Sources.Single(s => s.HintName == relative + ".g.cs");
                CheckNothingInjected(source.SyntaxTree, file.Text, relative);
            }

            // 5. Deterministic: again, in another order, and with other line breaks.
            CheckDeterminism(files, run);
            return run;
        }

        /// <summary>Diagnostics in a notes file are located where Roslyn's own view of that file puts them.</summary>
        public static void CheckDiagnosticLocations(IReadOnlyList<NotesInput> files, IEnumerable<Diagnostic> diagnostics)
        {
            foreach (Diagnostic d in diagnostics)
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                NotesInput? file = files.FirstOrDefault(f => f.Path == span.Path);
                if (file == null) throw new PropertyException("diagnostic located outside the notes files: " + d);
                SourceText text = SourceText.From(file.Text);
                if (d.Location.SourceSpan.End > text.Length) throw new PropertyException("diagnostic span past the end of the file: " + d);
                if (text.Lines.GetLinePositionSpan(d.Location.SourceSpan) != span.Span)
                {
                    throw new PropertyException("diagnostic line/column " + span.Span + " disagree with its span " + d.Location.SourceSpan + " (" + text.Lines.GetLinePositionSpan(d.Location.SourceSpan) + "): " + d);
                }
            }
        }

        /// <summary>Property 4 on one generated file.</summary>
        public static void CheckNothingInjected(SyntaxTree tree, string notes, string relativePath)
        {
            SyntaxNode root = tree.GetRoot();
            Diagnostic[] parse = tree.GetDiagnostics().Take(5).ToArray();
            if (parse.Length > 0) throw new PropertyException("4 (nothing injected): the generated file does not parse cleanly: " + string.Join("; ", parse.Select(d => d.ToString())));

            // Trivia: white space, '\n', the two header comments, doc comments, '#nullable enable' and '#nullable disable warnings'; nothing else.
            int comments = 0;
            foreach (SyntaxTrivia trivia in root.DescendantTrivia(descendIntoTrivia: true))
            {
                string kind = trivia.Kind().ToString();
                if (!AllowedTrivia.Contains(kind)) throw new PropertyException("4 (nothing injected): unexpected " + kind + " " + Text.Escape(trivia.ToFullString(), 200));
                string t = trivia.ToFullString();
                switch (trivia.Kind())
                {
                    case SyntaxKind.EndOfLineTrivia when t != "\n":
                    case SyntaxKind.WhitespaceTrivia when t.Trim(' ').Length > 0:
                        throw new PropertyException("4 (nothing injected): unexpected " + kind + " " + Text.Escape(t, 200));
                    case SyntaxKind.SingleLineCommentTrivia:
                        comments++;
                        bool expected = comments == 1 ? t == "// <auto-generated/>"
                            : comments == 2 && t.StartsWith("// Generated by NotesDataset.Generator from ", StringComparison.Ordinal) && t.EndsWith(". Edit the notes file, not this file.", StringComparison.Ordinal);
                        if (!expected || trivia.SpanStart > 400) throw new PropertyException("4 (nothing injected): unexpected comment " + Text.Escape(t, 200));
                        break;
                }
            }

            if (comments != 2) throw new PropertyException("4 (nothing injected): " + comments + " header comments");
            List<DirectiveTriviaSyntax> directives = root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).Select(t => (DirectiveTriviaSyntax)t.GetStructure()!).ToList();
            if (directives.Count != 2
                || directives[0] is not NullableDirectiveTriviaSyntax enable || !enable.SettingToken.IsKind(SyntaxKind.EnableKeyword) || !enable.TargetToken.IsKind(SyntaxKind.None)
                || directives[1] is not NullableDirectiveTriviaSyntax warnings || !warnings.SettingToken.IsKind(SyntaxKind.DisableKeyword) || !warnings.TargetToken.IsKind(SyntaxKind.WarningsKeyword))
            {
                throw new PropertyException("4 (nothing injected): directives " + string.Join(", ", directives.Select(d => d.ToString())));
            }

            // XML docs: only the elements and entities the emitter writes.
            foreach (DocumentationCommentTriviaSyntax doc in root.DescendantNodes(descendIntoTrivia: true).OfType<DocumentationCommentTriviaSyntax>())
            {
                foreach (SyntaxNode node in doc.DescendantNodes())
                {
                    switch (node)
                    {
                        case XmlElementSyntax e when !DocElements.Contains(e.StartTag.Name.ToString()) || e.StartTag.Attributes.Count > 0:
                            throw new PropertyException("4 (nothing injected): doc element " + Text.Escape(e.StartTag.ToString(), 200));
                        case XmlEmptyElementSyntax e when !DocEmptyElements.Contains(e.Name.ToString()) || e.Attributes.Any(a => a is not XmlCrefAttributeSyntax):
                            throw new PropertyException("4 (nothing injected): doc element " + Text.Escape(e.ToString(), 200));
                        case XmlCDataSectionSyntax or XmlCommentSyntax or XmlProcessingInstructionSyntax:
                            throw new PropertyException("4 (nothing injected): doc " + node.Kind() + " " + Text.Escape(node.ToString(), 200));
                        case XmlTextSyntax xmlText:
                            foreach (SyntaxToken token in xmlText.TextTokens)
                            {
                                if (token.IsKind(SyntaxKind.XmlEntityLiteralToken) && !DocEntities.Contains(token.Text)) throw new PropertyException("4 (nothing injected): doc entity " + token.Text);
                            }

                            break;
                    }
                }
            }

            // Literals: the attribute's two strings, the index and the notes text; plain (not verbatim, raw or interpolated) strings and numbers only.
            var strings = new List<SyntaxToken>();
            foreach (SyntaxToken token in root.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.StringLiteralToken))
                {
                    if (!token.Text.StartsWith("\"", StringComparison.Ordinal)) throw new PropertyException("4 (nothing injected): verbatim string " + Text.Escape(token.Text, 200));
                    strings.Add(token);
                }
                else if (SyntaxFacts.IsLiteralExpression(token.Kind()) && !token.IsKind(SyntaxKind.NumericLiteralToken) && !token.IsKind(SyntaxKind.NullKeyword))
                {
                    throw new PropertyException("4 (nothing injected): literal " + token.Kind() + " " + Text.Escape(token.Text, 200));
                }
                else if (token.IsKind(SyntaxKind.Utf8StringLiteralToken) && IsIndexArgument(token))
                {
                    // The index may be a UTF-8 literal (C# 11 and the runtime's .NET 8+ build), and only the index.
                    if (!token.Text.StartsWith("\"", StringComparison.Ordinal)) throw new PropertyException("4 (nothing injected): UTF-8 literal " + Text.Escape(token.Text, 200));
                    strings.Add(token);
                }
                else if (token.IsKind(SyntaxKind.InterpolatedStringStartToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.Utf8StringLiteralToken))
                {
                    throw new PropertyException("4 (nothing injected): literal " + token.Kind());
                }
            }

            (string? index, string? text) = LoadArguments(root);
            if (index == null) throw new PropertyException("4: no index passed to CompiledNotes.Load");
            if (strings.Count != (text == null ? 3 : 4)) throw new PropertyException("4 (nothing injected): " + strings.Count + " string literals: " + string.Join(", ", strings.Select(s => Text.Escape(s.Text, 80))));
            if (text != notes) throw new PropertyException("4 (data stays data): the Text constant is not the notes text: " + Text.Escape(text ?? "(none)", 300));

            // The members are the dataset's: one field per conference (when there are several), day, session, talk and speaker,
            // each filled by its class's static constructor with its own item.
            CheckMembers(root, NotesParser.Parse(notes, relativePath));

            // The compiled dataset, loaded by the runtime from the literals, is what the runtime parser reads from the notes.
            NotesDocument compiled;
            try
            {
                compiled = CompiledNotes.Load(typeof(GeneratorProperties), index, null, text);
            }
            catch (Exception e)
            {
                throw new PropertyException("4 (data stays data): CompiledNotes.Load threw " + e.GetType().Name + ": " + e.Message, e);
            }

            string want = ParserProperties.Describe(NotesParser.Parse(notes, relativePath)), got = ParserProperties.Describe(compiled);
            if (want != got) throw new PropertyException("4 (data stays data): the compiled dataset differs from the parsed one:\n" + FirstDifference(want, got));
        }

        /// <summary>The index and the notes text the generated code passes to CompiledNotes.Load (as literals, or constants holding them).</summary>
        private static (string? Index, string? Text) LoadArguments(SyntaxNode root)
        {
            InvocationExpressionSyntax[] loads = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(i => i.Expression.ToString().EndsWith("CompiledNotes.Load", StringComparison.Ordinal)).ToArray();
            if (loads.Length != 1) throw new PropertyException("4: " + loads.Length + " calls of CompiledNotes.Load");
            SeparatedSyntaxList<ArgumentSyntax> args = loads[0].ArgumentList.Arguments;
            if (args.Count != 4) throw new PropertyException("4: CompiledNotes.Load with " + args.Count + " arguments");

            string? Value(ExpressionSyntax e)
            {
                if (e is IdentifierNameSyntax name)
                {
                    e = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == name.Identifier.ValueText).Initializer!.Value;
                }

                return e switch
                {
                    LiteralExpressionSyntax l when l.IsKind(SyntaxKind.NullLiteralExpression) => null,
                    LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) || l.IsKind(SyntaxKind.Utf8StringLiteralExpression) => l.Token.ValueText,
                    _ => throw new PropertyException("4: CompiledNotes.Load argument " + Text.Escape(e.ToString(), 200)),
                };
            }

            return (Value(args[1].Expression), Value(args[3].Expression));
        }

        /// <summary>Whether the token is the second argument (the index) of the one CompiledNotes.Load call.</summary>
        private static bool IsIndexArgument(SyntaxToken token)
            => token.Parent is LiteralExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument }
               && call.Expression.ToString().EndsWith("CompiledNotes.Load", StringComparison.Ordinal)
               && list.Arguments.IndexOf(argument) == 1;

        /// <summary>
        /// Each public member of a dataset type is a static readonly field with no initializer, filled (as an <c>out</c>
        /// argument, once) by its own class's static constructor, whose calls into CompiledNotes name the items: the
        /// conferences', days', sessions' and speakers' numbers run over 0..count-1, each once, and a session class's talk
        /// fields are positions 0..n-1 of that session's n talks.
        /// </summary>
        private static void CheckMembers(SyntaxNode root, NotesDocument parsed)
        {
            const string Runtime = "global::NotesDataset.Compiled.CompiledNotes.";
            var numbers = new Dictionary<string, List<int>> { ["Conference"] = new List<int>(), ["Day"] = new List<int>(), ["Session"] = new List<int>(), ["Speaker"] = new List<int>() };
            int talks = 0;

            // A single conference is the root class's property, not a field.
            foreach (PropertyDeclarationSyntax p in root.DescendantNodes().OfType<PropertyDeclarationSyntax>())
            {
                if (p.Type.ToString() == "global::NotesDataset.Conference") numbers["Conference"].Add(((SyntaxNode?)p.ExpressionBody ?? p.AccessorList!).DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token.Value is int i ? i : -1);
                else if (p.Type.ToString() is "global::NotesDataset.Day" or "global::NotesDataset.Session" or "global::NotesDataset.Talk" or "global::NotesDataset.Speaker")
                {
                    throw new PropertyException("4 (expected members): property " + p.Identifier.Text);
                }
            }

            foreach (ClassDeclarationSyntax c in root.DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                var fields = new Dictionary<string, string>(StringComparer.Ordinal); // name → type
                foreach (FieldDeclarationSyntax f in c.Members.OfType<FieldDeclarationSyntax>().Where(f => f.Modifiers.Any(SyntaxKind.PublicKeyword)))
                {
                    VariableDeclaratorSyntax v = f.Declaration.Variables.Single();
                    string type = f.Declaration.Type.ToString();
                    if (!type.StartsWith("global::NotesDataset.", StringComparison.Ordinal) || !numbers.ContainsKey(type.Substring(21)) && type != "global::NotesDataset.Talk"
                        || !f.Modifiers.Any(SyntaxKind.StaticKeyword) || !f.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) || v.Initializer != null)
                    {
                        throw new PropertyException("4 (expected members): field " + Text.Escape(f.ToString(), 200));
                    }

                    fields.Add(v.Identifier.ValueText, type.Substring(21));
                }

                ConstructorDeclarationSyntax[] constructors = c.Members.OfType<ConstructorDeclarationSyntax>().ToArray();
                if (fields.Count == 0 && constructors.Length == 0) continue;
                if (constructors.Length != 1 || !constructors[0].Modifiers.Any(SyntaxKind.StaticKeyword)) throw new PropertyException("4 (expected members): " + c.Identifier.Text + " has " + constructors.Length + " constructors");
                IEnumerable<ExpressionSyntax> statements = constructors[0].ExpressionBody != null
                    ? new[] { constructors[0].ExpressionBody!.Expression }
                    : constructors[0].Body!.Statements.Select(st => st is ExpressionStatementSyntax e ? e.Expression : throw new PropertyException("4 (expected members): statement " + Text.Escape(st.ToString(), 200)));

                var filled = new HashSet<string>(StringComparer.Ordinal);
                var talkPositions = new List<int>();
                int session = -1;
                foreach (ExpressionSyntax statement in statements)
                {
                    if (statement is not InvocationExpressionSyntax call || !call.Expression.ToString().StartsWith(Runtime, StringComparison.Ordinal))
                    {
                        throw new PropertyException("4 (expected members): " + Text.Escape(statement.ToString(), 200));
                    }

                    string method = call.Expression.ToString().Substring(Runtime.Length);
                    SeparatedSyntaxList<ArgumentSyntax> args = call.ArgumentList.Arguments;
                    if (args.Count < 3 || args[1].Expression is not LiteralExpressionSyntax { Token.Value: int number }) throw new PropertyException("4 (expected members): " + Text.Escape(call.ToString(), 200));
                    string source = args[0].Expression.ToString();
                    List<string> outs = args.Skip(2).Select(a => a.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) && a.Expression is IdentifierNameSyntax id ? id.Identifier.ValueText : throw new PropertyException("4 (expected members): argument " + a)).ToList();
                    foreach (string name in outs)
                    {
                        if (!fields.ContainsKey(name) || !filled.Add(name)) throw new PropertyException("4 (expected members): " + c.Identifier.Text + "'s constructor fills " + name + " twice or it is not its field");
                    }

                    switch (method)
                    {
                        case "Conference" or "Day" when source == "__Data.Document" && outs.Count == 1 && outs[0] == method && fields[method] == method:
                            numbers[method].Add(number);
                            break;
                        case "Session" when source == "__Data.Document" && session < 0 && outs[0] == "Session" && fields["Session"] == "Session" && outs.Skip(1).All(o => fields[o] == "Talk"):
                            numbers["Session"].Add(session = number);
                            talkPositions.AddRange(Enumerable.Range(0, outs.Count - 1));
                            break;
                        case "Talks" when source == "Session" && session >= 0 && outs.All(o => fields[o] == "Talk"):
                            talkPositions.AddRange(Enumerable.Range(number, outs.Count));
                            break;
                        case "Speakers" when source == "__Data.Document" && outs.All(o => fields[o] == "Speaker"):
                            numbers["Speaker"].AddRange(Enumerable.Range(number, outs.Count));
                            break;
                        default:
                            throw new PropertyException("4 (expected members): " + Text.Escape(call.ToString(), 200));
                    }
                }

                if (filled.Count != fields.Count) throw new PropertyException("4 (expected members): " + c.Identifier.Text + "'s constructor leaves " + string.Join(", ", fields.Keys.Except(filled)) + " empty");
                if (session >= 0)
                {
                    int expected = session < parsed.Sessions.Count ? parsed.Sessions[session].Talks.Count : -1;
                    if (!talkPositions.SequenceEqual(Enumerable.Range(0, expected))) throw new PropertyException("4 (expected members): session " + session + " has talk fields [" + string.Join(",", talkPositions) + "], the dataset " + expected + " talks");
                    talks += talkPositions.Count;
                }
            }

            Expect(numbers["Conference"], parsed.Conferences.Count, "conferences");
            Expect(numbers["Day"], parsed.Days.Count, "days");
            Expect(numbers["Session"], parsed.Sessions.Count, "sessions");
            Expect(numbers["Speaker"], parsed.Speakers.Count, "speakers");
            if (talks != parsed.Talks.Count) throw new PropertyException("4 (expected members): " + talks + " talk fields, the dataset has " + parsed.Talks.Count + " talks");

            static void Expect(List<int> got, int count, string what)
            {
                got.Sort();
                if (!got.SequenceEqual(Enumerable.Range(0, count))) throw new PropertyException("4 (expected members): members for " + what + " [" + string.Join(",", got.Take(20)) + "], the dataset has " + count);
            }
        }

        private static string FirstDifference(string a, string b)
        {
            string[] x = a.Split('\n'), y = b.Split('\n');
            for (int i = 0; i < Math.Max(x.Length, y.Length); i++)
            {
                string l = i < x.Length ? x[i] : "(end)", r = i < y.Length ? y[i] : "(end)";
                if (l != r) return "parsed:   " + Text.Escape(l, 300) + "\ncompiled: " + Text.Escape(r, 300);
            }

            return "(equal)";
        }

        /// <summary>Property 5: the same files give byte-identical output again, in reverse order, and (code apart from the data constants) with other line breaks.</summary>
        public static void CheckDeterminism(NotesInput[] files, GeneratorOutput first)
        {
            Compare("a second run", first, Run(files.Select(f => f with { }).ToArray()), code: false);
            if (files.Length > 1) Compare("the files in reverse order", first, Run(files.Reverse().ToArray()), code: false);

            foreach (string lineBreak in new[] { "\r\n", "\n" })
            {
                NotesInput[] rebroken = files.Select(f => f with { Text = Rebreak(f.Text, lineBreak) }).ToArray();
                if (rebroken.Select(f => f.Text).SequenceEqual(files.Select(f => f.Text))) continue;
                Compare("line breaks as " + Text.Escape(lineBreak), first, Run(rebroken), code: true);
            }
        }

        /// <summary>The text with every line break (CR, LF, CRLF, NEL, LS, PS) written as <paramref name="lineBreak"/>.</summary>
        public static string Rebreak(string text, string lineBreak)
        {
            var sb = new StringBuilder(text.Length + 16);
            int pos = 0;
            while (Parsing.NotesText.NextLine(text, ref pos, text.Length, out int start, out int end))
            {
                sb.Append(text, start, end - start);
                if (end < text.Length) sb.Append(lineBreak);
            }

            return sb.ToString();
        }

        /// <summary>The generated source with the index and the notes text (the data that rightly differs with line breaks) blanked out.</summary>
        private static string WithoutData(string source)
        {
            SyntaxNode root = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions).GetRoot();
            InvocationExpressionSyntax load = root.DescendantNodes().OfType<InvocationExpressionSyntax>().Single(x => x.Expression.ToString().EndsWith("CompiledNotes.Load", StringComparison.Ordinal));
            var spans = new List<Microsoft.CodeAnalysis.Text.TextSpan>();
            foreach (int k in new[] { 1, 3 })
            {
                ExpressionSyntax e = load.ArgumentList.Arguments[k].Expression;
                if (e is IdentifierNameSyntax name) e = root.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == name.Identifier.ValueText).Initializer!.Value;
                if (e.IsKind(SyntaxKind.StringLiteralExpression) || e.IsKind(SyntaxKind.Utf8StringLiteralExpression)) spans.Add(e.Span);
            }

            var sb = new StringBuilder(source);
            foreach (Microsoft.CodeAnalysis.Text.TextSpan span in spans.OrderByDescending(x => x.Start)) sb.Remove(span.Start, span.Length).Insert(span.Start, "\"…\"");
            return sb.ToString();
        }

        private static void Compare(string what, GeneratorOutput expected, GeneratorOutput actual, bool code)
        {
            if (actual.Result.Exception != null) throw new PropertyException("5 (deterministic): with " + what + " the generator threw " + actual.Result.Exception);
            string[] hints = expected.Sources.Select(s => s.HintName).ToArray(), otherHints = actual.Sources.Select(s => s.HintName).ToArray();
            if (!hints.SequenceEqual(otherHints)) throw new PropertyException("5 (deterministic): with " + what + " the hint names are " + string.Join(", ", otherHints) + " instead of " + string.Join(", ", hints));
            for (int i = 0; i < hints.Length; i++)
            {
                string a = expected.Sources[i].SourceText.ToString(), b = actual.Sources[i].SourceText.ToString();
                if (code)
                {
                    a = WithoutData(a);
                    b = WithoutData(b);
                }

                if (!Encoding.UTF8.GetBytes(a).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(b)))
                {
                    throw new PropertyException("5 (deterministic): with " + what + ", " + hints[i] + " differs:\n" + FirstDifference(a, b));
                }
            }

            string Key(Diagnostic d) => d.Id + " " + d.Location.GetLineSpan().Span.Start + " " + d.GetMessage();
            string[] x = expected.Diagnostics.Select(Key).ToArray(), y = actual.Diagnostics.Select(Key).ToArray();
            if (!x.SequenceEqual(y)) throw new PropertyException("5 (deterministic): with " + what + " the diagnostics differ:\n" + FirstDifference(string.Join("\n", x), string.Join("\n", y)));
        }
    }
}
