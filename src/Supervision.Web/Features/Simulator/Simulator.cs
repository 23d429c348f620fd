using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Parties;
using Supervision.Web.Data;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Features.Seeding;

namespace Supervision.Web.Features.Simulator;

public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    /// <summary>Stream a realistic live day into the app (demo installs): new inspections and cases, cases moving on.</summary>
    public bool Enabled { get; set; }

    /// <summary>Records per minute in office hours; a third of that at night and on days off.</summary>
    [Range(1, 60_000)]
    public int EventsPerMinute { get; set; } = 30;
}

/// <summary>
/// Plays agencies' systems: every record goes through <see cref="RecordWriter"/>, the same validation and
/// idempotency as the API, and so reaches every screen through the activity feed.
/// </summary>
public sealed class LiveSimulator(
    IDbContextFactory<SupervisionDbContext> factory, RecordWriter writer, ReferenceData reference,
    IOptions<SimulatorOptions> options, TimeProvider time, ILogger<LiveSimulator> log) : BackgroundService
{
    private readonly Random _rng = new();
    private readonly List<(CaseIn Record, KeyOwner Owner)> _openCases = [];
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
        var busy = reference.Holidays.IsWorkingDay(DateOnly.FromDateTime(local)) && local.Hour is >= 8 and < 18;
        var perMinute = options.Value.EventsPerMinute * (busy ? 1.0 : 0.33);
        return TimeSpan.FromSeconds(-Math.Log(1 - _rng.NextDouble()) * 60 / perMinute);
    }

    /// <summary>One simulated record: a new inspection, a new case, or the next stage of a case it opened.</summary>
    public async Task<RecordOutcome> StepAsync(CancellationToken ct = default)
    {
        await LoadAsync(ct);
        var roll = _rng.NextDouble();
        if (roll < 0.2 && _openCases.Count > 0) return await AdvanceCaseAsync(ct);
        return roll < 0.75 ? await NewInspectionAsync(ct) : await NewCaseAsync(ct);
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
    }

    private (Enterprise Party, KeyOwner Owner, List<string?> Officers) PickActors(Func<Domain.Agencies.Agency, bool> fits)
    {
        var party = _enterprises![_rng.Next(_enterprises.Count)];
        var street = reference.Regions.First(r => r.Id == party.StreetId);
        var candidates = reference.Agencies.Where(a => _officers!.ContainsKey(a.Id) && fits(a) && (a.RegionId == street.Id || a.RegionId == street.ParentId || a.Level == Domain.Agencies.AgencyLevel.City)).ToList();
        var agency = candidates[_rng.Next(candidates.Count)];
        var officers = _officers![agency.Id].OrderBy(_ => _rng.Next()).Take(2).Select(o => (string?)o).ToList();
        return (party, new KeyOwner(0, agency.Id, agency.Code), officers);
    }

    private Task<RecordOutcome> NewInspectionAsync(CancellationToken ct)
    {
        var (party, owner, officers) = PickActors(a => a.Sector != Domain.Agencies.Sector.Other);
        var now = time.GetUtcNow();
        return writer.WriteAsync(owner, new InspectionIn
        {
            Id = $"SIM-{Guid.NewGuid():N}",
            Party = new PartyIn("Enterprise", party.Name, party.CreditCode, null),
            Kind = _rng.NextDouble() < 0.5 ? "Routine" : "DoubleRandom",
            // Now and then an inspection arrives without its pre-filing, as real ones do.
            PreFiledAt = _rng.NextDouble() < 0.03 ? null : now.AddHours(-_rng.Next(2, 48)),
            StartedAt = now.AddMinutes(-_rng.Next(20, 90)),
            EndedAt = now.AddMinutes(-_rng.Next(0, 15)),
            Location = new LocationIn(party.Lon, party.Lat),
            Officers = officers,
            Result = _rng.NextDouble() switch { < 0.72 => "NothingFound", < 0.94 => "RectificationOrdered", _ => "CaseOpened" },
        }, ct);
    }

    private async Task<RecordOutcome> NewCaseAsync(CancellationToken ct)
    {
        var (party, owner, officers) = PickActors(a => a.Sector is Domain.Agencies.Sector.MarketRegulation or Domain.Agencies.Sector.UrbanManagement or Domain.Agencies.Sector.Comprehensive);
        var sector = reference.Agencies.First(a => a.Id == owner.AgencyId).Sector is Domain.Agencies.Sector.MarketRegulation ? Domain.Agencies.Sector.MarketRegulation : Domain.Agencies.Sector.UrbanManagement;
        var matters = reference.Matters.Where(m => m.Sector == sector).ToList();
        var matter = matters[_rng.Next(matters.Count)];
        var now = time.GetUtcNow();
        var id = Guid.NewGuid().ToString("N")[..12];
        var record = new CaseIn
        {
            Id = $"SIM-{id}",
            Number = $"济模拟罚〔{ChinaTime.ToLocal(now.UtcDateTime).Year}〕{id}号",
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
        var advanced = record with
        {
            Stages = [.. record.Stages, new StageIn(next.ToString(), time.GetUtcNow())],
            Decision = next == CaseStage.Decided || record.Decision is not null
                ? record.Decision ?? new DecisionIn(minor.MaxFine > 0 ? "Fine" : "Warning", minor.MaxFine > 0 ? Math.Max(minor.MinFine, minor.MaxFine / 2 / 100 * 100) : 0, "Minor", null)
                : null,
        };
        var outcome = await writer.WriteAsync(owner, advanced, ct);
        if (next == CaseStage.Closed || outcome.Status is OutcomeStatus.Rejected or OutcomeStatus.Conflict) _openCases.RemoveAt(index);
        else _openCases[index] = (advanced, owner);
        return outcome;
    }
}

public static class SimulatorRegistration
{
    public static WebApplicationBuilder AddSimulator(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<LiveSimulator>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LiveSimulator>());
        return builder;
    }
}
