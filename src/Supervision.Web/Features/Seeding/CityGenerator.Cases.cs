using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Cases;
using Supervision.Domain.Geography;
using Supervision.Domain.Matters;
using Supervision.Domain.Officers;
using Supervision.Domain.Parties;

namespace Supervision.Web.Features.Seeding;

public sealed partial class CityGenerator
{
    private readonly HashSet<(int PartyId, int MatterId)> _partyMatters = [];
    private readonly Dictionary<(int AgencyId, int Year), int> _caseSeq = [];

    private enum CasePlan { Normal, SingleOfficer, Stalled }

    private void GenerateCases()
    {
        var enterprises = _city.Parties.Where(p => p.Kind == PartyKind.Enterprise).ToList();
        var sectors = new Weighted<Sector>([.. CaseSectors.Keys], s => CaseSectors[s]);

        // Repeat offenders: the same party breaks the same matter three times within 60 days (《济南市推进行政执法精准化规定》 Art. 14).
        foreach (var p in enterprises.OrderBy(_ => _rng.Next()).Take(Count(_rates.RepeatOffenders, enterprises.Count)))
        {
            var sector = Chance(0.5) ? Sector.MarketRegulation : Sector.UrbanManagement;
            var matter = PickMatter(sector);
            var agency = PickAgencyForMatter(matter, _regions[p.StreetId]);
            var day = WorkingDay(RandomDay(_firstDay, _lastDay.AddDays(-Math.Min(_profile.Days - 1, 60))));
            for (var k = 0; k < 3; k++)
            {
                AddCase(agency, p, matter, day, listItem: null, CasePlan.Normal);
                day = WorkingDay(day.AddDays(_rng.Next(8, 20)));
            }
            _partyMatters.Add((p.Id, matter.Id));
            _city.Planted.Add(new(Irregularity.RepeatOffender, "party", p.Id, matter.Id));
        }

        // Street hotspots: one matter twelve times in a street within 20 days (《济南市推进行政执法精准化规定》 Art. 14, 《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 12).
        foreach (var street in _streets.OrderBy(_ => _rng.Next()).Take(Count(_rates.StreetHotspots, _streets.Count)))
        {
            var matter = _mattersBySector[Sector.UrbanManagement].Pick(_rng);
            var agency = _streetTeams.TryGetValue(street.Id, out var team) ? team : PickAgency(Sector.UrbanManagement, street);
            var locals = _partiesByStreet.GetValueOrDefault(street.Id, []).Where(x => !_partyMatters.Contains((x.Id, matter.Id))).OrderBy(_ => _rng.Next()).Take(12).ToList();
            if (locals.Count < 12) continue;
            var first = RandomDay(_firstDay, _lastDay.AddDays(-Math.Min(_profile.Days - 1, 20)));
            foreach (var party in locals)
            {
                AddCase(agency, party, matter, WorkingDay(first.AddDays(_rng.Next(0, 20))), listItem: null, CasePlan.Normal);
                _partyMatters.Add((party.Id, matter.Id));
            }
            _city.Planted.Add(new(Irregularity.StreetHotspot, "street", street.Id, matter.Id));
        }

        // Evidence taken with an officer whose certificate had already lapsed (威海市《关于改进和加强行政执法工作的意见》).
        // Filed at least 15 days before now, so the evidence stage has happened by the anchor.
        var lapsed = _city.Officers.Where(o => o.CertificateExpiresOn < _lastDay.AddDays(-20) && o.CertificateExpiresOn >= _firstDay).OrderBy(_ => _rng.Next()).ToList();
        foreach (var officer in lapsed.Take(Count(_rates.LapsedCertificateEvidence, _profile.Cases)))
        {
            var agency = _ref.Agencies[officer.AgencyId - 1];
            var street = agency.Level == AgencyLevel.Street ? _regions[agency.RegionId] : _streetPicker.Pick(_rng);
            var day = WorkingDay(RandomDay(officer.CertificateExpiresOn.AddDays(1), _lastDay.AddDays(-15)));
            var party = PickParty(street, MatterSector(agency));
            var matter = PickMatterFor(party, MatterSector(agency));
            var id = AddCase(agency, party, matter, day, listItem: null, CasePlan.Normal, forcedOfficer: officer);
            _city.Planted.Add(new(Irregularity.LapsedCertificateEvidence, "case", id));
        }

        // Cases that outlived the 90-day limit for a decision (行政处罚法 Art. 60): filed 95–150 days ago, still open.
        for (var i = 0; i < Count(_rates.CasesPastTimeLimit, _profile.Cases); i++)
        {
            var (agency, party, matter) = PickCaseSubject(sectors);
            var day = WorkingDay(_lastDay.AddDays(-_rng.Next(95, 151)));
            var id = AddCase(agency, party, matter, day, listItem: null, CasePlan.Stalled);
            _city.Planted.Add(new(Irregularity.CasePastTimeLimit, "case", id));
        }

        var listKinds = new Weighted<FourList>([.. FourListShares.Keys], k => FourListShares[k]);
        var remaining = _profile.Cases - _city.Cases.Count;
        for (var i = 0; i < remaining; i++)
        {
            var (agency, party, matter) = PickCaseSubject(sectors);
            FourListItem? item = null;
            if (Chance(FourListUse) && _listItems.TryGetValue((MatterSector(agency), listKinds.Pick(_rng)), out var items))
            {
                item = items[_rng.Next(items.Count)];
                matter = _matters[item.MatterId];
            }
            var plan = Chance(_rates.SingleOfficerEvidence) ? CasePlan.SingleOfficer : CasePlan.Normal;
            var id = AddCase(agency, party, matter, WorkingDay(RandomDay(_firstDay, _lastDay)), item, plan);
            if (plan == CasePlan.SingleOfficer) _city.Planted.Add(new(Irregularity.SingleOfficerEvidence, "case", id));
        }

        // Fines outside the discretion benchmark (《济南市推进行政执法精准化规定》 Art. 5), among ordinary decided fines.
        foreach (var c in _city.Cases.Where(c => c is { Fine: > 0, FourList: null, DiscretionLevel: not null }).ToList())
        {
            if (!Chance(_rates.FinesOutsideBenchmark)) continue;
            var benchmark = Benchmark(c.MatterId, c.DiscretionLevel!.Value);
            var fine = benchmark.MinFine > 0 && Chance(0.4)
                ? Math.Max(1, RoundFine(benchmark.MinFine * (0.3 + 0.3 * _rng.NextDouble()), 0, benchmark.MinFine - 1))
                : RoundFine(benchmark.MaxFine * (1.3 + _rng.NextDouble()), benchmark.MaxFine + 1, long.MaxValue);
            // Above the benchmark but never above the law's maximum, which ingestion refuses outright; where the level's
            // ceiling is the law's (the severe level), there is no such fine to plant.
            var statutoryMax = _matters[c.MatterId].StatutoryMaxFine;
            if (fine > statutoryMax)
            {
                if (benchmark.MaxFine >= statutoryMax) continue;
                fine = statutoryMax;
            }
            c.Fine = fine;
            _city.Planted.Add(new(Irregularity.FineOutsideBenchmark, "case", c.Id));
        }
    }

