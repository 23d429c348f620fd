using System.Text.RegularExpressions;
using System.Xml.Linq;
using Supervision.Domain.Agencies;
using Supervision.Domain.Cases;
using Supervision.Domain.Geography;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Ingestion.Import;
using Supervision.Web.Shared;

namespace Supervision.Tests.Components;

/// <summary>
/// The screens' texts (Components/Shared/UiText*.resx): both languages hold the same keys, none empty, and every key
/// the source names exists, so a missing key fails here instead of showing its name on a screen.
/// </summary>
public partial class UiTextTests
{
    private static readonly string Shared = Path.Combine(TestPaths.Root, "src", "Supervision.Web", "Components", "Shared");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Shared, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static readonly Dictionary<string, string> Chinese = Read("UiText.resx"), English = Read("UiText.en.resx");

    [Fact]
    public void Both_languages_hold_the_same_keys_and_no_empty_text()
    {
        Assert.Empty(Chinese.Keys.Except(English.Keys));
        Assert.Empty(English.Keys.Except(Chinese.Keys));
        Assert.Empty(Chinese.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
        Assert.Empty(English.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key));
    }

    /// <summary>Chinese means full-width punctuation: （）、，、：、； in every Chinese text (placeholders aside).</summary>
    [Fact]
    public void Chinese_texts_use_full_width_punctuation()
    {
        var halfWidth = Chinese.Where(e => Regex.IsMatch(e.Value, @"[\u4e00-\u9fff]") && !e.Value.Contains("://", StringComparison.Ordinal)
                && Regex.IsMatch(Regex.Replace(e.Value, @"\{[^}]*\}", ""), "[(),:;]"))
            .Select(e => $"{e.Key}: {e.Value}").ToList();
        Assert.True(halfWidth.Count == 0, "Half-width punctuation in Chinese texts: " + string.Join(" | ", halfWidth));
    }

    [Fact]
    public void Format_texts_take_the_same_arguments_in_both_languages()
    {
        foreach (var (key, zh) in Chinese)
            Assert.True(Placeholders(zh).SetEquals(Placeholders(English[key])), $"{key}: \"{zh}\" and \"{English[key]}\" differ in their placeholders");
    }

    [Fact]
    public void Every_key_the_source_names_exists()
    {
        var source = Path.Combine(TestPaths.Root, "src", "Supervision.Web");
        var missing = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetRelativePath(source, f), Key: m.Groups["key"].Value)))
            .Where(u => !Chinese.ContainsKey(u.Key))
            .Select(u => $"{u.File}: {u.Key}")
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_coded_value_the_screens_name_has_a_text()
    {
        var keys = new List<string>();
        void Add<T>(string prefix) where T : struct, Enum => keys.AddRange(Enum.GetNames<T>().Select(n => $"{prefix}.{n}"));
        Add<Sector>("Sector");
        Add<FourList>("FourList");
        Add<FourList>("FourListName");
        Add<CaseStage>("Stage");
        Add<InspectionKind>("InspectionKind");
        Add<InspectionResult>("InspectionResult");
        Add<AgencyLevel>("AgencyLevel");
        Add<RegionKind>("RegionKind");
        Add<PenaltyKind>("Penalty");
        Add<DiscretionLevel>("Discretion");
        Add<PeriodPreset>("Preset");
        Add<Supervision.Domain.Notices.NoticeKind>("Notices.Kind");
        Add<Supervision.Domain.Notices.NoticeStatus>("Notices.Status");
        Add<Supervision.Domain.Notices.NoticeSubjectKind>("Notices.Subject");
        Add<Supervision.Domain.Warnings.RecordKind>("Warnings.Record");
        keys.AddRange(Roles.All.Select(r => $"Role.{r}"));
        keys.AddRange(typeof(AuditActions).GetFields().Where(f => f.IsLiteral).Select(f => $"Audit.Action.{f.GetRawConstantValue()}"));
        keys.AddRange(ImportTemplates.All.Select(t => $"Import.Kind.{t.Slug}"));
        keys.AddRange(["Kind.inspection", "Kind.case", "Kind.rectification", "Kind.measure", "Kind.complaint"]);
        var missing = keys.Where(k => !Chinese.ContainsKey(k)).ToList();
        Assert.Empty(missing);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    // L["Key"], L["Key", args], UiText.Get("Key"), UiText.Format("Key", …): literal keys only; keys built from coded
    // values are checked above.
    [GeneratedRegex("""(?:\bL\[|UiText\.(?:Get|Format)\()\s*"(?<key>[A-Za-z][A-Za-z0-9_.\-]*)"\s*[,\])]""")]
    private static partial Regex KeyUse();

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
