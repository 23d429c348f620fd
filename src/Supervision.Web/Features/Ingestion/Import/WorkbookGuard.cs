using System.IO.Compression;
using System.Xml;

namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>
/// Looks inside an uploaded .xlsx before ClosedXML loads it whole: an .xlsx is a zip, and a small one can expand to
/// gigabytes (a zip bomb) or hold a million rows. The parts are decompressed as a stream, counting what comes out, and
/// stopped at <see cref="MaxExpandedBytes"/>; the worksheets' rows are counted as they stream past and stopped at the
/// row limit. Memory stays at one buffer whatever the file claims.
/// </summary>
public static class WorkbookGuard
{
    /// <summary>All parts together, decompressed: far above a 20,000-row sheet (~30 MB of XML), far below harm.</summary>
    public const long MaxExpandedBytes = 150L * 1024 * 1024;
    private const int MaxEntries = 1_000;

    /// <summary>Why the workbook is refused (too big inside, too many rows), or null when ClosedXML may open it.</summary>
    public static string? Check(Stream content, int maxRows)
    {
        var start = content.Position;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries) return Bomb();
            long expanded = 0;
            foreach (var entry in zip.Entries)
            {
                // The sizes a zip declares can lie; what the decompression yields cannot.
                if (entry.Length > MaxExpandedBytes) return Bomb();
                using var counted = new CountingStream(entry.Open(), MaxExpandedBytes - expanded);
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    // As SheetReader reads: blank rows in between are skipped later, so twice the limit is the bound here.
                    if (CountRows(counted, maxRows * 2 + 2) > maxRows * 2 + 1) return TooManyRows(maxRows);
                }
                else counted.CopyTo(Stream.Null);
                expanded += counted.Passed;
            }
            return null;
        }
        catch (ExpandedTooFarException)
        {
            return Bomb();
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            // Not a zip or a damaged one: ClosedXML's own reading says so in the usual words.
            return null;
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>The worksheet's rows, counted while streaming; stops reading at <paramref name="stopAt"/>.</summary>
    private static int CountRows(Stream sheet, int stopAt)
    {
        using var reader = XmlReader.Create(sheet, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
        var rows = 0;
        while (reader.Read() && rows < stopAt)
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row") rows++;
        return rows;
    }

    private static string Bomb() => $"文件解压后超过 {MaxExpandedBytes / 1024 / 1024} MB,不像是正常的导入表格，未读取。";

    private static string TooManyRows(int maxRows) => $"一次最多导入 {maxRows} 行，请分成几个文件导入。";
}
