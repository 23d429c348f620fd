using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Evaluation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Evaluation;

public sealed record FileRow(int Id, int CaseId, string CaseNumber, int AgencyId, string AgencyCode, string AgencyName, DateTime? ClosedAt,
    string? Evaluator, FileStatus Status, int? Score, Grade? Grade, DateTime? ScoredAt, string? ScoredBy, int DeductionCount);
