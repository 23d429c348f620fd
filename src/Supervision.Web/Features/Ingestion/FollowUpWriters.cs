using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Rectifications;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

public sealed partial class RecordWriter
{
    private async Task<RecordOutcome> WriteRectificationAsync(WriteSession session, KeyOwner owner, RectificationIn r, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new List<FieldError>();
        var agency = ResolveAgency(owner, r, errors);
        RequireId(r.Id, errors);
        var issued = Instant(r.IssuedAt, "issuedAt", now, errors, required: true);
        if (r.Deadline is null) errors.Add(new("deadline", "缺少整改期限(yyyy-MM-dd)。"));
        else if (issued is { } i && r.Deadline < ChinaTime.DayOf(i)) errors.Add(new("deadline", "整改期限早于责令整改之日。"));
        if (string.IsNullOrWhiteSpace(r.Requirement)) errors.Add(new("requirement", "缺少整改要求。"));
        var (street, point) = ResolvePlace(r.StreetCode, r.Location, errors);
        var party = ValidateParty(r.Party, errors, enterpriseOnly: false);
        ReviewResult? reviewResult = null;
        DateTime? reviewedAt = null;
        if (r.Review is { } review)
        {
            reviewResult = ParseEnum<ReviewResult>(review.Result, "review.result", errors, required: true);
            reviewedAt = Instant(review.At, "review.at", now, errors, required: true);
            if (reviewedAt < issued) errors.Add(new("review.at", "复查时间早于责令整改时间。"));
        }
        if (errors.Count > 0 || agency is null) return Rejected(r.Id, errors);

        // Flushes deferred inspections first, which this record may refer to.
        await session.BeginWritesAsync(ct);
        var db = session.Db;
        int? inspectionId = r.InspectionId is null ? null : await db.Inspections.Where(x => x.AgencyId == agency.Id && x.ExternalId == r.InspectionId).Select(x => (int?)x.Id).SingleOrDefaultAsync(ct);
        int? caseId = r.CaseId is null ? null : await db.Cases.Where(x => x.AgencyId == agency.Id && x.ExternalId == r.CaseId).Select(x => (int?)x.Id).SingleOrDefaultAsync(ct);
        if (r.InspectionId is not null && inspectionId is null) errors.Add(new("inspectionId", $"本单位没有编号为“{r.InspectionId}”的检查记录。"));
        if (r.CaseId is not null && caseId is null) errors.Add(new("caseId", $"本单位没有编号为“{r.CaseId}”的案件。"));
        if (errors.Count > 0) return Rejected(r.Id, errors);
        var partyRow = await FindOrAddPartyAsync(session, party!, street!, point, ct);
        var existing = await db.RectificationOrders.SingleOrDefaultAsync(o => o.AgencyId == agency.Id && o.ExternalId == r.Id, ct);
        if (existing is not null)
        {
            // "No fine-and-forget" (seeds/001 item 3) only works if neither the order nor its review can be rewritten.
            var conflict =
                existing.PartyId != partyRow.Id || existing.IssuedAt != issued || existing.Deadline != r.Deadline || existing.Requirement != r.Requirement!.Trim()
                    ? "同一编号的责令整改已存在,且当事人、时间、期限或要求不同,不能改写。" :
                existing.ReviewedAt is not null && (existing.ReviewedAt != reviewedAt || existing.ReviewResult != reviewResult)
                    ? "已记录的复查结果不能改写。" : null;
            if (conflict is not null) return new RecordOutcome(r.Id, OutcomeStatus.Conflict, existing.Id, Detail: conflict);
            if (existing.ReviewedAt == reviewedAt) return new RecordOutcome(r.Id, OutcomeStatus.Unchanged, existing.Id);
        }
        var row = existing ?? new RectificationOrder { AgencyId = agency.Id, ExternalId = r.Id!, Requirement = r.Requirement!.Trim(), ReceivedAt = now };
        if (existing is null) db.RectificationOrders.Add(row);
        row.PartyId = partyRow.Id;
        // A resend that leaves out the link keeps it: omitting is not unlinking.
        row.InspectionId = inspectionId ?? row.InspectionId;
        row.CaseId = caseId ?? row.CaseId;
        row.StreetId = street!.Id;
        row.IssuedAt = issued!.Value;
        row.Deadline = r.Deadline!.Value;
        row.ReviewedAt = reviewedAt;
        row.ReviewResult = reviewResult;
        await db.SaveChangesAsync(ct);
        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        Publish(session, "rectification", status, row.Id, agency, street, point, reviewedAt ?? row.IssuedAt, now, partyRow,
            reviewedAt is null ? $"{agency.Name}责令整改,期限 {row.Deadline:yyyy-MM-dd}" : $"{agency.Name}复查整改:{(reviewResult == ReviewResult.Rectified ? "已整改" : "未整改")}");
        return new RecordOutcome(r.Id, status, row.Id);
    }

