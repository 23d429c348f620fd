using Hangfire;
using Supervision.Web.Features.Warnings.Webhooks;

namespace Supervision.Web.Features.Warnings;

public static class WarningsRegistration
{
    public static WebApplicationBuilder AddWarnings(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarningOptions>().BindConfiguration(WarningOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RuleCatalogue>();
        builder.Services.AddSingleton<WarningSettings>();
        builder.Services.AddSingleton<WarningFeed>();
        builder.Services.AddSingleton<RuleLocks>();
        builder.Services.AddSingleton<WarningStore>();
        builder.Services.AddSingleton<WarningEngine>();
        builder.Services.AddSingleton<EvaluationBacklog>();
        builder.Services.AddTransient<WarningJobs>();
        builder.Services.AddHostedService<RecordTouchQueue>();
        builder.Services.AddScoped<Workbench.WarningQueries>();
        builder.Services.AddScoped<Workbench.WarningActions>();
        builder.AddWarningWebhooks();
        return builder;
    }

    /// <summary>
    /// Loads the saved rule settings and (re-)registers the recurring sweeps: with the in-memory job storage nothing of
    /// Hangfire survives a restart, the warnings themselves live in the app's database.
    /// </summary>
    public static async Task StartWarningsAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<WarningSettings>();
        await settings.LoadAsync();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WarningOptions>>().Value;
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var china = Domain.Calendar.ChinaTime.Zone;
        // One sweep of all rules shares the facts several rules read (see WarningEngine.SweepAllAsync).
        recurring.AddOrUpdate<WarningJobs>(WarningJobs.SweepAllId, j => j.SweepAllAsync(CancellationToken.None), options.SweepCron,
            new RecurringJobOptions { TimeZone = china });
        foreach (var rule in settings.Rules.All)
        {
            var code = rule.Code;
            if (options.RuleCron.TryGetValue(code, out var cron))
                recurring.AddOrUpdate<WarningJobs>(WarningJobs.RecurringId(code), j => j.SweepAsync(code, CancellationToken.None), cron,
                    new RecurringJobOptions { TimeZone = china });
            else
                recurring.RemoveIfExists(WarningJobs.RecurringId(code));
        }
        var unknown = options.RuleCron.Keys.Where(k => settings.Rules.All.All(r => r.Code != k)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"Warnings:RuleCron names unknown rules: {string.Join(", ", unknown)}.");
        if (options.SweepOnStart) jobs.Enqueue<WarningJobs>(j => j.SweepAllAsync(CancellationToken.None));
        else await app.Services.GetRequiredService<EvaluationBacklog>().RequeueAsync();
        settings.Changed += () => jobs.Enqueue<WarningJobs>(j => j.SweepAllAsync(CancellationToken.None));
        // Deadlines counted through an edited calendar change, and a coverage warning may clear: sweep again.
        app.Services.GetRequiredService<Calendar.CurrentCalendar>().Changed += () => jobs.Enqueue<WarningJobs>(j => j.SweepAllAsync(CancellationToken.None));
    }
}
