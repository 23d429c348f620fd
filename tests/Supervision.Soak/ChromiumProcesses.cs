using System.Globalization;

namespace Supervision.Soak;

/// <summary>
/// Memory of one process, from /proc (Linux only), in bytes: resident set (VmRSS, counts shared libraries and pages
/// shared with the zygote in full), proportional set (Pss, shared pages divided among their sharers — including other
/// browsers on the machine) and private (Private_Clean + Private_Dirty: what Chromium's task manager calls its
/// memory footprint, shared pages not counted at all).
/// </summary>
public sealed record ProcessMemory(int Pid, string Type, long RssBytes, long PssBytes, long PrivateBytes);

/// <summary>
/// The Chromium processes this soak started: the descendants of this process whose executable is Chromium (other
/// people's browsers on the same machine are not counted). Renderers carry <c>--type=renderer</c>.
/// </summary>
public static class ChromiumProcesses
{
    public static IReadOnlyList<ProcessMemory> Sample()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            var ppid = ParentOf(pid);
            if (ppid is { } p) parents[pid] = p;
        }
        var self = Environment.ProcessId;
        var result = new List<ProcessMemory>();
        foreach (var pid in parents.Keys)
        {
            if (!DescendsFrom(pid, self, parents)) continue;
            // Chromium rewrites its children's argv into one space-separated title, so split on both.
            var cmdline = Read($"/proc/{pid}/cmdline")?.Split(['\0', ' '], StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (cmdline.Length == 0 || !Path.GetFileName(cmdline[0]).StartsWith("chromium", StringComparison.Ordinal)) continue;
            var type = cmdline.FirstOrDefault(a => a.StartsWith("--type=", StringComparison.Ordinal))?["--type=".Length..] ?? "browser";
            if (type == "renderer" && cmdline.Contains("--top-chrome-webui")) type = "renderer-webui";
            var rss = KiloBytes(Read($"/proc/{pid}/status"), "VmRSS:");
            var rollup = Read($"/proc/{pid}/smaps_rollup");
            var pss = KiloBytes(rollup, "Pss:");
            var own = KiloBytes(rollup, "Private_Clean:") + KiloBytes(rollup, "Private_Dirty:");
            if (rss is null) continue;
            result.Add(new ProcessMemory(pid, type, rss.Value * 1024, (pss ?? 0) * 1024, (own ?? 0) * 1024));
        }
        return result;
    }

    private static bool DescendsFrom(int pid, int ancestor, Dictionary<int, int> parents)
    {
        for (var hops = 0; hops < 64 && parents.TryGetValue(pid, out var parent); hops++)
        {
            if (parent == ancestor) return true;
            pid = parent;
        }
        return false;
    }

    private static int? ParentOf(int pid)
    {
        // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so split after the last ')'.
        var stat = Read($"/proc/{pid}/stat");
        if (stat is null) return null;
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], out var ppid) ? ppid : null;
    }

    private static long? KiloBytes(string? text, string key)
    {
        var line = text?.Split('\n').FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        if (line is null) return null;
        var number = line[key.Length..].Trim().Split(' ')[0];
        return long.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb : null;
    }

    private static string? Read(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