    private (Agency, Party, Matter) PickCaseSubject(Weighted<Sector> sectors)
    {
        var street = _streetPicker.Pick(_rng);
        var agency = PickAgency(sectors.Pick(_rng), street);
        var party = PickParty(street, MatterSector(agency));
        return (agency, party, PickMatterFor(party, MatterSector(agency)));
    }

    /// <summary>A matter this party has not been punished for in the generated period, so repeats happen only where planted.</summary>
    private Matter PickMatterFor(Party party, Sector sector)
    {
        var matter = PickMatter(sector);
        for (var attempt = 0; attempt < 10 && _partyMatters.Contains((party.Id, matter.Id)); attempt++) matter = PickMatter(sector);
        return matter;
    }

    private Agency PickAgencyForMatter(Matter matter, Region street) =>
        PickAgency(matter.Sector, street);

    /// <summary>People appear mostly in city-management, transport and public-security cases; enterprises elsewhere.</summary>
    private Party PickParty(Region street, Sector sector)
    {
        var personShare = sector is Sector.UrbanManagement or Sector.Transport or Sector.PublicSecurity ? 0.5 : 0.1;
        var wantPerson = Chance(personShare);
        var locals = _partiesByStreet.GetValueOrDefault(street.Id);
        for (var attempt = 0; attempt < 10 && locals is { Count: > 0 }; attempt++)
        {
            var p = locals[_rng.Next(locals.Count)];
            if ((p.Kind == PartyKind.Person) == wantPerson) return p;
        }
        return _city.Parties[_rng.Next(_city.Parties.Count)];
    }

