using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Cases;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

public sealed partial class RecordWriter
{
    private static readonly Dictionary<CaseStage, string> StageNames = new()
    {
        [CaseStage.Filed] = "立案", [CaseStage.Evidence] = "调查取证", [CaseStage.LegalReview] = "法制审核", [CaseStage.Notified] = "告知",
        [CaseStage.Hearing] = "听证", [CaseStage.Decided] = "作出决定", [CaseStage.Served] = "送达", [CaseStage.Executed] = "执行", [CaseStage.Closed] = "结案",
    };

    private async Task<RecordOutcome> WriteCaseAsync(WriteSession session, KeyOwner owner, CaseIn r, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new List<FieldError>();
        var agency = ResolveAgency(owner, r, errors);
        RequireId(r.Id, errors);
        if (string.IsNullOrWhiteSpace(r.Number)) errors.Add(new("number", "缺少案件编号(处罚决定书文号或立案编号)。"));
        var matter = r.MatterCode is not null && reference.Matters.FirstOrDefault(m => m.Code == r.MatterCode) is { } m ? m : null;
        if (matter is null) errors.Add(new("matterCode", r.MatterCode is null ? "缺少执法事项代码。" : $"执法事项代码“{r.MatterCode}”不存在。"));
        var (street, point) = ResolvePlace(r.StreetCode, r.Location, errors);
        var party = ValidateParty(r.Party, errors, enterpriseOnly: false);
        if (r.Officers is not { Count: > 0 }) errors.Add(new("officers", "至少填写一名承办执法人员的执法证号。"));

        var stages = new List<(CaseStage Stage, DateTime At)>();
        if (r.Stages is not { Count: > 0 }) errors.Add(new("stages", "至少应有立案环节。"));
        for (var i = 0; i < (r.Stages?.Count ?? 0); i++)
        {
            var stage = ParseEnum<CaseStage>(r.Stages![i]?.Stage, $"stages[{i}].stage", errors, required: true);
            var at = Instant(r.Stages[i]?.At, $"stages[{i}].at", now, errors, required: true);
            if (stage is { } s && at is { } a) stages.Add((s, a));
        }
        if (stages.Count == r.Stages?.Count) errors.AddRange(StageSequence.Validate(stages, r.IsMajor, now.AddMinutes(1)));

        var decided = stages.Any(s => s.Stage == CaseStage.Decided);
        PenaltyKind? penalty = null;
        DiscretionLevel? level = null;
        FourListItem? item = null;
        if (decided && r.Decision is null) errors.Add(new("decision", "案件已作出决定,须填写处罚决定。"));
        if (!decided && r.Decision is not null) errors.Add(new("decision", "案件尚未到“作出决定”环节,不能填写处罚决定。"));
        if (decided && r.Decision is { } d)
        {
            penalty = ParseEnum<PenaltyKind>(d.Penalty, "decision.penalty", errors, required: true);
            level = ParseEnum<DiscretionLevel>(d.DiscretionLevel, "decision.discretionLevel", errors, required: true);
            if (d.Fine is < 0) errors.Add(new("decision.fine", "罚款金额不能为负数。"));
            if (penalty is PenaltyKind.Fine && d.Fine is null or 0) errors.Add(new("decision.fine", "罚款决定须填写罚款金额(元)。"));
            if (d.FourListItemCode is not null)
            {
                item = reference.ListItems.FirstOrDefault(x => x.Code == d.FourListItemCode);
                if (item is null) errors.Add(new("decision.fourListItemCode", $"四张清单事项“{d.FourListItemCode}”不存在。"));
                else if (matter is not null && item.MatterId != matter.Id) errors.Add(new("decision.fourListItemCode", "所适用的清单事项不属于本案执法事项。"));
            }
        }
        if (errors.Count > 0 || agency is null) return Rejected(r.Id, errors);

        // Flushes deferred inspections first, which this record may refer to.
        await session.BeginWritesAsync(ct);
        var db = session.Db;
        var officerIds = await ResolveOfficersAsync(session, agency, r.Officers!, errors, ct);
        if (await db.Cases.AnyAsync(c => c.Number == r.Number && !(c.AgencyId == agency.Id && c.ExternalId == r.Id), ct))
            errors.Add(new("number", $"案件编号“{r.Number}”已被其他案件使用。"));
        if (errors.Count > 0) return Rejected(r.Id, errors);
        var partyRow = await FindOrAddPartyAsync(session, party!, street!, point, ct);
        var existing = await db.Cases.SingleOrDefaultAsync(c => c.AgencyId == agency.Id && c.ExternalId == r.Id, ct);
        var known = existing is null ? [] : await db.CaseStages.Where(s => s.CaseId == existing.Id).OrderBy(s => s.Stage).ToListAsync(ct);
        if (existing is not null)
        {
            // A case moves forward: what was recorded (party, matter, earlier stages, the decision) is not rewritten.
            var conflict =
                existing.PartyId != partyRow.Id || existing.MatterId != matter!.Id ? "同一编号的案件已存在,且当事人或执法事项不同,不能改写。" :
                known.Count > stages.Count || known.Where((k, i) => stages[i].Stage != k.Stage || stages[i].At != k.OccurredAt).Any() ? "已记录的办案环节不能改写或删除,只能追加后续环节。" :
                existing.DecidedAt is not null && (existing.PenaltyKind != penalty || existing.Fine != (r.Decision?.Fine ?? 0) || existing.DiscretionLevel != level || existing.FourListItemId != item?.Id) ? "已作出的处罚决定不能改写。" :
                null;
            if (conflict is not null) return new RecordOutcome(r.Id, OutcomeStatus.Conflict, existing.Id, Detail: conflict);
        }
        var row = existing ?? new Case { AgencyId = agency.Id, ExternalId = r.Id!, Number = r.Number!, ReceivedAt = now };
        if (existing is null) db.Cases.Add(row);
        row.Number = r.Number!;
        row.PartyId = partyRow.Id;
        row.MatterId = matter!.Id;
        row.StreetId = street!.Id;
        row.Longitude = point.Longitude;
        row.Latitude = point.Latitude;
        row.Place = r.Place;
        row.IsMajor = r.IsMajor;
        row.FiledAt = stages[0].At;
        row.Stage = stages[^1].Stage;
        row.DecidedAt = decided ? stages.Single(s => s.Stage == CaseStage.Decided).At : null;
        row.ClosedAt = row.Stage == CaseStage.Closed ? stages[^1].At : null;
        row.PenaltyKind = penalty;
        row.Fine = decided ? r.Decision!.Fine ?? 0 : null;
        row.DiscretionLevel = level;
        row.FourListItemId = item?.Id;
        row.FourList = item?.List;
        var newStages = stages.Skip(known.Count).ToList();
        if (existing is not null && newStages.Count == 0 && !db.ChangeTracker.HasChanges()
            && (await db.CaseOfficers.Where(o => o.CaseId == existing.Id).Select(o => o.OfficerId).ToListAsync(ct)).Order().SequenceEqual(officerIds.Order()))
            return new RecordOutcome(r.Id, OutcomeStatus.Unchanged, existing.Id);
        await db.SaveChangesAsync(ct);
        db.CaseStages.AddRange(newStages.Select(s => new CaseStageRecord { CaseId = row.Id, Stage = s.Stage, OccurredAt = s.At }));
        if (existing is not null) await db.CaseOfficers.Where(o => o.CaseId == row.Id).ExecuteDeleteAsync(ct);
        db.CaseOfficers.AddRange(officerIds.Select(id => new CaseOfficer { CaseId = row.Id, OfficerId = id }));
        await db.SaveChangesAsync(ct);

        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        Publish(session, "case", status, row.Id, agency, street, point, stages[^1].At, now, partyRow,
            $"{agency.Name}{StageNames[row.Stage]}:{matter.Name}({PersonalData.Display(partyRow.Kind, partyRow.Name)})");
        return new RecordOutcome(r.Id, status, row.Id);
    }
}
