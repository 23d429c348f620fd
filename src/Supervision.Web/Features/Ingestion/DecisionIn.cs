using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

public sealed record DecisionIn([property: MaxLength(32)] string? Penalty, [property: Range(typeof(long), "0", DecisionIn.MaxFineText)] long? Fine,
    [property: MaxLength(32)] string? DiscretionLevel, [property: MaxLength(32)] string? FourListItemCode)
{
    /// <summary>The most any fine may be (one trillion yuan): sums of fines stay far from overflowing. A matter's statutory maximum is checked by the case writer.</summary>
    public const long MaxFine = 1_000_000_000_000;

    internal const string MaxFineText = "1000000000000";
}
