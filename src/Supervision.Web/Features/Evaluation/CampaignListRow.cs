using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Cases;
using Supervision.Domain.Evaluation;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Web.Features.Evaluation;

public sealed record CampaignListRow(int Id, string Name, int Year, int? SamplePerAgency, int? SamplePercent, CampaignStatus Status, DateTime CreatedAt,
    string CreatedBy, int Agencies, int Files, int Scored);
