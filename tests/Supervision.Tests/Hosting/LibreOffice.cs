using System.Diagnostics;

namespace Supervision.Tests.Hosting;

/// <summary>
/// Files checked the way their readers see them: converted by LibreOffice headless to PDF, and the PDF's text read page
/// by page with poppler's pdftotext (-layout keeps a row on one line). One conversion call for several files, each run
/// with a profile of its own (two suites converting at once must not share one).
/// </summary>
public static class LibreOffice
{
    public static string? Soffice { get; } = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);

    public static bool Available => Soffice is not null && File.Exists("/usr/bin/pdftotext");

    /// <summary>Per file, the text of each page of its PDF; with <paramref name="keepIn"/>, the files and PDFs are copied there to look at.</summary>
    public static async Task<Dictionary<string, string[]>> PagesAsync(string? keepIn, params (string Name, byte[] Content)[] files)
    {
        var dir = Directory.CreateTempSubdirectory("supervision-lo-").FullName;
        try
        {
            foreach (var (name, content) in files) await File.WriteAllBytesAsync(Path.Combine(dir, name), content);
            var profile = new Uri(Path.Combine(dir, "profile")).AbsoluteUri;
            var args = new List<string> { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir };
            args.AddRange(files.Select(f => Path.Combine(dir, f.Name)));
            await RunAsync(Soffice!, args, TimeSpan.FromMinutes(4));
            var pages = new Dictionary<string, string[]>();
            foreach (var (name, _) in files)
            {
                var pdf = Path.Combine(dir, Path.ChangeExtension(name, ".pdf"));
                Assert.True(File.Exists(pdf), $"LibreOffice made no PDF of {name}");
                var text = await RunAsync("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], TimeSpan.FromMinutes(1));
                pages[name] = text.Split('\f').Where(p => p.Trim().Length > 0).ToArray();
                if (keepIn is not null)
                {
                    File.Copy(pdf, Path.Combine(keepIn, Path.GetFileName(pdf)), overwrite: true);
                    File.Copy(Path.Combine(dir, name), Path.Combine(keepIn, name), overwrite: true);
                }
            }
            return pages;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<string> RunAsync(string file, IEnumerable<string> args, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(cts.Token);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(file)} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
