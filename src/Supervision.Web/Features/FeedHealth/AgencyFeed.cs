namespace Supervision.Web.Features.FeedHealth;

public sealed record AgencyFeed(int AgencyId, string AgencyName, DateTime? LastReceivedAt, int Today, double UsualPerWorkingDay, bool Silent);
