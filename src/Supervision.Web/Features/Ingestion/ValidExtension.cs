namespace Supervision.Web.Features.Ingestion;

/// <summary>An extension as checked: approved by someone, on a day within the case, to a day after the statutory period.</summary>
internal sealed record ValidExtension(string Approver, DateOnly Until, DateOnly ApprovedOn);