    private async Task<RecordOutcome> WriteComplaintAsync(WriteSession session, KeyOwner owner, ComplaintIn r, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new List<FieldError>();
        var agency = ResolveAgency(owner, r, errors);
        RequireId(r.Id, errors);
        var channel = ParseEnum<ComplaintChannel>(r.Channel, "channel", errors, required: true);
        var received = Instant(r.ReceivedAt, "receivedAt", now, errors, required: true);
        if (r.Deadline is null) errors.Add(new("deadline", "缺少办理期限。"));
        var deadline = r.Deadline is { } d ? RecordWriter.ToMicroseconds(d) : (DateTime?)null;
        if (deadline < received) errors.Add(new("deadline", "办理期限早于受理时间。"));
        var handled = Instant(r.HandledAt, "handledAt", now, errors, required: false);
        if (handled < received) errors.Add(new("handledAt", "办结时间早于受理时间。"));
        var outcome = ParseEnum<ComplaintOutcome>(r.Outcome, "outcome", errors, required: handled is not null);
        if (string.IsNullOrWhiteSpace(r.Summary)) errors.Add(new("summary", "缺少投诉内容摘要。"));
        Domain.Geography.Region? street = null;
        if (r.StreetCode is not null && !_streets.TryGetValue(r.StreetCode, out street)) errors.Add(new("streetCode", $"街道(镇)代码“{r.StreetCode}”不存在。"));
        if (errors.Count > 0 || agency is null) return Rejected(r.Id, errors);

        // Flushes deferred inspections first, which this record may refer to.
        await session.BeginWritesAsync(ct);
        var db = session.Db;
        int? officerId = null;
        if (r.Officer is not null)
        {
            officerId = (await session.OfficersOfAsync(agency.Id, ct)).TryGetValue(r.Officer.Trim(), out var id) ? id : null;
            if (officerId is null) return Rejected(r.Id, new FieldError("officer", $"执法证号“{r.Officer}”不是“{agency.Name}”的执法人员。"));
        }
        var existing = await db.Complaints.SingleOrDefaultAsync(c => c.AgencyId == agency.Id && c.ExternalId == r.Id, ct);
        if (existing is not null)
        {
            var conflict =
                existing.Channel != channel || existing.ReceivedAt != received || existing.Deadline != deadline ? "同一编号的投诉已存在,且渠道、受理时间或期限不同,不能改写。" :
                existing.HandledAt is not null && (existing.HandledAt != handled || existing.Outcome != outcome) ? "已办结投诉的办理结果不能改写。" : null;
            if (conflict is not null) return new RecordOutcome(r.Id, OutcomeStatus.Conflict, existing.Id, Detail: conflict);
            if (existing.HandledAt == handled) return new RecordOutcome(r.Id, OutcomeStatus.Unchanged, existing.Id);
        }
        var row = existing ?? new Complaint { AgencyId = agency.Id, ExternalId = r.Id!, Summary = r.Summary!.Trim() };
        if (existing is null) db.Complaints.Add(row);
        row.Channel = channel!.Value;
        row.OfficerId = officerId ?? row.OfficerId;
        row.StreetId = street?.Id ?? row.StreetId;
        row.ReceivedAt = received!.Value;
        row.Deadline = deadline!.Value;
        row.HandledAt = handled;
        row.Outcome = outcome;
        await db.SaveChangesAsync(ct);
        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        // A complaint has no exact place: it shows at its street, or at its agency's region.
        var place = street ?? _regionById[agency.RegionId];
        session.Publish(new Activity.ActivityEvent(0, "complaint", status == OutcomeStatus.Created ? "created" : "updated", row.Id,
            agency.Id, agency.Name, street?.Id ?? 0, place.Name, place.Longitude, place.Latitude, handled ?? row.ReceivedAt, now, "",
            handled is null ? $"{(row.Channel == ComplaintChannel.Hotline12345 ? "12345热线" : "码上监督")}投诉{agency.Name}" : $"{agency.Name}办结投诉"));
        return new RecordOutcome(r.Id, status, row.Id);
    }

