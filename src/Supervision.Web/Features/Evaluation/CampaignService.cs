using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Cases;
using Supervision.Domain.Evaluation;
using Supervision.Domain.Validation;
using Supervision.Web.Components.Shared;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;

namespace Supervision.Web.Features.Evaluation;

/// <summary>
/// Every change to a campaign: open (draw the sample), assign evaluators, score a file, close. Each checks the
/// capability itself (hiding a button is no guard), and is audited (evaluation.*).
/// </summary>
public sealed class CampaignService(
    UserDb userDb,
    IAuthorizationService authorization,
    IOptions<EvaluationOptions> options,
    Checklist checklist,
    AuditLog audit,
    TimeProvider time)
{
    public const int MaxPerAgency = 1000;

    public async Task<Outcome<int?>> OpenAsync(OpenCampaignRequest request, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!await MaySuperviseAsync(user)) return Outcome<int?>.Refused("permission", UiText.Get("Evaluation.Error.MayNot"));
        var now = time.GetUtcNow().UtcDateTime;
        var problems = new List<FieldError>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0) problems.Add(new("name", UiText.Get("Evaluation.Error.NameRequired")));
        else if (name.Length > 100) problems.Add(new("name", UiText.Get("Evaluation.Error.NameTooLong")));
        var thisYear = Domain.Calendar.ChinaTime.Today(time).Year;
        if (request.Year < 2000 || request.Year > thisYear) problems.Add(new("year", UiText.Format("Evaluation.Error.Year", thisYear)));
        var agencyIds = request.AgencyIds.Distinct().ToList();
        if (agencyIds.Count == 0) problems.Add(new("agencies", UiText.Get("Evaluation.Error.NoAgencies")));
        SampleSize? size = null;
        if ((request.PerAgency is null) == (request.Percent is null)) problems.Add(new("size", UiText.Get("Evaluation.Error.SizeOneOf")));
        else if (request.PerAgency is { } n && n is < 1 or > MaxPerAgency) problems.Add(new("size", UiText.Format("Evaluation.Error.PerAgency", MaxPerAgency)));
        else if (request.Percent is { } p && p is < 1 or > 100) problems.Add(new("size", UiText.Get("Evaluation.Error.Percent")));
        else size = request.PerAgency is { } files ? SampleSize.Files(files) : SampleSize.OfCases(request.Percent!.Value);
        if (problems.Count > 0) return Outcome<int?>.Refused(problems);

        await using var db = await userDb.OpenAsync(user, ct);
        var known = await db.Agencies.Where(a => agencyIds.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        if (known.Count != agencyIds.Count) return Outcome<int?>.Refused("agencies", UiText.Get("Evaluation.Error.UnknownAgency"));

        var seed = request.Seed ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);
        var population = await PopulationAsync(db, request.Year, agencyIds, now, ct);
        var sample = Sampler.Draw(seed, population, size!);
        var campaign = new EvaluationCampaign
        {
            Name = name,
            Year = request.Year,
            SamplePerAgency = request.PerAgency,
            SamplePercent = request.Percent,
            Seed = seed,
            Status = CampaignStatus.Open,
            CreatedAt = now,
            CreatedBy = user.Identity?.Name ?? "?",
            Agencies = [.. agencyIds.Order().Select(a => new CampaignAgency { AgencyId = a, ClosedCases = population[a].Count })],
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.EvaluationCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        db.CampaignFiles.AddRange(sample.SelectMany(s => s.Value.Select(caseId =>
            new CampaignFile { CampaignId = campaign.Id, AgencyId = s.Key, CaseId = caseId, Status = FileStatus.Unassigned })));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var drawn = sample.Sum(s => s.Value.Count);
        await audit.WriteAsync(AuditActions.EvaluationOpened, $"evaluation:{campaign.Id}",
            $"name={name}; year={request.Year}; agencies={string.Join(",", agencyIds.Order())}; " +
            (request.PerAgency is { } k ? $"perAgency={k}" : $"percent={request.Percent}") + $"; seed={seed}; files={drawn}", actor: user, ct: ct);
        return Outcome<int?>.Done(campaign.Id);
    }

    /// <summary>
    /// Draws a campaign's sample again from its stored seed, over the closed cases the center had when the campaign was
    /// opened (closed and received by then): the same files as stored, unless records were back-dated since.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<int>>?> RedrawAsync(int campaignId, CancellationToken ct = default)
    {
        await using var db = await userDb.OpenAsync(ct);
        var campaign = await db.EvaluationCampaigns.AsNoTracking().Include(c => c.Agencies).SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return null;
        var population = await PopulationAsync(db, campaign.Year, [.. campaign.Agencies.Select(a => a.AgencyId)], campaign.CreatedAt, ct);
        return Sampler.Draw(campaign.Seed, population, campaign.Size);
    }

    /// <summary>The closed cases (stage Closed, closed in the Shanghai year) of each agency that the center knew of at <paramref name="asOf"/>.</summary>
    private static async Task<Dictionary<int, IReadOnlyCollection<int>>> PopulationAsync(SupervisionDbContext db, int year, IReadOnlyList<int> agencyIds, DateTime asOf,
        CancellationToken ct)
    {
        var (from, to) = CampaignReport.YearRange(year);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => agencyIds.Contains(c.AgencyId) && c.Stage == CaseStage.Closed && c.ClosedAt >= from && c.ClosedAt < to
                && c.ClosedAt <= asOf && c.ReceivedAt <= asOf)
            .Select(c => new { c.AgencyId, c.Id }).ToListAsync(ct);
        var byAgency = rows.GroupBy(r => r.AgencyId).ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToList());
        return agencyIds.ToDictionary(a => a, a => (IReadOnlyCollection<int>)(byAgency.TryGetValue(a, out var ids) ? ids : []));
    }

    /// <summary>
    /// Gives files to evaluators: one evaluator takes them all, several take turns (round-robin in the files' order:
    /// agency, then case number). No files named means every unassigned file. Scored files keep their evaluator.
    /// </summary>
    public async Task<Outcome<int?>> AssignAsync(int campaignId, IReadOnlyCollection<int> fileIds, IReadOnlyList<string> evaluators, ClaimsPrincipal user,
        CancellationToken ct = default)
    {
        if (!await MaySuperviseAsync(user)) return Outcome<int?>.Refused("permission", UiText.Get("Evaluation.Error.MayNot"));
        var chosen = evaluators.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct().ToList();
        if (chosen.Count == 0) return Outcome<int?>.Refused("evaluators", UiText.Get("Evaluation.Error.NoEvaluators"));
        await using var db = await userDb.OpenAsync(user, ct);
        var campaign = await db.EvaluationCampaigns.SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return Outcome<int?>.Refused("campaign", UiText.Get("Evaluation.Error.NotFound"));
        if (campaign.Status != CampaignStatus.Open) return Outcome<int?>.Refused("campaign", UiText.Get("Evaluation.Error.Closed"));
        var allowed = (await EvaluatorQuery.ListAsync(db, ct)).Select(e => e.UserName).ToHashSet();
        var unknown = chosen.Where(e => !allowed.Contains(e)).ToList();
        if (unknown.Count > 0) return Outcome<int?>.Refused("evaluators", UiText.Format("Evaluation.Error.NotEvaluator", string.Join("、", unknown)));

        var query = db.CampaignFiles.Where(f => f.CampaignId == campaignId);
        query = fileIds.Count > 0 ? query.Where(f => fileIds.Contains(f.Id)) : query.Where(f => f.Status == FileStatus.Unassigned);
        var files = await (from f in query
                           join c in db.Cases on f.CaseId equals c.Id
                           join a in db.Agencies on f.AgencyId equals a.Id
                           orderby a.Level, a.Code, c.Number
                           select f).ToListAsync(ct);
        if (fileIds.Count > 0 && files.Count != fileIds.Distinct().Count()) return Outcome<int?>.Refused("files", UiText.Get("Evaluation.Error.FileNotFound"));
        if (files.Any(f => f.Status == FileStatus.Scored)) return Outcome<int?>.Refused("files", UiText.Get("Evaluation.Error.AlreadyScored"));
        if (files.Count == 0) return Outcome<int?>.Refused("files", UiText.Get("Evaluation.Error.NothingToAssign"));
        for (var i = 0; i < files.Count; i++)
        {
            files[i].Evaluator = chosen[i % chosen.Count];
            files[i].Status = FileStatus.Assigned;
        }
        await db.SaveChangesAsync(ct);
        var detail = string.Join("; ", files.GroupBy(f => f.Evaluator).Select(g => $"{g.Key}={string.Join(",", g.Select(f => f.Id))}"));
        await audit.WriteAsync(AuditActions.EvaluationAssigned, $"evaluation:{campaignId}", detail, actor: user, ct: ct);
        return Outcome<int?>.Done(campaignId);
    }

    /// <summary>
    /// Scores a file: only its assigned evaluator or an admin, only while the campaign is open. The deductions replace
    /// any earlier ones; the grade is the one the thresholds in force give.
    /// </summary>
    public async Task<Outcome<int?>> ScoreAsync(int fileId, IReadOnlyList<DeductionEntry> deductions, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!await MaySuperviseAsync(user)) return Outcome<int?>.Refused("permission", UiText.Get("Evaluation.Error.MayNot"));
        var score = Scoring.Score(checklist, deductions);
        await using var db = await userDb.OpenAsync(user, ct);
        var file = await db.CampaignFiles.Include(f => f.Deductions).SingleOrDefaultAsync(f => f.Id == fileId, ct);
        if (file is null) return Outcome<int?>.Refused("file", UiText.Get("Evaluation.Error.FileNotFound"));
        if (!MayScore(file, user)) return Outcome<int?>.Refused("permission", UiText.Get("Evaluation.Error.NotYourFile"));
        var status = await db.EvaluationCampaigns.Where(c => c.Id == file.CampaignId).Select(c => c.Status).SingleAsync(ct);
        if (status != CampaignStatus.Open) return Outcome<int?>.Refused("campaign", UiText.Get("Evaluation.Error.Closed"));
        if (deductions.Select((d, i) => (d, i)).FirstOrDefault(x => x.d.Reason is { Length: > 1000 }) is { d: not null } tooLong)
            return Outcome<int?>.Refused($"reason:{tooLong.i}", UiText.Get("Evaluation.Error.ReasonTooLong"));
        if (!score.IsValid)
            return Outcome<int?>.Refused([.. score.Problems.Select(p => new FieldError(p.Item is { } i ? $"{p.Field}:{i}" : p.Field,
                EvaluationTerms.Describe(p, deductions, checklist)))]);

        var grade = options.Value.Scale.Of(score.Score);
        var by = user.Identity?.Name ?? "?";
        file.Deductions.Clear();
        file.Deductions.AddRange(deductions.Select(d => new FileDeduction { ItemCode = d.ItemCode, Points = d.Points, Reason = d.Reason!.Trim() }));
        file.Score = score.Score;
        file.Grade = grade;
        file.Status = FileStatus.Scored;
        file.ScoredAt = time.GetUtcNow().UtcDateTime;
        file.ScoredBy = by;
        file.Evaluator ??= by;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(AuditActions.EvaluationScored, $"evaluation-file:{fileId}",
            $"campaign={file.CampaignId}; score={score.Score.ToString(CultureInfo.InvariantCulture)}; grade={grade}; deductions=" +
            string.Join(",", deductions.Select(d => $"{d.ItemCode}-{d.Points}")), actor: user, ct: ct);
        return Outcome<int?>.Done(fileId);
    }

    public async Task<Outcome<int?>> CloseAsync(int campaignId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!await MaySuperviseAsync(user)) return Outcome<int?>.Refused("permission", UiText.Get("Evaluation.Error.MayNot"));
        await using var db = await userDb.OpenAsync(user, ct);
        var campaign = await db.EvaluationCampaigns.SingleOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return Outcome<int?>.Refused("campaign", UiText.Get("Evaluation.Error.NotFound"));
        if (campaign.Status == CampaignStatus.Closed) return Outcome<int?>.Refused("campaign", UiText.Get("Evaluation.Error.Closed"));
        campaign.Status = CampaignStatus.Closed;
        campaign.ClosedAt = time.GetUtcNow().UtcDateTime;
        campaign.ClosedBy = user.Identity?.Name ?? "?";
        await db.SaveChangesAsync(ct);
        var unscored = await db.CampaignFiles.CountAsync(f => f.CampaignId == campaignId && f.Status != FileStatus.Scored, ct);
        await audit.WriteAsync(AuditActions.EvaluationClosed, $"evaluation:{campaignId}", $"unscored={unscored}", actor: user, ct: ct);
        return Outcome<int?>.Done(campaignId);
    }

    /// <summary>The file's assigned evaluator, or an admin (who may score any file, e.g. when an evaluator is away).</summary>
    public static bool MayScore(CampaignFile file, ClaimsPrincipal user) => MayScore(file.Evaluator, user);

    public static bool MayScore(string? evaluator, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.Supervisor) && evaluator is not null && evaluator == user.Identity?.Name);

    private async Task<bool> MaySuperviseAsync(ClaimsPrincipal user) => (await authorization.AuthorizeAsync(user, Policies.Supervise)).Succeeded;
}
