namespace Supervision.Web.Features.Notices;

/// <summary>An escalated notice still owing its reply, for the wall.</summary>
public sealed record WallEscalationRow(int Id, string Number, string AgencyName, string? EscalatedToName, int DaysOverdue);
