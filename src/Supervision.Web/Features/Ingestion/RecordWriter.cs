using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Validation;
using Supervision.Web.Data;
using Supervision.Web.Features.Activity;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// Validates and stores records from agency systems (the API, the sheet import and the simulator alike), each kind by
/// its own writer. A rejected record leaves nothing behind. The same id with the same content changes nothing; with
/// new content it updates what the domain lets change and answers a conflict otherwise. Every accepted change is
/// published to the activity feed (and so to the warnings' evaluation queue) after it commits.
/// </summary>
public sealed class RecordWriter
{
    private readonly IDbContextFactory<SupervisionDbContext> _factory;
    private readonly ActivityFeed _feed;
    private readonly RecordChecks _checks;
    private readonly InspectionWriter _inspections;
    private readonly CaseWriter _cases;
    private readonly RectificationWriter _rectifications;
    private readonly ComplaintWriter _complaints;
    private readonly MeasureWriter _measures;
    private readonly CreditGradeWriter _grades;

    public RecordWriter(IDbContextFactory<SupervisionDbContext> factory, ReferenceData reference, ActivityFeed feed, TimeProvider time,
        Microsoft.Extensions.Options.IOptions<IngestionOptions> options)
    {
        _factory = factory;
        _feed = feed;
        _checks = new RecordChecks(reference, time, options.Value);
        _inspections = new InspectionWriter(_checks);
        _cases = new CaseWriter(_checks);
        _rectifications = new RectificationWriter(_checks);
        _complaints = new ComplaintWriter(_checks);
        _measures = new MeasureWriter(_checks);
        _grades = new CreditGradeWriter(_checks);
    }

    public async Task<RecordOutcome> WriteAsync(KeyOwner owner, RecordIn? record, CancellationToken ct = default) =>
        (await WriteBatchAsync(owner, [record], ct))[0];

    /// <summary>
    /// Several records in one transaction, each accepted or rejected on its own (a savepoint per record); the outcomes
    /// are in the records' order and the events of the accepted ones are published once the batch has committed.
    /// </summary>
    public async Task<IReadOnlyList<RecordOutcome>> WriteBatchAsync(KeyOwner owner, IReadOnlyList<RecordIn?> records, CancellationToken ct = default)
    {
        try
        {
            return await WriteBatchAsync(owner, records, mayDefer: true, ct);
        }
        catch (DeferredInsertFailedException)
        {
            return await WriteBatchAsync(owner, records, mayDefer: false, ct);
        }
    }

    private async Task<IReadOnlyList<RecordOutcome>> WriteBatchAsync(KeyOwner owner, IReadOnlyList<RecordIn?> records, bool mayDefer, CancellationToken ct)
    {
        await using var session = await WriteSession.BeginAsync(_factory, mayDefer, ct);
        session.Source = owner.Source;
        await session.PreloadPartiesAsync(records.Select(PartyOf).OfType<PartyIn>(), ct);
        // Only ids the bounds would let through reach this query, read before the records are validated (see PreloadPartiesAsync).
        var inspections = records.OfType<InspectionIn>().Where(r => r.Id is { Length: <= 64 } id && TextRules.Problem(id, false) is null).ToList();
        if (inspections.Count > 1)
            await session.PreloadInspectionKeysAsync(
                inspections.Select(r => _checks.AgencyIdOf(owner, r)).Distinct().ToList(), inspections.Select(r => r.Id).OfType<string>().ToList(), ct);
        var outcomes = new List<RecordOutcome>(records.Count);
        foreach (var record in records)
        {
            session.RecordIndex = outcomes.Count;
            RecordOutcome outcome;
            try
            {
                outcome = await WriteOneAsync(session, owner, record, ct);
            }
            catch (DbUpdateException e) when (!StoreUnavailable.Is(e))
            {
                // In practice a second request writing the same new record at the same moment: this one loses the race.
                outcome = new RecordOutcome(record?.Id, OutcomeStatus.Conflict, Detail: "同一记录正由另一个请求同时写入，本条未保存，请重新发送。");
            }
            if (outcome.Status is OutcomeStatus.Created or OutcomeStatus.Updated) await session.AcceptRecordAsync(ct);
            else await session.RejectRecordAsync(ct);
            outcomes.Add(outcome);
        }
        await session.CommitAsync(_feed, ct);
        foreach (var (index, id) in session.DeferredIds) outcomes[index] = outcomes[index] with { RecordId = id };
        return outcomes;
    }

    private static PartyIn? PartyOf(RecordIn? record) => record switch
    {
        InspectionIn r => r.Party, CaseIn r => r.Party, RectificationIn r => r.Party, MeasureIn r => r.Party, _ => null,
    };

    private Task<RecordOutcome> WriteOneAsync(WriteSession session, KeyOwner owner, RecordIn? record, CancellationToken ct) => record switch
    {
        InspectionIn r => _inspections.WriteAsync(session, owner, r, ct),
        CaseIn r => _cases.WriteAsync(session, owner, r, ct),
        RectificationIn r => _rectifications.WriteAsync(session, owner, r, ct),
        ComplaintIn r => _complaints.WriteAsync(session, owner, r, ct),
        MeasureIn r => _measures.WriteAsync(session, owner, r, ct),
        CreditGradeIn r => _grades.WriteAsync(session, owner, r, ct),
        null => Task.FromResult(Rejected(null, [new FieldError("record", "记录为空。")])),
        _ => Task.FromResult(Rejected(record.Id, [new FieldError("type", "不支持的记录类型。")])),
    };

    /// <summary>
    /// Instants are kept to the microsecond, PostgreSQL's precision (.NET's is a tenth of that), so a record sent again
    /// compares equal to what either database stored.
    /// </summary>
    public static DateTime ToMicroseconds(DateTimeOffset value) => new(value.UtcTicks - value.UtcTicks % 10, DateTimeKind.Utc);

    internal static RecordOutcome Rejected(string? id, IEnumerable<FieldError> errors) =>
        new(id, OutcomeStatus.Rejected, Errors: errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
}
