namespace Supervision.Tests;

/// <summary>Finds the repository's folders from the test binaries, wherever the tests run.</summary>
public static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string DataSeed => Path.Combine(Root, "data-seed");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Supervision.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Supervision.sln not found above " + AppContext.BaseDirectory);
    }
}
