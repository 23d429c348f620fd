using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Supervision.Domain.Calendar;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;

namespace Supervision.Tests.Hosting;

/// <summary>
/// The app on a real database (a SQLite file, or in the PostgreSQL suite a database of its own named from that file's
/// path: <see cref="TestProvider"/>), over real HTTP through the test server, with real sign-in.
/// </summary>
public sealed partial class SupervisionApp(string databasePath, bool demo = true, string environment = "Testing", IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>
    /// Lets the app generate the demo city itself on a new database, as a real first start does, instead of being given a
    /// copy of the test run's <see cref="DemoTemplate"/> (for the tests of first start itself).
    /// </summary>
    public bool GeneratesDemoCity { get; init; }

    /// <summary>
    /// The app's clock instead of the system's. One on the template's Shanghai day (<see cref="TestClock.AwayFromMidnight()"/>)
    /// keeps the copied demo city: the city is made relative to that day, so it is the one the app would make.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>
    /// The copied template is the city the app would make: the default seed, the real clock, the reference files. Settings
    /// or services that could change that (a seed, a fake clock, …) make the app generate its own.
    /// </summary>
    private bool UsesDemoTemplate =>
        demo && !GeneratesDemoCity && services is null && environment != "Production"
        && (Clock is null || ChinaTime.DayOf(Clock.GetUtcNow().UtcDateTime) == ChinaTime.DayOf(DateTime.UtcNow))
        && (settings ?? new Dictionary<string, string>()).Keys.All(k => !k.StartsWith("Demo:") && !k.StartsWith("ReferenceData:") && !k.StartsWith("Database:")
            && !k.StartsWith("ConnectionStrings:"));

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (UsesDemoTemplate) DemoTemplate.CopyTo(databasePath);
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", TestProvider.Current.ToString());
        builder.UseSetting("ConnectionStrings:Supervision", TestProvider.ConnectionFor(databasePath));
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
        // Tests sweep when they mean to: a sweep at every start would only slow the many tests that do not look at warnings.
        builder.UseSetting("Warnings:SweepOnStart", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        // Revocation is checked on every request here instead of once a minute, so tests need not wait.
        builder.ConfigureServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
        if (Clock is { } clock) builder.ConfigureServices(s => s.AddSingleton(clock));
        if (services is not null) builder.ConfigureServices(services);
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the sign-in form, as a browser would: antiforgery token, form post, cookie.</summary>
    public async Task<HttpClient> SignInAsync(string userName, string password = AccountSetup.DemoPassword)
    {
        var client = Anonymous();
        var response = await PostLoginAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>The sign-in cookie itself ("supervision.auth=…"), for clients that are not HttpClients (SignalR).</summary>
    public async Task<string> SignInCookieAsync(string userName, string password = AccountSetup.DemoPassword)
    {
        var response = await PostLoginAsync(Anonymous(), userName, password);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("supervision.auth=")).Split(';')[0];
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, bool remember = false)
    {
        var token = AntiforgeryToken(await client.GetStringAsync("/account/login"));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        };
        if (remember) fields["Input.RememberMe"] = "true";
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
    }

    public async Task<IReadOnlyList<(string Table, int Rows)>> CountsAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await TableCounts.CountAsync(db);
    }

    public async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The antiforgery token a server-rendered form or the layout's sign-out form carries.</summary>
    public static string AntiforgeryToken(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>A temporary folder for one test's database, removed afterwards (with its PostgreSQL twin in that suite).</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("supervision-test-").FullName;

    public string Path => System.IO.Path.Combine(_dir, "supervision.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestProvider.Drop(Path);
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
