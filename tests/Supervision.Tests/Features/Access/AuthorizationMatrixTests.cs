using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Access;

/// <summary>The app with a signed-in client per demo account, shared by the matrix tests.</summary>
public sealed class SignedInApp : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;
    public Dictionary<string, HttpClient> Clients { get; } = [];

    public async Task InitializeAsync()
    {
        App = new SupervisionApp(_db.Path);
        Clients["anonymous"] = App.Anonymous();
        foreach (var account in AccountSetup.DemoAccounts) Clients[account.Role] = await App.SignInAsync(account.UserName);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }
}

/// <summary>
/// Every route the app serves, for anonymous and each role, against the policy it must carry. The routes are read
/// from the app itself: a page or endpoint added without an entry here fails the first test.
/// </summary>
public class AuthorizationMatrixTests(SignedInApp fixture) : IClassFixture<SignedInApp>
{
    private const string Anyone = "(anonymous)";
    private const string SignedIn = "(signed in)";
    private const string Framework = "(framework)";
    private const string AgencyKey = "(agency API key)";

    /// <summary>Route pattern → the policy that guards it (Anyone: open; SignedIn: the fallback policy).</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["/"] = Policies.ViewDashboard,
        ["/map"] = Policies.ViewDashboard,
        ["/map/streets.geojson"] = Policies.ViewCityMap,
        ["/map/districts.geojson"] = Policies.ViewCityMap,
        ["/wall"] = Policies.ViewWallScreen,
        ["/admin/users"] = Policies.Administer,
        ["/admin/devices"] = Policies.Administer,
        ["/admin/audit"] = Policies.Administer,
        ["/admin/api-keys"] = Policies.Administer,
        ["/admin/calendar"] = Policies.Administer,
        ["/account/password"] = Policies.ManageOwnAccount,
        ["/account/login"] = Anyone,
        ["/account/logout"] = SignedIn,
        ["/account/language"] = Policies.ManageOwnAccount,
        ["/status/{Code:int}"] = Anyone,
        ["/not-found"] = Anyone,
        ["/Error"] = Anyone,
        ["/health"] = Anyone,
        ["/jobs/{**path}"] = Policies.Administer,
        ["/api/v1/inspections"] = AgencyKey,
        ["/api/v1/batch"] = AgencyKey,
        ["/api/v1/cases"] = AgencyKey,
        ["/api/v1/rectifications"] = AgencyKey,
        ["/api/v1/complaints"] = AgencyKey,
        ["/api/v1/measures"] = AgencyKey,
        ["/api/v1/credit-grades"] = AgencyKey,
        ["/agencies"] = Policies.ViewDashboard,
        ["/agencies/{Code}"] = Policies.ViewDashboard,
        ["/streets/{Code}"] = Policies.ViewDashboard,
        ["/enterprises"] = Policies.ViewDashboard,
        ["/enterprises/{Id:int}"] = Policies.ViewDashboard,
        ["/cases"] = Policies.ViewDashboard,
        ["/cases/{Id:int}"] = Policies.ViewDashboard,
        ["/officers/{Id:int}"] = Policies.ViewDashboard,
        ["/inspections/{Id:int}"] = Policies.ViewDashboard,
        ["/rectifications/{Id:int}"] = Policies.ViewDashboard,
        ["/measures/{Id:int}"] = Policies.ViewDashboard,
        ["/complaints/{Id:int}"] = Policies.ViewDashboard,
        ["/warnings"] = Policies.ViewDashboard,
        ["/warnings/{Id:int}"] = Policies.ViewDashboard,
        ["/warnings/settings"] = Policies.Administer,
        ["/evaluations"] = Policies.Supervise,
        ["/evaluations/{Id:int}"] = Policies.Supervise,
        ["/evaluations/{Id:int}/files/{FileId:int}"] = Policies.Supervise,
        ["/evaluations/{id:int}/workbook"] = Policies.Analyse,
        ["/notices"] = Policies.ReadNotices,
        ["/notices/new"] = Policies.Supervise,
        ["/notices/{Id:int}"] = Policies.ReadNotices,
        ["/notices/{Id:int}/print"] = Policies.ReadNotices,
        ["/notices/{id:int}/attachments/{attachmentId:int}"] = Policies.ReadNotices,
        ["/statistics"] = Policies.Analyse,
        ["/exports"] = Policies.Analyse,
        ["/exports/archive"] = Policies.Analyse,
        ["/exports/{Id:int}/file"] = Policies.Analyse,
        ["/import"] = Policies.ActForAgency,
        ["/import/template/{kind}.xlsx"] = Policies.ActForAgency,
        ["/import/template/{kind}.csv"] = Policies.ActForAgency,
        ["/import/report.xlsx"] = Policies.ActForAgency,
        ["/hubs/activity"] = Policies.ViewDashboard,
        ["/hubs/activity/negotiate"] = Policies.ViewDashboard,
        ["/openapi/{documentName}.json"] = Policies.ReadApiDocs,
        ["/api/reference/{documentName?}"] = Policies.ReadApiDocs,
        // Scalar's own script and icon: library files like MudBlazor's, no data; the page and the document need sign-in.
        ["/api/reference/scalar.js"] = Anyone,
        ["/api/reference/scalar.aspnetcore.js"] = Anyone,
        ["/api/reference/favicon.svg"] = Anyone,
        ["/_blazor"] = SignedIn,
        ["/_blazor/negotiate"] = SignedIn,
        ["/_blazor/disconnect"] = SignedIn,
        ["/_blazor/initializers"] = SignedIn,
        // Blazor's own: the redirect helper of server-rendered forms, and the catch-all for missing files.
        ["/_framework/opaque-redirect"] = Framework,
        ["/{**path:file}"] = Framework,
    };

    private static readonly Dictionary<string, string> SampleValues = new()
    {
        ["/status/{Code:int}"] = "/status/404", ["/agencies/{Code}"] = "/agencies/370102-SCJG", ["/streets/{Code}"] = "/streets/370102001",
        ["/enterprises/{Id:int}"] = "/enterprises/1", ["/cases/{Id:int}"] = "/cases/1", ["/officers/{Id:int}"] = "/officers/1",
        ["/inspections/{Id:int}"] = "/inspections/1", ["/rectifications/{Id:int}"] = "/rectifications/1", ["/measures/{Id:int}"] = "/measures/1",
        ["/complaints/{Id:int}"] = "/complaints/1",
        ["/warnings/{Id:int}"] = "/warnings/1",
        ["/evaluations/{Id:int}"] = "/evaluations/1", ["/evaluations/{Id:int}/files/{FileId:int}"] = "/evaluations/1/files/1",
        ["/evaluations/{id:int}/workbook"] = "/evaluations/1/workbook",
        ["/notices/{Id:int}"] = "/notices/1", ["/notices/{Id:int}/print"] = "/notices/1/print",
        ["/notices/{id:int}/attachments/{attachmentId:int}"] = "/notices/1/attachments/1",
        ["/exports/{Id:int}/file"] = "/exports/1/file",
        ["/jobs/{**path}"] = "/jobs/recurring",
        ["/openapi/{documentName}.json"] = "/openapi/v1.json", ["/api/reference/{documentName?}"] = "/api/reference/v1",
        ["/import/template/{kind}.xlsx"] = "/import/template/inspections.xlsx", ["/import/template/{kind}.csv"] = "/import/template/inspections.csv",
    };

    /// <summary>Routes that answer 404 to a permitted user until there is something to give (one's last import report).</summary>
    private static readonly HashSet<string> NotFoundUntilMade =
        ["/import/report.xlsx", "/evaluations/{id:int}/workbook", "/notices/{id:int}/attachments/{attachmentId:int}", "/exports/{Id:int}/file"];

    private IEnumerable<RouteEndpoint> Endpoints => fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    /// <summary>Static files (styles, scripts, fonts) are public so the sign-in page can load them.</summary>
    private static bool IsStaticAsset(RouteEndpoint e) => e.Metadata.Any(m => m.GetType().Name.Contains("StaticAsset"));

    [Fact]
    public void Every_route_has_an_expected_policy()
    {
        var routes = Endpoints.Where(e => !IsStaticAsset(e)).Select(e => "/" + e.RoutePattern.RawText!.Trim('/')).Distinct().ToList();
        var unknown = routes.Where(r => !Expected.ContainsKey(r)).ToList();
        Assert.True(unknown.Count == 0, "Routes without an entry in the authorization matrix: " + string.Join(", ", unknown));
        var gone = Expected.Keys.Where(k => !routes.Contains(k)).ToList();
        Assert.True(gone.Count == 0, "Matrix entries for routes that no longer exist: " + string.Join(", ", gone));
    }

    public static TheoryData<string> Roles_and_anonymous() => ["anonymous", .. Roles.All];

    [Theory]
    [MemberData(nameof(Roles_and_anonymous))]
    public async Task Pages_answer_each_role_as_their_policy_says(string who)
    {
        var client = fixture.Clients[who];
        var failures = new List<string>();
        foreach (var (route, policy) in Expected.Where(e => e.Value is not (Framework or AgencyKey)
            && !e.Key.StartsWith("/_blazor") && !e.Key.StartsWith("/hubs") && e.Key is not ("/account/logout" or "/account/language")))
        {
            var path = SampleValues.GetValueOrDefault(route, route);
            var response = await client.GetAsync(path);
            var expected = Answer(policy, who);
            if (expected == "200" && NotFoundUntilMade.Contains(route)) expected = "404";
            // A wall-screen device opening the overview is sent on to its wall.
            if (route == "/" && who == Roles.WallScreen) expected = response.Headers.Location?.OriginalString.EndsWith("/wall") == true
                ? "302" : "redirect to /wall";
            var actual = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains(AccessRegistration.LoginPath) == true
                ? "login" : ((int)response.StatusCode).ToString();
            if (actual != expected) failures.Add($"{path}: expected {expected}, got {actual} {(actual == "500" ? await response.Content.ReadAsStringAsync() : "")}");
        }
        Assert.True(failures.Count == 0, $"{who}: " + string.Join("; ", failures));
    }

    [Theory]
    [MemberData(nameof(Roles_and_anonymous))]
    public async Task The_Blazor_hub_needs_sign_in(string who)
    {
        var response = await fixture.Clients[who].PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        if (who == "anonymous")
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("connectionToken", await response.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Roles_and_anonymous))]
    public async Task The_activity_hub_needs_a_dashboard_role_and_the_api_an_agency_key(string who)
    {
        var client = fixture.Clients[who];
        var negotiate = await client.PostAsync("/hubs/activity/negotiate?negotiateVersion=1", null);
        // The wall screen shows what its own circuit computes: no hub of activity data for it.
        Assert.Equal(who == "anonymous" ? HttpStatusCode.Unauthorized
            : Policies.RolesOf[Policies.ViewDashboard].Contains(who) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, negotiate.StatusCode);
        foreach (var route in Expected.Where(e => e.Value == AgencyKey).Select(e => e.Key))
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(route, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task Static_assets_are_public()
    {
        var anonymous = fixture.Clients["anonymous"];
        foreach (var path in new[] { "/app.css", "/account.css", "/_content/MudBlazor/MudBlazor.min.css", "/_framework/blazor.web.js" })
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
        Assert.True(Endpoints.Count(IsStaticAsset) > 3);
        // The catch-all for files shows nothing to anyone: a missing file is a 404 for the signed-in, a sign-in for the rest.
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Clients[Roles.Operator].GetAsync("/no-such-file.js")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/no-such-file.js")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_needs_the_antiforgery_token()
    {
        var anonymous = await fixture.Clients["anonymous"].PostAsync("/account/logout", null);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains(AccessRegistration.LoginPath, anonymous.Headers.Location!.OriginalString);
        // A forged cross-site post (no token) does not sign anyone out.
        var forged = await fixture.Clients[Roles.Analyst].PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Clients[Roles.Analyst].GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        var response = await fixture.Clients["anonymous"].GetAsync("/account/login");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        // The cookies a browser keeps are HttpOnly and SameSite.
        var signIn = await SupervisionApp.PostLoginAsync(fixture.App.Anonymous(), "analyst", AccountSetup.DemoPassword);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("supervision.auth="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Oversized_requests_are_refused_with_413()
    {
        var body = new ByteArrayContent(new byte[Supervision.Web.Hosting.Hardening.MaxRequestBytes + 1]);
        var response = await fixture.Clients[Roles.Admin].PostAsync("/account/logout", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static string Answer(string policy, string who) => policy switch
    {
        Anyone => "200",
        _ when who == "anonymous" => "login",
        SignedIn => "200",
        _ => Policies.RolesOf[policy].Contains(who) ? "200" : "403",
    };
}
