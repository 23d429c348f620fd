namespace Supervision.Domain.Geography;

/// <summary>
/// A district's name as a map writes it: as people say it, short enough not to cover its neighbours. The city's own
/// name is dropped (济南高新技术产业开发区 lies in 济南), and a development zone goes by the short form used in the
/// city's own documents and signs (高新区, 经开区, 起步区).
/// </summary>
public static class RegionLabel
{
    private static readonly (string Long, string Short)[] Zones =
    [
        ("高新技术产业开发区", "高新区"),
        ("经济技术开发区", "经开区"),
        ("新旧动能转换起步区", "起步区"),
    ];

    public static string Of(string name, string cityName)
    {
        var city = cityName.EndsWith('市') ? cityName[..^1] : cityName;
        var label = name.Length > city.Length + 1 && city.Length > 0 && name.StartsWith(city, StringComparison.Ordinal) ? name[city.Length..] : name;
        foreach (var (longForm, shortForm) in Zones)
            if (label.EndsWith(longForm, StringComparison.Ordinal))
                return label[..^longForm.Length] + shortForm;
        return label;
    }
}
