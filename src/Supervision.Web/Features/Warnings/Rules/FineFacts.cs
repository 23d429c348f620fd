using Supervision.Domain.Warnings;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>The fine rules' facts for some cases, one query for the whole burst (a few for more than <see cref="FactQueries.InChunk"/> matters).</summary>
public static class FineFacts
{
    /// <summary>Every fine of the cases' matters: a fine's peers.</summary>
    public static Task<FineSnapshot> OfMattersAsync(RuleContext c, DateTime fromUtc, IEnumerable<TouchedRecords.Case> cases, CancellationToken ct) =>
        CaseFactQueries.FinesAsync(c.Db, fromUtc, [.. cases.Select(x => x.MatterId).Distinct()], ct);

    /// <summary>The cases' own fines with their matters' benchmarks: a fine is judged against its benchmark alone.</summary>
    public static Task<FineSnapshot> OfCasesAsync(RuleContext c, DateTime fromUtc, IReadOnlyCollection<TouchedRecords.Case> cases, CancellationToken ct) =>
        CaseFactQueries.FinesAsync(c.Db, fromUtc, [.. cases.Select(x => x.MatterId).Distinct()], ct, [.. cases.Select(x => x.Id)]);
}
