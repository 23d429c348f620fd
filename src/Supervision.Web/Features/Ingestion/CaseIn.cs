namespace Supervision.Web.Features.Ingestion;

/// <summary>A penalty case: send it again as it moves through its stages; earlier stages and the decision cannot be rewritten.</summary>
public sealed record CaseIn : RecordIn
{
    /// <summary>The case number, e.g. 济历下市监罚〔2026〕12号.</summary>
    public string? Number { get; init; }
    public PartyIn? Party { get; init; }
    public string? MatterCode { get; init; }
    public string? StreetCode { get; init; }
    public LocationIn? Location { get; init; }
    public string? Place { get; init; }
    /// <summary>A major decision, which needs legal review (法制审核) before it is made.</summary>
    public bool IsMajor { get; init; }
    public List<string?>? Officers { get; init; }
    /// <summary>Filed, Evidence, LegalReview, Notified, Hearing, Decided, Served, Executed, Closed — in order, with times.</summary>
    public List<StageIn?>? Stages { get; init; }
    /// <summary>Required once the stages reach Decided.</summary>
    public DecisionIn? Decision { get; init; }
}
