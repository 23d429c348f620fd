using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// One context and one transaction for a whole batch, so that the batch pays for one connection, one BEGIN and one
/// COMMIT instead of one per record (that, not SQL, limited ingestion to ~300 records/s).
/// <list type="bullet">
/// <item>A record that writes anything first calls <see cref="BeginWritesAsync"/>, which opens a savepoint for it: a
/// rejected record is rolled back to it and leaves nothing behind.</item>
/// <item>The common case, a new inspection whose party is already known, needs no savepoint: it has been fully
/// validated and only has to be inserted, so it is <see cref="Defer">deferred</see> and inserted with the other new
/// inspections by prepared commands when the batch ends (per-record SaveChanges was ~0.9 ms of the ~1.2 ms a record
/// cost). Anything that might read or depend on deferred rows flushes them first. Should that final insert still fail
/// (another instance inserted the same id meanwhile, on a server database), the caller reruns the batch record by
/// record with deferral off.</item>
/// <item>Lookups every record repeats — the agency's officers, parties by credit code or ID number — are read once.</item>
/// <item>Events are published only after the commit: a screen never shows a record that a failed commit took back.</item>
/// </list>
/// </summary>
internal sealed class WriteSession : IAsyncDisposable
{
    private const string Savepoint = "record";
    /// <summary>Keys per IN (…) list: well under SQLite's 999 host parameters (older builds) and PostgreSQL's plan-friendly sizes.</summary>
    private const int InListChunk = 400;
    private readonly IDbContextTransaction _transaction;
    private readonly Dictionary<int, Dictionary<string, int>> _officers = [];
    private readonly Dictionary<string, PartyRef> _parties = new(StringComparer.Ordinal);
    private readonly List<string> _partiesOfThisRecord = [];
    private readonly List<ActivityEvent> _events = [];
    private readonly List<ActivityEvent> _eventsOfThisRecord = [];
    private readonly List<(int Record, int Event, Inspection Row)> _deferred = [];
    private readonly HashSet<(int AgencyId, string Id)> _unflushed = [];
    private readonly List<(Inspection Row, List<int> Officers)> _unflushedRows = [];
    private readonly bool _mayDefer;
    private bool _savepoint;

    private WriteSession(SupervisionDbContext db, IDbContextTransaction transaction, bool mayDefer)
    {
        Db = db;
        _transaction = transaction;
        _mayDefer = mayDefer;
    }

    public SupervisionDbContext Db { get; }

    /// <summary>Through what the batch came (key, import file, simulator), for the revisions it makes (<see cref="RevisionCapture"/>).</summary>
    public string Source { get; set; } = "";

    /// <summary>The index in the batch of the record being written.</summary>
    public int RecordIndex { get; set; }

    /// <summary>Whether the current record may be deferred: it has written nothing so far.</summary>
    public bool CanDefer => _mayDefer && !_savepoint;

    /// <summary>The records whose ids were only known after the batch's final insert: (index in the batch, id).</summary>
    public IEnumerable<(int Record, int RecordId)> DeferredIds => _deferred.Select(d => (d.Record, d.Row.Id));

    public static async Task<WriteSession> BeginAsync(IDbContextFactory<SupervisionDbContext> factory, bool mayDefer, CancellationToken ct)
    {
        var db = await factory.CreateDbContextAsync(ct);
        // The session sets its own savepoints; EF's automatic one per SaveChanges would only double the statements.
        db.Database.AutoSavepointsEnabled = false;
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return new WriteSession(db, await db.Database.BeginTransactionAsync(ct), mayDefer);
    }

    /// <summary>Reads the parties a batch names in one query, so that each record finds its party without a round trip.</summary>
    public async Task PreloadPartiesAsync(IEnumerable<PartyIn> parties, CancellationToken ct)
    {
        // Read before the records are validated: only keys that could be one (18 letters and digits) go into a query, or a
        // NUL in a hostile record would fail the whole batch on PostgreSQL (which refuses NUL in text).
        var codes = parties.Select(p => p.CreditCode).OfType<string>().Where(c => CouldBeKey(c) && !_parties.ContainsKey(c)).Distinct().ToList();
        var ids = parties.Select(p => p.IdNumber).OfType<string>().Where(c => CouldBeKey(c) && !_parties.ContainsKey(c)).Distinct().ToList();
        foreach (var chunk in codes.Chunk(InListChunk))
            foreach (var p in await Db.Parties.AsNoTracking().Where(p => p.CreditCode != null && chunk.Contains(p.CreditCode))
                         .Select(p => new { p.Id, p.Kind, p.Name, p.CreditCode }).ToListAsync(ct))
                _parties[p.CreditCode!] = new PartyRef(p.Id, p.Kind, p.Name);
        foreach (var chunk in ids.Chunk(InListChunk))
            foreach (var p in await Db.Parties.AsNoTracking().Where(p => p.IdNumber != null && chunk.Contains(p.IdNumber))
                         .Select(p => new { p.Id, p.Kind, p.Name, p.IdNumber }).ToListAsync(ct))
                _parties[p.IdNumber!] = new PartyRef(p.Id, p.Kind, p.Name);
    }

