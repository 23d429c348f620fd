namespace Supervision.Web.Features.Calendar;

/// <summary>A holiday as entered or imported, before validation.</summary>
public sealed record HolidayDraft(string Name, DateOnly From, DateOnly To);
