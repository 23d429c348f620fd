namespace Supervision.Web.Features.Evaluation;

/// <summary>What a supervisor asks for when opening a campaign: exactly one of files per agency and percentage; the seed only to repeat an earlier draw.</summary>
public sealed record OpenCampaignRequest(string? Name, int Year, IReadOnlyList<int> AgencyIds, int? PerAgency, int? Percent, int? Seed = null);
