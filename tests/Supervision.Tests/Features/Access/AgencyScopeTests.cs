using System.Globalization;
using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Access;

public class AgencyScopeTests : IDisposable
{
    private readonly TempDatabase _db = new();

    [Fact]
    public async Task A_liaisons_context_sees_only_its_agencys_records_in_every_table()
    {
        await using var app = new SupervisionApp(_db.Path);
        app.CreateClient();
        var factory = app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        await using var all = await factory.CreateDbContextAsync();
        var agencyA = await all.Cases.GroupBy(c => c.AgencyId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        await using var scoped = (await factory.CreateDbContextAsync()).ScopeTo(agencyA);

        Assert.Equal(await all.Cases.CountAsync(c => c.AgencyId == agencyA), await scoped.Cases.CountAsync());
        Assert.True(await all.Cases.CountAsync() > await scoped.Cases.CountAsync());
        Assert.All(await scoped.Cases.Select(c => c.AgencyId).Distinct().ToListAsync(), id => Assert.Equal(agencyA, id));
        Assert.All(await scoped.Inspections.Select(c => c.AgencyId).Distinct().ToListAsync(), id => Assert.Equal(agencyA, id));
        Assert.All(await scoped.RectificationOrders.Select(c => c.AgencyId).Distinct().ToListAsync(), id => Assert.Equal(agencyA, id));
        Assert.All(await scoped.CompulsoryMeasures.Select(c => c.AgencyId).Distinct().ToListAsync(), id => Assert.Equal(agencyA, id));
        Assert.All(await scoped.Complaints.Select(c => c.AgencyId).Distinct().ToListAsync(), id => Assert.Equal(agencyA, id));
        Assert.All(await scoped.Officers.Select(c => c.AgencyId).Distinct().ToListAsync(), id => Assert.Equal(agencyA, id));
        // Child rows follow their case: no stage or officer link of another agency's case leaks through.
        var ownCases = await all.Cases.Where(c => c.AgencyId == agencyA).Select(c => c.Id).ToListAsync();
        Assert.All(await scoped.CaseStages.Select(s => s.CaseId).Distinct().ToListAsync(), id => Assert.Contains(id, ownCases));
        Assert.All(await scoped.CaseOfficers.Select(s => s.CaseId).Distinct().ToListAsync(), id => Assert.Contains(id, ownCases));
        // Looking up another agency's case by id finds nothing.
        var otherCase = await all.Cases.Where(c => c.AgencyId != agencyA).Select(c => c.Id).FirstAsync();
        Assert.Null(await scoped.Cases.FirstOrDefaultAsync(c => c.Id == otherCase));
        // And it cannot be changed through the scoped context either: it is not there to change.
        Assert.Equal(0, await scoped.Cases.Where(c => c.Id == otherCase).ExecuteUpdateAsync(u => u.SetProperty(c => c.Place, "改写")));
        Assert.NotEqual("改写", (await all.Cases.AsNoTracking().SingleAsync(c => c.Id == otherCase)).Place);
    }

    [Theory]
    [InlineData(Roles.AgencyLiaison, "7", 7)]
    [InlineData(Roles.AgencyLiaison, null, -1)]   // a liaison bound to no agency sees nothing
    [InlineData(Roles.Operator, null, null)]
    [InlineData(Roles.Supervisor, "7", null)]     // an agency claim means nothing without the liaison role
    public void Scope_follows_the_role_and_the_agency_claim(string role, string? agency, int? expected)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "x"), new(ClaimTypes.Role, role) };
        if (agency is not null) claims.Add(new Claim(AccessClaims.Agency, agency));
        Assert.Equal(expected, UserDb.AgencyScopeOf(new ClaimsPrincipal(new ClaimsIdentity(claims, "test"))));
    }

    [Fact]
    public async Task The_liaisons_overview_counts_only_its_own_agency()
    {
        await using var app = new SupervisionApp(_db.Path);
        var liaison = await app.SignInAsync("liaison");
        var html = WebUtility.HtmlDecode(await liaison.GetStringAsync("/"));
        var operatorHtml = WebUtility.HtmlDecode(await (await app.SignInAsync("operator")).GetStringAsync("/"));

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        var agency = await db.Agencies.SingleAsync(a => a.Code == "370102-SCJG");
        var own = await db.Cases.CountAsync(c => c.AgencyId == agency.Id && c.Stage != Supervision.Domain.Cases.CaseStage.Closed);
        var total = await db.Cases.CountAsync(c => c.Stage != Supervision.Domain.Cases.CaseStage.Closed);
        Assert.True(own > 0 && own < total);
        Assert.Equal(own.ToString("N0", CultureInfo.GetCultureInfo("zh-CN")), Tile(html, "tile-open-cases"));
        Assert.Equal(total.ToString("N0", CultureInfo.GetCultureInfo("zh-CN")), Tile(operatorHtml, "tile-open-cases"));
    }

    /// <summary>The number shown in a count tile, by its label.</summary>
    private static string Tile(string html, string label)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"data-testid=\"{label}\"[^>]*>\\s*([0-9,]+)\\s*<");
        Assert.True(match.Success, $"tile {label} not found");
        return match.Groups[1].Value;
    }

    public void Dispose() => _db.Dispose();
}
