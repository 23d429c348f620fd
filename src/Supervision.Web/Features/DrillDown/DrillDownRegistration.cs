using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Domain.Inspections;

namespace Supervision.Web.Features.DrillDown;

public static class DrillDownRegistration
{
    public static WebApplicationBuilder AddDrillDowns(this WebApplicationBuilder builder)
    {
        // The product's default frequencies; whoever makes them configurable registers theirs first and this steps aside.
        builder.Services.TryAddSingleton(new InspectionFrequency());
        builder.Services.AddScoped<FigureQueries>();
        builder.Services.AddScoped<AgencyQueries>();
        builder.Services.AddScoped<StreetQueries>();
        builder.Services.AddScoped<EnterpriseQueries>();
        builder.Services.AddScoped<InspectionQueries>();
        builder.Services.AddScoped<CaseQueries>();
        builder.Services.AddScoped<RevisionQueries>();
        builder.Services.AddScoped<RecordPageQueries>();
        builder.Services.AddScoped<OfficerQueries>();
        return builder;
    }
}
