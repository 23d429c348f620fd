namespace Supervision.Domain.Evaluation;

/// <summary>
/// Draws a campaign's random sample of closed cases so that it can be drawn again: the same seed and the same cases give
/// the same files, whatever order the database returned them in and whatever other agencies are in the campaign. The
/// generator is written out here (SplitMix64) rather than taken from System.Random, whose sequence for a seed is not
/// promised to stay the same across .NET versions; a stored seed must mean the same sample for years (《济南市提升行政执法质量实施方案》 第14项:
/// the yearly evaluation is published, so its sample must be checkable).
/// </summary>
public static class Sampler
{
    public static IReadOnlyDictionary<int, IReadOnlyList<int>> Draw(int seed, IReadOnlyDictionary<int, IReadOnlyCollection<int>> closedCaseIdsByAgency, SampleSize size)
    {
        var sample = new SortedDictionary<int, IReadOnlyList<int>>();
        foreach (var (agencyId, caseIds) in closedCaseIdsByAgency.OrderBy(x => x.Key))
        {
            // Sorted and distinct first, so only the set of cases matters, not the order it came in.
            var ids = caseIds.Distinct().Order().ToArray();
            var take = size.For(ids.Length);
            // One stream per agency, from the seed and the agency: adding an agency to a campaign leaves the others' files as they were.
            var random = new SplitMix64(Mix((uint)seed, (uint)agencyId));
            // A partial Fisher–Yates shuffle: the first `take` places are a uniform sample without replacement.
            for (var i = 0; i < take; i++)
            {
                var j = i + (int)random.Below((ulong)(ids.Length - i));
                (ids[i], ids[j]) = (ids[j], ids[i]);
            }
            sample[agencyId] = ids.Take(take).Order().ToArray();
        }
        return sample;
    }

    private static ulong Mix(ulong seed, ulong agency) => new SplitMix64(seed ^ (agency * 0x9E3779B97F4A7C15UL)).Next();

    private struct SplitMix64(ulong state)
    {
        private ulong _state = state;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>Uniform in [0, bound) without modulo bias (rejection of the uneven top).</summary>
        public ulong Below(ulong bound)
        {
            var limit = ulong.MaxValue - ulong.MaxValue % bound;
            ulong r;
            do r = Next(); while (r >= limit);
            return r % bound;
        }
    }
}
