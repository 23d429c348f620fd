using System.IO.Compression;
using System.Security;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Supervision.Web.Shared.Spreadsheets;

namespace Supervision.Web.Features.Exports;

/// <summary>
/// A list workbook written row by row with <see cref="OpenXmlWriter"/>: nothing of the sheet is held in memory, so a
/// 100,000-row list costs what one row costs (ClosedXML builds the whole workbook first; docs/statistics.md has the
/// figures). Strings are inline (no shared-string table to keep), styles are a fixed small set: header, date-time,
/// date, number and money; the header row is frozen. The package is a plain zip written forwards: the SDK's own
/// package (System.IO.Packaging) opens it for update, which keeps every part in memory until the file is closed, and
/// refuses a write-only one.
/// </summary>
public static class StreamedList
{
    private const uint HeaderStyle = 1, TimeStyle = 2, DayStyle = 3, NumberStyle = 4, MoneyStyle = 5, TextStyle = 6, WrapStyle = 7;

    /// <summary>How many rows are read before the columns are sized: enough to see the usual lengths, few enough to hold.</summary>
    public const int SampleRows = 1000;

    /// <param name="heading">Printed at the top of every page (the list and its period); the sheet's name when null.</param>
    public static async Task<int> WriteAsync(Stream output, string sheetName, IReadOnlyList<ListColumn> columns, IAsyncEnumerable<object?[]> rows,
        Action<int>? rowsWritten = null, CancellationToken ct = default, string? heading = null)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WritePart(zip, "[Content_Types].xml", ContentTypes);
        WritePart(zip, "_rels/.rels", RootRelationships);
        WritePart(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
        WritePart(zip, "xl/styles.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + Styles().OuterXml);

        // The first rows are read before the sheet is begun, so that the columns fit what they hold (a case number is
        // never cut); the rest stream as before.
        await using var source = rows.GetAsyncEnumerator(ct);
        var sample = new List<object?[]>();
        var more = true;
        while (sample.Count < SampleRows && (more = await source.MoveNextAsync())) sample.Add(source.Current);
        var widths = ListWidths.Of(columns, sample);
        var textStyles = columns.Select((c, i) => ListWidths.Wraps(c, widths[i]) ? WrapStyle : TextStyle).ToArray();

        var count = 0;
        var rowIndex = 1u;
        var letters = Enumerable.Range(1, columns.Count).Select(ColumnLetters).ToArray();
        await using (var sheetStream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
        using (var writer = OpenXmlWriter.Create(sheetStream, System.Text.Encoding.UTF8))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteStartElement(new SheetViews());
            writer.WriteStartElement(new SheetView { WorkbookViewId = 0, TabSelected = true });
            writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            writer.WriteElement(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement(new Columns());
            for (var i = 0; i < columns.Count; i++)
                writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());

            // Cells carry their references (A2…): every reader accepts them, not every reader infers them.
            writer.WriteStartElement(new Row { RowIndex = 1 });
            for (var i = 0; i < columns.Count; i++) WriteText(writer, letters[i] + "1", columns[i].Header, HeaderStyle);
            writer.WriteEndElement();

            void Write(object?[] values)
            {
                var suffix = (++rowIndex).ToString(System.Globalization.CultureInfo.InvariantCulture);
                writer.WriteStartElement(RowTag, [new OpenXmlAttribute("r", "", suffix)]);
                for (var i = 0; i < columns.Count; i++)
                    if (values[i] is not null) WriteCell(writer, letters[i] + suffix, columns[i].Kind, values[i]!, textStyles[i]);
                writer.WriteEndElement();
                if (++count % 1000 == 0) rowsWritten?.Invoke(count);
            }
            foreach (var values in sample) Write(values);
            while (more && await source.MoveNextAsync()) Write(source.Current);
            writer.WriteEndElement(); // sheetData
            writer.WriteElement(new AutoFilter { Reference = $"A1:{letters[^1]}{rowIndex}" });
            ListPrint.WritePageSetup(writer, heading ?? sheetName, wide: widths.Sum() > ListPrint.PortraitWidth);
            writer.WriteEndElement(); // worksheet
        }
        WritePart(zip, "xl/workbook.xml",
            """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
            """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""" +
            $"""<sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets>""" +
            ListPrint.DefinedNames(sheetName, $"$A$1:${letters[^1]}${rowIndex}") + "</workbook>");
        rowsWritten?.Invoke(count);
        return count;
    }

    private static void WritePart(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(xml);
        stream.Write(bytes);
    }

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""" +
        """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>""" +
        """<Default Extension="xml" ContentType="application/xml"/>""" +
        """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""" +
        """<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""" +
        """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string RootRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>""" +
        """</Relationships>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""" +
        """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>""" +
        """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""" +
        """</Relationships>""";

    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26) letters = (char)('A' + (column - 1) % 26) + letters;
        return letters;
    }

    private static void WriteCell(OpenXmlWriter writer, string reference, ListCell kind, object value, uint textStyle)
    {
        switch (value)
        {
            case DateTime t:
                var local = kind == ListCell.Time ? Domain.Calendar.ChinaTime.ToLocal(t) : t;
                WriteNumber(writer, reference, local.ToOADate(), kind == ListCell.Day ? DayStyle : TimeStyle);
                return;
            case DateOnly d:
                WriteNumber(writer, reference, d.ToDateTime(TimeOnly.MinValue).ToOADate(), DayStyle);
                return;
            case int or long or double or decimal:
                WriteNumber(writer, reference, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), kind == ListCell.Money ? MoneyStyle : NumberStyle);
                return;
            default:
                WriteText(writer, reference, value.ToString() ?? "", textStyle);
                return;
        }
    }

    // Cells are written as start/end tags with their attributes, not as element objects: building a Cell, its value and
    // its inline string for each of a million cells and serialising them costs several times the writing itself.
    private static readonly Row RowTag = new();
    private static readonly Cell CellTag = new();
    private static readonly CellValue ValueTag = new();
    private static readonly InlineString InlineTag = new();
    private static readonly Text TextTag = new();
    private static readonly string[] StyleValues = Enumerable.Range(0, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static void WriteNumber(OpenXmlWriter writer, string reference, double value, uint style)
    {
        writer.WriteStartElement(CellTag, [new OpenXmlAttribute("r", "", reference), new OpenXmlAttribute("s", "", StyleValues[style])]);
        writer.WriteStartElement(ValueTag);
        writer.WriteString(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteText(OpenXmlWriter writer, string reference, string text, uint style)
    {
        writer.WriteStartElement(CellTag, [new OpenXmlAttribute("r", "", reference),
            new OpenXmlAttribute("s", "", StyleValues[style]), new OpenXmlAttribute("t", "", "inlineStr")]);
        writer.WriteStartElement(InlineTag);
        writer.WriteStartElement(TextTag);
        writer.WriteString(SheetText.Safe(text));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 166, FormatCode = "\"¥\"#,##0" }) { Count = 3 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 166, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            // Text stays text: case numbers and codes are not numbers to Excel.
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            // Long text wraps (the row grows when LibreOffice or Excel lays it out).
            new CellFormat(new Alignment { WrapText = true })
                { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true }) { Count = 8 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
