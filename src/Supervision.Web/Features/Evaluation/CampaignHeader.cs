using Supervision.Domain.Evaluation;

namespace Supervision.Web.Features.Evaluation;

public sealed record CampaignHeader(int Id, string Name, int Year, int? SamplePerAgency, int? SamplePercent, int Seed, CampaignStatus Status,
    DateTime CreatedAt, string CreatedBy, DateTime? ClosedAt, string? ClosedBy);
