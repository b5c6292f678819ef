using System.Linq;
using System.Reflection;
using Xunit;

namespace NotesDataset.Tests
{
    /// <summary>
    /// The runtime and a compiled dataset are built with the trimming and NativeAOT analyzers on (<c>IsAotCompatible</c>),
    /// which also marks them trimmable, so an app that trims or publishes with AOT trims them without a warning.
    /// </summary>
    public class TrimmingTests
    {
        [Theory]
        [InlineData(typeof(NotesDocument))]
        [InlineData(typeof(Lca2015))]
        public void The_runtime_and_the_compiled_LCA_2015_dataset_are_marked_trimmable(System.Type type)
        {
            AssemblyMetadataAttribute[] trimmable = type.Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Where(a => a.Key == "IsTrimmable").ToArray();
            Assert.Equal("True", Assert.Single(trimmable).Value);
        }
    }
}
