namespace Supervision.Domain.Warnings;

public sealed record FineSnapshot(IReadOnlyCollection<FineFact> Fines, IReadOnlyCollection<BenchmarkFact> Benchmarks);
