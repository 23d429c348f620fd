using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Evaluation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Evaluation;

public sealed record CampaignHeader(int Id, string Name, int Year, int? SamplePerAgency, int? SamplePercent, int Seed, CampaignStatus Status,
    DateTime CreatedAt, string CreatedBy, DateTime? ClosedAt, string? ClosedBy);
