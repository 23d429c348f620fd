using System.Text.Json;
using System.Text.Json.Serialization;
using Supervision.Domain.Agencies;
using Supervision.Domain.Calendar;
using Supervision.Domain.Geography;
using Supervision.Domain.Matters;

namespace Supervision.Web.Shared;

/// <summary>
/// The city's reference data from the plain files in data-seed/ (see data-seed/README.md). Ids are assigned in file
/// order, so the same files always give the same ids: the generator and the database agree without a lookup.
/// </summary>
public sealed record ReferenceData(
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<Matter> Matters,
    IReadOnlyList<DiscretionBenchmark> Benchmarks,
    IReadOnlyList<FourListItem> ListItems,
    HolidayCalendar Holidays,
    CityBoundary Boundary)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public IEnumerable<Region> Streets => Regions.Where(r => r.IsStreetLevel);

    /// <summary>The folder the files were read from; the holiday calendar is seeded into the database from it once.</summary>
    public string? SourceDirectory { get; init; }

    private Dictionary<int, Agency>? _agencyById;

    private Dictionary<int, Agency> AgencyById => _agencyById ??= Agencies.ToDictionary(a => a.Id);

    /// <summary>Whether an agency is the given one or under it (its parent, its parent's parent …).</summary>
    public bool IsUnder(int agencyId, int ancestorId)
    {
        for (var a = AgencyById.GetValueOrDefault(agencyId); a is not null; a = a.ParentId is { } p ? AgencyById.GetValueOrDefault(p) : null)
            if (a.Id == ancestorId) return true;
        return false;
    }

    /// <summary>
    /// The agencies a sector and/or agency filter covers, an agency including those under it; null when there is no
    /// filter. The overview, the map and the monthly statistics filter "who acted" this one way.
    /// </summary>
    public List<int>? AgenciesCovered(Domain.Agencies.Sector? sector, int? agencyId)
    {
        if (sector is null && agencyId is null) return null;
        return Agencies
            .Where(a => sector is null || a.Sector == sector)
            .Where(a => agencyId is null || IsUnder(a.Id, agencyId.Value))
            .Select(a => a.Id).ToList();
    }

    /// <summary>Finds data-seed/ beside the app (published or run from the repo).</summary>
    public static string LocateDirectory(string configured, string contentRoot)
    {
        var candidates = Hosting.ContentFiles.Candidates(configured, contentRoot);
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "regions.json")))
            ?? throw new DirectoryNotFoundException($"Reference data (regions.json) not found; looked in: {string.Join(", ", candidates.Select(Path.GetFullPath))}.");
    }

    public static ReferenceData Load(string directory)
    {
        var regionsFile = Read<RegionsFile>(directory, "regions.json");
        var regions = new List<Region>();
        var city = AddRegion(regions, regionsFile.City, RegionKind.City, null);
        foreach (var district in regionsFile.Districts)
        {
            var d = AddRegion(regions, district, district.Kind, city.Id);
            foreach (var street in district.Streets ?? []) AddRegion(regions, street, street.Kind, d.Id);
        }
        var regionIds = regions.ToDictionary(r => r.Code, r => r.Id);

        var agencyRows = Read<List<AgencyRow>>(directory, "agencies.json");
        var agencyIds = agencyRows.Select((a, i) => (a.Code, Id: i + 1)).ToDictionary(x => x.Code, x => x.Id);
        var agencies = agencyRows.Select((a, i) => new Agency
        {
            Id = i + 1,
            Code = a.Code,
            Name = a.Name,
            Level = a.Level,
            Sector = a.Sector,
            RegionId = Lookup(regionIds, a.RegionCode, $"agency {a.Code} region"),
            ParentId = a.ParentCode is null ? null : Lookup(agencyIds, a.ParentCode, $"agency {a.Code} parent"),
        }).ToList();

        var matters = new List<Matter>();
        var benchmarks = new List<DiscretionBenchmark>();
        var items = new List<FourListItem>();
        foreach (var m in Read<List<MatterRow>>(directory, "matters.json"))
        {
            var departmentId = Lookup(agencyIds, m.DepartmentCode, $"matter {m.Code} department");
            var matter = new Matter
            {
                Id = matters.Count + 1,
                Code = m.Code,
                Name = m.Name,
                DepartmentId = departmentId,
                Sector = agencies[departmentId - 1].Sector,
                LegalBasis = m.LegalBasis,
                StatutoryMinFine = m.StatutoryMinFine,
                StatutoryMaxFine = m.StatutoryMaxFine,
            };
            matters.Add(matter);
            foreach (var bm in m.Benchmarks)
                benchmarks.Add(new DiscretionBenchmark { Id = benchmarks.Count + 1, MatterId = matter.Id, Level = bm.Level, MinFine = bm.MinFine, MaxFine = bm.MaxFine });
            var n = 0;
            foreach (var item in m.ListItems)
                items.Add(new FourListItem { Id = items.Count + 1, Code = $"{m.Code}-{++n}", MatterId = matter.Id, List = item.List, Circumstance = item.Circumstance });
        }

        var h = Read<HolidaysFile>(directory, "holidays.json");
        var holidays = new HolidayCalendar(
            h.Holidays.Select(x => (x.From, x.To, x.Name)),
            h.MakeUpWorkdays.Select(x => x.Date),
            h.Years);

        return new ReferenceData(regions, agencies, matters, benchmarks, items, holidays, LoadOutline(Path.Combine(directory, "map", "city-outline.geojson")))
        {
            SourceDirectory = directory,
        };
    }

    /// <summary>The outer rings of the outline's polygons (GeoJSON Polygon or MultiPolygon).</summary>
    public static CityBoundary LoadOutline(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var rings = new List<IReadOnlyList<GeoPoint>>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon" ? coordinates.EnumerateArray().ToList() : [coordinates];
            foreach (var polygon in polygons)
                rings.Add(polygon[0].EnumerateArray().Select(p => new GeoPoint(p[0].GetDouble(), p[1].GetDouble())).ToList());
        }
        return new CityBoundary(rings);
    }

    private static Region AddRegion(List<Region> regions, RegionRow row, RegionKind kind, int? parentId)
    {
        var region = new Region { Id = regions.Count + 1, Code = row.Code, Name = row.Name, Kind = kind, ParentId = parentId, Latitude = row.Lat, Longitude = row.Lon };
        regions.Add(region);
        return region;
    }

    private static int Lookup(Dictionary<string, int> ids, string code, string what) =>
        ids.TryGetValue(code, out var id) ? id : throw new InvalidDataException($"Reference data: {what} '{code}' is not defined.");

    private static T Read<T>(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private sealed record RegionsFile(RegionRow City, List<DistrictRow> Districts);
    private record RegionRow(string Code, string Name, double Lon, double Lat);
    private sealed record DistrictRow(string Code, string Name, RegionKind Kind, double Lon, double Lat, List<StreetRow>? Streets) : RegionRow(Code, Name, Lon, Lat);
    private sealed record StreetRow(string Code, string Name, RegionKind Kind, double Lon, double Lat) : RegionRow(Code, Name, Lon, Lat);
    private sealed record AgencyRow(string Code, string Name, AgencyLevel Level, Sector Sector, string RegionCode, string? ParentCode);
    private sealed record MatterRow(string Code, string Name, string DepartmentCode, string LegalBasis, long StatutoryMinFine, long StatutoryMaxFine,
        List<BenchmarkRow> Benchmarks, List<ListItemRow> ListItems);
    private sealed record BenchmarkRow(DiscretionLevel Level, long MinFine, long MaxFine);
    private sealed record ListItemRow(FourList List, string Circumstance);
    private sealed record HolidaysFile(List<int> Years, List<HolidayRow> Holidays, List<MakeUpRow> MakeUpWorkdays);
    private sealed record HolidayRow(string Name, DateOnly From, DateOnly To);
    private sealed record MakeUpRow(DateOnly Date);
}
