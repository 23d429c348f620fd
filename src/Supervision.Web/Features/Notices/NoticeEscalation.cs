using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Calendar;
using Supervision.Domain.Notices;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Notices;

/// <summary>
/// The work of the 层级督办 job: city-wide and acting for nobody, so it takes the unscoped factory (a job, on the
/// allow-list of <c>DataAccessTests</c>), unlike <see cref="NoticeService"/>, which acts for a person.
/// </summary>
public sealed class NoticeEscalation(
    IDbContextFactory<SupervisionDbContext> factory,
    AuditLog audit,
    NoticeFeed feed,
    IOptions<NoticeOptions> options,
    TimeProvider time,
    ILogger<NoticeEscalation> log)
{
    /// <summary>
    /// 层级督办 (the hourly job): every notice still owing a reply <see cref="NoticeOptions.EscalateAfterDays"/> days after
    /// its deadline day goes to the addressed agency's parent; a top-level agency's to the city bureau
    /// (<see cref="NoticeOptions.CityBureauCode"/>). Returns the notices escalated.
    /// </summary>
    public async Task<IReadOnlyList<int>> EscalateDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lastInTime = ChinaTime.DayOf(now).AddDays(-options.Value.EscalateAfterDays);
        await using var db = await factory.CreateDbContextAsync(ct);
        var due = await db.Notices
            .Where(n => (n.Status == NoticeStatus.Issued || n.Status == NoticeStatus.SentBack) && n.EscalatedAt == null && n.ReplyDeadline <= lastInTime)
            .OrderBy(n => n.Id).ToListAsync(ct);
        if (due.Count == 0) return [];
        var agencyIds = due.Select(n => n.AgencyId).Distinct().ToList();
        var parents = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.ParentId, ct);
        var bureau = await db.Agencies.AsNoTracking().Where(a => a.Code == options.Value.CityBureauCode).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        foreach (var n in due)
        {
            var to = parents.GetValueOrDefault(n.AgencyId) ?? bureau;
            n.Escalate(to == n.AgencyId ? null : to, now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A reply came in between: the next run sees the notices as they are now.
            log.LogInformation("Escalation met a concurrent change; the next run retries");
            return [];
        }
        // Saved: the audit entries follow even if the instance is stopping now. A run restarted on another instance finds
        // these notices escalated already (EscalatedAt set) and would not write them.
        foreach (var n in due)
        {
            await audit.WriteAsync(AuditActions.NoticeEscalated, $"notice:{n.Id}",
                $"number={n.Number}; to={n.EscalatedToAgencyId?.ToString(CultureInfo.InvariantCulture) ?? "-"}; deadline={n.ReplyDeadline:yyyy-MM-dd}",
                userName: "系统", ct: CancellationToken.None);
            feed.Publish(new NoticeNews(n.Id, n.AgencyId, n.EscalatedToAgencyId, n.Status, "escalated"));
        }
        return [.. due.Select(n => n.Id)];
    }
}
