namespace Supervision.Web.Features.Evaluation;

public sealed record DeductionRow(int Id, int FileId, string CaseNumber, string AgencyName, string Category, string ItemCode, string ItemText,
    int Points, string Reason, string? ScoredBy, DateTime? ScoredAt);
