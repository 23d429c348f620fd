namespace Supervision.Tests.Architecture;

/// <summary>
/// Hand-written C# stays readable without scrolling: no line over <see cref="MaxLength"/> characters (.editorconfig's
/// max_line_length, which editors show but the compiler does not check). EF Core's migrations are generated and exempt.
/// </summary>
public class LineLengthTests
{
    private const int MaxLength = 180;

    [Fact]
    public void No_hand_written_line_is_longer_than_the_limit()
    {
        var files = new[] { "src", "tests", "tools" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(TestPaths.Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !IsExempt(Path.GetRelativePath(TestPaths.Root, f)))
            .ToList();
        Assert.True(files.Count > 300, $"only {files.Count} C# files found under {TestPaths.Root}");
        var longLines = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(TestPaths.Root, f), Line: i + 1, line.Length)))
            .Where(l => l.Length > MaxLength)
            .Select(l => $"{l.File}:{l.Line} ({l.Length})")
            .ToList();
        Assert.True(longLines.Count == 0, $"Lines longer than {MaxLength} characters: " + string.Join(", ", longLines));
    }

    private static bool IsExempt(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar);
        return parts.Contains("obj") || parts.Contains("bin") || parts.Contains("Migrations") || parts.Contains("node_modules");
    }
}
