namespace Supervision.Web.Features.Exports;

public enum ListCell
{
    Text,
    Number,
    Money,
    /// <summary>A UTC instant, written as its Asia/Shanghai date and time.</summary>
    Time,
    Day,
}
