using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;
using Supervision.Domain.Rectifications;

namespace Supervision.Web.Features.Seeding;

public sealed partial class CityGenerator
{
    /// <summary>The generator keeps an enterprise's inspections at least this far apart, so none crowd together by chance.</summary>
    private const int InspectionGapDays = 20;
    private const double ComplaintTriggeredShare = 0.12;
    private const double JointSlotShare = 0.035;

    private static readonly InspectionFrequency Frequency = new();
    private int _jointSeq;

    private void GenerateInspections()
    {
        var enterprises = _city.Parties.Where(p => p.Kind == PartyKind.Enterprise).ToList();
        var sectors = new Weighted<Sector>([.. InspectionSectors.Keys], s => InspectionSectors[s]);
        var shuffled = enterprises.OrderBy(_ => _rng.Next()).ToList();
        var taken = new HashSet<int>();
        List<Party> Take(double rate, Func<Party, bool> fits)
        {
            var n = Count(rate, enterprises.Count);
            var chosen = shuffled.Where(p => !taken.Contains(p.Id) && fits(p)).Take(n).ToList();
            foreach (var p in chosen) taken.Add(p.Id);
            return chosen;
        }

        // Planted enterprises get only their planted schedule, so each is an unambiguous example of its rule.
        var yearStart = new DateOnly(_lastDay.Year, 1, 1) > _firstDay ? new DateOnly(_lastDay.Year, 1, 1) : _firstDay;
        foreach (var p in Take(_rates.OverFrequentInspections, p => p.CreditGrade is CreditGrade.A or CreditGrade.B))
            PlantOverFrequent(p, yearStart, sectors);
        foreach (var p in Take(_rates.MultiAgencyInspections, p => p.CreditGrade is not CreditGrade.A))
            PlantMultiAgency(p, sectors);
        foreach (var p in Take(_rates.RepeatAfterJointInspection, _ => true))
            PlantRepeatAfterJoint(p, yearStart, sectors);

        // Spread the remaining inspections over the other enterprises: lower grades more often, never above the grade's
        // yearly allowance (complaint-triggered inspections do not count towards it).
        var others = enterprises.Where(p => !taken.Contains(p.Id)).ToList();
        var slots = others.ToDictionary(p => p.Id, _ => (Regular: 0, Complaint: 0));
        var gradeWeight = new Weighted<Party>(others, p => p.CreditGrade switch { CreditGrade.A => 0.6, CreditGrade.B => 1.0, CreditGrade.C => 1.6, _ => 2.4 });
        // Joint slots yield two or three records; a few slots are dropped where a joint inspection's sectors would
        // repeat. The 2% margin makes sure the profile's count is reached.
        var target = (_profile.Inspections - _city.Inspections.Count) / (1 + JointSlotShare * 1.5) * 1.02;
        var maxSlots = Math.Max(1, _profile.Days / InspectionGapDays);
        for (var n = 0; n < target; n++)
        {
            var complaint = Chance(ComplaintTriggeredShare);
            for (var attempt = 0; attempt < 20; attempt++)
            {
                var p = gradeWeight.Pick(_rng);
                var s = slots[p.Id];
                if (s.Regular + s.Complaint >= maxSlots) continue;
                if (!complaint && s.Regular >= Frequency.MaxPerYear(p.CreditGrade!.Value)) continue;
                slots[p.Id] = complaint ? (s.Regular, s.Complaint + 1) : (s.Regular + 1, s.Complaint);
                break;
            }
        }

        foreach (var p in others)
        {
            var (regular, complaint) = slots[p.Id];
            var total = regular + complaint;
            if (total == 0) continue;
            var kinds = Enumerable.Repeat(InspectionKind.Routine, regular).Concat(Enumerable.Repeat(InspectionKind.ComplaintTriggered, complaint))
                .OrderBy(_ => _rng.Next()).ToArray();
            var days = SpacedDays(total, _firstDay, _lastDay, Math.Min(InspectionGapDays, _profile.Days / (total + 1)));
            (DateOnly Day, HashSet<Sector> Sectors)? joint = null;
            for (var i = 0; i < days.Count; i++)
            {
                var street = _regions[p.StreetId];
                if (kinds[i] != InspectionKind.ComplaintTriggered && joint is null && Chance(JointSlotShare * 1.2))
                {
                    joint = (days[i], AddJointInspection(p, days[i], sectors));
                    continue;
                }
                // After a joint inspection, its sectors do not inspect the enterprise again that year (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 6).
                var sector = sectors.Pick(_rng);
                for (var attempt = 0; attempt < 20 && joint is { } j && j.Day.Year == days[i].Year && j.Sectors.Contains(sector); attempt++)
                    sector = sectors.Pick(_rng);
                if (joint is { } jj && jj.Day.Year == days[i].Year && jj.Sectors.Contains(sector)) continue;
                var kind = kinds[i] == InspectionKind.ComplaintTriggered ? kinds[i] : Chance(0.5) ? InspectionKind.Routine : InspectionKind.DoubleRandom;
                AddInspection(p, PickAgency(sector, street), kind, days[i], null);
            }
        }

        // Not pre-filed: a small share of all inspections, whatever else they are.
        foreach (var inspection in _city.Inspections.Where(_ => Chance(_rates.InspectionsWithoutPreFiling)))
        {
            inspection.PreFiledAt = null;
            _city.Planted.Add(new(Irregularity.InspectionWithoutPreFiling, "inspection", inspection.Id));
        }
    }