    private static bool CouldBeKey(string key) => key.Length == 18 && key.All(char.IsAsciiLetterOrDigit);

    /// <summary>The party by its ID number or credit code, created (at the record's place) when the center has never seen it.</summary>
    public async Task<PartyRef> FindOrAddPartyAsync(ValidParty p, RecordPlace place, CancellationToken ct)
    {
        if (await FindPartyAsync(p.Key, p.IsPerson, ct) is { } existing) return existing;
        await BeginWritesAsync(ct);
        var party = new Domain.Parties.Party
        {
            Kind = p.IsPerson ? PartyKind.Person : PartyKind.Enterprise,
            Name = string.IsNullOrWhiteSpace(p.Name) ? (p.IsPerson ? UnnamedPerson : "(未提供名称)") : p.Name.Trim(),
            CreditCode = p.IsPerson ? null : p.Key,
            IdNumber = p.IsPerson ? p.Key : null,
            StreetId = place.Street.Id,
            Longitude = place.Point.Longitude,
            Latitude = place.Point.Latitude,
        };
        Db.Parties.Add(party);
        await Db.SaveChangesAsync(ct);
        var added = new PartyRef(party.Id, party.Kind, party.Name);
        // Forgotten again if the record is rolled back.
        _parties[p.Key] = added;
        _partiesOfThisRecord.Add(p.Key);
        return added;
    }

    /// <summary>The name a person is registered under with this ID number, or null when new or registered without a name.</summary>
    public async Task<string?> RegisteredNameAsync(ValidParty person, CancellationToken ct) =>
        await FindPartyAsync(person.Key, isPerson: true, ct) is { Kind: PartyKind.Person, Name: var name } && name != UnnamedPerson ? name : null;

    private const string UnnamedPerson = "(未提供姓名)";

    private async Task<PartyRef?> FindPartyAsync(string key, bool isPerson, CancellationToken ct)
    {
        if (_parties.TryGetValue(key, out var known)) return known;
        var found = await (isPerson ? Db.Parties.Where(x => x.IdNumber == key) : Db.Parties.Where(x => x.CreditCode == key))
            .AsNoTracking().Select(p => new PartyRef(p.Id, p.Kind, p.Name)).SingleOrDefaultAsync(ct);
        if (found is not null) _parties[key] = found;
        return found;
    }

    /// <summary>The agency's officers by certificate number, read once per batch.</summary>
    public async Task<IReadOnlyDictionary<string, int>> OfficersOfAsync(int agencyId, CancellationToken ct)
    {
        if (_officers.TryGetValue(agencyId, out var known)) return known;
        var officers = await Db.Officers.AsNoTracking().Where(o => o.AgencyId == agencyId).Select(o => new { o.Id, o.CertificateNumber }).ToListAsync(ct);
        return _officers[agencyId] = officers.DistinctBy(o => o.CertificateNumber).ToDictionary(o => o.CertificateNumber, o => o.Id, StringComparer.Ordinal);
    }

    public void Publish(ActivityEvent e) => _eventsOfThisRecord.Add(e);

    public bool IsDeferred(int agencyId, string id) => _unflushed.Contains((agencyId, id));

    private HashSet<(int AgencyId, string Id)>? _inspectionKeys;

    /// <summary>
    /// Reads in one query which of the batch's inspection ids are already stored, so that a new inspection — nearly
    /// every one — needs no lookup of its own (that lookup was a fifth of a record's cost).
    /// </summary>
    public async Task PreloadInspectionKeysAsync(IReadOnlyCollection<int> agencyIds, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        _inspectionKeys = [];
        foreach (var chunk in ids.Distinct().Chunk(InListChunk))
            foreach (var key in await Db.Inspections.AsNoTracking().Where(i => agencyIds.Contains(i.AgencyId) && chunk.Contains(i.ExternalId))
                         .Select(i => new { i.AgencyId, i.ExternalId }).ToListAsync(ct))
                _inspectionKeys.Add((key.AgencyId, key.ExternalId));
    }

