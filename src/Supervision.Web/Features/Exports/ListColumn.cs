namespace Supervision.Web.Features.Exports;

public sealed record ListColumn(string Header, ListCell Kind, double Width);