    private void PlantOverFrequent(Party p, DateOnly yearStart, Weighted<Sector> sectors)
    {
        var count = Frequency.MaxPerYear(p.CreditGrade!.Value) + 2;
        var span = _lastDay.DayNumber - yearStart.DayNumber;
        var gap = Math.Min(15, span / (count + 1));
        if (gap < 4) return; // too early in the year to fit them without also crowding agencies together
        var street = _regions[p.StreetId];
        foreach (var day in SpacedDays(count, yearStart, _lastDay, gap))
            AddInspection(p, PickAgency(sectors.Pick(_rng), street), Chance(0.5) ? InspectionKind.Routine : InspectionKind.DoubleRandom, day, null);
        _city.Planted.Add(new(Irregularity.OverFrequentInspection, "party", p.Id));
    }

    private void PlantMultiAgency(Party p, Weighted<Sector> sectors)
    {
        var street = _regions[p.StreetId];
        var day = WorkingDay(RandomDay(_firstDay, _lastDay.AddDays(-8)));
        var agencies = new List<Agency>();
        for (var attempt = 0; attempt < 50 && agencies.Count < 3; attempt++)
        {
            var a = PickAgency(sectors.Pick(_rng), street);
            if (agencies.All(x => x.Id != a.Id && x.Sector != a.Sector)) agencies.Add(a);
        }
        // All three within five calendar days of the first, whatever weekends or holidays lie between.
        foreach (var agency in agencies)
        {
            var next = day.AddDays(_rng.Next(0, 5));
            AddInspection(p, agency, Chance(0.5) ? InspectionKind.Routine : InspectionKind.DoubleRandom,
                next <= _lastDay && _calendar.IsWorkingDay(next) ? next : day, null);
        }
        _city.Planted.Add(new(Irregularity.MultiAgencyInspection, "party", p.Id));
    }

    private void PlantRepeatAfterJoint(Party p, DateOnly yearStart, Weighted<Sector> sectors)
    {
        if (_lastDay.DayNumber - yearStart.DayNumber < 20) return;
        var jointDay = WorkingDay(RandomDay(yearStart, _lastDay.AddDays(-15)));
        var jointSectors = AddJointInspection(p, jointDay, sectors);
        var repeatDay = WorkingDay(RandomDay(jointDay.AddDays(10), _lastDay));
        if (repeatDay.Year != jointDay.Year || repeatDay <= jointDay) return;
        var sector = jointSectors.ElementAt(_rng.Next(jointSectors.Count));
        AddInspection(p, PickAgency(sector, _regions[p.StreetId]), InspectionKind.Routine, repeatDay, null);
        _city.Planted.Add(new(Irregularity.RepeatAfterJointInspection, "party", p.Id));
    }

    /// <summary>综合查一次: two or three agencies of different sectors, one record each, same day, one reference.</summary>
    private HashSet<Sector> AddJointInspection(Party p, DateOnly day, Weighted<Sector> sectors)
    {
        var reference = $"LH{++_jointSeq:D6}";
        var street = _regions[p.StreetId];
        var chosen = new HashSet<Sector>();
        var target = _rng.Next(2, 4);
        for (var attempt = 0; attempt < 30 && chosen.Count < target; attempt++) chosen.Add(sectors.Pick(_rng));
        var start = OfficeTime(day);
        foreach (var sector in chosen) AddInspection(p, PickAgency(sector, street), InspectionKind.Joint, day, reference, start);
        return chosen;
    }

    /// <summary>n working days in [from, to], at least <paramref name="gap"/> days apart before moving off days off.</summary>
    private List<DateOnly> SpacedDays(int n, DateOnly from, DateOnly to, int gap)
    {
        var free = Math.Max(0, to.DayNumber - from.DayNumber - (n - 1) * gap);
        return Enumerable.Range(0, n).Select(_ => _rng.Next(0, free + 1)).Order()
            .Select((offset, i) => WorkingDay(from.AddDays(offset + i * gap))).ToList();
    }

