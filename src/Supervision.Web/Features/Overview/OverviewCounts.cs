using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Overview;

public sealed record CountsSnapshot(
    DateTime AtUtc,
    int InspectionsToday,
    int CasesFiledToday,
    long FinesDecidedToday,
    int OpenCases,
    int OverdueRectifications,
    int OpenComplaints,
    int Agencies,
    int Officers,
    int Parties,
    int Inspections,
    int Cases);

/// <summary>The first page's figures: today's activity (Asia/Shanghai day) and the size of the record base, within the user's scope.</summary>
public sealed class OverviewCounts(UserDb userDb, TimeProvider time)
{
    public async Task<CountsSnapshot> ReadAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DayOf(now);
        var dayStart = ChinaTime.StartOfDayUtc(today);
        await using var db = await userDb.OpenAsync(ct);
        return new CountsSnapshot(
            now,
            await db.Inspections.CountAsync(i => i.StartedAt >= dayStart, ct),
            await db.Cases.CountAsync(c => c.FiledAt >= dayStart, ct),
            await db.Cases.Where(c => c.DecidedAt >= dayStart).SumAsync(c => c.Fine ?? 0, ct),
            await db.Cases.CountAsync(c => c.Stage != CaseStage.Closed, ct),
            await db.RectificationOrders.CountAsync(o => o.ReviewedAt == null && o.Deadline < today, ct),
            await db.Complaints.CountAsync(c => c.HandledAt == null, ct),
            await db.Agencies.CountAsync(ct),
            await db.Officers.CountAsync(ct),
            await db.Parties.CountAsync(ct),
            await db.Inspections.CountAsync(ct),
            await db.Cases.CountAsync(ct));
    }
}

public static class OverviewRegistration
{
    public static WebApplicationBuilder AddOverview(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OverviewCounts>();
        return builder;
    }
}
