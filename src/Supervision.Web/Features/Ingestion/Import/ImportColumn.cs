namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>
/// One column of an import template. <paramref name="Path"/> is the API field it fills (e.g. <c>party.creditCode</c>):
/// the writer reports problems by that path, and the import reports them by this column's header.
/// </summary>
public sealed record ImportColumn(string Header, string Path, CellKind Kind, bool Required, string Meaning, IReadOnlyList<Term>? Terms = null)
{
    /// <summary>The format line of the 说明 sheet.</summary>
    public string Format => Kind switch
    {
        CellKind.Time => "yyyy-MM-dd HH:mm(北京时间),或 Excel 日期时间单元格",
        CellKind.Day => "yyyy-MM-dd,或 Excel 日期单元格",
        CellKind.Number => "数字(小数点用 .)",
        CellKind.Integer => "整数",
        CellKind.Term => "可选值:" + string.Join("、", PrimaryTerms.Select(t => t.Chinese))
            + "(也可填接口英文值:" + string.Join("、", PrimaryTerms.Select(t => t.Api)) + ")",
        CellKind.List => "一个或多个，以“、”或“;”分隔",
        CellKind.Flag => "是 / 否(留空为否)",
        _ => "文本",
    };

    /// <summary>One Chinese word per API value: the first listed; later ones are accepted aliases.</summary>
    public IEnumerable<Term> PrimaryTerms => (Terms ?? []).DistinctBy(t => t.Api);
}
