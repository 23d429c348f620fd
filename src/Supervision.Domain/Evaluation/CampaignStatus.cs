namespace Supervision.Domain.Evaluation;

public enum CampaignStatus
{
    Open = 0,
    Closed = 1,
}
