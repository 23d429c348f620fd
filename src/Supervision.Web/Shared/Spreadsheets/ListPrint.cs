using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Supervision.Web.Shared.Spreadsheets;

/// <summary>
/// How every exported sheet prints: A4, landscape when the columns are wider than a portrait page, all columns on one
/// page wide (as many pages high as needed), the header row repeated on every page, the report's title at the top and
/// "第 N 页 共 M 页" at the foot. The print-titles name is written absolute ('按单位'!$3:$3): a relative one is ignored
/// by LibreOffice and Excel alike.
/// </summary>
public static class ListPrint
{
    /// <summary>Characters of width (at 11 pt) that fit across A4 portrait within the margins.</summary>
    public const double PortraitWidth = 95;

    public const string Footer = "&C第 &P 页 共 &N 页";

    /// <summary>The header line: the title in bold, centred. An ampersand in it is doubled (a header code otherwise).</summary>
    public static string Header(string heading) => "&C&\"等线,Bold\"&12" + heading.Replace("&", "&&", StringComparison.Ordinal);

    /// <summary>pageMargins, pageSetup and headerFooter, in the order the schema wants them after the sheet's data.</summary>
    public static void WritePageSetup(OpenXmlWriter writer, string heading, bool wide)
    {
        writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.7, Bottom = 0.7, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = wide ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        writer.WriteElement(new HeaderFooter(new OddHeader(Header(heading)), new OddFooter(Footer)));
    }

    /// <summary>The workbook's defined names for its one sheet: the filter's range and the header row as print title.</summary>
    public static string DefinedNames(string sheetName, string filterRange)
    {
        var sheet = System.Security.SecurityElement.Escape(Quoted(sheetName));
        return $"""<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">{sheet}!{filterRange}</definedName>""" +
            $"""<definedName name="_xlnm.Print_Titles" localSheetId="0">{sheet}!$1:$1</definedName></definedNames>""";
    }

    /// <summary>A sheet's name as a reference writes it: in quotes, with a quote in it doubled.</summary>
    public static string Quoted(string sheetName) => "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";
}
