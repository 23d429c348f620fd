namespace Supervision.Web.Features.Exports;

public enum ListCell
{
    /// <summary>Free text or a name: as wide as it needs up to <see cref="ListWidths.WrapAt"/>, wrapped beyond.</summary>
    Text,
    /// <summary>An identifier people read and search for whole (案号, 文号): never wrapped, always as wide as the longest.</summary>
    Code,
    Number,
    Money,
    /// <summary>A UTC instant, written as its Asia/Shanghai date and time.</summary>
    Time,
    Day,
}
