using System.Text;
using Supervision.Domain.Warnings;
using Supervision.Web.Features.DrillDown;

namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>
/// The workbench's state in its address: <c>/warnings?level=Red,Orange&amp;rule=overdue-rectification&amp;agency=370102-SCJG&amp;view=each&amp;sort=Severity&amp;page=2</c>.
/// Agencies and streets go by their codes (the drill-downs' own), not by database ids. Anything unknown is ignored,
/// so a hand-edited or outdated address still opens a list.
/// </summary>
public sealed record WorkbenchAddress(WarningFilter Filter, WarningView View = WarningView.Folded, string? Sort = null, bool Descending = true, int Page = 1)
{
    public const int MaxText = 100;

    public static WorkbenchAddress Parse(
        string? level, string? rule, string? agency, string? street, string? status, string? text, string? view, string? sort, bool? desc, int? page,
        Func<string, bool> ruleExists, IReadOnlyList<Option> agencies, IReadOnlyList<Option> streets)
    {
        var levels = Enums<WarningLevel>(level);
        var statuses = Enums<WarningStatus>(status);
        var q = text?.Trim();
        var filter = new WarningFilter(
            levels.Count > 0 ? levels : null,
            rule is not null && ruleExists(rule) ? rule : null,
            agencies.FirstOrDefault(a => a.Code == agency)?.Id,
            streets.FirstOrDefault(s => s.Code == street)?.Id,
            statuses.Count > 0 ? statuses : null,
            string.IsNullOrEmpty(q) ? null : q.Length > MaxText ? q[..MaxText] : q);
        return new(filter,
            string.Equals(view, "each", StringComparison.OrdinalIgnoreCase) ? WarningView.Each : WarningView.Folded,
            sort is not null && WarningQueries.SortColumns.Contains(sort) ? sort : null,
            desc ?? true,
            Math.Max(1, page ?? 1));
    }

    /// <summary>The address of this state; the defaults are left out, so the plain list is plain <c>/warnings</c>.</summary>
    public string ToUrl(IReadOnlyList<Option> agencies, IReadOnlyList<Option> streets)
    {
        var parts = new List<(string, string)>();
        if (Filter.Levels is { Count: > 0 } levels) parts.Add(("level", string.Join(",", levels.OrderDescending())));
        if (Filter.RuleCode is { } rule) parts.Add(("rule", rule));
        if (Filter.AgencyId is { } a && agencies.FirstOrDefault(o => o.Id == a) is { } agency) parts.Add(("agency", agency.Code));
        if (Filter.StreetId is { } s && streets.FirstOrDefault(o => o.Id == s) is { } street) parts.Add(("street", street.Code));
        if (Filter.Statuses is { Count: > 0 } statuses && !statuses.SetEquals(WarningFilter.Active)) parts.Add(("status", string.Join(",", statuses.Order())));
        if (Filter.Text is { } text) parts.Add(("q", text));
        if (View == WarningView.Each) parts.Add(("view", "each"));
        if (Sort is { } sort)
        {
            parts.Add(("sort", sort));
            if (!Descending) parts.Add(("desc", "false"));
        }
        if (Page > 1) parts.Add(("page", Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var url = new StringBuilder("/warnings");
        for (var i = 0; i < parts.Count; i++)
            url.Append(i == 0 ? '?' : '&').Append(parts[i].Item1).Append('=').Append(Uri.EscapeDataString(parts[i].Item2));
        return url.ToString();
    }

    private static HashSet<T> Enums<T>(string? list) where T : struct, Enum =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Enum.TryParse<T>(p, ignoreCase: true, out var v) && Enum.IsDefined(v) ? v : (T?)null).OfType<T>()];
}
