using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;

using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.Ingestion;

/// <summary>Penalty cases, sent again as they move through their stages.</summary>
internal sealed class CaseWriter(RecordChecks checks) : RecordTypeWriter<CaseIn, ValidCase, Case>(checks)
{
    protected override ValidParty? PartyOf(ValidCase record) => record.Party;

    protected override async Task<ValidCase?> ValidateAsync(WriteSession session, KeyOwner owner, CaseIn r, DateTime now, List<FieldError> errors, CancellationToken ct)
    {
        var agency = Checks.Agency(owner, r, errors);
        var id = RecordChecks.Id(r.Id, errors);
        if (string.IsNullOrWhiteSpace(r.Number)) errors.Add(new("number", "缺少案件编号(处罚决定书文号或立案编号)。"));
        else if (agency is not null && Checks.Options.CaseNumberPrefixes.GetValueOrDefault(agency.Code) is { Length: > 0 } prefix
            && !r.Number.StartsWith(prefix, StringComparison.Ordinal))
            errors.Add(new("number", $"案件编号须以本单位的文号前缀“{prefix}”开头。"));
        var matter = r.MatterCode is not null && Checks.Reference.Matters.FirstOrDefault(m => m.Code == r.MatterCode) is { } m ? m : null;
        if (matter is null) errors.Add(new("matterCode", r.MatterCode is null ? "缺少执法事项代码。" : $"执法事项代码“{r.MatterCode}”不存在。"));
        var place = Checks.Place(r.StreetCode, r.Location, errors);
        var party = Checks.Party(r.Party, errors, enterpriseOnly: false);
        if (r.Officers is not { Count: > 0 }) errors.Add(new("officers", "至少填写一名承办执法人员的执法证号。"));
        var stages = Stages(r, now, errors);
        var decision = Decision(r, stages, matter, errors);
        var correction = CaseLimitChecks.CorrectionReason(r.Correction, errors);
        ValidExtension? extension = null;
        List<ValidSuspension>? suspensions = null;
        // What moves the decision limit is checked against the filing (and decision) day, so only once the stages are right.
        if (stages.Count == r.Stages?.Count && stages.Count > 0 && stages[0].Stage == CaseStage.Filed)
        {
            var decided = stages.Where(s => s.Stage == CaseStage.Decided).Select(s => (DateOnly?)ChinaTime.DayOf(s.At)).FirstOrDefault();
            var (filed, today) = (ChinaTime.DayOf(stages[0].At), ChinaTime.DayOf(now));
            extension = CaseLimitChecks.Extension(r.Extension, filed, decided, today, errors);
            suspensions = CaseLimitChecks.Suspensions(r.Suspensions, filed, decided, today, errors);
        }
        if (errors.Count > 0 || agency is null || id is null || r.Number is null || matter is null || place is null || party is null || r.Officers is null)
            return null;

        // Flushes deferred inspections first, which this record may refer to.
        await session.BeginWritesAsync(ct);
        var officerIds = await RecordChecks.OfficersAsync(session, agency, r.Officers, errors, ct);
        // Unique per issuing agency: whether another agency uses the number is neither checked nor told.
        if (await session.Db.Cases.AnyAsync(c => c.AgencyId == agency.Id && c.Number == r.Number && c.ExternalId != r.Id, ct))
            errors.Add(new("number", $"案件编号“{r.Number}”已被本单位的另一案件使用。"));
        if (errors.Count > 0 || officerIds is null) return null;
        return new ValidCase(agency, id, r.Number, matter, place, r.Place, party, r.IsMajor, officerIds, stages, decision, extension, suspensions, correction);
    }

    private static List<(CaseStage Stage, DateTime At)> Stages(CaseIn r, DateTime now, List<FieldError> errors)
    {
        var stages = new List<(CaseStage Stage, DateTime At)>();
        if (r.Stages is not { Count: > 0 }) errors.Add(new("stages", "至少应有立案环节。"));
        for (var i = 0; i < (r.Stages?.Count ?? 0); i++)
        {
            var stage = RecordChecks.Enum<CaseStage>(r.Stages?[i]?.Stage, $"stages[{i}].stage", errors, required: true);
            var at = RecordChecks.Instant(r.Stages?[i]?.At, $"stages[{i}].at", now, errors, required: true);
            if (stage is { } s && at is { } a) stages.Add((s, a));
        }
        if (stages.Count == r.Stages?.Count) errors.AddRange(StageSequence.Validate(stages, r.IsMajor, now.AddMinutes(1)));
        return stages;
    }

