using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

public sealed class FigureQueries(UserDb userDb, TimeProvider time)
{
    public Task<Figures> ForAgencyAsync(int agencyId, Period period, CancellationToken ct = default) => ReadAsync(agencyId, null, period, ct);

    public Task<Figures> ForStreetAsync(int streetId, Period period, CancellationToken ct = default) => ReadAsync(null, streetId, period, ct);

    private async Task<Figures> ReadAsync(int? agencyId, int? streetId, Period period, CancellationToken ct)
    {
        var today = ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);
        var (from, to) = (period.FromUtc, period.ToUtcExclusive);
        await using var db = await userDb.OpenAsync(ct);
        var inspections = db.Inspections.AsNoTracking().Where(i => i.StartedAt >= from && i.StartedAt < to);
        var filed = db.Cases.AsNoTracking().Where(c => c.FiledAt >= from && c.FiledAt < to);
        var decided = db.Cases.AsNoTracking().Where(c => c.DecidedAt >= from && c.DecidedAt < to);
        var open = db.RectificationOrders.AsNoTracking().Where(r => r.ReviewedAt == null);
        var complaints = db.Complaints.AsNoTracking();
        if (agencyId is { } a)
        {
            inspections = inspections.Where(i => i.AgencyId == a);
            filed = filed.Where(c => c.AgencyId == a);
            decided = decided.Where(c => c.AgencyId == a);
            open = open.Where(r => r.AgencyId == a);
            complaints = complaints.Where(c => c.AgencyId == a);
        }
        if (streetId is { } s)
        {
            inspections = inspections.Where(i => i.StreetId == s);
            filed = filed.Where(c => c.StreetId == s);
            decided = decided.Where(c => c.StreetId == s);
            open = open.Where(r => r.StreetId == s);
            complaints = complaints.Where(c => c.StreetId == s);
        }
        return new Figures(
            period,
            await inspections.CountAsync(ct),
            await filed.CountAsync(ct),
            await decided.SumAsync(c => c.Fine ?? 0, ct),
            await open.CountAsync(ct),
            await open.CountAsync(r => r.Deadline < today, ct),
            await complaints.CountAsync(c => c.ReceivedAt >= from && c.ReceivedAt < to, ct),
            await complaints.CountAsync(c => c.HandledAt == null, ct));
    }
}
