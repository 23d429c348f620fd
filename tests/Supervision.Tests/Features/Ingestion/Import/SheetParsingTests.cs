using System.Text;
using ClosedXML.Excel;
using Supervision.Domain.Validation;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Ingestion.Import;

namespace Supervision.Tests.Features.Ingestion.Import;

/// <summary>Reading uploaded files into the API's records, without a database: cells, encodings, whole-file problems.</summary>
public class SheetParsingTests
{
    private static readonly ImportTemplate Inspections = ImportTemplates.Inspections;

    private static string[] Headers => [.. Inspections.Columns.Select(c => c.Header)];

    /// <summary>A workbook with the inspection headers and the given rows (cells by header; values typed as given).</summary>
    public static MemoryStream Workbook(params Dictionary<string, object>[] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("检查记录");
        for (var c = 0; c < Headers.Length; c++) sheet.Cell(1, c + 1).SetValue(Headers[c]);
        for (var r = 0; r < rows.Length; r++)
            foreach (var (header, value) in rows[r])
            {
                var cell = sheet.Cell(r + 2, Array.IndexOf(Headers, header) + 1);
                switch (value)
                {
                    case DateTime t: cell.SetValue(t); break;
                    case double d: cell.SetValue(d); break;
                    default: cell.SetValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static Dictionary<string, object> GoodRow(string id = "JC-1") => new()
    {
        ["记录编号"] = id,
        ["名称"] = "济南测试餐饮有限公司",
        ["统一社会信用代码"] = ImportTemplates.ExampleCreditCode,
        ["检查类型"] = "双随机",
        ["开始时间"] = "2026-11-20 09:30",
        ["结束时间"] = "2026-11-20 10:30",
        ["经度"] = 117.0208,
        ["纬度"] = "36.6683",
        ["执法证号"] = "370100010001、370100010002;370100010003",
        ["检查结果"] = "责令整改",
    };

    private static (IReadOnlyList<ImportRow> Rows, List<RecordIn> Records) Parse(Stream file, string name = "检查.xlsx")
    {
        var reading = SheetReader.Read(file, name, Inspections);
        Assert.Null(reading.Error);
        return (reading.Rows, reading.Rows.Select(Inspections.Build).ToList());
    }

    [Fact]
    public void Chinese_terms_Shanghai_times_and_several_officers_become_the_api_record()
    {
        var (rows, records) = Parse(Workbook(GoodRow()));
        var record = Assert.IsType<InspectionIn>(Assert.Single(records));
        Assert.Empty(rows[0].Problems);
        Assert.Equal(2, rows[0].RowNumber);
        Assert.Equal("JC-1", record.Id);
        Assert.Equal("DoubleRandom", record.Kind);
        Assert.Equal("RectificationOrdered", record.Result);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 1, 30, 0, TimeSpan.Zero), record.StartedAt);
        Assert.Equal(TimeSpan.FromHours(8), record.StartedAt!.Value.Offset);
        Assert.Equal(["370100010001", "370100010002", "370100010003"], record.Officers!);
        Assert.Equal(117.0208, record.Location!.Lon);
        Assert.Equal(36.6683, record.Location.Lat);
        Assert.Equal(ImportTemplates.ExampleCreditCode, record.Party!.CreditCode);
        Assert.Null(record.Evaluation);
    }

    [Fact]
    public void Excel_date_cells_are_read_as_Shanghai_wall_time_and_the_api_names_are_accepted_too()
    {
        var row = GoodRow();
        row["开始时间"] = new DateTime(2026, 11, 20, 9, 30, 0);
        row["报备时间"] = new DateTime(2026, 11, 19, 16, 0, 0).ToOADate();   // a date typed into a cell without a date format
        row["检查类型"] = "Joint";
        row["联合检查编号"] = "LH-7";
        row["执法证号"] = 370100010001.0;                                      // a certificate typed as a number
        var record = (InspectionIn)Parse(Workbook(row)).Records.Single();
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8)), record.StartedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 16, 0, 0, TimeSpan.FromHours(8)), record.PreFiledAt);
        Assert.Equal("Joint", record.Kind);
        Assert.Equal(["370100010001"], record.Officers!);
    }

    [Fact]
    public void A_bad_cell_rejects_its_own_row_with_the_column_named()
    {
        var bad = GoodRow("JC-2");
        bad["开始时间"] = "2026-13-01 09:00";
        bad["经度"] = "东经117";
        bad["检查类型"] = "突击检查";
        var (rows, _) = Parse(Workbook(GoodRow("JC-1"), bad, GoodRow("JC-3")));
        Assert.Empty(rows[0].Problems);
        Assert.Empty(rows[2].Problems);
        var problems = rows[1].Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("开始时间: “2026-13-01 09:00” 不是有效时间，应为 yyyy-MM-dd HH:mm。", problems);
        Assert.Contains("经度: “东经117” 不是有效数字。", problems);
        Assert.Contains(problems, p => p.StartsWith("检查类型: “突击检查” 不是可选值") && p.Contains("日常检查、双随机、投诉举报、联合检查"));
        Assert.Equal(3, rows[1].RowNumber);
    }

    [Fact]
    public void An_empty_required_cell_is_named_by_its_column()
    {
        var row = GoodRow();
        row.Remove("检查类型");
        row.Remove("执法证号");
        var (rows, _) = Parse(Workbook(row));
        Assert.Contains(new FieldError("检查类型", "必填，不能为空。"), rows[0].Problems);
        Assert.Contains(new FieldError("执法证号", "必填，不能为空。"), rows[0].Problems);
    }

    public static TheoryData<string> Encodings() => ["utf-8-bom", "utf-8", "gb18030"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Csv_is_read_in_utf8_with_or_without_bom_and_in_gb18030(string encoding)
    {
        var text = string.Join(",", Headers) + "\r\n" +
                   "JC-9,,\"济南测试餐饮有限公司,南店\"," + ImportTemplates.ExampleCreditCode + ",日常检查,,,2026-11-20 09:30,,,117.0208,36.6683," +
                   "\"泉城路 1 号\"\"东\"\"\",370100010001;370100010002,,,,\r\n" +
                   ",,,,,,,,,,,,,,,,,\r\n";
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
            "utf-8" => Encoding.UTF8.GetBytes(text),
            _ => CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text),
        };
        var (rows, records) = Parse(new MemoryStream(bytes), "检查.csv");
        var record = (InspectionIn)Assert.Single(records);
        Assert.Empty(rows[0].Problems);
        Assert.Equal("济南测试餐饮有限公司,南店", record.Party!.Name);
        Assert.Equal("泉城路 1 号\"东\"", record.Place);
        Assert.Equal("Routine", record.Kind);
        Assert.Equal(2, record.Officers!.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8)), record.StartedAt);
    }

    [Fact]
    public void A_file_that_is_not_the_template_is_refused_whole_with_a_reason()
    {
        Assert.Contains("缺少必填列：检查类型", Read(Csv("记录编号,开始时间,经度,纬度,执法证号\r\nX,2026-11-20 09:30,117,36,1")));
        Assert.Contains("模板中没有的列：备注", Read(Csv(string.Join(",", Headers) + ",备注\r\n")));
        Assert.Contains("没有数据行", Read(Csv(string.Join(",", Headers) + "\r\n")));
        Assert.Contains("不是有效的 Excel 工作簿", SheetReader.Read(new MemoryStream("not a zip"u8.ToArray()), "a.xlsx", Inspections).Error);
        Assert.Contains("只接受 .xlsx 或 .csv", SheetReader.Read(new MemoryStream([1, 2]), "a.xls", Inspections).Error);
        var tooMany = string.Join(",", Headers) + "\r\n" + string.Concat(Enumerable.Repeat("X\r\n", SheetReader.MaxRows + 1));
        Assert.Contains($"一次最多导入 {SheetReader.MaxRows} 行", Read(Csv(tooMany)));

        static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));
        static string Read(Stream s) => SheetReader.Read(s, "a.csv", Inspections).Error ?? "";
    }

    [Fact]
    public void Writer_problems_are_reported_by_the_template_column()
    {
        Assert.Equal("统一社会信用代码", Inspections.ColumnFor("party.creditCode"));
        Assert.Equal("执法证号", Inspections.ColumnFor("officers[1]"));
        Assert.Equal("经度、纬度", Inspections.ColumnFor("location"));
        Assert.Equal("评价分值", Inspections.ColumnFor("evaluation.score"));
        Assert.Equal("somethingElse", Inspections.ColumnFor("somethingElse"));
    }
}
