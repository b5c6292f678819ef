using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace NotesDataset.Generator.Tests.Infrastructure
{
    /// <summary>Checks on the shape of generated code: its names (from the syntax) and what its members return (at run time).</summary>
    public static class GeneratedShape
    {
        /// <summary>
        /// Every class, property, method and field the generated source declares: a valid C# identifier (keywords escaped), unique in
        /// its type (nested classes and fields share one scope), and never the name of the type that holds it. Static
        /// constructors, which take their class's name, are checked to do just that.
        /// Returns the names per type, "Outer.Inner" → member names as written (ValueText, without '@').
        /// </summary>
        public static Dictionary<string, List<string>> AssertValidNames(string source)
        {
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions);
            Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
            var result = new Dictionary<string, List<string>>();
            foreach (TypeDeclarationSyntax type in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                string typeName = type.Identifier.ValueText;
                string path = string.Join(".", type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Reverse().Select(t => t.Identifier.ValueText));
                var members = new List<string>();
                foreach (MemberDeclarationSyntax member in type.Members)
                {
                    if (member is ConstructorDeclarationSyntax constructor)
                    {
                        Assert.True(constructor.Modifiers.Any(SyntaxKind.StaticKeyword), $"{path} has an instance constructor");
                        Assert.Equal(type.Identifier.Text, constructor.Identifier.Text);
                        continue;
                    }

                    SyntaxToken identifier = member switch
                    {
                        TypeDeclarationSyntax t => t.Identifier,
                        PropertyDeclarationSyntax p => p.Identifier,
                        MethodDeclarationSyntax m => m.Identifier,
                        FieldDeclarationSyntax f => f.Declaration.Variables.Single().Identifier,
                        _ => throw new InvalidOperationException("unexpected member " + member.Kind()),
                    };

                    Assert.Equal(SyntaxKind.IdentifierToken, identifier.Kind());
                    Assert.True(SyntaxFacts.IsValidIdentifier(identifier.ValueText), $"'{identifier.Text}' in {path} is not a valid identifier");
                    bool keyword = SyntaxFacts.GetKeywordKind(identifier.ValueText) != SyntaxKind.None;
                    Assert.True(!keyword || identifier.Text.StartsWith("@", StringComparison.Ordinal), $"keyword '{identifier.Text}' in {path} is not escaped");
                    Assert.NotEqual(typeName, identifier.ValueText);
                    members.Add(identifier.ValueText);
                }

                string[] duplicates = members.GroupBy(m => m, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
                Assert.True(duplicates.Length == 0, $"{path} declares {string.Join(", ", duplicates)} more than once");
                result[path] = members;
            }

            return result;
        }

        /// <summary>
        /// At run time: each day, session, talk and speaker member returns the object of the dataset it is named for,
        /// every talk and speaker has exactly one member, and a talk's member sits in its session's class. Returns the
        /// talk member names in dataset order.
        /// </summary>
        public static string[] AssertMembersMapTheDataset(Type root)
        {
            var document = (NotesDocument)Static(root, "Document")!;
            var talkMembers = new Dictionary<Talk, string>(ReferenceEqualityComparer.Instance);
            var speakerMembers = new Dictionary<Speaker, string>(ReferenceEqualityComparer.Instance);

            foreach (Type type in Nested(root))
            {
                var session = Static(type, "Session") as Session;
                if (session != null) Assert.Contains(session, (IEnumerable<Session>)document.Sessions);
                if (Static(type, "Day") is Day day)
                {
                    Assert.Contains(day, (IEnumerable<Day>)document.Days);
                    foreach (Type sessionType in type.GetNestedTypes())
                    {
                        Assert.Same(day, ((Session)Static(sessionType, "Session")!).Day);
                    }
                }

                foreach (FieldInfo f in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    Assert.True(f.IsInitOnly, $"{type.Name}.{f.Name} is not readonly");
                    if (f.FieldType == typeof(Talk))
                    {
                        var talk = (Talk)f.GetValue(null)!;
                        Assert.NotNull(session);
                        Assert.Same(session, talk.Session);
                        Assert.True(talkMembers.TryAdd(talk, f.Name), $"talk '{talk.Title}' has two members: {(talkMembers.TryGetValue(talk, out string? other) ? other : "")} and {f.Name}");
                    }
                    else if (f.FieldType == typeof(Speaker))
                    {
                        Assert.Equal("People", type.Name);
                        var speaker = (Speaker)f.GetValue(null)!;
                        Assert.True(speakerMembers.TryAdd(speaker, f.Name), $"speaker '{speaker.Name}' has two members");
                    }
                }
            }

            Assert.Equal(document.Talks.Count, talkMembers.Count);
            Assert.Equal(document.Speakers.Count, speakerMembers.Count);
            return document.Talks.Select(t => talkMembers[t]).ToArray();
        }

        private static IEnumerable<Type> Nested(Type type)
        {
            foreach (Type nested in type.GetNestedTypes())
            {
                yield return nested;
                foreach (Type inner in Nested(nested)) yield return inner;
            }
        }

        /// <summary>A field of a generated class (days, sessions, talks, speakers), or a property of the root class (the document).</summary>
        private static object? Static(Type type, string name)
        {
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly;
            return type.GetField(name, Declared)?.GetValue(null) ?? type.GetProperty(name, Declared)?.GetValue(null);
        }
    }
}
