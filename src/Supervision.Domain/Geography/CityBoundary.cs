using Supervision.Domain.Validation;

namespace Supervision.Domain.Geography;

/// <summary>
/// The city's outline, used to reject coordinates that cannot belong to one of its records
/// (a swapped latitude/longitude or a point in another city is the usual mistake).
/// </summary>
public sealed class CityBoundary
{
    private readonly GeoPoint[][] _rings;
    private readonly double _minLon, _maxLon, _minLat, _maxLat;

    public CityBoundary(IEnumerable<IReadOnlyList<GeoPoint>> outerRings)
    {
        _rings = outerRings.Select(r => r.ToArray()).Where(r => r.Length >= 3).ToArray();
        if (_rings.Length == 0) throw new ArgumentException("A city boundary needs at least one ring of three points.", nameof(outerRings));
        var all = _rings.SelectMany(r => r).ToArray();
        _minLon = all.Min(p => p.Longitude); _maxLon = all.Max(p => p.Longitude);
        _minLat = all.Min(p => p.Latitude); _maxLat = all.Max(p => p.Latitude);
    }

    public bool Contains(GeoPoint point)
    {
        if (double.IsNaN(point.Longitude) || double.IsNaN(point.Latitude)) return false;
        if (point.Longitude < _minLon || point.Longitude > _maxLon || point.Latitude < _minLat || point.Latitude > _maxLat) return false;
        return _rings.Any(ring => RingContains(ring, point));
    }

    public IEnumerable<FieldError> Validate(double? longitude, double? latitude, string field = "location")
    {
        if (longitude is null || latitude is null)
        {
            yield return new FieldError(field, "缺少经纬度坐标。");
            yield break;
        }
        if (longitude is < -180 or > 180 || latitude is < -90 or > 90)
        {
            yield return new FieldError(field, $"坐标超出经纬度取值范围(经度 {longitude},纬度 {latitude})。");
            yield break;
        }
        if (!Contains(new GeoPoint(longitude.Value, latitude.Value)))
            yield return new FieldError(field, $"坐标(经度 {longitude},纬度 {latitude})不在本市行政区域内，请检查是否填反了经纬度。");
    }

    // Even-odd ray casting; the outline is small (tens of vertices), so no index is needed.
    private static bool RingContains(GeoPoint[] ring, GeoPoint p)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var a = ring[i];
            var b = ring[j];
            if ((a.Latitude > p.Latitude) != (b.Latitude > p.Latitude) &&
                p.Longitude < (b.Longitude - a.Longitude) * (p.Latitude - a.Latitude) / (b.Latitude - a.Latitude) + a.Longitude)
                inside = !inside;
        }
        return inside;
    }
}
