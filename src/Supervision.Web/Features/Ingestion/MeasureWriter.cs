using Microsoft.EntityFrameworkCore;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Ingestion;

/// <summary>行政强制: measures (seizure, detention of goods) and executions (forced demolition, forced execution).</summary>
internal sealed class MeasureWriter(RecordChecks checks) : RecordTypeWriter<MeasureIn, ValidMeasure, CompulsoryMeasure>(checks)
{
    protected override ValidParty? PartyOf(ValidMeasure record) => record.Party;

    protected override async Task<ValidMeasure?> ValidateAsync(WriteSession session, KeyOwner owner, MeasureIn r, DateTime now, List<FieldError> errors, CancellationToken ct)
    {
        var agency = Checks.Agency(owner, r, errors);
        var id = RecordChecks.Id(r.Id, errors);
        var kind = RecordChecks.Enum<CompulsoryKind>(r.Kind, "kind", errors, required: true);
        var started = RecordChecks.Instant(r.StartedAt, "startedAt", now, errors, required: true);
        var ended = RecordChecks.Instant(r.EndedAt, "endedAt", now, errors, required: false);
        if (ended < started) errors.Add(new("endedAt", "结束时间早于开始时间。"));
        var place = Checks.Place(r.StreetCode, r.Location, errors);
        var party = Checks.Party(r.Party, errors, enterpriseOnly: false);
        if (errors.Count > 0 || agency is null || id is null || kind is not { } k || started is not { } start || place is null || party is null)
            return null;

        // Flushes deferred inspections first, which this record may refer to.
        await session.BeginWritesAsync(ct);
        int? caseId = r.CaseId is null ? null : await session.Db.Cases.Where(x => x.AgencyId == agency.Id && x.ExternalId == r.CaseId)
            .Select(x => (int?)x.Id).SingleOrDefaultAsync(ct);
        if (r.CaseId is not null && caseId is null)
        {
            errors.Add(new("caseId", $"本单位没有编号为“{r.CaseId}”的案件。"));
            return null;
        }
        return new ValidMeasure(agency, id, k, start, ended, r.IsEmergency, place, r.Place, party, caseId);
    }

    protected override Task<CompulsoryMeasure?> FindExistingAsync(WriteSession session, ValidMeasure v, CancellationToken ct) =>
        session.Db.CompulsoryMeasures.SingleOrDefaultAsync(m => m.AgencyId == v.Agency.Id && m.ExternalId == v.Id, ct);

    protected override async Task<Written> InsertOrReviseAsync(WriteSession session, ValidMeasure v, CompulsoryMeasure? existing, DateTime now, CancellationToken ct)
    {
        var party = await session.FindOrAddPartyAsync(v.Party, v.Place, ct);
        if (existing is not null)
        {
            // When, what and whether it was an emergency decide the night/holiday warning: they are not rewritten.
            if (existing.PartyId != party.Id || existing.Kind != v.Kind || existing.StartedAt != v.StartedAt || existing.IsEmergency != v.IsEmergency)
                return Conflict(v.Id, existing.Id, "同一编号的行政强制已存在，且当事人、种类、开始时间或紧急情形不同，不能改写。");
        }
        var row = existing ?? new CompulsoryMeasure { AgencyId = v.Agency.Id, ExternalId = v.Id, ReceivedAt = now };
        if (existing is null) session.Db.CompulsoryMeasures.Add(row);
        row.PartyId = party.Id;
        row.CaseId = v.CaseId ?? row.CaseId;
        row.Kind = v.Kind;
        row.StartedAt = v.StartedAt;
        row.EndedAt = v.EndedAt;
        row.IsEmergency = v.IsEmergency;
        row.StreetId = v.Place.Street.Id;
        row.Longitude = v.Place.Point.Longitude;
        row.Latitude = v.Place.Point.Latitude;
        row.Place = v.PlaceName;
        if (existing is not null && Revised(session, RecordKind.CompulsoryMeasure, row.Id, row.AgencyId, row, now) == 0) return Unchanged(v.Id, existing.Id);
        await session.Db.SaveChangesAsync(ct);
        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        var kindName = row.Kind switch { CompulsoryKind.Seizure => "查封", CompulsoryKind.Detention => "扣押",
            CompulsoryKind.ForcedDemolition => "强制拆除", _ => "强制执行" };
        return Saved(v.Id, status, row.Id, Event(status, "measure", v.Agency, v.Place, row.StartedAt, now, party,
            $"{v.Agency.Name}{kindName}({PersonalData.Display(party.Kind, party.Name)})"));
    }
}
