using System.Collections.Concurrent;
using System.Globalization;
using Supervision.Domain.Calendar;

namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>
/// The report of each user's last import, in memory. Not in the database or on disk on purpose: it is a working copy
/// for the person who just imported (the records themselves are stored), so it goes with a restart; importing the
/// same file again answers "未变化" for the rows already written and re-creates the report. One per user, dropped
/// after a day, so memory stays bounded by the number of liaisons.
/// </summary>
public sealed class ImportReports(TimeProvider time)
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);
    private readonly ConcurrentDictionary<string, StoredReport> _byUser = new();

    public StoredReport Save(string userId, ImportResult result)
    {
        var stamp = ChinaTime.ToLocal(result.AtUtc).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        var report = new StoredReport($"导入结果-{result.Title}-{stamp}.xlsx", ImportWorkbooks.Report(result), result.AtUtc);
        _byUser[userId] = report;
        var cutoff = time.GetUtcNow().UtcDateTime - Kept;
        foreach (var (user, old) in _byUser)
            if (old.AtUtc < cutoff) _byUser.TryRemove(user, out _);
        return report;
    }

    public StoredReport? Last(string userId) =>
        _byUser.TryGetValue(userId, out var report) && report.AtUtc >= time.GetUtcNow().UtcDateTime - Kept ? report : null;
}
