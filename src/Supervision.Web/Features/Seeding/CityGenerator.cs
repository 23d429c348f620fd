using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Geography;
using Supervision.Domain.Matters;
using Supervision.Domain.Officers;
using Supervision.Domain.Parties;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Seeding;

/// <summary>
/// Generates a living city's enforcement records: deterministic for a seed and an anchor time, with realistic
/// distributions (working days and hours from the holiday calendar, sector mix, credit grades, four-list use in
/// Jinan's proportions, fines inside benchmarks) and a known, small rate of every irregularity the warning rules look
/// for, listed in <see cref="GeneratedCity.Planted"/>. Split by record family into partial files.
/// </summary>
public sealed partial class CityGenerator
{
    /// <summary>Jinan's four-list cases (“泉执法 慧监督”(济南市)): 144,250 no-penalty, 2,048 reduced, 4,641 lighter, 445 heavier.</summary>
    public static readonly IReadOnlyDictionary<FourList, double> FourListShares = new Dictionary<FourList, double>
    {
        [FourList.NoPenalty] = 144_250, [FourList.Reduced] = 2_048, [FourList.Lighter] = 4_641, [FourList.Heavier] = 445,
    };

    /// <summary>Share of decided cases that apply a four-list item (most of them no-penalty).</summary>
    public const double FourListUse = 0.55;

    private static readonly Dictionary<Sector, double> InspectionSectors = new()
    {
        [Sector.MarketRegulation] = 35, [Sector.UrbanManagement] = 14, [Sector.Ecology] = 10, [Sector.EmergencyManagement] = 10,
        [Sector.Health] = 8, [Sector.CultureTourism] = 5, [Sector.Transport] = 5, [Sector.Housing] = 4, [Sector.Agriculture] = 3,
        [Sector.Water] = 2, [Sector.HumanResources] = 2, [Sector.NaturalResources] = 1, [Sector.PublicSecurity] = 1, [Sector.Forestry] = 1,
        [Sector.Education] = 1, [Sector.Other] = 2,
    };

    private static readonly Dictionary<Sector, double> CaseSectors = new()
    {
        [Sector.UrbanManagement] = 30, [Sector.MarketRegulation] = 25, [Sector.Transport] = 12, [Sector.Ecology] = 8,
        [Sector.EmergencyManagement] = 6, [Sector.CultureTourism] = 4, [Sector.Health] = 4, [Sector.Housing] = 3,
        [Sector.Agriculture] = 2, [Sector.NaturalResources] = 2, [Sector.PublicSecurity] = 2, [Sector.Water] = 1,
        [Sector.HumanResources] = 1, [Sector.Forestry] = 1, [Sector.Education] = 0.5, [Sector.Other] = 1.5,
    };

    private readonly Random _rng;
    private readonly ReferenceData _ref;
    private readonly GeneratorProfile _profile;
    private readonly IrregularityRates _rates;
    private readonly HolidayCalendar _calendar;
    private readonly DateTime _anchor;
    private readonly DateOnly _lastDay;   // events start on or before the day before the anchor
    private readonly DateOnly _firstDay;
    private readonly GeneratedCity _city;

    private readonly Dictionary<int, Region> _regions;
    private readonly List<Region> _streets;
    private readonly Weighted<Region> _streetPicker;
    private readonly Dictionary<Sector, List<Agency>> _cityDepartments = [];
    private readonly Dictionary<(int DistrictId, Sector), Agency> _districtBureaus = [];
    private readonly Dictionary<int, Agency> _streetTeams = [];
    private readonly Dictionary<int, List<Officer>> _officersByAgency = [];
    private readonly Dictionary<Sector, Weighted<Matter>> _mattersBySector = [];
    private readonly Dictionary<int, DiscretionBenchmark[]> _benchmarks;
    private readonly Dictionary<(Sector, FourList), List<FourListItem>> _listItems = [];
    private readonly Dictionary<int, Matter> _matters;
    private readonly Dictionary<int, List<Party>> _partiesByStreet = [];
    private readonly HashSet<string> _names = [];

