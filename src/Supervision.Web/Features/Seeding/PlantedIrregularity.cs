namespace Supervision.Web.Features.Seeding;

/// <summary>One planted irregularity and its subject, e.g. ("party", 12) or ("street", 40, matter 7).</summary>
public sealed record PlantedIrregularity(Irregularity Kind, string SubjectType, int SubjectId, int? MatterId = null);
