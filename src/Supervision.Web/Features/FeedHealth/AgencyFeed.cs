using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.FeedHealth;

public sealed record AgencyFeed(int AgencyId, string AgencyName, DateTime? LastReceivedAt, int Today, double UsualPerWorkingDay, bool Silent);
