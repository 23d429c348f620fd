using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Warnings;
using Supervision.Tests.Features.Seeding;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Warnings;

namespace Supervision.Tests.Features.Warnings;

/// <summary>Warnings as state across sweeps, days and restarts, on a real database (each test its own demo city).</summary>
public class WarningStateTests
{
    [Fact]
    public async Task Over_days_a_reviewed_order_resolves_an_overdue_one_escalates_and_a_dismissed_one_waits_until_it_is_worse()
    {
        var demo = new DemoWarningsApp();
        await demo.InitializeAsync();
        try
        {
            const string rule = OverdueRectificationRule.RuleCode;
            int reviewed, dismissed, watched;
            await using (var db = await demo.Db())
            {
                // Blue: 1–7 days past the deadline. Two that stay blue for one more day, and one more.
                var blue = await db.Warnings.Where(w => w.RuleCode == rule && w.Level == WarningLevel.Blue && w.Severity <= 5)
                    .OrderBy(w => w.Id).Take(3).ToListAsync();
                Assert.Equal(3, blue.Count);
                (reviewed, dismissed, watched) = (blue[0].Id, blue[1].Id, blue[2].Id);
                db.WarningChanges.Add(blue[1].Dismiss("supervisor", "企业已停业，无需复查", DemoCity.Anchor));
                var order = int.Parse(blue[0].SubjectKey.Split(':')[2]);
                await db.RectificationOrders.Where(o => o.Id == order)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.ReviewedAt, DemoCity.Anchor)
                        .SetProperty(o => o.ReviewResult, Supervision.Domain.Rectifications.ReviewResult.Rectified));
                await db.SaveChangesAsync();
            }

            demo.Time.Advance(TimeSpan.FromDays(1));
            await demo.Engine.SweepAsync(rule);
            await using (var db = await demo.Db())
            {
                var r = await db.Warnings.AsNoTracking().SingleAsync(w => w.Id == reviewed);
                Assert.Equal(WarningStatus.Resolved, r.Status);
                Assert.Equal(demo.Time.GetUtcNow().UtcDateTime, r.ResolvedAt);
                Assert.Contains("未再发现", r.ResolvedReason);
                var d = await db.Warnings.AsNoTracking().SingleAsync(w => w.Id == dismissed);
                Assert.Equal((WarningStatus.Dismissed, WarningLevel.Blue), (d.Status, d.Level));
                Assert.Equal(WarningStatus.Open, (await db.Warnings.AsNoTracking().SingleAsync(w => w.Id == watched)).Status);
            }

            // A month on, both remaining orders are 30+ days overdue: red.
            demo.Time.Advance(TimeSpan.FromDays(30));
            var result = await demo.Engine.SweepAsync(rule);
            await using (var db = await demo.Db())
            {
                foreach (var id in new[] { dismissed, watched })
                {
                    var w = await db.Warnings.AsNoTracking().SingleAsync(x => x.Id == id);
                    Assert.Equal((WarningStatus.Open, WarningLevel.Red), (w.Status, w.Level));
                    Assert.Equal(WarningChangeKind.Escalated, (await db.WarningChanges.Where(c => c.WarningId == id).OrderBy(c => c.Id).LastAsync()).Kind);
                }
                Assert.Contains(result.News, n => n.WarningId == dismissed && n.IsAlarm);
                var key = (await db.Warnings.SingleAsync(x => x.Id == watched)).SubjectKey;
                Assert.Equal(1, await db.Warnings.CountAsync(w => w.SubjectKey == key));
            }
        }
        finally
        {
            await demo.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_restart_loses_no_warning_and_registers_the_recurring_sweep_again()
    {
        using var file = new TempDatabase();
        int before;
        await using (var first = new SupervisionApp(file.Path))
        {
            first.CreateClient();
            await first.Services.GetRequiredService<WarningEngine>().SweepAllAsync();
            await using var db = await first.Services.GetRequiredService<IDbContextFactory<Supervision.Web.Data.SupervisionDbContext>>().CreateDbContextAsync();
            before = await db.Warnings.CountAsync();
            Assert.True(before > 0);
        }
        await using var second = new SupervisionApp(file.Path);
        second.CreateClient();
        await using (var db = await second.Services.GetRequiredService<IDbContextFactory<Supervision.Web.Data.SupervisionDbContext>>().CreateDbContextAsync())
            Assert.Equal(before, await db.Warnings.CountAsync());
        using var connection = second.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(WarningJobs.SweepAllId, connection.GetRecurringJobs().Select(j => j.Id));
    }
}
