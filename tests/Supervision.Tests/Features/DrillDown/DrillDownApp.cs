using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Inspections;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Calendar;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Tests.Features.DrillDown;

/// <summary>The app on a real file with the demo city, shared by the drill-down tests, and its query services as a given user sees them.</summary>
public sealed class DrillDownApp : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;

    /// <summary>The app's and the queries' clock, frozen, so a test's "today" is theirs even across Shanghai midnight.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.AwayFromMidnight();

    public Task InitializeAsync()
    {
        App = new SupervisionApp(_db.Path) { Clock = Clock };
        App.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }

    public SupervisionDbContext Db() => App.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext();

    /// <summary>Query services for a city-wide user (agency null) or a liaison of the given agency.</summary>
    public Queries As(int? liaisonOf = null) => QueriesOf(App, Clock, liaisonOf);

    /// <summary>The drill-down's query services of any test host, for a city-wide user or a liaison.</summary>
    public static Queries QueriesOf(SupervisionApp app, TimeProvider time, int? liaisonOf = null)
    {
        List<Claim> claims = [new(ClaimTypes.Name, "test")];
        if (liaisonOf is { } agency)
        {
            claims.Add(new(ClaimTypes.Role, Roles.AgencyLiaison));
            claims.Add(new(AccessClaims.Agency, agency.ToString()));
        }
        else
        {
            claims.Add(new(ClaimTypes.Role, Roles.Operator));
        }
        var user = new CurrentUser(new FixedState(new ClaimsPrincipal(new ClaimsIdentity(claims, "test"))), new HttpContextAccessor());
        var userDb = new UserDb(app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>(), user);
        return new Queries(
            new CaseQueries(userDb, app.Services.GetRequiredService<CurrentCalendar>(), time),
            new InspectionQueries(userDb),
            new AgencyQueries(userDb),
            new EnterpriseQueries(userDb, app.Services.GetRequiredService<InspectionFrequency>(), time),
            new OfficerQueries(userDb, time),
            new StreetQueries(userDb),
            new FigureQueries(userDb, time));
    }

    public sealed record Queries(
        CaseQueries Cases, InspectionQueries Inspections, AgencyQueries Agencies, EnterpriseQueries Enterprises,
        OfficerQueries Officers, StreetQueries Streets, FigureQueries Figures);

    private sealed class FixedState(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
