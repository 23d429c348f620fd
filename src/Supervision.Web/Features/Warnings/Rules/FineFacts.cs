using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>The fine rules' facts for some cases: their matters' fines and benchmarks, one query per matter.</summary>
public static class FineFacts
{
    public static async Task<FineSnapshot> OfMattersAsync(RuleContext c, DateTime fromUtc, IEnumerable<TouchedRecords.Case> cases, CancellationToken ct)
    {
        var each = new List<FineSnapshot>();
        foreach (var matter in cases.Select(x => x.MatterId).Distinct()) each.Add(await FactQueries.FinesAsync(c.Db, fromUtc, matter, ct));
        return each.Count == 1 ? each[0] : new FineSnapshot([.. each.SelectMany(s => s.Fines)], [.. each.SelectMany(s => s.Benchmarks)]);
    }
}
