namespace Supervision.Web.Features.Calendar;

/// <summary>A make-up working day as entered or imported, before validation.</summary>
public sealed record MakeUpDraft(DateOnly Date, string? For);
