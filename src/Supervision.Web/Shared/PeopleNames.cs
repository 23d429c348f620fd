using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Shared;

/// <summary>
/// People as colleagues name them: the display name (张三) for a login name (zhangsan) kept in a record's "by" field.
/// A login name with no account (since deleted, or the system) stays as written.
/// </summary>
public static class PeopleNames
{
    public static async Task<Dictionary<string, string>> DisplayNamesAsync(SupervisionDbContext db, IEnumerable<string?> userNames, CancellationToken ct)
    {
        var wanted = userNames.Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).Distinct().ToList();
        if (wanted.Count == 0) return [];
        var found = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct);
        return found.Where(f => !string.IsNullOrWhiteSpace(f.DisplayName)).ToDictionary(f => f.UserName!, f => f.DisplayName);
    }

    public static string Of(IReadOnlyDictionary<string, string> names, string? userName) =>
        userName is null ? "—" : names.GetValueOrDefault(userName) ?? userName;
}
