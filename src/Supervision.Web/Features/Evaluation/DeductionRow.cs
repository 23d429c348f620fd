using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Evaluation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Evaluation;

public sealed record DeductionRow(int Id, int FileId, string CaseNumber, string AgencyName, string Category, string ItemCode, string ItemText,
    int Points, string Reason, string? ScoredBy, DateTime? ScoredAt);
