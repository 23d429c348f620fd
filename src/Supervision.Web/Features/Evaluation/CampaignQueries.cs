using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Evaluation;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Web.Features.Evaluation;

/// <summary>The campaign screens' reads, through <see cref="UserDb"/>.</summary>
public sealed class CampaignQueries(UserDb userDb, Checklist checklist)
{
    public async Task<IReadOnlyList<CampaignListRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        return await db.EvaluationCampaigns.AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Select(c => new CampaignListRow(c.Id, c.Name, c.Year, c.SamplePerAgency, c.SamplePercent, c.Status, c.CreatedAt, c.CreatedBy,
                c.Agencies.Count,
                db.CampaignFiles.Count(f => f.CampaignId == c.Id),
                db.CampaignFiles.Count(f => f.CampaignId == c.Id && f.Status == FileStatus.Scored)))
            .ToListAsync(ct);
    }

    public async Task<CampaignReport?> ReportAsync(int campaignId, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        return await CampaignReport.LoadAsync(db, campaignId, checklist, ct);
    }

    public async Task<FileDetail?> FileAsync(int campaignId, int fileId, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var report = await CampaignReport.LoadAsync(db, campaignId, checklist, ct);
        if (report?.Files.FirstOrDefault(f => f.Id == fileId) is not { } file) return null;
        var facts = await (from c in db.Cases.AsNoTracking()
                           join m in db.Matters.AsNoTracking() on c.MatterId equals m.Id
                           where c.Id == file.CaseId
                           select new { m.Name, c.FiledAt, c.DecidedAt, c.PenaltyKind, c.Fine, c.IsMajor }).SingleAsync(ct);
        var deductions = await db.FileDeductions.AsNoTracking().Where(d => d.FileId == fileId).OrderBy(d => d.Id)
            .Select(d => new DeductionEntry(d.ItemCode, d.Points, d.Reason)).ToListAsync(ct);
        return new FileDetail(file, report.Campaign, facts.Name, facts.FiledAt, facts.DecidedAt, facts.PenaltyKind, facts.Fine, facts.IsMajor, deductions);
    }

    public async Task<IReadOnlyList<EvaluatorOption>> EvaluatorsAsync(CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        return await EvaluatorQuery.ListAsync(db, ct);
    }

    public async Task<IReadOnlyList<Option>> AgenciesAsync(CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var q = db.ScopedAgencyId is { } own ? db.Agencies.AsNoTracking().Where(a => a.Id == own) : db.Agencies.AsNoTracking();
        return await q.OrderBy(a => a.Level).ThenBy(a => a.Code).Select(a => new Option(a.Id, a.Code, a.Name)).ToListAsync(ct);
    }
}
