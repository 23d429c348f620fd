using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// The sweep's facts that several rules read from one table (the three inspection rules the year's inspections; repeat
/// and hotspot the cases; the two fine rules the fines): each loads the widest window any of them needs, once per sweep
/// of all rules (or one evaluation of a burst), and every rule filters its own window.
/// </summary>
public static class SharedFacts
{
    public static Task<List<ViolationFact>> ViolationsAsync(RuleContext c, CancellationToken ct)
    {
        var from = FactQueries.WindowStartUtc(c.Now, Math.Max(c.Settings.RepeatViolation.WindowDays, c.Settings.StreetHotspot.WindowDays));
        return c.Memo.GetAsync($"violations:{from:O}", () => FactQueries.ViolationsAsync(c.Db, from, null, null, ct));
    }

    public static Task<InspectionSnapshot> InspectionsAsync(RuleContext c, CancellationToken ct)
    {
        var from = InspectionsFrom(c);
        return c.Memo.GetAsync($"inspections:{from:O}", () => FactQueries.InspectionsAsync(c.Db, from, null, ct));
    }

    /// <summary>
    /// The same for a burst's parties: the evaluation of incoming inspections loads them once for the three rules (the
    /// engine gives the burst's rules one memo), as the sweep does.
    /// </summary>
    public static Task<InspectionSnapshot> InspectionsOfPartiesAsync(RuleContext c, IReadOnlyCollection<int> parties, CancellationToken ct)
    {
        var from = InspectionsFrom(c);
        return c.Memo.GetAsync($"inspections:{from:O}:{string.Join(',', parties.Order())}", () => FactQueries.InspectionsOfPartiesAsync(c.Db, from, parties, ct));
    }

    private static DateTime InspectionsFrom(RuleContext c)
    {
        var yearStart = FactQueries.YearStartUtc(c.Now);
        var windowStart = FactQueries.WindowStartUtc(c.Now, c.Settings.MultiAgencyInspection.WindowDays);
        return windowStart < yearStart ? windowStart : yearStart;
    }

    public static Task<FineSnapshot> FinesAsync(RuleContext c, CancellationToken ct)
    {
        var from = FactQueries.WindowStartUtc(c.Now, Math.Max(c.Settings.FineBenchmark.LookbackDays, c.Settings.FinePeer.PeerWindowDays));
        return c.Memo.GetAsync($"fines:{from:O}", () => CaseFactQueries.FinesAsync(c.Db, from, null, ct));
    }
}
