using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Activity;
using Supervision.Web.Features.Calendar;
using Supervision.Web.Features.DrillDown;
using Supervision.Web.Features.Evaluation;
using Supervision.Web.Features.Exports;
using Supervision.Web.Features.FeedHealth;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Ingestion.Import;
using Supervision.Web.Features.Jobs;
using Supervision.Web.Features.Language;
using Supervision.Web.Features.LiveStream;
using Supervision.Web.Features.Map;
using Supervision.Web.Features.Notices;
using Supervision.Web.Features.Overview;
using Supervision.Web.Features.ScaleOut;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Features.Simulator;
using Supervision.Web.Features.Statistics;
using Supervision.Web.Features.Wall;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared.Screens;

namespace Supervision.Web.Hosting;

/// <summary>
/// The app's table of contents: every feature's services (<see cref="Build"/>), then its start-up work and endpoints
/// (<see cref="ComposeAsync"/>). Program.cs runs it; the tools (benchmarks) start the same app through it.
/// </summary>
public static class SupervisionHost
{
    public static WebApplication Build(string[] args)
    {
        // Named after this assembly, not the entry one: the tools start the app in their own process, and the static
        // assets manifest, user secrets and Razor parts are found by this name.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(SupervisionHost).Assembly.GetName().Name });
        builder.AddWebShell();
        builder.AddHardening();
        builder.AddSupervisionData();
        builder.AddSeeding();
        builder.AddAccess();
        builder.AddLanguage();
        builder.AddJobs();
        builder.AddActivity();
        builder.AddLiveStream();
        builder.AddIngestion();
        builder.AddImport();
        builder.AddSimulator();
        builder.AddMap();
        builder.AddOverview();
        builder.AddScreenSnapshots();
        builder.AddWall();
        builder.AddFeedHealth();
        builder.AddDrillDowns();
        builder.AddCalendar();
        builder.AddWarnings();
        builder.AddEvaluations();
        builder.AddNotices();
        builder.AddStatistics();
        builder.AddExports();
        builder.AddScaleOut();
        return builder.Build();
    }

    public static async Task ComposeAsync(WebApplication app)
    {
        await using (await app.TakeStartupTurnAsync())
        {
            await app.InitializeDatabaseAsync();
            await app.InitializeAccessAsync();
            await app.StartCalendarAsync();
        }
        await app.StartWarningsAsync();
        await app.StartExportsAsync();
        app.CheckMap();
        app.UseWebShell();
        app.MapAccess();
        app.MapLanguage();
        app.MapJobs();
        app.MapIngestion();
        app.MapImport();
        app.MapLiveStream();
        app.MapStreetMap();
        app.MapEvaluations();
        app.MapNotices();
        app.MapExports();
    }
}
