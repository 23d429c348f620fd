using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Evaluation;

/// <summary>Who may evaluate: the people holding the Supervisor or Admin role (evaluation is supervision, Policies.Supervise).</summary>
public static class EvaluatorQuery
{
    public static async Task<IReadOnlyList<EvaluatorOption>> ListAsync(SupervisionDbContext db, CancellationToken ct)
    {
        string[] roles = [Roles.Supervisor, Roles.Admin];
        return await (from u in db.Users.AsNoTracking()
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join r in db.Roles on ur.RoleId equals r.Id
                      where roles.Contains(r.Name!) && !u.IsDevice
                      select new EvaluatorOption(u.UserName!, u.DisplayName)).Distinct().ToListAsync(ct)
            is var list ? [.. list.OrderBy(e => e.UserName, StringComparer.Ordinal)] : [];
    }
}
