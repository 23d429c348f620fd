using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Evaluation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Evaluation;

/// <summary>
/// Everything known of one campaign as one reader may see it (a liaison: its own agency's rows only, through the
/// context's scope). The page and the workbook are both made from this, so they always agree.
/// </summary>
public sealed record CampaignReport(
    CampaignHeader Campaign,
    IReadOnlyList<FileRow> Files,
    IReadOnlyList<DeductionRow> Deductions,
    IReadOnlyList<AgencySummary> Agencies,
    IReadOnlyList<CommonProblem> CommonProblems,
    Progress Progress)
{
    /// <summary>Null when there is no such campaign or, for a liaison, when its agency is not in it.</summary>
    public static async Task<CampaignReport?> LoadAsync(SupervisionDbContext db, int campaignId, Checklist checklist, CancellationToken ct)
    {
        var header = await db.EvaluationCampaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new CampaignHeader(c.Id, c.Name, c.Year, c.SamplePerAgency, c.SamplePercent, c.Seed, c.Status, c.CreatedAt, c.CreatedBy, c.ClosedAt, c.ClosedBy))
            .SingleOrDefaultAsync(ct);
        if (header is null) return null;
        var agencies = await (from ca in db.CampaignAgencies.AsNoTracking()
                              join a in db.Agencies.AsNoTracking() on ca.AgencyId equals a.Id
                              where ca.CampaignId == campaignId
                              orderby a.Level, a.Code
                              select new { a.Id, a.Code, a.Name, ca.ClosedCases }).ToListAsync(ct);
        if (db.ScopedAgencyId is not null && agencies.Count == 0) return null;

        var files = await (from f in db.CampaignFiles.AsNoTracking()
                           join c in db.Cases.AsNoTracking() on f.CaseId equals c.Id
                           join a in db.Agencies.AsNoTracking() on f.AgencyId equals a.Id
                           where f.CampaignId == campaignId
                           orderby a.Level, a.Code, c.Number
                           select new FileRow(f.Id, f.CaseId, c.Number, a.Id, a.Code, a.Name, c.ClosedAt, f.Evaluator, f.Status, f.Score, f.Grade,
                               f.ScoredAt, f.ScoredBy, f.Deductions.Count)).ToListAsync(ct);
        var byFile = files.ToDictionary(f => f.Id);
        var order = files.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var raw = await (from d in db.FileDeductions.AsNoTracking()
                         join f in db.CampaignFiles.AsNoTracking() on d.FileId equals f.Id
                         where f.CampaignId == campaignId
                         orderby d.FileId, d.Id
                         select new { d.Id, d.FileId, d.ItemCode, d.Points, d.Reason }).ToListAsync(ct);
        var deductions = raw.Where(d => byFile.ContainsKey(d.FileId)).Select(d =>
        {
            var file = byFile[d.FileId];
            return new DeductionRow(d.Id, d.FileId, file.CaseNumber, file.AgencyName, checklist.CategoryOf(d.ItemCode)?.Name ?? "",
                d.ItemCode, checklist.Item(d.ItemCode)?.Text ?? d.ItemCode, d.Points, d.Reason, file.ScoredBy, file.ScoredAt);
        }).OrderBy(d => order[d.FileId]).ThenBy(d => d.Id).ToList();

        var summaries = agencies.Select(a =>
        {
            var own = files.Where(f => f.AgencyId == a.Id).ToList();
            var scored = own.Where(f => f.Status == FileStatus.Scored && f.Score is not null).ToList();
            return new AgencySummary(a.Id, a.Code, a.Name, a.ClosedCases, own.Count, scored.Count,
                scored.Count == 0 ? null : scored.Average(f => f.Score!.Value),
                scored.Count(f => f.Grade == Grade.Excellent), scored.Count(f => f.Grade == Grade.Qualified), scored.Count(f => f.Grade == Grade.Unqualified));
        }).ToList();

        var progress = new Progress(files.Count, files.Count(f => f.Status == FileStatus.Assigned), files.Count(f => f.Status == FileStatus.Scored));
        return new CampaignReport(header, files, deductions, summaries, CommonProblemsOf(deductions, byFile), progress);
    }

    /// <summary>
    /// The campaign's common problems (《济南市提升行政执法质量实施方案》 第14项 通报共性问题): the checklist items most often deducted, by number
    /// of deductions, then files, then points, then item code (a stable order for equal counts).
    /// </summary>
    public static IReadOnlyList<CommonProblem> CommonProblemsOf(IReadOnlyList<DeductionRow> deductions, IReadOnlyDictionary<int, FileRow> files) =>
        deductions.GroupBy(d => d.ItemCode)
            .Select(g => new
            {
                g.First().Category,
                ItemCode = g.Key,
                g.First().ItemText,
                Count = g.Count(),
                Files = g.Select(d => d.FileId).Distinct().Count(),
                Agencies = g.Select(d => files[d.FileId].AgencyId).Distinct().Count(),
                Points = g.Sum(d => d.Points),
                TopReason = g.GroupBy(d => d.Reason.Trim()).OrderByDescending(r => r.Count()).ThenBy(r => r.Key, StringComparer.Ordinal).First().Key,
            })
            .OrderByDescending(x => x.Count).ThenByDescending(x => x.Files).ThenByDescending(x => x.Points).ThenBy(x => x.ItemCode, StringComparer.Ordinal)
            .Select((x, i) => new CommonProblem(i + 1, x.Category, x.ItemCode, x.ItemText, x.Count, x.Files, x.Agencies, x.Points, x.TopReason))
            .ToList();

    /// <summary>The Asia/Shanghai year as UTC instants [from, to).</summary>
    public static (DateTime From, DateTime To) YearRange(int year) =>
        (ChinaTime.StartOfDayUtc(new DateOnly(year, 1, 1)), ChinaTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1)));
}