    private int AddCase(Agency agency, Party party, Matter matter, DateOnly filedDay, FourListItem? listItem, CasePlan plan, Officer? forcedOfficer = null)
    {
        _partyMatters.Add((party.Id, matter.Id));
        var filedAt = OfficeTime(filedDay);
        var list = listItem?.List;
        var level = list switch
        {
            FourList.Heavier => Chance(0.6) ? DiscretionLevel.Serious : DiscretionLevel.Severe,
            FourList.Lighter or FourList.Reduced or FourList.NoPenalty => Chance(0.7) ? DiscretionLevel.Minor : DiscretionLevel.General,
            _ => _rng.NextDouble() switch { < 0.45 => DiscretionLevel.Minor, < 0.80 => DiscretionLevel.General, < 0.95 => DiscretionLevel.Serious, _ => DiscretionLevel.Severe },
        };
        var range = FineRange.For(Benchmark(matter.Id, level), list, matter.StatutoryMinFine);
        var fine = list == FourList.NoPenalty ? 0 : RoundFine(range.Min + (range.Max - range.Min) * _rng.NextDouble(), range.Min, range.Max);
        var penalty = list switch
        {
            FourList.NoPenalty => PenaltyKind.NoPenalty,
            _ when fine == 0 => PenaltyKind.Warning,
            _ when level == DiscretionLevel.Severe && Chance(0.1) => PenaltyKind.SuspendBusiness,
            _ when Chance(0.08) => PenaltyKind.Confiscation,
            _ => PenaltyKind.Fine,
        };
        var isMajor = fine >= 50_000 || penalty == PenaltyKind.SuspendBusiness || Chance(0.02);

        var c = new Case
        {
            Id = _city.Cases.Count + 1,
            AgencyId = agency.Id,
            ExternalId = $"AJ{_city.Cases.Count + 1:D8}",
            Number = CaseNumber(agency, filedDay.Year),
            PartyId = party.Id,
            MatterId = matter.Id,
            StreetId = party.StreetId,
            Latitude = party.Latitude,
            Longitude = party.Longitude,
            Place = party.Address,
            IsMajor = isMajor,
            FiledAt = filedAt,
            ReceivedAt = filedAt.AddMinutes(_rng.Next(1, 60)),
        };
        _city.Cases.Add(c);

        // The lifecycle, cut at the anchor: a recent case is still somewhere in the middle.
        var stages = new List<(CaseStage Stage, DateTime At)> { (CaseStage.Filed, filedAt) };
        var t = filedAt;
        void Step(CaseStage stage, int minDays, int maxDays)
        {
            if (t > _anchor) return;
            t = Later(t, minDays, maxDays);
            if (t <= _anchor) stages.Add((stage, t));
        }
        Step(CaseStage.Evidence, 0, 5);
        if (plan != CasePlan.Stalled)
        {
            if (isMajor) Step(CaseStage.LegalReview, 5, 12);
            Step(CaseStage.Notified, 2, 8);
            if (isMajor && Chance(0.3)) Step(CaseStage.Hearing, 5, 10);
            Step(CaseStage.Decided, 3, 12);
            Step(CaseStage.Served, 1, 7);
            if (penalty is PenaltyKind.Fine or PenaltyKind.Confiscation or PenaltyKind.SuspendBusiness) Step(CaseStage.Executed, 5, 25);
            Step(CaseStage.Closed, 1, 10);
        }
        else if (Chance(0.5))
        {
            if (isMajor) Step(CaseStage.LegalReview, 5, 12);
            Step(CaseStage.Notified, 2, 8);
        }
        foreach (var (stage, at) in stages)
            _city.CaseStages.Add(new CaseStageRecord
            {
                // Each stage reported half an hour after it happened, as a punctual agency does.
                Id = _city.CaseStages.Count + 1, CaseId = c.Id, Stage = stage, OccurredAt = at, ReceivedAt = at.AddMinutes(30) is var r && r > _anchor ? _anchor : r,
            });
        c.Stage = stages[^1].Stage;
        if (stages.FirstOrDefault(s => s.Stage == CaseStage.Decided) is { At: var decidedAt } && decidedAt != default)
        {
            c.DecidedAt = decidedAt;
            c.PenaltyKind = penalty;
            c.Fine = fine;
            c.DiscretionLevel = level;
            c.FourListItemId = listItem?.Id;
            c.FourList = list;
            if (penalty is PenaltyKind.Fine && Chance(0.15)) AddRectificationOrder(agency.Id, party, decidedAt, null, c.Id);
        }
        if (c.Stage == CaseStage.Closed) c.ClosedAt = stages[^1].At;

        // Officers valid through the evidence stage; a planted lapsed officer goes in alongside one valid colleague.
        var evidenceDay = ChinaTime.DayOf(stages.Count > 1 ? stages[1].At : filedAt.AddDays(5));
        var officers = forcedOfficer is not null
            ? [forcedOfficer, .. PickOfficers(agency.Id, evidenceDay, 1)]
            : PickOfficers(agency.Id, evidenceDay, plan == CasePlan.SingleOfficer ? 1 : Chance(0.8) ? 2 : 3);
        foreach (var o in officers) _city.CaseOfficers.Add(new CaseOfficer { CaseId = c.Id, OfficerId = o.Id });
        return c.Id;
    }

