using Supervision.Domain.Matters;

namespace Supervision.Domain.Warnings;

/// <summary>A matter's benchmark range for one circumstance level, with the matter's statutory minimum (for 减轻).</summary>
public sealed record BenchmarkFact(int MatterId, DiscretionLevel Level, long MinFine, long MaxFine, long StatutoryMinFine);
