using Supervision.Domain.Inspections;
using Supervision.Domain.Parties;

namespace Supervision.Domain.Warnings;

/// <summary>More counted inspections in the year than the credit grade allows (severity: inspections over the limit).</summary>
public sealed record InspectionFrequencyOptions
{
    public InspectionFrequency Frequency { get; init; } = new();
    /// <summary>An enterprise without a grade yet is held to an ordinary one's limit, neither trusted nor dishonest.</summary>
    public CreditGrade UngradedAs { get; init; } = CreditGrade.B;
    public Escalation Levels { get; init; } = Escalation.Of(1, 2, 3, 5);
}
