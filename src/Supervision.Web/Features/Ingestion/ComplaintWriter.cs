using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Complaints;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.Ingestion;

/// <summary>Complaints about an agency or its officers (码上监督, 12345), and their handling.</summary>
internal sealed class ComplaintWriter(RecordChecks checks) : RecordTypeWriter<ComplaintIn, ValidComplaint, Complaint>(checks)
{
    protected override async Task<ValidComplaint?> ValidateAsync(WriteSession session, KeyOwner owner, ComplaintIn r, DateTime now, List<FieldError> errors, CancellationToken ct)
    {
        var agency = Checks.Agency(owner, r, errors);
        var id = RecordChecks.Id(r.Id, errors);
        var channel = RecordChecks.Enum<ComplaintChannel>(r.Channel, "channel", errors, required: true);
        var received = RecordChecks.Instant(r.ReceivedAt, "receivedAt", now, errors, required: true);
        if (r.Deadline is null) errors.Add(new("deadline", "缺少办理期限。"));
        var deadline = r.Deadline is { } d ? RecordWriter.ToMicroseconds(d) : (DateTime?)null;
        if (deadline < received) errors.Add(new("deadline", "办理期限早于受理时间。"));
        var handled = RecordChecks.Instant(r.HandledAt, "handledAt", now, errors, required: false);
        if (handled < received) errors.Add(new("handledAt", "办结时间早于受理时间。"));
        var outcome = RecordChecks.Enum<ComplaintOutcome>(r.Outcome, "outcome", errors, required: handled is not null);
        if (string.IsNullOrWhiteSpace(r.Summary)) errors.Add(new("summary", "缺少投诉内容摘要。"));
        var street = Checks.Street(r.StreetCode, errors);
        if (errors.Count > 0 || agency is null || id is null || channel is not { } c || received is not { } receivedAt || deadline is not { } due || r.Summary is null)
            return null;

        // Flushes deferred inspections first, which this record may refer to.
        await session.BeginWritesAsync(ct);
        int? officerId = null;
        if (r.Officer is not null)
        {
            officerId = (await session.OfficersOfAsync(agency.Id, ct)).TryGetValue(r.Officer.Trim(), out var officer) ? officer : null;
            if (officerId is null)
            {
                errors.Add(new("officer", $"执法证号“{r.Officer}”不是“{agency.Name}”的执法人员。"));
                return null;
            }
        }
        return new ValidComplaint(agency, id, c, r.Summary.Trim(), receivedAt, due, handled, outcome, street, officerId);
    }

    protected override Task<Complaint?> FindExistingAsync(WriteSession session, ValidComplaint v, CancellationToken ct) =>
        session.Db.Complaints.SingleOrDefaultAsync(c => c.AgencyId == v.Agency.Id && c.ExternalId == v.Id, ct);

    protected override async Task<Written> InsertOrReviseAsync(WriteSession session, ValidComplaint v, Complaint? existing, DateTime now, CancellationToken ct)
    {
        if (existing is not null)
        {
            var conflict =
                existing.Channel != v.Channel || existing.ReceivedAt != v.ReceivedAt || existing.Deadline != v.Deadline
                    ? "同一编号的投诉已存在，且渠道、受理时间或期限不同，不能改写。" :
                existing.HandledAt is not null && (existing.HandledAt != v.HandledAt || existing.Outcome != v.Outcome) ? "已办结投诉的办理结果不能改写。" : null;
            if (conflict is not null) return Conflict(v.Id, existing.Id, conflict);
        }
        var row = existing ?? new Complaint { AgencyId = v.Agency.Id, ExternalId = v.Id, Summary = v.Summary };
        if (existing is null) session.Db.Complaints.Add(row);
        row.Channel = v.Channel;
        row.OfficerId = v.OfficerId ?? row.OfficerId;
        row.StreetId = v.Street?.Id ?? row.StreetId;
        row.ReceivedAt = v.ReceivedAt;
        row.Deadline = v.Deadline;
        row.HandledAt = v.HandledAt;
        row.Outcome = v.Outcome;
        if (existing is not null && Revised(session, RecordKind.Complaint, row.Id, row.AgencyId, row, now) == 0) return Unchanged(v.Id, existing.Id);
        await session.Db.SaveChangesAsync(ct);
        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        // A complaint has no exact place: it shows at its street, or at its agency's region.
        var place = v.Street ?? Checks.RegionOf(v.Agency);
        return Saved(v.Id, status, row.Id, new ActivityEvent(0, "complaint", Change(status), 0,
            v.Agency.Id, v.Agency.Name, v.Street?.Id ?? 0, place.Name, place.Longitude, place.Latitude, v.HandledAt ?? row.ReceivedAt, now, "",
            v.HandledAt is null ? $"{(row.Channel == ComplaintChannel.Hotline12345 ? "12345热线" : "码上监督")}投诉{v.Agency.Name}" : $"{v.Agency.Name}办结投诉"));
    }
}