    private void AddInspection(Party p, Agency agency, InspectionKind kind, DateOnly day, string? jointReference, DateTime? at = null)
    {
        var started = at ?? (kind == InspectionKind.ComplaintTriggered ? LocalTime(day, 8, 20) : OfficeTime(day));
        var ended = started.AddMinutes(_rng.Next(30, 180));
        var result = _rng.NextDouble() switch { < 0.72 => InspectionResult.NothingFound, < 0.94 => InspectionResult.RectificationOrdered, _ => InspectionResult.CaseOpened };
        var evaluated = ended < _anchor.AddDays(-1) && Chance(0.65);
        var inspection = new Inspection
        {
            Id = _city.Inspections.Count + 1,
            AgencyId = agency.Id,
            ExternalId = $"JC{_city.Inspections.Count + 1:D8}",
            PartyId = p.Id,
            Kind = kind,
            JointReference = jointReference,
            PreFiledAt = started.AddMinutes(-_rng.Next(120, 72 * 60)),
            StartedAt = started,
            EndedAt = ended,
            StreetId = p.StreetId,
            Latitude = p.Latitude,
            Longitude = p.Longitude,
            Place = p.Address,
            Result = result,
            EvaluationScore = evaluated ? _rng.NextDouble() switch { < 0.70 => 5, < 0.90 => 4, < 0.96 => 3, < 0.99 => 2, _ => 1 } : null,
            EvaluatedAt = evaluated ? ended.AddMinutes(_rng.Next(60, 3 * 24 * 60)) : null,
            ReceivedAt = ended.AddMinutes(_rng.Next(1, 30)),
        };
        if (inspection.EvaluationScore is <= 3) inspection.EvaluationComment = "检查时间较长，希望提前告知检查内容";
        if (inspection.EvaluatedAt > _anchor) inspection.EvaluatedAt = _anchor;
        if (inspection.ReceivedAt > _anchor) inspection.ReceivedAt = _anchor;
        _city.Inspections.Add(inspection);
        foreach (var officer in PickOfficers(agency.Id, day, Chance(0.85) ? 2 : 3))
            _city.InspectionOfficers.Add(new InspectionOfficer { InspectionId = inspection.Id, OfficerId = officer.Id });
        if (result == InspectionResult.RectificationOrdered)
            AddRectificationOrder(agency.Id, p, ended, inspection.Id, null);
    }

    private void AddRectificationOrder(int agencyId, Party p, DateTime issuedAt, int? inspectionId, int? caseId)
    {
        var issuedDay = ChinaTime.DayOf(issuedAt);
        var deadline = issuedDay.AddDays(_rng.Next(7, 31));
        var today = ChinaTime.DayOf(_anchor);
        DateTime? reviewedAt = null;
        if (deadline < today || Chance(0.2))
        {
            // Reviewed on or before the deadline, never before the order and never after now.
            var last = deadline < today ? deadline : today.AddDays(-1);
            var first = deadline.AddDays(-5) > issuedDay.AddDays(1) ? deadline.AddDays(-5) : issuedDay.AddDays(1);
            if (first <= last)
            {
                var at = OfficeTime(RandomDay(first, last));
                if (at > issuedAt && at <= _anchor) reviewedAt = at;
            }
            if (reviewedAt is null && deadline < today) reviewedAt = issuedAt.AddHours(_rng.Next(2, 8));
        }
        _city.RectificationOrders.Add(new RectificationOrder
        {
            Id = _city.RectificationOrders.Count + 1,
            AgencyId = agencyId,
            ExternalId = $"ZG{_city.RectificationOrders.Count + 1:D8}",
            PartyId = p.Id,
            InspectionId = inspectionId,
            CaseId = caseId,
            StreetId = p.StreetId,
            Requirement = NameBank.Rectifications[_rng.Next(NameBank.Rectifications.Length)],
            IssuedAt = issuedAt,
            Deadline = deadline,
            ReviewedAt = reviewedAt,
            ReviewResult = reviewedAt is null ? null : Chance(0.9) ? ReviewResult.Rectified : ReviewResult.NotRectified,
            ReceivedAt = issuedAt.AddMinutes(_rng.Next(1, 30)) is var r && r > _anchor ? _anchor : r,
        });
    }

    /// <summary>"No fine-and-forget" (《吉木萨尔县推进包容审慎监管防止行政执法“一刀切”实施方案》 item 3): a few orders whose deadline passed never get their follow-up review.</summary>
    private void PlantOverdueRectifications()
    {
        var today = ChinaTime.DayOf(_anchor);
        foreach (var order in _city.RectificationOrders.Where(o => o.Deadline < today).ToList())
        {
            if (!Chance(_rates.OverdueRectifications)) continue;
            order.ReviewedAt = null;
            order.ReviewResult = null;
            _city.Planted.Add(new(Irregularity.OverdueRectification, "order", order.Id));
        }
    }
}
