using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Rectifications;
using Supervision.Web.Data;

namespace Supervision.Web.Features.DrillDown;

internal static class RectificationQuery
{
    /// <summary>An enterprise or a case has a handful of orders: all of them, newest first, capped for safety.</summary>
    public static async Task<IReadOnlyList<RectificationRow>> RowsAsync(SupervisionDbContext db, Expression<Func<RectificationOrder, bool>> which,
        DateOnly today, CancellationToken ct)
    {
        var rows = await (
            from r in db.RectificationOrders.AsNoTracking().Where(which)
            join a in db.Agencies on r.AgencyId equals a.Id
            orderby r.IssuedAt descending
            select new { r.Id, r.AgencyId, AgencyName = a.Name, r.Requirement, r.IssuedAt, r.Deadline, r.ReviewedAt, r.ReviewResult, r.CaseId, r.InspectionId })
            .Take(200).ToListAsync(ct);
        return [.. rows.Select(r => new RectificationRow(
            r.Id, r.AgencyId, r.AgencyName, r.Requirement, r.IssuedAt, r.Deadline, r.ReviewedAt, r.ReviewResult, r.CaseId, r.InspectionId,
            r.ReviewedAt is null && r.Deadline < today ? today.DayNumber - r.Deadline.DayNumber : 0))];
    }
}
