using System.IO.Compression;
using System.Text;
using Supervision.Web.Features.Ingestion.Import;

namespace Supervision.Tests.Features.Ingestion.Import;

/// <summary>
/// A small .xlsx that expands to far more than a sheet, or holds too many rows, is refused while it is read, before
/// ClosedXML loads it whole (issue 19, item 7).
/// </summary>
public class WorkbookGuardTests
{
    /// <summary>An .xlsx-shaped zip with one worksheet part written by <paramref name="write"/> (nothing else: ClosedXML could not open it).</summary>
    private static MemoryStream Package(Action<StreamWriter> write)
    {
        var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), Encoding.UTF8);
            write(part);
        }
        file.Position = 0;
        return file;
    }

    [Fact]
    public void A_zip_bomb_is_refused_without_reading_it_into_memory()
    {
        var block = new string(' ', 1024 * 1024);
        using var bomb = Package(w =>
        {
            w.Write("<worksheet><sheetData>");
            for (var i = 0; i < 400; i++) w.Write(block); // 400 MB of spaces: a few hundred KB compressed
            w.Write("</sheetData></worksheet>");
        });
        Assert.True(bomb.Length < 4 * 1024 * 1024, $"the bomb is small: {bomb.Length} bytes");

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var reading = SheetReader.Read(bomb, "炸弹.xlsx", ImportTemplates.Inspections);
        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Contains("解压后超过 150 MB", reading.Error);
        Assert.True(used < 64L * 1024 * 1024, $"reading allocated {used / 1024 / 1024} MB");
    }

    [Theory]
    [InlineData(SheetReader.MaxRows * 2 + 1, false)] // the bound itself: left to ClosedXML (which finds this package unreadable)
    [InlineData(SheetReader.MaxRows * 2 + 2, true)]  // one over: refused while streaming
    public void Too_many_rows_are_refused_while_the_sheet_streams_past(int rows, bool refusedForRows)
    {
        using var file = Package(w =>
        {
            w.Write("<worksheet><sheetData>");
            for (var r = 1; r <= rows; r++) w.Write($"<row r=\"{r}\"/>");
            w.Write("</sheetData></worksheet>");
        });
        var reading = SheetReader.Read(file, "行数.xlsx", ImportTemplates.Inspections);
        Assert.Equal(refusedForRows, reading.Error!.Contains($"一次最多导入 {SheetReader.MaxRows} 行"));
    }

    [Fact]
    public void An_ordinary_workbook_passes_the_guard()
    {
        using var file = SheetParsingTests.Workbook();
        Assert.Null(WorkbookGuard.Check(file, SheetReader.MaxRows));
        Assert.Equal(0, file.Position);
    }
}
