using System.Text;
using ClosedXML.Excel;

namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>Reads an uploaded .xlsx (first sheet) or .csv into rows; the first row holds the column headers.</summary>
public static class SheetReader
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 20_000;

    public static bool IsExcel(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
    public static bool IsCsv(string fileName) => fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Never throws for a bad file: a damaged workbook, a wrong header or too many rows come back as <see cref="SheetReading.Error"/>.</summary>
    public static SheetReading Read(Stream content, string fileName, ImportTemplate template)
    {
        if (content.CanSeek && content.Length > MaxBytes) return SheetReading.Fail($"文件超过 {MaxBytes / 1024 / 1024} MB,请分成几个文件导入。");
        List<(int Number, List<object?> Cells)> lines;
        try
        {
            if (IsExcel(fileName))
            {
                if (WorkbookGuard.Check(content, MaxRows) is { } refused) return SheetReading.Fail(refused);
                lines = ReadExcel(content);
            }
            else if (IsCsv(fileName)) lines = ReadCsv(content);
            else return SheetReading.Fail("只接受 .xlsx 或 .csv 文件(旧版 .xls 请在 Excel 中另存为 .xlsx)。");
        }
        catch (TooManyRowsException)
        {
            return TooMany();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // ClosedXML and the zip reader throw many kinds of exception for a damaged or disguised file.
            return SheetReading.Fail($"无法读取文件“{fileName}”：{(IsExcel(fileName) ? "不是有效的 Excel 工作簿" : "内容无法解析")}。");
        }
        if (lines.Count == 0) return SheetReading.Fail("文件是空的：第 1 行应为列名，第 2 行起每行一条记录。");

        var headers = lines[0].Cells.Select(c => Header(Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var known = template.Columns.Select(c => c.Header).ToHashSet();
        var unknown = headers.Where(h => h.Length > 0 && !known.Contains(h)).Distinct().ToList();
        if (unknown.Count > 0)
            return SheetReading.Fail($"第 1 行有模板中没有的列：{string.Join("、", unknown)}。" +
                $"请使用“{template.Title}”模板的列名(模板可在本页下载)。");
        var duplicated = headers.Where(h => h.Length > 0).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicated.Count > 0) return SheetReading.Fail($"第 1 行有重复的列：{string.Join("、", duplicated)}。");
        var missing = template.Columns.Where(c => c.Required && !headers.Contains(c.Header)).Select(c => c.Header).ToList();
        if (missing.Count > 0) return SheetReading.Fail($"缺少必填列：{string.Join("、", missing)}。请使用“{template.Title}”模板。");

        var rows = new List<ImportRow>();
        foreach (var (number, cells) in lines.Skip(1))
        {
            var values = new Dictionary<string, object?>();
            for (var i = 0; i < headers.Count && i < cells.Count; i++)
                if (headers[i].Length > 0) values[headers[i]] = cells[i];
            var row = new ImportRow(number, values);
            if (row.IsBlank) continue;
            if (rows.Count == MaxRows) return TooMany();
            rows.Add(row);
        }
        return rows.Count == 0 ? SheetReading.Fail("文件中没有数据行：第 1 行为列名，第 2 行起每行一条记录。") : new SheetReading(rows, null);
    }

    private static SheetReading TooMany() => SheetReading.Fail($"一次最多导入 {MaxRows} 行，请分成几个文件导入。");

    /// <summary>A header as typed: spaces and a required-marker asterisk do not matter.</summary>
    private static string Header(string? text) => (text ?? "").Trim().TrimEnd('*', '*').Trim();

    private static List<(int, List<object?>)> ReadExcel(Stream content)
    {
        using var workbook = new XLWorkbook(content);
        // The template's second sheet is the 说明; data is on the first sheet that is not it.
        var sheet = workbook.Worksheets.FirstOrDefault(w => w.Name != ImportWorkbooks.GuideSheet) ?? workbook.Worksheets.First();
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        // Generous bound before reading cell by cell: blank rows in between are skipped later, not counted.
        if (lastRow > MaxRows * 2 + 1) throw new TooManyRowsException();
        var lines = new List<(int, List<object?>)>(lastRow);
        for (var r = 1; r <= lastRow; r++)
        {
            var cells = new List<object?>(lastColumn);
            for (var c = 1; c <= lastColumn; c++) cells.Add(Value(sheet.Cell(r, c)));
            lines.Add((r, cells));
        }
        return lines;
    }

    private static object? Value(IXLCell cell)
    {
        if (cell.IsEmpty()) return null;
        var value = cell.HasFormula ? cell.CachedValue : cell.Value;
        return value switch
        {
            string or double or DateTime or bool => value,
            TimeSpan t => t.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture),
            IConvertible n when n.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal => Convert.ToDouble(n, System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static List<(int, List<object?>)> ReadCsv(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var text = Decode(buffer.ToArray());
        var lines = new List<(int, List<object?>)>();
        var line = 1;
        foreach (var record in CsvRecords(text))
        {
            if (lines.Count > MaxRows * 2 + 1) throw new TooManyRowsException();
            lines.Add((line++, record.Cast<object?>().ToList()));
        }
        return lines;
    }

    /// <summary>UTF-8 with or without a byte-order mark; otherwise GB18030, as Excel on Chinese Windows saves CSV.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble)) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetString(bytes);
        }
    }

    /// <summary>RFC 4180: commas, quoted fields with "" for a quote and line breaks inside quotes.</summary>
    public static IEnumerable<List<string>> CsvRecords(string text)
    {
        var field = new StringBuilder();
        var record = new List<string>();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r' or '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    yield return record;
                    record = [];
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }

    private sealed class TooManyRowsException : Exception;
}
