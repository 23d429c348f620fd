using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Calendar;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Simulator;

/// <summary>
/// Plays agencies' systems: every record goes through <see cref="RecordWriter"/>, the same validation and
/// idempotency as the API, and so reaches every screen through the activity feed.
/// </summary>
public sealed class LiveSimulator(
    IDbContextFactory<SupervisionDbContext> factory, RecordWriter writer, ReferenceData reference, CurrentCalendar calendar,
    IOptions<SimulatorOptions> options, IOptions<IngestionOptions> ingestion, TimeProvider time, ILogger<LiveSimulator> log) : BackgroundService
{
    private readonly Random _rng = new();
    private readonly List<(CaseIn Record, KeyOwner Owner)> _openCases = [];
    private readonly List<(RectificationIn Record, KeyOwner Owner)> _openOrders = [];
    private readonly List<(ComplaintIn Record, KeyOwner Owner)> _openComplaints = [];
    private List<Enterprise>? _enterprises;
    private Dictionary<int, List<string>>? _officers;

    private sealed record Enterprise(string Name, string CreditCode, int StreetId, double Lon, double Lat);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        log.LogInformation("Simulator on: about {Rate} records a minute", options.Value.EventsPerMinute);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(NextPause(), time, stoppingToken);
                await StepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Simulator step failed; it carries on");
            }
        }
    }

    /// <summary>Exponential pauses around the configured rate: busier in office hours on working days.</summary>
    private TimeSpan NextPause()
    {
        var local = ChinaTime.ToLocal(time.GetUtcNow().UtcDateTime);
        var busy = calendar.Calendar.IsWorkingDay(DateOnly.FromDateTime(local)) && local.Hour is >= 8 and < 18;
        var perMinute = options.Value.EventsPerMinute * (busy ? 1.0 : 0.33);
        return TimeSpan.FromSeconds(-Math.Log(1 - _rng.NextDouble()) * 60 / perMinute);
    }

    /// <summary>
    /// One simulated step: mostly a new inspection (with its rectification order when it found a problem) or case, or
    /// the next stage of an open case; now and then the review of an open order — the seeded ones include orders past
    /// their deadline, so some reviews arrive late, as they do — a compulsory measure, or a complaint or its handling.
    /// </summary>
    public async Task<RecordOutcome> StepAsync(CancellationToken ct = default)
    {
        await LoadAsync(ct);
        var roll = _rng.NextDouble();
        return roll switch
        {
            < 0.15 when _openCases.Count > 0 => await AdvanceCaseAsync(ct),
            < 0.25 when _openOrders.Count > 0 => await ReviewOrderAsync(ct),
            < 0.29 => await NewMeasureAsync(ct),
            < 0.33 => await NewComplaintAsync(ct),
            < 0.36 when _openComplaints.Count > 0 => await HandleComplaintAsync(ct),
            < 0.82 => await NewInspectionAsync(ct),
            _ => await NewCaseAsync(ct),
        };
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (_enterprises is not null) return;
        await using var db = await factory.CreateDbContextAsync(ct);
        _enterprises = await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.Enterprise).OrderBy(p => p.Id).Take(5_000)
            .Select(p => new Enterprise(p.Name, p.CreditCode!, p.StreetId, p.Longitude, p.Latitude)).ToListAsync(ct);
        var today = ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);
        _officers = (await db.Officers.AsNoTracking().Where(o => o.CertificateExpiresOn >= today).Select(o => new { o.AgencyId, o.CertificateNumber }).ToListAsync(ct))
            .GroupBy(o => o.AgencyId).Where(g => g.Count() >= 2).ToDictionary(g => g.Key, g => g.Select(o => o.CertificateNumber).ToList());
        // The city's open orders await their review; those already past their deadline will be reviewed late.
        var orders = await db.RectificationOrders.AsNoTracking().Where(o => o.ReviewedAt == null).OrderByDescending(o => o.IssuedAt).Take(2_000)
            .Join(db.Parties, o => o.PartyId, p => p.Id,
                (o, p) => new { o.Id, o.ExternalId, o.AgencyId, o.StreetId, o.Requirement, o.IssuedAt, o.Deadline, p.Kind, p.Name, p.CreditCode, p.IdNumber })
            // Ordered again after the join, which PostgreSQL may return in any order: the same seed picks the same orders.
            .OrderByDescending(o => o.IssuedAt).ThenBy(o => o.Id)
            .ToListAsync(ct);
        var agencies = reference.Agencies.ToDictionary(a => a.Id);
        var streets = reference.Regions.ToDictionary(r => r.Id);
        foreach (var o in orders)
        {
            var agency = agencies[o.AgencyId];
            var street = streets[o.StreetId];
            _openOrders.Add((new RectificationIn
            {
                Id = o.ExternalId,
                Party = new PartyIn(o.Kind.ToString(), o.Name, o.CreditCode, o.IdNumber),
                StreetCode = street.Code,
                Location = new LocationIn(street.Longitude, street.Latitude),
                Requirement = o.Requirement,
                IssuedAt = new DateTimeOffset(DateTime.SpecifyKind(o.IssuedAt, DateTimeKind.Utc)),
                Deadline = o.Deadline,
            }, new KeyOwner(0, agency.Id, agency.Code, "演示数据模拟器")));
        }
    }

    private (Enterprise Party, KeyOwner Owner, List<string?> Officers) PickActors(Func<Domain.Agencies.Agency, bool> fits)
    {
        var party = _enterprises![_rng.Next(_enterprises.Count)];
        var street = reference.Regions.First(r => r.Id == party.StreetId);
        var candidates = reference.Agencies.Where(a => _officers!.ContainsKey(a.Id) && fits(a)
            && (a.RegionId == street.Id || a.RegionId == street.ParentId || a.Level == Domain.Agencies.AgencyLevel.City)).ToList();
        var agency = candidates[_rng.Next(candidates.Count)];
        var officers = _officers![agency.Id].OrderBy(_ => _rng.Next()).Take(2).Select(o => (string?)o).ToList();
        return (party, new KeyOwner(0, agency.Id, agency.Code, "演示数据模拟器"), officers);
    }

    private async Task<RecordOutcome> NewInspectionAsync(CancellationToken ct)
    {
        var (party, owner, officers) = PickActors(a => a.Sector != Domain.Agencies.Sector.Other);
        var now = time.GetUtcNow();
        var inspection = new InspectionIn
        {
            Id = $"SIM-{Guid.NewGuid():N}",
            Party = new PartyIn("Enterprise", party.Name, party.CreditCode, null),
            // Mostly the agency's own routine and double-random visits; now and then one it was assigned, referred or
            // deployed to make, which the frequency and repeat-after-joint rules leave out.
            Kind = _rng.NextDouble() switch
            {
                < 0.46 => "Routine",
                < 0.92 => "DoubleRandom",
                < 0.95 => "HigherLevelAssignment",
                < 0.97 => "Referral",
                _ => "KeySectorCampaign",
            },
            // Now and then an inspection arrives without its pre-filing, as real ones do.
            PreFiledAt = _rng.NextDouble() < 0.03 ? null : now.AddHours(-_rng.Next(2, 48)),
            StartedAt = now.AddMinutes(-_rng.Next(20, 90)),
            EndedAt = now.AddMinutes(-_rng.Next(0, 15)),
            Location = new LocationIn(party.Lon, party.Lat),
            Officers = officers,
            Result = _rng.NextDouble() switch { < 0.72 => "NothingFound", < 0.94 => "RectificationOrdered", _ => "CaseOpened" },
        };
        var outcome = await writer.WriteAsync(owner, inspection, ct);
        if (outcome.Status != OutcomeStatus.Created || inspection.Result != "RectificationOrdered") return outcome;
        // The order the inspection found necessary, with 7 to 15 days to comply.
        var order = new RectificationIn
        {
            Id = $"SIM-R-{Guid.NewGuid():N}",
            Party = inspection.Party,
            InspectionId = inspection.Id,
            Location = inspection.Location,
            Requirement = Requirements[_rng.Next(Requirements.Length)],
            IssuedAt = inspection.EndedAt,
            Deadline = ChinaTime.DayOf(now.UtcDateTime).AddDays(_rng.Next(7, 16)),
        };
        if ((await writer.WriteAsync(owner, order, ct)).Status == OutcomeStatus.Created) _openOrders.Add((order, owner));
        return outcome;
    }

    private static readonly string[] Requirements =
    [
        "完善食品进货查验记录", "规范明码标价", "清理占道经营物品", "整改消防通道堵塞问题", "补办相关许可证件",
        "规范广告牌匾设置", "落实安全生产台账", "停止超范围经营并限期整改",
    ];

    /// <summary>The follow-up review (复查) of an open order: mostly rectified, sometimes not; past the deadline it is late.</summary>
    private async Task<RecordOutcome> ReviewOrderAsync(CancellationToken ct)
    {
        // About a third of reviews are of orders already past their deadline, when there are any: late reviews happen,
        // and they are what resolves the overdue-rectification warnings on the live screens.
        var today = ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);
        var overdue = Enumerable.Range(0, _openOrders.Count).Where(i => _openOrders[i].Record.Deadline < today).ToList();
        var index = overdue.Count > 0 && _rng.NextDouble() < 0.3 ? overdue[_rng.Next(overdue.Count)] : _rng.Next(_openOrders.Count);
        var (order, owner) = _openOrders[index];
        _openOrders.RemoveAt(index);
        var reviewed = order with { Review = new ReviewIn(time.GetUtcNow(), _rng.NextDouble() < 0.85 ? "Rectified" : "NotRectified") };
        return await writer.WriteAsync(owner, reviewed, ct);
    }

    private async Task<RecordOutcome> NewMeasureAsync(CancellationToken ct)
    {
        var (party, owner, _) = PickActors(a => a.Sector is Domain.Agencies.Sector.MarketRegulation
            or Domain.Agencies.Sector.UrbanManagement or Domain.Agencies.Sector.Comprehensive);
        var now = time.GetUtcNow();
        var urban = reference.Agencies.First(a => a.Id == owner.AgencyId).Sector != Domain.Agencies.Sector.MarketRegulation;
        var kind = _rng.NextDouble() switch
        {
            < 0.45 => "Seizure",
            < 0.85 => "Detention",
            _ => urban ? "ForcedDemolition" : "ForcedExecution",
        };
        return await writer.WriteAsync(owner, new MeasureIn
        {
            Id = $"SIM-M-{Guid.NewGuid():N}",
            Party = new PartyIn("Enterprise", party.Name, party.CreditCode, null),
            Kind = kind,
            StartedAt = now.AddMinutes(-_rng.Next(30, 120)),
            EndedAt = kind is "ForcedDemolition" or "ForcedExecution" ? now.AddMinutes(-_rng.Next(0, 20)) : null,
            // Emergencies are rare; an execution streamed at night without one is exactly what the warnings are for.
            IsEmergency = _rng.NextDouble() < 0.05,
            Location = new LocationIn(party.Lon, party.Lat),
        }, ct);
    }

    private static readonly string[] ComplaintSummaries =
    [
        "反映执法人员检查时未出示执法证件", "反映同一企业一月内被多次检查", "反映处罚决定未告知陈述申辩权利",
        "反映执法人员态度粗暴", "反映整改期限过短", "反映举报问题久拖未办",
    ];

    private async Task<RecordOutcome> NewComplaintAsync(CancellationToken ct)
    {
        var (party, owner, officers) = PickActors(_ => true);
        var now = time.GetUtcNow();
        var street = reference.Regions.First(r => r.Id == party.StreetId);
        var complaint = new ComplaintIn
        {
            Id = $"SIM-C-{Guid.NewGuid():N}",
            Channel = _rng.NextDouble() < 0.6 ? "QrCode" : "Hotline12345",
            Officer = _rng.NextDouble() < 0.5 ? officers[0] : null,
            StreetCode = street.Code,
            Summary = ComplaintSummaries[_rng.Next(ComplaintSummaries.Length)],
            ReceivedAt = now.AddMinutes(-_rng.Next(1, 30)),
            Deadline = now.AddDays(_rng.Next(5, 16)),
        };
        var outcome = await writer.WriteAsync(owner, complaint, ct);
        if (outcome.Status == OutcomeStatus.Created) _openComplaints.Add((complaint, owner));
        return outcome;
    }

    private async Task<RecordOutcome> HandleComplaintAsync(CancellationToken ct)
    {
        var index = _rng.Next(_openComplaints.Count);
        var (complaint, owner) = _openComplaints[index];
        _openComplaints.RemoveAt(index);
        var handled = complaint with
        {
            HandledAt = time.GetUtcNow(),
            Outcome = _rng.NextDouble() switch { < 0.2 => "Substantiated", < 0.35 => "PartlySubstantiated", _ => "Unsubstantiated" },
        };
        return await writer.WriteAsync(owner, handled, ct);
    }

    private async Task<RecordOutcome> NewCaseAsync(CancellationToken ct)
    {
        var (party, owner, officers) = PickActors(a => a.Sector is Domain.Agencies.Sector.MarketRegulation
            or Domain.Agencies.Sector.UrbanManagement or Domain.Agencies.Sector.Comprehensive);
        var sector = reference.Agencies.First(a => a.Id == owner.AgencyId).Sector is Domain.Agencies.Sector.MarketRegulation
            ? Domain.Agencies.Sector.MarketRegulation
            : Domain.Agencies.Sector.UrbanManagement;
        var matters = reference.Matters.Where(m => m.Sector == sector).ToList();
        var matter = matters[_rng.Next(matters.Count)];
        var now = time.GetUtcNow();
        var id = Guid.NewGuid().ToString("N")[..12];
        var record = new CaseIn
        {
            Id = $"SIM-{id}",
            // Under the agency's own prefix where it has one (Ingestion:CaseNumberPrefixes), as the ingestion requires.
            Number = $"{ingestion.Value.CaseNumberPrefixes.GetValueOrDefault(reference.Agencies.First(a => a.Id == owner.AgencyId).Code) ?? "济模拟罚"}" +
                $"〔{ChinaTime.ToLocal(now.UtcDateTime).Year}〕{id}号",
            Party = new PartyIn("Enterprise", party.Name, party.CreditCode, null),
            MatterCode = matter.Code,
            Location = new LocationIn(party.Lon, party.Lat),
            Officers = officers,
            Stages = [new StageIn(nameof(CaseStage.Filed), now.AddMinutes(-_rng.Next(5, 60)))],
        };
        var outcome = await writer.WriteAsync(owner, record, ct);
        if (outcome.Status == OutcomeStatus.Created) _openCases.Add((record, owner));
        return outcome;
    }

    /// <summary>Half the minor benchmark's ceiling in round hundreds, never below its floor, and never nothing: a fine of 0 is refused.</summary>
    private static long MinorFine(Domain.Matters.DiscretionBenchmark minor)
    {
        var fine = Math.Max(minor.MinFine, minor.MaxFine / 2 / 100 * 100);
        return fine > 0 ? fine : minor.MaxFine;
    }

    /// <summary>Moves one of the simulator's own cases to its next stage (Filed → Evidence → Notified → Decided → Served → Closed).</summary>
    private async Task<RecordOutcome> AdvanceCaseAsync(CancellationToken ct)
    {
        var index = _rng.Next(_openCases.Count);
        var (record, owner) = _openCases[index];
        var last = Enum.Parse<CaseStage>(record.Stages![^1]!.Stage!);
        CaseStage next = last switch
        {
            CaseStage.Filed => CaseStage.Evidence,
            CaseStage.Evidence => CaseStage.Notified,
            CaseStage.Notified => CaseStage.Decided,
            CaseStage.Decided => CaseStage.Served,
            _ => CaseStage.Closed,
        };
        var matter = reference.Matters.First(m => m.Code == record.MatterCode);
        var minor = reference.Benchmarks.First(b => b.MatterId == matter.Id && b.Level == Domain.Matters.DiscretionLevel.Minor);
        var today = ChinaTime.DayOf(time.GetUtcNow().UtcDateTime);
        var advanced = record with
        {
            Stages = [.. record.Stages, new StageIn(next.ToString(), time.GetUtcNow())],
            // Now and then a case waits a day for a test result (中止), which its decision limit does not count.
            Suspensions = next == CaseStage.Notified && record.Suspensions is null && _rng.NextDouble() < 0.1
                ? [new SuspensionIn(nameof(SuspensionReason.Appraisal), today, today, "抽样检验")]
                : record.Suspensions,
            Decision = next == CaseStage.Decided || record.Decision is not null
                ? record.Decision ?? new DecisionIn(minor.MaxFine > 0 ? "Fine" : "Warning", minor.MaxFine > 0 ? MinorFine(minor) : 0, "Minor", null)
                : null,
        };
        var outcome = await writer.WriteAsync(owner, advanced, ct);
        if (next == CaseStage.Closed || outcome.Status is OutcomeStatus.Rejected or OutcomeStatus.Conflict) _openCases.RemoveAt(index);
        else _openCases[index] = (advanced, owner);
        return outcome;
    }
}
