using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace NotesDataset.Generator.Tests.Infrastructure
{
    /// <summary>A compilation emitted to memory and loaded in a collectible context; NotesDataset resolves to the runtime the tests already load.</summary>
    public sealed class LoadedAssembly : IDisposable
    {
        private readonly Context _context;

        private LoadedAssembly(Context context, Assembly assembly)
        {
            _context = context;
            Assembly = assembly;
        }

        public Assembly Assembly { get; }

        public static LoadedAssembly Emit(Compilation compilation)
        {
            using var pe = new MemoryStream();
            EmitResult result = compilation.Emit(pe);
            if (!result.Success)
            {
                throw new InvalidOperationException("Emit failed:\n" + GeneratorHarness.Format(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            pe.Position = 0;
            var context = new Context();
            return new LoadedAssembly(context, context.LoadFromStream(pe));
        }

        public object? Invoke(string typeName, string method)
        {
            Type type = Assembly.GetType(typeName, throwOnError: true)!;
            MethodInfo m = type.GetMethod(method, BindingFlags.Public | BindingFlags.Static) ?? throw new MissingMethodException(typeName, method);
            return Value(() => m.Invoke(null, null));
        }

        /// <summary>A public static property or field of a generated type (talks, speakers, days and sessions are fields).</summary>
        public object? Get(string typeName, string member)
        {
            Type type = Assembly.GetType(typeName, throwOnError: true)!;
            const BindingFlags Static = BindingFlags.Public | BindingFlags.Static;
            if (type.GetField(member, Static) is FieldInfo f) return Value(() => f.GetValue(null));
            PropertyInfo p = type.GetProperty(member, Static) ?? throw new MissingMemberException(typeName, member);
            return Value(() => p.GetValue(null));
        }

        /// <summary>Reflection wraps what a method, getter or static constructor throws; the test sees the exception itself.</summary>
        private static object? Value(Func<object?> get)
        {
            try
            {
                return get();
            }
            catch (Exception e) when (e is TargetInvocationException or TypeInitializationException && e.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
                throw;
            }
        }

        public void Dispose() => _context.Unload();

        private sealed class Context : AssemblyLoadContext
        {
            private static readonly Assembly Runtime = typeof(NotesDataset.Talk).Assembly;

            public Context()
                : base("NotesDataset.Generator.Tests", isCollectible: true)
            {
            }

            protected override Assembly? Load(AssemblyName assemblyName)
                => assemblyName.Name == Runtime.GetName().Name ? Runtime : null; // everything else: the default context
        }
    }
}