    private CityGenerator(ReferenceData reference, GeneratorProfile profile, int seed, DateTime anchorUtc, IrregularityRates rates)
    {
        _rng = new Random(seed);
        _ref = reference;
        _profile = profile;
        _rates = rates;
        _calendar = reference.Holidays;
        _anchor = DateTime.SpecifyKind(anchorUtc, DateTimeKind.Utc);
        _lastDay = ChinaTime.DayOf(_anchor).AddDays(-1);
        _firstDay = _lastDay.AddDays(-(profile.Days - 1));
        _city = new GeneratedCity { AnchorUtc = _anchor, FirstDay = _firstDay };

        _regions = reference.Regions.ToDictionary(r => r.Id);
        _streets = reference.Streets.ToList();
        var center = reference.Regions.Single(r => r.Kind == RegionKind.City);
        // Activity concentrates in the urban core: weight falls off with distance from the city centre (~15 km scale).
        _streetPicker = new Weighted<Region>(_streets, s => 1 + 4 * Math.Exp(-DistanceKm(s, center) / 15));

        foreach (var agency in reference.Agencies)
        {
            var region = _regions[agency.RegionId];
            switch (agency.Level)
            {
                case AgencyLevel.City:
                    (_cityDepartments.TryGetValue(agency.Sector, out var list) ? list : _cityDepartments[agency.Sector] = []).Add(agency);
                    break;
                case AgencyLevel.District:
                    _districtBureaus.TryAdd((region.Id, agency.Sector), agency);
                    break;
                case AgencyLevel.Street:
                    _streetTeams.TryAdd(region.Id, agency);
                    break;
            }
        }

        _matters = reference.Matters.ToDictionary(m => m.Id);
        foreach (var group in reference.Matters.GroupBy(m => m.Sector))
        {
            // Zipf over a seeded shuffle: a few matters in each field are very common, most are rare.
            var shuffled = group.OrderBy(_ => _rng.Next()).ToList();
            var rank = shuffled.Select((m, i) => (m, i)).ToDictionary(x => x.m.Id, x => x.i);
            _mattersBySector[group.Key] = new Weighted<Matter>(shuffled, m => 1.0 / Math.Pow(rank[m.Id] + 1, 0.9));
        }
        _benchmarks = reference.Benchmarks.GroupBy(b => b.MatterId).ToDictionary(g => g.Key, g => g.OrderBy(b => b.Level).ToArray());
        foreach (var item in reference.ListItems)
        {
            var key = (_matters[item.MatterId].Sector, item.List);
            (_listItems.TryGetValue(key, out var items) ? items : _listItems[key] = []).Add(item);
        }
    }

    public static GeneratedCity Generate(ReferenceData reference, GeneratorProfile profile, int seed, DateTime anchorUtc, IrregularityRates? rates = null)
    {
        var generator = new CityGenerator(reference, profile, seed, anchorUtc, rates ?? new IrregularityRates());
        generator.GenerateOfficers();
        generator.GenerateParties();
        generator.GenerateInspections();
        generator.GenerateCases();
        generator.GenerateCompulsoryMeasures();
        generator.GenerateComplaints();
        generator.PlantOverdueRectifications();
        return generator._city;
    }

    // ---- agencies and matters ------------------------------------------------------------------------------------

    /// <summary>Who acts in a sector at a street: the city department, the district bureau, or (city management) the street's team.</summary>
    private Agency PickAgency(Sector sector, Region street)
    {
        var options = new List<(Agency Agency, double Weight)>();
        if (_cityDepartments.TryGetValue(sector, out var city)) options.Add((city[_rng.Next(city.Count)], 2));
        if (street.ParentId is { } districtId && _districtBureaus.TryGetValue((districtId, sector), out var bureau)) options.Add((bureau, 5));
        if (sector == Sector.UrbanManagement && _streetTeams.TryGetValue(street.Id, out var team)) options.Add((team, 6));
        if (options.Count == 0) return _cityDepartments[Sector.Other][_rng.Next(_cityDepartments[Sector.Other].Count)];
        var total = options.Sum(o => o.Weight);
        var x = _rng.NextDouble() * total;
        foreach (var (agency, weight) in options)
            if ((x -= weight) < 0) return agency;
        return options[^1].Agency;
    }

    /// <summary>The field whose matters an agency enforces: street teams enforce city-management matters.</summary>
    private static Sector MatterSector(Agency agency) => agency.Sector == Sector.Comprehensive ? Sector.UrbanManagement : agency.Sector;

    private Matter PickMatter(Sector sector) =>
        (_mattersBySector.TryGetValue(sector, out var picker) ? picker : _mattersBySector[Sector.UrbanManagement]).Pick(_rng);

    private DiscretionBenchmark Benchmark(int matterId, DiscretionLevel level) => _benchmarks[matterId][(int)level];

    // ---- time ------------------------------------------------------------------------------------------------------

    private DateOnly RandomDay(DateOnly from, DateOnly to) => from.AddDays(_rng.Next(to.DayNumber - from.DayNumber + 1));

    /// <summary>The nearest working day on or after <paramref name="day"/>, or before it when that would pass the last day.</summary>
    private DateOnly WorkingDay(DateOnly day)
    {
        var forward = _calendar.AddWorkingDays(day, 0);
        if (forward <= _lastDay) return forward;
        var back = day;
        while (!_calendar.IsWorkingDay(back)) back = back.AddDays(-1);
        return back;
    }

    /// <summary>A moment in office hours (08:30–17:30 Shanghai) of a day, as UTC.</summary>
    private DateTime OfficeTime(DateOnly day) =>
        ChinaTime.ToUtc(day.ToDateTime(new TimeOnly(8, 30)).AddMinutes(_rng.Next(0, 9 * 60)));

    private DateTime LocalTime(DateOnly day, int fromHour, int toHour) =>
        ChinaTime.ToUtc(day.ToDateTime(new TimeOnly(fromHour, 0)).AddMinutes(_rng.Next(0, (toHour - fromHour) * 60)));

