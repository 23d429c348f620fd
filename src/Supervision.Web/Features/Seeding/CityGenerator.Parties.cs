using Supervision.Domain.Agencies;
using Supervision.Domain.Geography;
using Supervision.Domain.Parties;

namespace Supervision.Web.Features.Seeding;

public sealed partial class CityGenerator
{
    private readonly HashSet<string> _codes = [];

    private void GenerateParties()
    {
        var industrySectors = new Weighted<Sector>([.. InspectionSectors.Keys], s => InspectionSectors[s]);
        for (var i = 0; i < _profile.Enterprises; i++)
        {
            var street = _streetPicker.Pick(_rng);
            var district = _regions[street.ParentId!.Value];
            var sector = industrySectors.Pick(_rng);
            var grade = _rng.NextDouble() switch { < 0.30 => CreditGrade.A, < 0.75 => CreditGrade.B, < 0.93 => CreditGrade.C, _ => CreditGrade.D };
            var isNew = Chance(0.03);
            var registered = isNew ? _lastDay.AddDays(-_rng.Next(30, 700)) : _lastDay.AddDays(-_rng.Next(200, 20 * 365));
            AddParty(new Party
            {
                Kind = PartyKind.Enterprise,
                Name = EnterpriseName(sector),
                CreditCode = NewCreditCode(district.Code),
                CreditGrade = grade,
                IsNewBusinessForm = isNew,
                ObservationEndsOn = isNew ? registered.AddYears(1) : null,
                RegisteredOn = registered,
                StreetId = street.Id,
                Address = Address(district, street),
            }, street);
        }
        for (var i = 0; i < _profile.Persons; i++)
        {
            var street = _streetPicker.Pick(_rng);
            var district = _regions[street.ParentId!.Value];
            AddParty(new Party
            {
                Kind = PartyKind.Person,
                Name = PersonName(),
                IdNumber = NewIdNumber(district.Code),
                StreetId = street.Id,
                Address = Address(district, street),
            }, street);
        }
    }

    private void AddParty(Party party, Region street)
    {
        party.Id = _city.Parties.Count + 1;
        var point = PointNear(street);
        party.Longitude = point.Longitude;
        party.Latitude = point.Latitude;
        _city.Parties.Add(party);
        (_partiesByStreet.TryGetValue(street.Id, out var list) ? list : _partiesByStreet[street.Id] = []).Add(party);
    }

    /// <summary>A point scattered around the street's centroid (about 1 km), always inside the city.</summary>
    private GeoPoint PointNear(Region street)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var p = new GeoPoint(
                Math.Round(street.Longitude + Gaussian() * 0.011, 6),
                Math.Round(street.Latitude + Gaussian() * 0.009, 6));
            if (_ref.Boundary.Contains(p)) return p;
        }
        return new GeoPoint(street.Longitude, street.Latitude);
    }

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - _rng.NextDouble())) * Math.Cos(2 * Math.PI * _rng.NextDouble());

    private string Address(Region district, Region street) =>
        $"{district.Name}{street.Name}{NameBank.RoadNames[_rng.Next(NameBank.RoadNames.Length)]}{_rng.Next(1, 999)}号";

    private string EnterpriseName(Sector sector)
    {
        var trade = NameBank.TradeChars;
        var industries = NameBank.Industries.TryGetValue(sector, out var list) ? list : NameBank.Industries[Sector.Other];
        for (var attempt = 0; ; attempt++)
        {
            var length = attempt < 5 ? 2 : 3;
            var name = (Chance(0.8) ? "济南" : "山东") +
                       string.Concat(Enumerable.Range(0, length).Select(_ => trade[_rng.Next(trade.Length)])) +
                       industries[_rng.Next(industries.Length)] + "有限公司";
            if (_names.Add(name)) return name;
        }
    }

    /// <summary>A GB 32100 code: registered by market regulation (9), a company (1), in the enterprise's district.</summary>
    private string NewCreditCode(string districtCode)
    {
        const string orgChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        Span<char> code = stackalloc char[18];
        while (true)
        {
            code[0] = '9';
            code[1] = '1';
            districtCode.AsSpan(0, 6).CopyTo(code[2..]);
            for (var i = 8; i < 16; i++) code[i] = orgChars[_rng.Next(orgChars.Length)];
            code[16] = CreditCode.OrganizationCheck(code.Slice(8, 8))!.Value;
            code[17] = CreditCode.CheckCharacter(code[..17]);
            var s = new string(code);
            if (_codes.Add(s)) return s;
        }
    }

    /// <summary>A GB 11643 number registered in the person's district, born 1955–2004.</summary>
    private string NewIdNumber(string districtCode)
    {
        while (true)
        {
            var birth = new DateOnly(1955, 1, 1).AddDays(_rng.Next(0, 50 * 365));
            var first17 = $"{districtCode[..6]}{birth:yyyyMMdd}{_rng.Next(0, 1000):D3}";
            var s = first17 + IdNumber.CheckDigit(first17);
            if (_codes.Add(s)) return s;
        }
    }
}
