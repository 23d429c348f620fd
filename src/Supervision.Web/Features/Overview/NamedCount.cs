namespace Supervision.Web.Features.Overview;

public sealed record NamedCount(string Key, string Name, int Inspections, int Cases)
{
    /// <summary>The key of the four-lists slice of decisions under none of the lists.</summary>
    public const string NoList = "None";
}
