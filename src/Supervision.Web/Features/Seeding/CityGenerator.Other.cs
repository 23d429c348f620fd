using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;

namespace Supervision.Web.Features.Seeding;

public sealed partial class CityGenerator
{
    /// <summary>Local hours the generator treats as night for compulsory execution (行政强制法 Art. 43).</summary>
    public const int NightStartsAt = 22, NightEndsAt = 6;

    /// <summary>Complaints are to be handled within 15 days of receipt (the product's default for 12345 and 码上监督).</summary>
    public const int ComplaintDeadlineDays = 15;

    private void GenerateCompulsoryMeasures()
    {
        var stagesByCase = _city.CaseStages.GroupBy(s => s.CaseId).ToDictionary(g => g.Key, g => g.ToDictionary(s => s.Stage, s => s.OccurredAt));
        var agencies = _ref.Agencies;
        var seizing = _city.Cases.Where(c => MatterSector(agencies[c.AgencyId - 1]) is Sector.MarketRegulation or Sector.Ecology
            or Sector.EmergencyManagement or Sector.Agriculture or Sector.Health).ToList();
        var demolishing = _city.Cases.Where(c => c.DecidedAt is not null && MatterSector(agencies[c.AgencyId - 1]) is Sector.UrbanManagement
            or Sector.NaturalResources or Sector.Housing).ToList();
        var fined = _city.Cases.Where(c => c is { Fine: > 0, DecidedAt: not null }).ToList();
        var used = new HashSet<int>();

        for (var attempt = 0; _city.CompulsoryMeasures.Count < _profile.CompulsoryMeasures && attempt < _profile.CompulsoryMeasures * 10; attempt++)
        {
            var kind = _rng.NextDouble() switch { < 0.35 => CompulsoryKind.Seizure, < 0.70 => CompulsoryKind.Detention,
                < 0.90 => CompulsoryKind.ForcedDemolition, _ => CompulsoryKind.ForcedExecution };
            var pool = kind switch { CompulsoryKind.ForcedDemolition => demolishing, CompulsoryKind.ForcedExecution => fined, _ => seizing };
            if (pool.Count == 0) continue;
            var c = pool[_rng.Next(pool.Count)];
            if (!used.Add(c.Id)) continue;
            var stages = stagesByCase[c.Id];
            DateTime at;
            if (kind is CompulsoryKind.Seizure or CompulsoryKind.Detention)
            {
                if (!stages.TryGetValue(CaseStage.Evidence, out at)) continue;
            }
            else
            {
                // Execution follows the decision once the period for payment or self-demolition has run.
                var day = _calendar.AddWorkingDays(ChinaTime.DayOf(c.DecidedAt!.Value).AddDays(_rng.Next(20, 60)), 0);
                if (day > _lastDay) continue;
                at = LocalTime(day, 9, 16);
            }
            var measure = new CompulsoryMeasure
            {
                Id = _city.CompulsoryMeasures.Count + 1,
                AgencyId = c.AgencyId,
                ExternalId = $"QZ{_city.CompulsoryMeasures.Count + 1:D8}",
                PartyId = c.PartyId,
                CaseId = c.Id,
                Kind = kind,
                StartedAt = at,
                StreetId = c.StreetId,
                Latitude = c.Latitude,
                Longitude = c.Longitude,
                Place = c.Place,
            };
            if (measure.IsExecution && Chance(0.01))
            {
                // A lawful emergency at night: the rule must let it pass.
                measure.StartedAt = NightTime(ChinaTime.DayOf(at) < _lastDay ? ChinaTime.DayOf(at) : _lastDay.AddDays(-1));
                measure.IsEmergency = true;
            }
            FinishMeasure(measure);
            _city.CompulsoryMeasures.Add(measure);
        }

        // Executions are few, so the planted ones are counted out exactly rather than left to chance.
        var decided = _city.Cases.Where(c => c.DecidedAt is not null).ToDictionary(c => c.Id, c => c.DecidedAt!.Value);
        var executions = _city.CompulsoryMeasures.Where(m => m is { IsExecution: true, IsEmergency: false }).OrderBy(_ => _rng.Next()).ToList();
        foreach (var measure in executions.Take(Count(_rates.NightOrHolidayExecutions, executions.Count)))
        {
            PlantNightOrHoliday(measure, decided[measure.CaseId!.Value]);
            FinishMeasure(measure);
        }
    }