    private async Task<RecordOutcome> WriteMeasureAsync(WriteSession session, KeyOwner owner, MeasureIn r, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new List<FieldError>();
        var agency = ResolveAgency(owner, r, errors);
        RequireId(r.Id, errors);
        var kind = ParseEnum<CompulsoryKind>(r.Kind, "kind", errors, required: true);
        var started = Instant(r.StartedAt, "startedAt", now, errors, required: true);
        var ended = Instant(r.EndedAt, "endedAt", now, errors, required: false);
        if (ended < started) errors.Add(new("endedAt", "结束时间早于开始时间。"));
        var (street, point) = ResolvePlace(r.StreetCode, r.Location, errors);
        var party = ValidateParty(r.Party, errors, enterpriseOnly: false);
        if (errors.Count > 0 || agency is null) return Rejected(r.Id, errors);

        // Flushes deferred inspections first, which this record may refer to.
        await session.BeginWritesAsync(ct);
        var db = session.Db;
        int? caseId = r.CaseId is null ? null : await db.Cases.Where(x => x.AgencyId == agency.Id && x.ExternalId == r.CaseId).Select(x => (int?)x.Id).SingleOrDefaultAsync(ct);
        if (r.CaseId is not null && caseId is null) return Rejected(r.Id, new FieldError("caseId", $"本单位没有编号为“{r.CaseId}”的案件。"));
        var partyRow = await FindOrAddPartyAsync(session, party!, street!, point, ct);
        var existing = await db.CompulsoryMeasures.SingleOrDefaultAsync(m => m.AgencyId == agency.Id && m.ExternalId == r.Id, ct);
        if (existing is not null)
        {
            // When, what and whether it was an emergency decide the night/holiday warning: they are not rewritten.
            if (existing.PartyId != partyRow.Id || existing.Kind != kind || existing.StartedAt != started || existing.IsEmergency != r.IsEmergency)
                return new RecordOutcome(r.Id, OutcomeStatus.Conflict, existing.Id, Detail: "同一编号的行政强制已存在,且当事人、种类、开始时间或紧急情形不同,不能改写。");
            if (existing.EndedAt == ended) return new RecordOutcome(r.Id, OutcomeStatus.Unchanged, existing.Id);
        }
        var row = existing ?? new CompulsoryMeasure { AgencyId = agency.Id, ExternalId = r.Id!, ReceivedAt = now };
        if (existing is null) db.CompulsoryMeasures.Add(row);
        row.PartyId = partyRow.Id;
        row.CaseId = caseId ?? row.CaseId;
        row.Kind = kind!.Value;
        row.StartedAt = started!.Value;
        row.EndedAt = ended;
        row.IsEmergency = r.IsEmergency;
        row.StreetId = street!.Id;
        row.Longitude = point.Longitude;
        row.Latitude = point.Latitude;
        row.Place = r.Place;
        await db.SaveChangesAsync(ct);
        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        var kindName = row.Kind switch { CompulsoryKind.Seizure => "查封", CompulsoryKind.Detention => "扣押", CompulsoryKind.ForcedDemolition => "强制拆除", _ => "强制执行" };
        Publish(session, "measure", status, row.Id, agency, street, point, row.StartedAt, now, partyRow, $"{agency.Name}{kindName}({PersonalData.Display(partyRow.Kind, partyRow.Name)})");
        return new RecordOutcome(r.Id, status, row.Id);
    }
}
