using Microsoft.EntityFrameworkCore;

namespace Supervision.Web.Features.Access;

/// <summary>Reads the audit log for the admin page: newest first, filtered, one page at a time.</summary>
public sealed class AuditQuery(UserDb userDb)
{
    public async Task<(IReadOnlyList<AuditRow> Rows, int Total)> PageAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName)) q = q.Where(e => e.UserName.Contains(filter.UserName.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Action)) q = q.Where(e => e.Action == filter.Action);
        if (filter.From is { } from) { var start = Domain.Calendar.ChinaTime.StartOfDayUtc(from); q = q.Where(e => e.At >= start); }
        if (filter.To is { } to) { var end = Domain.Calendar.ChinaTime.StartOfDayUtc(to.AddDays(1)); q = q.Where(e => e.At < end); }
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(e => e.Id).Skip(page * pageSize).Take(pageSize)
            .Select(e => new AuditRow(e.Id, e.At, e.UserName, e.Action, e.Target, e.Detail, e.RemoteAddress)).ToListAsync(ct);
        return (rows, total);
    }
}
