namespace Supervision.Web.Features.DrillDown;

/// <summary>One changed field, named and valued in the reader's language ("—" where a value was not given).</summary>
public sealed record FieldChangeView(string Field, string Old, string New);
