using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Notices;

/// <summary>The wall's 层级督办 panel: city-wide for the wall device, which is no agency's.</summary>
public sealed class NoticeWallQuery(UserDb userDb, TimeProvider time)
{
    public async Task<IReadOnlyList<WallEscalationRow>> EscalationsAsync(int max, CancellationToken ct = default)
    {
        var today = ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);
        // City-wide: the wall is no agency's, and no liaison may open it (Policies.ViewWallScreen); so also when computed
        // once for every wall screen, with nobody signed in.
        await using var db = await userDb.OpenForScopeAsync(null, ct);
        var rows = await (from n in db.Notices.AsNoTracking()
                join a in db.Agencies on n.AgencyId equals a.Id
                join up in db.Agencies on n.EscalatedToAgencyId equals up.Id into ups
                from up in ups.DefaultIfEmpty()
                where n.EscalatedAt != null && (n.Status == NoticeStatus.Issued || n.Status == NoticeStatus.SentBack)
                orderby n.ReplyDeadline, n.Id
                select new { n.Id, n.Number, a.Name, UpName = up == null ? null : up.Name, n.ReplyDeadline })
            .Take(max).ToListAsync(ct);
        return [.. rows.Select(r => new WallEscalationRow(r.Id, r.Number ?? "", r.Name, r.UpName, Math.Max(0, today.DayNumber - r.ReplyDeadline.DayNumber)))];
    }
}
