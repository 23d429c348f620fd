using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// Inspections, by far the most frequent record: a new one whose party is known is not inserted here but deferred to
/// the batch's final bulk insert (see <see cref="WriteSession"/>).
/// </summary>
internal sealed class InspectionWriter(RecordChecks checks) : RecordTypeWriter<InspectionIn, ValidInspection, Inspection>(checks)
{
    protected override async Task<ValidInspection?> ValidateAsync(WriteSession session, KeyOwner owner, InspectionIn r, DateTime now, List<FieldError> errors, CancellationToken ct)
    {
        var agency = Checks.Agency(owner, r, errors);
        var id = RecordChecks.Id(r.Id, errors);
        var kind = RecordChecks.Enum<InspectionKind>(r.Kind, "kind", errors, required: true);
        var result = RecordChecks.Enum<InspectionResult>(r.Result, "result", errors, required: false) ?? InspectionResult.NothingFound;
        var started = RecordChecks.Instant(r.StartedAt, "startedAt", now, errors, required: true);
        var ended = RecordChecks.Instant(r.EndedAt, "endedAt", now, errors, required: false);
        var preFiled = RecordChecks.Instant(r.PreFiledAt, "preFiledAt", now, errors, required: false);
        if (started is { } s && ended is { } e && e < s) errors.Add(new("endedAt", "结束时间早于开始时间。"));
        // A pre-filing after the start is recorded, not refused: the pre-filing rule judges it late (a refusal would hide it).
        if (kind == InspectionKind.Joint && string.IsNullOrWhiteSpace(r.JointReference)) errors.Add(new("jointReference", "联合检查须填写联合检查编号。"));
        var place = Checks.Place(r.StreetCode, r.Location, errors);
        var party = Checks.Party(r.Party, errors, enterpriseOnly: true);
        if (r.Officers is not { Count: > 0 }) errors.Add(new("officers", "至少填写一名执法人员的执法证号。"));
        if (r.Evaluation is { Score: { } score } && score is < 1 or > 5) errors.Add(new("evaluation.score", "评价分值应为 1 至 5。"));
        if (errors.Count > 0 || agency is null || id is null || kind is not { } k || started is not { } start || place is null || party is null || r.Officers is null)
            return null;

        if (await RecordChecks.OfficersAsync(session, agency, r.Officers, errors, ct) is not { } officerIds) return null;
        // Checked last, as it always was: a wrong evaluation time is reported only once everything else is right.
        var evaluatedAt = r.Evaluation is { Score: not null } ? RecordChecks.Instant(r.Evaluation.At, "evaluation.at", now, errors, required: false) ?? now : (DateTime?)null;
        if (errors.Count > 0) return null;
        return new ValidInspection(agency, id, k, r.JointReference, preFiled, start, ended, place, r.Place, party, officerIds, result,
            r.Evaluation?.Score, r.Evaluation?.Comment, evaluatedAt);
    }

    protected override async Task<Inspection?> FindExistingAsync(WriteSession session, ValidInspection v, CancellationToken ct)
    {
        // The same id twice in one batch: the first must be in the table before the second looks for it.
        if (session.IsDeferred(v.Agency.Id, v.Id)) await session.BeginWritesAsync(ct);
        return session.InspectionMayExist(v.Agency.Id, v.Id)
            ? await session.Db.Inspections.SingleOrDefaultAsync(i => i.AgencyId == v.Agency.Id && i.ExternalId == v.Id, ct)
            : null;
    }

    protected override async Task<Written> InsertOrReviseAsync(WriteSession session, ValidInspection v, Inspection? existing, DateTime now, CancellationToken ct)
    {
        var db = session.Db;
        var party = await session.FindOrAddPartyAsync(v.Party, v.Place, ct);
        // Who was inspected, how and when is fixed once recorded; the outcome and the evaluation may follow later.
        if (existing is not null && (existing.PartyId != party.Id || existing.Kind != v.Kind || existing.StartedAt != v.StartedAt))
            return Conflict(v.Id, existing.Id, "同一编号的检查记录已存在，且检查对象、类型或开始时间不同，不能改写。");
        var row = existing ?? new Inspection { AgencyId = v.Agency.Id, ExternalId = v.Id, ReceivedAt = now };
        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        if (existing is not null || !session.CanDefer) await session.BeginWritesAsync(ct);
        if (existing is null) session.InspectionCreated(v.Agency.Id, v.Id);
        row.PartyId = party.Id;
        row.Kind = v.Kind;
        row.JointReference = v.JointReference;
        // A pre-filing counts only from when the center received it: one added or moved by a resend cannot be back-dated
        // (the record's first receipt carries the agency's own filing time; see docs/warnings.md "Records are evidence").
        if (existing is not null && v.PreFiledAt is not null && existing.PreFiledAt != v.PreFiledAt) row.PreFilingReceivedAt = now;
        row.PreFiledAt = v.PreFiledAt;
        row.StartedAt = v.StartedAt;
        row.EndedAt = v.EndedAt;
        row.StreetId = v.Place.Street.Id;
        row.Longitude = v.Place.Point.Longitude;
        row.Latitude = v.Place.Point.Latitude;
        row.Place = v.PlaceName;
        row.Result = v.Result;
        row.EvaluationScore = v.EvaluationScore;
        row.EvaluationComment = v.EvaluationComment;
        row.EvaluatedAt = v.EvaluatedAt;
        var e = Event(status, "inspection", v.Agency, v.Place, row.StartedAt, now, party, $"{v.Agency.Name}检查{PersonalData.Display(party.Kind, party.Name)}");
        if (existing is null && session.CanDefer)
        {
            // The event goes with the deferred row: its record id is known only after the batch's final insert.
            session.Defer(row, v.OfficerIds, e);
            return new Written(new RecordOutcome(v.Id, status));
        }
        if (existing is null) db.Inspections.Add(row);
        if (existing is not null && Revised(session, RecordKind.Inspection, row.Id, row.AgencyId, row, now,
                await OfficerChangeAsync(session, row.AgencyId,
                    await db.InspectionOfficers.Where(o => o.InspectionId == row.Id).Select(o => o.OfficerId).ToListAsync(ct), v.OfficerIds, ct)) == 0)
            return Unchanged(v.Id, row.Id);
        await db.SaveChangesAsync(ct);
        if (existing is not null) await db.InspectionOfficers.Where(o => o.InspectionId == row.Id).ExecuteDeleteAsync(ct);
        db.InspectionOfficers.AddRange(v.OfficerIds.Select(id => new InspectionOfficer { InspectionId = row.Id, OfficerId = id }));
        await db.SaveChangesAsync(ct);
        return Saved(v.Id, status, row.Id, e);
    }
}