    /// <summary>The decision, required once the stages reach Decided and refused before.</summary>
    private ValidDecision? Decision(CaseIn r, List<(CaseStage Stage, DateTime At)> stages, Matter? matter, List<FieldError> errors)
    {
        var decided = stages.Any(s => s.Stage == CaseStage.Decided);
        if (decided && r.Decision is null) errors.Add(new("decision", "案件已作出决定，须填写处罚决定。"));
        if (!decided && r.Decision is not null) errors.Add(new("decision", "案件尚未到“作出决定”环节，不能填写处罚决定。"));
        if (!decided || r.Decision is not { } d) return null;
        var penalty = RecordChecks.Enum<PenaltyKind>(d.Penalty, "decision.penalty", errors, required: true);
        var level = RecordChecks.Enum<DiscretionLevel>(d.DiscretionLevel, "decision.discretionLevel", errors, required: true);
        if (penalty is PenaltyKind.Fine && d.Fine is null or 0) errors.Add(new("decision.fine", "罚款决定须填写罚款金额(元)。"));
        // 行政处罚法 Art. 9: a warning (警告) and no penalty carry no money; the other kinds may come with a fine (并处罚款).
        if (penalty is PenaltyKind.Warning or PenaltyKind.NoPenalty && d.Fine is > 0)
            errors.Add(new("decision.fine", penalty is PenaltyKind.Warning ? "警告不能附带罚款金额。" : "不予处罚的决定不能附带罚款金额。"));
        // A fine above the law's maximum is not a discretion finding (the benchmark rule) but an impossible record.
        var ceiling = matter is { StatutoryMaxFine: > 0 } m ? m.StatutoryMaxFine : Checks.Options.MaxFineWithoutStatutoryMaximum;
        if (d.Fine > ceiling)
            errors.Add(new("decision.fine", matter is { StatutoryMaxFine: > 0 }
                ? $"罚款 {d.Fine:#,0} 元超过本执法事项的法定最高罚款 {ceiling:#,0} 元。"
                : $"罚款 {d.Fine:#,0} 元超过上限 {ceiling:#,0} 元。"));
        FourListItem? item = null;
        if (d.FourListItemCode is not null)
        {
            item = Checks.Reference.ListItems.FirstOrDefault(x => x.Code == d.FourListItemCode);
            if (item is null) errors.Add(new("decision.fourListItemCode", $"四张清单事项“{d.FourListItemCode}”不存在。"));
            else if (matter is not null && item.MatterId != matter.Id) errors.Add(new("decision.fourListItemCode", "所适用的清单事项不属于本案执法事项。"));
        }
        return penalty is { } p && level is { } l ? new ValidDecision(p, d.Fine ?? 0, l, item) : null;
    }

    /// <summary>
    /// Ends the open suspensions the agency now sends with their end and adds the new ones (the conflict check has made
    /// sure nothing recorded is rewritten); the changes as revision fields, and the new ones to add once the case has its id.
    /// </summary>
    private static (List<FieldChange> Changes, List<CaseSuspension> Added) Suspend(List<CaseSuspension> known, IReadOnlyList<ValidSuspension>? sent,
        DateTime now)
    {
        var changes = new List<FieldChange>();
        var added = new List<CaseSuspension>();
        for (var i = 0; i < (sent?.Count ?? 0); i++)
        {
            var s = sent![i];
            if (i < known.Count)
            {
                if (known[i].EndsOn is not null || s.To is null) continue;
                changes.Add(new FieldChange("Suspension", (s with { To = null }).Invariant, s.Invariant));
                known[i].EndsOn = s.To;
                continue;
            }
            changes.Add(new FieldChange("Suspension", null, s.Invariant));
            added.Add(new CaseSuspension { Reason = s.Reason, StartsOn = s.From, EndsOn = s.To, Note = s.Note, ReceivedAt = now });
        }
        return (changes, added);
    }

    protected override Task<Case?> FindExistingAsync(WriteSession session, ValidCase v, CancellationToken ct) =>
        session.Db.Cases.SingleOrDefaultAsync(c => c.AgencyId == v.Agency.Id && c.ExternalId == v.Id, ct);

