using Supervision.Domain.Evaluation;

namespace Supervision.Web.Features.Evaluation;

public sealed record CampaignListRow(int Id, string Name, int Year, int? SamplePerAgency, int? SamplePercent, CampaignStatus Status, DateTime CreatedAt,
    string CreatedBy, int Agencies, int Files, int Scored);
