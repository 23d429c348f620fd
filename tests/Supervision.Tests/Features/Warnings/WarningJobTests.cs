using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Warnings;

public class WarningJobTests
{
    [Fact]
    public async Task Two_evaluations_of_one_rule_take_turns_and_other_rules_are_not_held_up()
    {
        using var file = new TempDatabase();
        await using var app = new SupervisionApp(file.Path, demo: false);
        app.CreateClient();
        var locks = app.Services.GetRequiredService<RuleLocks>();

        await using (await locks.AcquireAsync("repeat-violation", TimeSpan.FromSeconds(5), CancellationToken.None))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => locks.AcquireAsync("repeat-violation", TimeSpan.FromMilliseconds(200), CancellationToken.None));
            await using (await locks.AcquireAsync("street-hotspot", TimeSpan.FromMilliseconds(200), CancellationToken.None)) { }
        }
        // Released: the next one gets it at once.
        await using (await locks.AcquireAsync("repeat-violation", TimeSpan.FromMilliseconds(200), CancellationToken.None)) { }
    }

    [Fact]
    public async Task A_failing_sweep_is_retried_by_Hangfire()
    {
        using var file = new TempDatabase();
        await using var app = new SupervisionApp(file.Path, demo: false);
        app.CreateClient();
        var id = app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<WarningJobs>(j => j.SweepAsync("no-such-rule", CancellationToken.None));

        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        StateData? state = null;
        await Wait.UntilAsync(() => (state = connection.GetStateData(id))?.Name == ScheduledState.StateName || state?.Name == FailedState.StateName, TimeSpan.FromSeconds(30),
            "the failed sweep to be rescheduled or failed");
        // AutomaticRetry moves a failed attempt to Scheduled (the retry), not straight to Failed.
        Assert.Equal(ScheduledState.StateName, state?.Name);
        Assert.Equal("1", connection.GetJobParameter(id, "RetryCount"));
    }

    [Fact]
    public async Task The_recurring_sweep_uses_the_configured_cron_and_per_rule_crons_add_their_own()
    {
        using var file = new TempDatabase();
        await using var app = new SupervisionApp(file.Path, demo: false, settings: new Dictionary<string, string>
        {
            ["Warnings:SweepCron"] = "*/5 * * * *",
            ["Warnings:RuleCron:overdue-complaint"] = "* * * * *",
        });
        app.CreateClient();
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);
        Assert.Equal("*/5 * * * *", jobs[WarningJobs.SweepAllId].Cron);
        Assert.Equal("* * * * *", jobs[WarningJobs.RecurringId("overdue-complaint")].Cron);
        Assert.Equal("Asia/Shanghai", jobs[WarningJobs.SweepAllId].TimeZoneId);
        Assert.False(jobs.ContainsKey(WarningJobs.RecurringId("repeat-violation")));
    }
}
