using System.Diagnostics;

namespace Supervision.Tests.Hosting;

/// <summary>
/// A small file system of its own (a size-limited tmpfs), to fill up for the disk-full tests. Mounting needs root (or
/// CAP_SYS_ADMIN); where the machine refuses, the tests that need one are skipped and say why.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    public string Folder { get; }

    private SmallDisk(string folder) => Folder = folder;

    /// <summary>Why no small disk can be made here, or null when one can (tried once per test run).</summary>
    public static string? Unavailable => Probe.Value;

    private static readonly Lazy<string?> Probe = new(() =>
    {
        try
        {
            using var disk = Mount(1);
            return null;
        }
        catch (InvalidOperationException e)
        {
            return $"SKIPPED: the disk-full tests need to mount a small tmpfs, which this machine refuses ({e.Message}); run them as root.";
        }
    });

    public static SmallDisk Mount(int megabytes)
    {
        var folder = Directory.CreateTempSubdirectory("supervision-small-disk-").FullName;
        Run("mount", $"-t tmpfs -o size={megabytes}m tmpfs {folder}");
        return new SmallDisk(folder);
    }

    /// <summary>Writes a filler file until the disk has no room left.</summary>
    public void Fill()
    {
        using var filler = new FileStream(Path.Combine(Folder, "filler.bin"), FileMode.Create);
        var block = new byte[64 * 1024];
        try
        {
            while (true) filler.Write(block);
        }
        catch (IOException)
        {
            // Full: what the test wanted.
        }
    }

    public void Dispose()
    {
        try { Run("umount", $"-l {Folder}"); } catch (InvalidOperationException) { }
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static void Run(string command, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{command} {arguments}: {error.Trim()}");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{command}: {e.Message}");
        }
    }
}

/// <summary>A test that needs a <see cref="SmallDisk"/>: skipped, saying why, where none can be mounted.</summary>
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (SmallDisk.Unavailable is { } why) Skip = why;
    }
}
