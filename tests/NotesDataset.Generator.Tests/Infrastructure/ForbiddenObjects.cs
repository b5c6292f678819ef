using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace NotesDataset.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Walks an incremental step's output (fields and properties, tuples, arrays, any IEnumerable) looking for
    /// objects that must never be cached by a pipeline: they pin compilations in memory and defeat caching.
    /// </summary>
    public static class ForbiddenObjects
    {
        public static readonly Type[] Types =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel), typeof(Location),
        };

        /// <summary>Returns a path to each forbidden object reachable from <paramref name="root"/>, and counts the objects visited.</summary>
        public static List<string> Find(object? root, out int visited)
        {
            var found = new List<string>();
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            int count = 0;
            Walk(root, "output", 0);
            visited = count;
            return found;

            void Walk(object? value, string path, int depth)
            {
                if (value == null || depth > 100) return;
                Type type = value.GetType();
                count++;
                foreach (Type forbidden in Types)
                {
                    if (forbidden.IsInstanceOfType(value))
                    {
                        found.Add(path + " : " + type.FullName);
                        return;
                    }
                }

                if (IsLeaf(type)) return;
                if (!type.IsValueType && !seen.Add(value)) return;

                if (type.IsValueType && type.GetProperty("IsDefault")?.GetValue(value) is true)
                {
                    return; // a default ImmutableArray<T>: nothing in it, and enumerating it throws
                }

                if (value is IEnumerable enumerable && !IsWalkedByFields(type))
                {
                    int i = 0;
                    foreach (object? item in enumerable) Walk(item, path + "[" + i++ + "]", depth + 1);
                    return;
                }

                if (type.Namespace != null && type.Namespace.StartsWith("System", StringComparison.Ordinal) && !IsTuple(type) && !IsWalkedByFields(type))
                {
                    return; // a framework object that is not a collection or tuple (an Encoding, say): not ours to walk
                }

                for (Type? t = type; t != null && t != typeof(object); t = t.BaseType)
                {
                    foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    {
                        if (field.FieldType.IsPointer) continue;
                        Walk(field.GetValue(value), path + "." + field.Name, depth + 1);
                    }
                }
            }
        }

        private static bool IsLeaf(Type type)
            => type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(IntPtr) || type == typeof(UIntPtr)
               || typeof(Type).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type);

        private static bool IsTuple(Type type) => typeof(ITuple).IsAssignableFrom(type) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));

        // The generator's own collections (EquatableArray) are walked through their fields so nothing is hidden behind GetEnumerator.
        private static bool IsWalkedByFields(Type type) => type.Assembly == typeof(NotesGenerator).Assembly;
    }
}