    /// <summary>False only when the inspection is certainly not stored yet (neither before the batch nor by it).</summary>
    public bool InspectionMayExist(int agencyId, string id) => _inspectionKeys?.Contains((agencyId, id)) ?? true;

    /// <summary>Records an inspection this batch creates, so a later record with its id looks it up.</summary>
    public void InspectionCreated(int agencyId, string id) => _inspectionKeys?.Add((agencyId, id));

    /// <summary>A new, fully validated inspection: inserted with the batch's others when the batch ends.</summary>
    public void Defer(Inspection row, IEnumerable<int> officerIds, ActivityEvent e)
    {
        _unflushed.Add((row.AgencyId, row.ExternalId));
        _unflushedRows.Add((row, officerIds.ToList()));
        _deferred.Add((RecordIndex, _events.Count + _eventsOfThisRecord.Count, row));
        _eventsOfThisRecord.Add(e);
    }

    /// <summary>Before a record's first write: inserts what earlier records deferred, then opens the record's savepoint.</summary>
    public async Task BeginWritesAsync(CancellationToken ct)
    {
        if (_savepoint) return;
        await FlushAsync(ct);
        await _transaction.CreateSavepointAsync(Savepoint, ct);
        _savepoint = true;
    }

    /// <summary>
    /// Inserts the deferred inspections with prepared commands, bypassing the change tracker: EF's SaveChanges cost
    /// ~0.7 ms per inspection with its officer links here, the prepared inserts a tenth of that.
    /// </summary>
    private async Task FlushAsync(CancellationToken ct)
    {
        if (_unflushed.Count == 0) return;
        try
        {
            var inserter = new BulkInserter(Db);
            await inserter.InsertReturningKeysAsync(_unflushedRows.Select(r => r.Row).ToList(), (row, id) => row.Id = id, ct);
            await inserter.InsertAsync(_unflushedRows.SelectMany(r => r.Officers.Select(o => new InspectionOfficer { InspectionId = r.Row.Id, OfficerId = o })).ToList(), ct);
        }
        catch (DbException e)
        {
            throw new DeferredInsertFailedException(e);
        }
        _unflushedRows.Clear();
        _unflushed.Clear();
    }

    /// <summary>Keeps what the record wrote (unless the whole batch fails later) and queues its events.</summary>
    public async Task AcceptRecordAsync(CancellationToken ct)
    {
        if (_savepoint) await _transaction.ReleaseSavepointAsync(Savepoint, ct);
        _events.AddRange(_eventsOfThisRecord);
        EndRecord();
    }

    /// <summary>Takes back everything the record wrote, including a party created for it.</summary>
    public async Task RejectRecordAsync(CancellationToken ct)
    {
        if (_savepoint)
        {
            await _transaction.RollbackToSavepointAsync(Savepoint, ct);
            await _transaction.ReleaseSavepointAsync(Savepoint, ct);
        }
        foreach (var key in _partiesOfThisRecord) _parties.Remove(key);
        EndRecord();
    }

    private void EndRecord()
    {
        _partiesOfThisRecord.Clear();
        _eventsOfThisRecord.Clear();
        // After a savepoint nothing deferred is tracked (BeginWrites flushed it): clearing keeps each record's work small
        // and stops a rolled-back entity from being saved by the next record.
        if (_savepoint) Db.ChangeTracker.Clear();
        _savepoint = false;
    }

    public async Task CommitAsync(ActivityFeed feed, CancellationToken ct)
    {
        await FlushAsync(ct);
        foreach (var (_, index, row) in _deferred) _events[index] = _events[index] with { RecordId = row.Id };
        // Committed with the records, deleted once they are evaluated: what a crash takes from the in-memory queue.
        var touches = _events.Where(e => e.RecordId > 0 && ActivityKinds.RecordKindOf(e.Kind) is not null)
            .Select(e => $"{(int)ActivityKinds.RecordKindOf(e.Kind)!.Value}:{e.RecordId}:{(e.Action == "updated" ? 1 : 0)}").Distinct().ToList();
        if (touches.Count > 0)
        {
            var backlog = new AwaitingEvaluation { Touches = string.Join(';', touches), Count = touches.Count, AcceptedAt = _events[0].ReceivedAt };
            Db.AwaitingEvaluations.Add(backlog);
            await Db.SaveChangesAsync(ct);
            for (var i = 0; i < _events.Count; i++) _events[i] = _events[i] with { Backlog = backlog.Id };
        }
        await _transaction.CommitAsync(ct);
        // Numbered at publication, so that sequence order is the order in which screens receive events.
        foreach (var e in _events) feed.Publish(e with { Sequence = feed.NextSequence() });
        _events.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await Db.DisposeAsync();
    }
}
