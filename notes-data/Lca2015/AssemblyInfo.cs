// The project's only C# source besides the generated dataset. The SDK writes the assembly's TargetFrameworkAttribute
// only for a project with a Compile item, and generated sources come too late to count: without a file here, the
// dataset's assemblies would not say which framework they were built for.
