using Supervision.Domain.Agencies;
using Supervision.Domain.Parties;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// One kind of record through the steps every kind takes: refuse a sender writing for an agency outside its scope,
/// validate (into a record whose every required value is present), find what is stored under the agency's own id, insert or revise it, publish the change. A writer only
/// says what each step means for its kind; the order, and how a failed step ends the record, are fixed here.
/// </summary>
internal abstract class RecordTypeWriter<TIn, TValid, TRow>(RecordChecks checks)
    where TIn : RecordIn where TValid : class where TRow : class
{
    protected RecordChecks Checks => checks;

    public async Task<RecordOutcome> WriteAsync(WriteSession session, KeyOwner owner, TIn record, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        // Out-of-bounds text or numbers are not read further, not even echoed in another field's message.
        checks.Bounds.Check(record, errors);
        if (errors.Count > 0) return RecordWriter.Rejected(record.Id is { Length: <= 64 } id && TextRules.Problem(id, false) is null ? id : null, errors);
        if (checks.Forbidden(owner, record) is { } forbidden) return new RecordOutcome(record.Id, OutcomeStatus.Forbidden, Detail: forbidden);
        var now = checks.Now;
        var valid = await ValidateAsync(session, owner, record, now, errors, ct);
        if (valid is null || errors.Count > 0) return RecordWriter.Rejected(record.Id, errors);
        // A person's ID number already registered under another name is refused, not linked: a link would put the
        // record on someone else, and echoing the registered name would tell the sender whose number it is.
        if (PartyOf(valid) is { IsPerson: true, Name: { } name } party && !string.IsNullOrWhiteSpace(name)
            && await session.RegisteredNameAsync(party, ct) is { } registered && registered != name.Trim())
            return RecordWriter.Rejected(record.Id, [new FieldError("party.name", "该身份证号码已登记在另一姓名下，记录未保存：请核对身份证号码与姓名。")]);
        var existing = await FindExistingAsync(session, valid, ct);
        var written = await InsertOrReviseAsync(session, valid, existing, now, ct);
        if (written.Event is { } e) session.Publish(e);
        return written.Outcome;
    }

    /// <summary>
    /// All the record's checks, those against the database included (officers, linked records); null, with the
    /// reasons in <paramref name="errors"/>, when it fails. Writes nothing but may flush what earlier records deferred.
    /// </summary>
    protected abstract Task<TValid?> ValidateAsync(WriteSession session, KeyOwner owner, TIn record, DateTime now, List<FieldError> errors, CancellationToken ct);

    /// <summary>The record's party, for the check of a person's name against the one registered with the ID number.</summary>
    protected virtual ValidParty? PartyOf(TValid record) => null;

    /// <summary>The stored record with the same agency and agency's own id, if any.</summary>
    protected abstract Task<TRow?> FindExistingAsync(WriteSession session, TValid record, CancellationToken ct);

    /// <summary>Inserts the record, or revises the stored one as far as the domain lets it change (a conflict otherwise).</summary>
    protected abstract Task<Written> InsertOrReviseAsync(WriteSession session, TValid record, TRow? existing, DateTime now, CancellationToken ct);

    /// <summary>
    /// Keeps what a resend changed as a revision (<see cref="RevisionCapture"/>); 0 when it changed nothing the agency
    /// reports, nor anything beside the record (a party's details), so the caller can answer "unchanged".
    /// </summary>
    protected static int Revised(WriteSession session, RecordKind kind, int recordId, int agencyId, object row, DateTime now,
        IEnumerable<FieldChange>? beside = null, string? reason = null)
    {
        var changes = RevisionCapture.Capture(session.Db, kind, recordId, agencyId, row, now, session.Source, beside, reason).Count;
        return changes > 0 || session.Db.ChangeTracker.HasChanges() ? Math.Max(changes, 1) : 0;
    }

    /// <summary>The officers as a revision field, by the certificate numbers the agency sends; none when they are the same.</summary>
    protected static async Task<FieldChange[]> OfficerChangeAsync(WriteSession session, int agencyId, IReadOnlyList<int> current, IReadOnlyList<int> next,
        CancellationToken ct)
    {
        if (current.Order().SequenceEqual(next.Order())) return [];
        var certificates = (await session.OfficersOfAsync(agencyId, ct)).ToDictionary(o => o.Value, o => o.Key);
        string Of(IEnumerable<int> ids) => string.Join("、", ids.Select(id => certificates.GetValueOrDefault(id) ?? "").Order(StringComparer.Ordinal));
        return [new FieldChange("Officers", Of(current), Of(next))];
    }

    protected static Written Conflict(string id, int recordId, string detail) => new(new RecordOutcome(id, OutcomeStatus.Conflict, recordId, Detail: detail));

    protected static Written Unchanged(string id, int recordId) => new(new RecordOutcome(id, OutcomeStatus.Unchanged, recordId));

    protected static Written Saved(string id, OutcomeStatus status, int recordId, ActivityEvent e) =>
        new(new RecordOutcome(id, status, recordId), e with { RecordId = recordId });

    protected static ActivityEvent Event(OutcomeStatus status, string kind, Agency agency, RecordPlace place, DateTime occurredAt, DateTime now, PartyRef party, string summary) =>
        new(0, kind, Change(status), 0, agency.Id, agency.Name, place.Street.Id, place.Street.Name,
            place.Point.Longitude, place.Point.Latitude, occurredAt, now, PersonalData.Display(party.Kind, party.Name), summary);

    protected static string Change(OutcomeStatus status) => status == OutcomeStatus.Created ? "created" : "updated";
}