    /// <summary>Fines in round figures (tens under 1,000 yuan, hundreds above), kept inside [min, max].</summary>
    private static long RoundFine(double value, long min, long max)
    {
        var step = value >= 1_000 ? 100 : 10;
        var rounded = (long)Math.Round(value / step) * step;
        if (rounded < min) rounded = min;
        if (rounded > max) rounded = max;
        return rounded;
    }

    /// <summary>济 + the agency's short name + 罚〔year〕n号, numbered per agency and year.</summary>
    private string CaseNumber(Agency agency, int year)
    {
        var key = (agency.Id, year);
        var n = _caseSeq[key] = _caseSeq.GetValueOrDefault(key) + 1;
        return $"济{ShortName(agency)}罚〔{year}〕{n}号";
    }

    private string ShortName(Agency agency)
    {
        var region = _regions[agency.RegionId];
        var place = region.Name.Replace("济南", "");
        foreach (var suffix in new[] { "街道", "镇", "乡", "区", "县", "市" })
            if (place.Length > 2 && place.EndsWith(suffix, StringComparison.Ordinal)) { place = place[..^suffix.Length]; break; }
        var body = agency.Name.Replace(region.Name, "").Replace("济南市", "");
        foreach (var suffix in new[] { "综合行政执法办公室", "综合行政执法队", "委员会", "办公室", "支队", "分局", "局" })
            if (body.EndsWith(suffix, StringComparison.Ordinal)) { body = body[..^suffix.Length]; break; }
        if (body.Length == 0) body = "综执";
        return agency.Level == AgencyLevel.City ? body : place + body;
    }
}
