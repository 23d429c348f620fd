namespace Supervision.Web.Features.Overview;

public sealed record NamedCount(string Key, string Name, int Inspections, int Cases);
