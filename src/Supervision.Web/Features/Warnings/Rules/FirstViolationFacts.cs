using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Cases;
using Supervision.Domain.Matters;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Warnings.Rules;

/// <summary>
/// The first-violation rule's facts: the no-penalty items about first violations, the fined cases decided in the
/// lookback of their matters, and every case of those parties and matters (the whole history, which says which case
/// was the first).
/// </summary>
public static class FirstViolationFacts
{
    public static async Task<FirstViolationSnapshot> SweepAsync(RuleContext c, CancellationToken ct)
    {
        var items = await ItemsAsync(c.Db, null, ct);
        var matters = items.Select(i => i.MatterId).Distinct().ToList();
        if (matters.Count == 0) return new FirstViolationSnapshot([], []);
        var from = FactQueries.WindowStartUtc(c.Now, c.Settings.FirstViolation.LookbackDays);
        var parties = await c.Db.Cases.AsNoTracking()
            .Where(x => x.DecidedAt >= from && x.Fine > 0 && matters.Contains(x.MatterId))
            .Select(x => x.PartyId).Distinct().ToListAsync(ct);
        if (parties.Count == 0) return new FirstViolationSnapshot([], items);
        var cases = await Facts(c.Db.Cases.Where(x => parties.Contains(x.PartyId) && matters.Contains(x.MatterId))).ToListAsync(ct);
        return new FirstViolationSnapshot(cases, items);
    }

    /// <summary>Every case of each party and matter, with the matters' items.</summary>
    public static async Task<FirstViolationSnapshot> OfAsync(RuleContext c, IReadOnlyCollection<(int PartyId, int MatterId)> subjects, CancellationToken ct)
    {
        var items = await ItemsAsync(c.Db, subjects.Select(s => s.MatterId).Distinct().ToList(), ct);
        var matters = items.Select(i => i.MatterId).ToHashSet();
        // A party has few cases: all of the burst's parties' in one query (index PartyId, MatterId, FiledAt), kept to the pairs asked.
        var cases = await FactQueries.ChunkedAsync(subjects.Where(s => matters.Contains(s.MatterId)), async chunk =>
        {
            var parties = chunk.Select(s => s.PartyId).Distinct().ToList();
            var wanted = chunk.ToHashSet();
            return (await Facts(c.Db.Cases.Where(x => parties.Contains(x.PartyId))).ToListAsync(ct)).Where(x => wanted.Contains((x.PartyId, x.MatterId))).ToList();
        });
        return new FirstViolationSnapshot(cases, items);
    }

    private static async Task<List<NoPenaltyItemFact>> ItemsAsync(SupervisionDbContext db, IReadOnlyCollection<int>? matterIds, CancellationToken ct)
    {
        var q = db.FourListItems.AsNoTracking().Where(i => i.List == FourList.NoPenalty);
        if (matterIds is not null) q = q.Where(i => matterIds.Contains(i.MatterId));
        // The flag is read from the circumstance's text (FourListItem.AppliesToFirstViolation), so it is applied here in memory.
        var noPenalty = await q.Select(i => new NoPenaltyItemFact(i.Id, i.MatterId, i.Code, i.Circumstance)).ToListAsync(ct);
        return [.. noPenalty.Where(i => FourListItem.MentionsFirstViolation(i.Circumstance))];
    }

    private static IQueryable<FirstViolationFact> Facts(IQueryable<Case> cases) => cases.AsNoTracking()
        .Select(x => new FirstViolationFact(x.Id, x.AgencyId, x.PartyId, x.MatterId, x.StreetId, x.FiledAt, x.DecidedAt, x.Fine, x.FourListItemId));
}
