using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.FeedHealth;

public static class FeedHealthRegistration
{
    public static WebApplicationBuilder AddFeedHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FeedHealthQuery>();
        return builder;
    }
}
