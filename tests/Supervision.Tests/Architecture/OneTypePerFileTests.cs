using System.Text.RegularExpressions;

namespace Supervision.Tests.Architecture;

/// <summary>
/// One type per file, named after it (a partial type may spread over Name.Part.cs files): the next engineer finds a type
/// by its name. Checked on the app, the domain and the tools; EF Core's generated migrations are exempt.
/// </summary>
public partial class OneTypePerFileTests
{
    [Fact]
    public void Every_file_declares_one_type_named_after_it()
    {
        var files = new[] { "src", "tools" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(TestPaths.Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !Path.GetRelativePath(TestPaths.Root, f).Split(Path.DirectorySeparatorChar).Any(p => p is "obj" or "bin" or "Migrations"))
            .ToList();
        Assert.True(files.Count > 200, $"only {files.Count} C# files found under {TestPaths.Root}");
        var wrong = (
            from f in files
            let names = TopLevelType().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value).Distinct().ToList()
            let stem = Path.GetFileName(f).Split('.')[0]
            where names.Count > 1 || (names.Count == 1 && names[0] != stem)
            select $"{Path.GetRelativePath(TestPaths.Root, f)} ({string.Join(", ", names)})").ToList();
        Assert.True(wrong.Count == 0, "Files that do not hold exactly the type they are named after: " + string.Join("; ", wrong));
    }

    [Fact]
    public void The_check_sees_a_second_type()
    {
        const string two = "namespace A;\n\npublic sealed record One(int X);\n\n/// <summary>x</summary>\ninternal enum Two { A }\n";
        Assert.Equal(["One", "Two"], TopLevelType().Matches(two).Select(m => m.Groups[1].Value));
    }

    /// <summary>A declaration at the start of a line: with file-scoped namespaces, only top-level types start there.</summary>
    [GeneratedRegex(@"^(?:public |internal |file )?(?:static |sealed |abstract |partial |readonly )*(?:class|record struct|record|enum|interface|struct) (\w+)",
        RegexOptions.Multiline)]
    private static partial Regex TopLevelType();
}