    private void FinishMeasure(CompulsoryMeasure measure)
    {
        measure.EndedAt = measure.StartedAt.AddMinutes(_rng.Next(40, 300)) is var e && e > _anchor ? null : e;
        measure.ReceivedAt = measure.StartedAt.AddMinutes(_rng.Next(5, 60)) is var r && r > _anchor ? _anchor : r;
    }

    private void PlantNightOrHoliday(CompulsoryMeasure measure, DateTime decidedAt)
    {
        var from = ChinaTime.DayOf(decidedAt).AddDays(5);
        var holidays = Enumerable.Range(0, Math.Max(0, _lastDay.DayNumber - from.DayNumber + 1))
            .Select(from.AddDays).Where(_calendar.IsPublicHoliday).ToList();
        measure.StartedAt = holidays.Count > 0 && Chance(0.5)
            ? LocalTime(holidays[_rng.Next(holidays.Count)], 9, 16)
            : NightTime(ChinaTime.DayOf(measure.StartedAt) < _lastDay ? ChinaTime.DayOf(measure.StartedAt) : _lastDay.AddDays(-1));
        measure.IsEmergency = false;
        _city.Planted.Add(new(Irregularity.NightOrHolidayExecution, "measure", measure.Id));
    }

    /// <summary>Between 22:00 and 05:59 Shanghai, starting on the evening of the given day.</summary>
    private DateTime NightTime(DateOnly day) =>
        ChinaTime.ToUtc(day.ToDateTime(new TimeOnly(NightStartsAt, 0)).AddMinutes(_rng.Next(0, (24 - NightStartsAt + NightEndsAt) * 60)));

    private void GenerateComplaints()
    {
        var sectors = new Weighted<Sector>([.. CaseSectors.Keys], s => CaseSectors[s]);
        for (var i = 0; i < _profile.Complaints; i++)
        {
            var street = _streetPicker.Pick(_rng);
            var agency = PickAgency(sectors.Pick(_rng), street);
            var received = LocalTime(RandomDay(_firstDay, _lastDay), 7, 22);
            var deadline = received.AddDays(ComplaintDeadlineDays);
            DateTime? handled = received.AddDays(1 + _rng.NextDouble() * (ComplaintDeadlineDays - 2));
            var overdue = deadline < _anchor && Chance(_rates.OverdueComplaints);
            if (overdue || handled > _anchor) handled = null;
            var officers = _officersByAgency[agency.Id];
            var complaint = new Complaint
            {
                Id = _city.Complaints.Count + 1,
                AgencyId = agency.Id,
                ExternalId = $"TS{_city.Complaints.Count + 1:D8}",
                Channel = Chance(0.4) ? ComplaintChannel.QrCode : ComplaintChannel.Hotline12345,
                OfficerId = Chance(0.5) ? officers[_rng.Next(officers.Count)].Id : null,
                StreetId = street.Id,
                Summary = NameBank.ComplaintSummaries[_rng.Next(NameBank.ComplaintSummaries.Length)],
                ReceivedAt = received,
                Deadline = deadline,
                HandledAt = handled,
                Outcome = handled is null ? null : _rng.NextDouble() switch { < 0.25 => ComplaintOutcome.Substantiated,
                    < 0.45 => ComplaintOutcome.PartlySubstantiated, _ => ComplaintOutcome.Unsubstantiated },
            };
            _city.Complaints.Add(complaint);
            if (overdue) _city.Planted.Add(new(Irregularity.OverdueComplaint, "complaint", complaint.Id));
        }
    }
}
