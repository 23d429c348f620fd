namespace Supervision.Domain.Evaluation;

/// <summary>An agency in a campaign, with the number of closed cases it had when the sample was drawn (the population).</summary>
public sealed class CampaignAgency
{
    public int CampaignId { get; set; }
    public int AgencyId { get; set; }
    public int ClosedCases { get; set; }
}
