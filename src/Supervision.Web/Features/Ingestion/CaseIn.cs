using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// A penalty case: send it again as it moves through its stages; earlier stages cannot be rewritten, and the decision
/// only through an explicit <see cref="Correction"/> with its reason.
/// </summary>
public sealed record CaseIn : RecordIn
{
    /// <summary>The case number, e.g. 济历下市监罚〔2026〕12号.</summary>
    [MaxLength(64)]
    public string? Number { get; init; }
    public PartyIn? Party { get; init; }
    [MaxLength(32)]
    public string? MatterCode { get; init; }
    [MaxLength(32)]
    public string? StreetCode { get; init; }
    public LocationIn? Location { get; init; }
    [MaxLength(200)]
    public string? Place { get; init; }
    /// <summary>A major decision, which needs legal review (法制审核) before it is made.</summary>
    public bool IsMajor { get; init; }
    [MaxLength(20), ItemLength(32)]
    public List<string?>? Officers { get; init; }
    /// <summary>Filed, Evidence, LegalReview, Notified, Hearing, Decided, Served, Executed, Closed — in order, with times.</summary>
    [MaxLength(20)]
    public List<StageIn?>? Stages { get; init; }
    /// <summary>Required once the stages reach Decided.</summary>
    public DecisionIn? Decision { get; init; }
    /// <summary>An approved extension of the decision limit; left out: what was recorded stays. A later approval may extend it further.</summary>
    public ExtensionIn? Extension { get; init; }
    /// <summary>Suspensions (中止), not counted in the decision limit; left out: what was recorded stays. Recorded ones may only get their end.</summary>
    [MaxLength(20)]
    public List<SuspensionIn?>? Suspensions { get; init; }
    /// <summary>Required to change a decided penalty (penalty, fine, discretion level, list item): <c>{ "reason": "…" }</c>, ≤500 characters.</summary>
    public CorrectionIn? Correction { get; init; }
}
