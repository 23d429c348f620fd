using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// Enterprises' credit grades, each from the day it takes effect: the history the inspection-frequency rule judges each
/// inspection by. A grade once reported is not rewritten (a new assessment is a new record with its own effective day);
/// the enterprise's current grade (<see cref="Party.CreditGrade"/>) follows the history.
/// </summary>
internal sealed class CreditGradeWriter(RecordChecks checks) : RecordTypeWriter<CreditGradeIn, ValidCreditGrade, CreditGradeRecord>(checks)
{
    protected override async Task<ValidCreditGrade?> ValidateAsync(WriteSession session, KeyOwner owner, CreditGradeIn r, DateTime now, List<FieldError> errors,
        CancellationToken ct)
    {
        var agency = Checks.Agency(owner, r, errors);
        var id = RecordChecks.Id(r.Id, errors);
        var codeErrors = CreditCode.Validate(r.CreditCode, "creditCode");
        errors.AddRange(codeErrors);
        var grade = RecordChecks.Enum<CreditGrade>(r.Grade, "grade", errors, required: true);
        var source = r.Source?.Trim();
        if (string.IsNullOrEmpty(source)) errors.Add(new("source", "缺少评定来源（如：信用中国（山东）、市场监管部门）。"));
        else if (source.Length > CreditGradeRecord.SourceMaxLength) errors.Add(new("source", $"评定来源不能超过 {CreditGradeRecord.SourceMaxLength} 个字符。"));
        var today = ChinaTime.DayOf(now);
        if (r.EffectiveOn is not { } effective) errors.Add(new("effectiveOn", "缺少生效日期(yyyy-MM-dd)。"));
        else if (effective > today) errors.Add(new("effectiveOn", $"生效日期{ChineseDates.Day(effective)}晚于今天：请在生效之日起报送。"));
        if (codeErrors.Count > 0 || r.CreditCode is null) return null;
        var party = await session.Db.Parties.AsNoTracking().Where(p => p.CreditCode == r.CreditCode && p.Kind == PartyKind.Enterprise)
            .Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(ct);
        if (party is null) errors.Add(new("creditCode", $"中心尚无统一社会信用代码为{r.CreditCode}的企业（须先报送涉及该企业的检查、案件等记录）。"));
        if (errors.Count > 0 || agency is null || id is null || grade is not { } g || source is null || r.EffectiveOn is not { } on || party is null) return null;
        // Flushes deferred inspections first (this batch may have introduced the enterprise).
        await session.BeginWritesAsync(ct);
        return new ValidCreditGrade(agency, id, party.Id, party.Name, g, source, on);
    }

    protected override Task<CreditGradeRecord?> FindExistingAsync(WriteSession session, ValidCreditGrade v, CancellationToken ct) =>
        session.Db.CreditGrades.SingleOrDefaultAsync(x => x.AgencyId == v.Agency.Id && x.ExternalId == v.Id, ct);

    protected override async Task<Written> InsertOrReviseAsync(WriteSession session, ValidCreditGrade v, CreditGradeRecord? existing, DateTime now,
        CancellationToken ct)
    {
        if (existing is not null)
            return existing.PartyId == v.PartyId && existing.Grade == v.Grade && existing.Source == v.Source && existing.EffectiveOn == v.EffectiveOn
                ? Unchanged(v.Id, existing.Id)
                : Conflict(v.Id, existing.Id, "同一编号的信用等级记录已存在，且企业、等级、来源或生效日期不同，不能改写；等级有变化时，请以新的记录编号和生效日期报送。");
        var db = session.Db;
        var party = await db.Parties.SingleAsync(p => p.Id == v.PartyId, ct);
        var history = await db.CreditGrades.Where(x => x.PartyId == v.PartyId).OrderBy(x => x.EffectiveOn).ThenBy(x => x.Id).ToListAsync(ct);
        // What held before any dated grade: the register's grade when the first one arrives, then carried by every record.
        var before = history.Count == 0 ? party.CreditGrade : history[0].GradeBefore;
        var row = new CreditGradeRecord
        {
            AgencyId = v.Agency.Id, ExternalId = v.Id, PartyId = v.PartyId, Grade = v.Grade, Source = v.Source, EffectiveOn = v.EffectiveOn,
            GradeBefore = before, ReceivedAt = now,
        };
        db.CreditGrades.Add(row);
        history.Add(row);
        var ordered = history.OrderBy(x => x.EffectiveOn).ThenBy(x => x.Id == 0 ? int.MaxValue : x.Id)
            .Select(x => new CreditGradeChange(x.Grade, x.EffectiveOn, x.Source, x.GradeBefore)).ToList();
        party.CreditGrade = CreditGrades.On(ordered, party.CreditGrade, ChinaTime.DayOf(now));
        await db.SaveChangesAsync(ct);
        var street = Checks.Reference.Regions.FirstOrDefault(x => x.Id == party.StreetId);
        // The event names the enterprise (RecordId = the party): what an incoming grade changes is that enterprise's warnings.
        var e = new ActivityEvent(0, "credit-grade", "created", party.Id, v.Agency.Id, v.Agency.Name, party.StreetId, street?.Name ?? "",
            party.Longitude, party.Latitude, ChinaTime.StartOfDayUtc(v.EffectiveOn), now, PersonalData.Display(party.Kind, party.Name),
            $"{v.Source}评定{v.PartyName}信用等级为{v.Grade}级，{ChineseDates.Day(v.EffectiveOn)}起生效");
        return new Written(new RecordOutcome(v.Id, OutcomeStatus.Created, row.Id), e);
    }
}
