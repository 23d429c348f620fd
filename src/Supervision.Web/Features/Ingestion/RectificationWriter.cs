using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Rectifications;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Ingestion;

/// <summary>责令整改 orders and their follow-up review (复查).</summary>
internal sealed class RectificationWriter(RecordChecks checks) : RecordTypeWriter<RectificationIn, ValidRectification, RectificationOrder>(checks)
{
    protected override ValidParty? PartyOf(ValidRectification record) => record.Party;

    protected override async Task<ValidRectification?> ValidateAsync(WriteSession session, KeyOwner owner, RectificationIn r, DateTime now,
        List<FieldError> errors, CancellationToken ct)
    {
        var agency = Checks.Agency(owner, r, errors);
        var id = RecordChecks.Id(r.Id, errors);
        var issued = RecordChecks.Instant(r.IssuedAt, "issuedAt", now, errors, required: true);
        if (r.Deadline is null) errors.Add(new("deadline", "缺少整改期限(yyyy-MM-dd)。"));
        else if (issued is { } i && r.Deadline < ChinaTime.DayOf(i)) errors.Add(new("deadline", "整改期限早于责令整改之日。"));
        if (string.IsNullOrWhiteSpace(r.Requirement)) errors.Add(new("requirement", "缺少整改要求。"));
        var place = Checks.Place(r.StreetCode, r.Location, errors);
        var party = Checks.Party(r.Party, errors, enterpriseOnly: false);
        ReviewResult? reviewResult = null;
        DateTime? reviewedAt = null;
        if (r.Review is { } review)
        {
            reviewResult = RecordChecks.Enum<ReviewResult>(review.Result, "review.result", errors, required: true);
            reviewedAt = RecordChecks.Instant(review.At, "review.at", now, errors, required: true);
            if (reviewedAt < issued) errors.Add(new("review.at", "复查时间早于责令整改时间。"));
        }
        if (errors.Count > 0 || agency is null || id is null || issued is not { } issuedAt || r.Deadline is not { } deadline
            || r.Requirement is null || place is null || party is null)
            return null;

        // Flushes deferred inspections first, which this record may refer to.
        await session.BeginWritesAsync(ct);
        var db = session.Db;
        int? inspectionId = r.InspectionId is null ? null : await db.Inspections.Where(x => x.AgencyId == agency.Id && x.ExternalId == r.InspectionId)
            .Select(x => (int?)x.Id).SingleOrDefaultAsync(ct);
        int? caseId = r.CaseId is null ? null : await db.Cases.Where(x => x.AgencyId == agency.Id && x.ExternalId == r.CaseId).Select(x => (int?)x.Id).SingleOrDefaultAsync(ct);
        if (r.InspectionId is not null && inspectionId is null) errors.Add(new("inspectionId", $"本单位没有编号为“{r.InspectionId}”的检查记录。"));
        if (r.CaseId is not null && caseId is null) errors.Add(new("caseId", $"本单位没有编号为“{r.CaseId}”的案件。"));
        if (errors.Count > 0) return null;
        return new ValidRectification(agency, id, party, place, r.Requirement.Trim(), issuedAt, deadline, inspectionId, caseId, reviewResult, reviewedAt);
    }

    protected override Task<RectificationOrder?> FindExistingAsync(WriteSession session, ValidRectification v, CancellationToken ct) =>
        session.Db.RectificationOrders.SingleOrDefaultAsync(o => o.AgencyId == v.Agency.Id && o.ExternalId == v.Id, ct);

    protected override async Task<Written> InsertOrReviseAsync(WriteSession session, ValidRectification v, RectificationOrder? existing, DateTime now, CancellationToken ct)
    {
        var party = await session.FindOrAddPartyAsync(v.Party, v.Place, ct);
        if (existing is not null)
        {
            // "No fine-and-forget" (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 3) only works if neither the order nor its review can be rewritten.
            var conflict =
                existing.PartyId != party.Id || existing.IssuedAt != v.IssuedAt || existing.Deadline != v.Deadline || existing.Requirement != v.Requirement
                    ? "同一编号的责令整改已存在，且当事人、时间、期限或要求不同，不能改写。" :
                existing.ReviewedAt is not null && (existing.ReviewedAt != v.ReviewedAt || existing.ReviewResult != v.ReviewResult)
                    ? "已记录的复查结果不能改写。" : null;
            if (conflict is not null) return Conflict(v.Id, existing.Id, conflict);
        }
        var row = existing ?? new RectificationOrder { AgencyId = v.Agency.Id, ExternalId = v.Id, Requirement = v.Requirement, ReceivedAt = now };
        if (existing is null) session.Db.RectificationOrders.Add(row);
        row.PartyId = party.Id;
        // A resend that leaves out the link keeps it: omitting is not unlinking.
        row.InspectionId = v.InspectionId ?? row.InspectionId;
        row.CaseId = v.CaseId ?? row.CaseId;
        row.StreetId = v.Place.Street.Id;
        row.IssuedAt = v.IssuedAt;
        row.Deadline = v.Deadline;
        row.ReviewedAt = v.ReviewedAt;
        row.ReviewResult = v.ReviewResult;
        if (existing is not null && Revised(session, RecordKind.RectificationOrder, row.Id, row.AgencyId, row, now) == 0) return Unchanged(v.Id, existing.Id);
        await session.Db.SaveChangesAsync(ct);
        var status = existing is null ? OutcomeStatus.Created : OutcomeStatus.Updated;
        return Saved(v.Id, status, row.Id, Event(status, "rectification", v.Agency, v.Place, v.ReviewedAt ?? row.IssuedAt, now, party,
            v.ReviewedAt is null ? $"{v.Agency.Name}责令整改，期限 {row.Deadline:yyyy-MM-dd}"
                : $"{v.Agency.Name}复查整改：{(v.ReviewResult == ReviewResult.Rectified ? "已整改" : "未整改")}"));
    }
}