    /// <summary>The next step of a process: some working days later, in office hours, always after <paramref name="after"/>.</summary>
    private DateTime Later(DateTime after, int minDays, int maxDays)
    {
        var day = _calendar.AddWorkingDays(ChinaTime.DayOf(after).AddDays(_rng.Next(minDays, maxDays + 1)), 0);
        var at = OfficeTime(day);
        return at > after ? at : after.AddMinutes(_rng.Next(10, 120));
    }

    private bool Chance(double p) => _rng.NextDouble() < p;

    private int Count(double rate, int of, int atLeast = 1) => of == 0 ? 0 : Math.Max(atLeast, (int)Math.Round(rate * of));

    // ---- officers --------------------------------------------------------------------------------------------------

    private void GenerateOfficers()
    {
        var agencies = _ref.Agencies;
        var weights = agencies.Select(a => a.Level switch
        {
            AgencyLevel.City => a.Sector == Sector.Other ? 1.0 : 4.0,
            AgencyLevel.District => 2.0,
            _ => 1.2,
        }).ToArray();
        const int minimum = 4;
        var spare = Math.Max(0, _profile.Officers - minimum * agencies.Count);
        var total = weights.Sum();
        var dayOfYear = _lastDay.DayOfYear;
        var shortfall = new HashSet<int>();
        for (var i = 0; i < agencies.Count; i++)
        {
            var agency = agencies[i];
            var n = minimum + (int)Math.Round(spare * weights[i] / total);
            var list = _officersByAgency[agency.Id] = [];
            for (var k = 0; k < n; k++)
            {
                // The first two officers of an agency never lapse, so every agency can always field a valid pair.
                var lapses = k >= 2 && Chance(0.04);
                var expires = lapses
                    ? RandomDay(_firstDay, _lastDay.AddDays(-10))
                    : _lastDay.AddDays(_rng.Next(30, 5 * 365));
                var pace = Officer.RequiredTrainingHoursPerYear * dayOfYear / 365.0;
                var behind = Chance(_rates.TrainingShortfall);
                var officer = new Officer
                {
                    Id = _city.Officers.Count + 1,
                    AgencyId = agency.Id,
                    Name = PersonName(),
                    CertificateNumber = $"3701{agency.Id:D4}{k + 1:D4}",
                    CertificateExpiresOn = expires,
                    TrainingYear = _lastDay.Year,
                    TrainingHours = Math.Round(behind ? pace * (0.1 + 0.3 * _rng.NextDouble()) : pace * (1.0 + 0.5 * _rng.NextDouble()), 1),
                };
                if (behind) _city.Planted.Add(new(Irregularity.TrainingShortfall, "officer", officer.Id));
                _city.Officers.Add(officer);
                list.Add(officer);
            }
        }
    }

    /// <summary>Distinct officers of the agency whose certificates are valid through the given day.</summary>
    private List<Officer> PickOfficers(int agencyId, DateOnly validThrough, int count)
    {
        var pool = _officersByAgency[agencyId];
        var chosen = new List<Officer>(count);
        for (var attempt = 0; attempt < 40 && chosen.Count < count; attempt++)
        {
            var o = pool[_rng.Next(pool.Count)];
            if (o.CertificateValidOn(validThrough) && !chosen.Contains(o)) chosen.Add(o);
        }
        foreach (var o in pool)
            if (chosen.Count < count && o.CertificateValidOn(validThrough) && !chosen.Contains(o)) chosen.Add(o);
        return chosen;
    }

    private string PersonName()
    {
        // Zipf over the surname list (it is ordered by frequency); one or two given characters.
        var s = NameBank.Surnames[Math.Min(NameBank.Surnames.Length - 1, (int)(Math.Pow(_rng.NextDouble(), 2.2) * NameBank.Surnames.Length))];
        var g = NameBank.GivenChars;
        return Chance(0.7) ? s + g[_rng.Next(g.Length)] + g[_rng.Next(g.Length)] : s + g[_rng.Next(g.Length)];
    }

    private static double DistanceKm(Region a, Region b)
    {
        var dx = (a.Longitude - b.Longitude) * 111.32 * Math.Cos(b.Latitude * Math.PI / 180);
        var dy = (a.Latitude - b.Latitude) * 110.57;
        return Math.Sqrt(dx * dx + dy * dy);
    }

    /// <summary>A cumulative-weight picker: O(log n) per draw.</summary>
    private sealed class Weighted<T>
    {
        private readonly IReadOnlyList<T> _items;
        private readonly double[] _cumulative;

        public Weighted(IReadOnlyList<T> items, Func<T, double> weight)
        {
            _items = items;
            _cumulative = new double[items.Count];
            double sum = 0;
            for (var i = 0; i < items.Count; i++) _cumulative[i] = sum += weight(items[i]);
        }

        public int Count => _items.Count;

        public T Pick(Random rng)
        {
            var x = rng.NextDouble() * _cumulative[^1];
            var i = Array.BinarySearch(_cumulative, x);
            return _items[Math.Min(_items.Count - 1, i < 0 ? ~i : i + 1)];
        }
    }
}
