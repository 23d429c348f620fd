using Supervision.Domain.Evaluation;

namespace Supervision.Web.Features.Evaluation;

public sealed record FileRow(int Id, int CaseId, string CaseNumber, int AgencyId, string AgencyCode, string AgencyName, DateTime? ClosedAt,
    string? Evaluator, FileStatus Status, int? Score, Grade? Grade, DateTime? ScoredAt, string? ScoredBy, int DeductionCount);