    protected override async Task<Written> InsertOrReviseAsync(WriteSession session, ValidCase v, Case? existing, DateTime now, CancellationToken ct)
    {
        var db = session.Db;
        var party = await session.FindOrAddPartyAsync(v.Party, v.Place, ct);
        var known = existing is null ? [] : await db.CaseStages.Where(s => s.CaseId == existing.Id).OrderBy(s => s.Stage).ToListAsync(ct);
        var knownSuspensions = existing is null ? [] : await db.CaseSuspensions.Where(x => x.CaseId == existing.Id).OrderBy(x => x.StartsOn).ToListAsync(ct);
        var decisionChanged = existing?.DecidedAt is not null && (existing.PenaltyKind != v.Decision?.Penalty || existing.Fine != (v.Decision?.Fine ?? 0)
            || existing.DiscretionLevel != v.Decision?.Level || existing.FourListItemId != v.Decision?.Item?.Id);
        if (existing is not null)
        {
            // A case moves forward: what was recorded (party, matter, earlier stages, suspensions, the extension) is not
            // rewritten; the decision only by an explicit correction with its reason, kept with the revision.
            var conflict =
                existing.PartyId != party.Id || existing.MatterId != v.Matter.Id ? "同一编号的案件已存在，且当事人或执法事项不同，不能改写。" :
                known.Count > v.Stages.Count || known.Where((k, i) => v.Stages[i].Stage != k.Stage || v.Stages[i].At != k.OccurredAt).Any()
                    ? "已记录的办案环节不能改写或删除，只能追加后续环节。" :
                decisionChanged && v.CorrectionReason is null ? "已作出的处罚决定不能改写。如需更正，请附更正理由（correction.reason）重新报送。" :
                v.Suspensions is { } sent && (knownSuspensions.Count > sent.Count || knownSuspensions.Where((k, i) => sent[i].Reason != k.Reason
                    || sent[i].From != k.StartsOn || (k.EndsOn is not null && sent[i].To != k.EndsOn)).Any())
                    ? "已记录的中止不能改写或删除，只能补填尚未结束的中止的结束日期，或追加新的中止。" :
                v.Extension is { } ext && existing.ExtendedUntil is { } until && (ext.Until < until || ext.ApprovedOn < existing.ExtensionApprovedOn)
                    ? "已记录的延期不能提前；继续延期请报送新的批准（批准日期不早于原批准日期，延期至更晚的日期）。" :
                null;
            if (conflict is not null) return Conflict(v.Id, existing.Id, conflict);
        }
        var row = existing ?? new Case { AgencyId = v.Agency.Id, ExternalId = v.Id, Number = v.Number, ReceivedAt = now };
        if (existing is null) db.Cases.Add(row);
        row.Number = v.Number;
        row.PartyId = party.Id;
        row.MatterId = v.Matter.Id;
        row.StreetId = v.Place.Street.Id;
        row.Longitude = v.Place.Point.Longitude;
        row.Latitude = v.Place.Point.Latitude;
        row.Place = v.PlaceName;
        row.IsMajor = v.IsMajor;
        row.FiledAt = v.Stages[0].At;
        row.Stage = v.Stages[^1].Stage;
        row.DecidedAt = v.DecidedAt;
        row.ClosedAt = row.Stage == CaseStage.Closed ? v.Stages[^1].At : null;
        row.PenaltyKind = v.Decision?.Penalty;
        row.Fine = v.Decision?.Fine;
        row.DiscretionLevel = v.Decision?.Level;
        row.FourListItemId = v.Decision?.Item?.Id;
        row.FourList = v.Decision?.Item?.List;
        // Each approval is kept with its receipt (the clock judges each by when it arrived); the case holds the one in force.
        var newExtension = v.Extension is { } extension && (row.ExtendedUntil != extension.Until || row.ExtensionApprovedOn != extension.ApprovedOn)
            ? new CaseExtension { Until = extension.Until, ApprovedOn = extension.ApprovedOn, Approver = extension.Approver, ReceivedAt = now }
            : null;
        if (v.Extension is { } approved)
            (row.ExtensionApprover, row.ExtensionApprovedOn, row.ExtendedUntil) = (approved.Approver, approved.ApprovedOn, approved.Until);
        var (suspensionChanges, newSuspensions) = Suspend(knownSuspensions, v.Suspensions, now);
        var newStages = v.Stages.Skip(known.Count).ToList();
        if (existing is not null && Revised(session, RecordKind.Case, row.Id, row.AgencyId, row, now,
                newStages.Select(s => new FieldChange("Stage." + s.Stage, null, RevisionCapture.Invariant(s.At)))
                    .Concat(suspensionChanges)
                    .Concat(await OfficerChangeAsync(session, row.AgencyId,
                        await db.CaseOfficers.Where(o => o.CaseId == row.Id).Select(o => o.OfficerId).ToListAsync(ct), v.OfficerIds, ct)),
                reason: decisionChanged ? v.CorrectionReason : null) == 0)
            return Unchanged(v.Id, existing.Id);
        await db.SaveChangesAsync(ct);
        db.CaseSuspensions.AddRange(newSuspensions.Select(x => { x.CaseId = row.Id; return x; }));
        db.CaseStages.AddRange(newStages.Select(s => new CaseStageRecord { CaseId = row.Id, Stage = s.Stage, OccurredAt = s.At, ReceivedAt = now }));
        if (newExtension is not null)
        {
            newExtension.CaseId = row.Id;
            db.CaseExtensions.Add(newExtension);
        }
        if (existing is not null) await db.CaseOfficers.Where(o => o.CaseId == row.Id).ExecuteDeleteAsync(ct);
        db.CaseOfficers.AddRange(v.OfficerIds.Select(id => new CaseOfficer { CaseId = row.Id, OfficerId = id }));
        await db.SaveChangesAsync(ct);

        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        return Saved(v.Id, status, row.Id, Event(status, "case", v.Agency, v.Place, v.Stages[^1].At, now, party,
            EventText.CaseSummary(v.Agency.Name, row.Stage, v.Matter.Name, PersonalData.Display(party.Kind, party.Name))));
    }
}
