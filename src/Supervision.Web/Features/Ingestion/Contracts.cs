using System.Text.Json.Serialization;

namespace Supervision.Web.Features.Ingestion;

// What agency systems send (API v1). Everything is nullable so that a missing field is reported by name, field by
// field, instead of failing deserialisation as a whole. Times are ISO 8601 with an offset (e.g. 2026-11-23T09:30:00+08:00).

/// <summary>One record of any kind; <c>type</c> says which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(InspectionIn), "inspection")]
[JsonDerivedType(typeof(CaseIn), "case")]
[JsonDerivedType(typeof(RectificationIn), "rectification")]
[JsonDerivedType(typeof(ComplaintIn), "complaint")]
[JsonDerivedType(typeof(MeasureIn), "measure")]
public abstract record RecordIn
{
    /// <summary>The agency's own id of the record: sending it again is idempotent.</summary>
    public string? Id { get; init; }

    /// <summary>The agency that owns the record: the key's agency (default) or one under it.</summary>
    public string? AgencyCode { get; init; }
}

public sealed record PartyIn(string? Kind, string? Name, string? CreditCode, string? IdNumber);

public sealed record LocationIn(double? Lon, double? Lat);

public sealed record EvaluationIn(int? Score, string? Comment, DateTimeOffset? At);

public sealed record InspectionIn : RecordIn
{
    public PartyIn? Party { get; init; }
    /// <summary>Routine, DoubleRandom, ComplaintTriggered or Joint.</summary>
    public string? Kind { get; init; }
    public string? JointReference { get; init; }
    public DateTimeOffset? PreFiledAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    /// <summary>The street/town code; when absent the street is found from the location.</summary>
    public string? StreetCode { get; init; }
    public LocationIn? Location { get; init; }
    public string? Place { get; init; }
    /// <summary>Certificate numbers of the officers present.</summary>
    public List<string?>? Officers { get; init; }
    /// <summary>NothingFound, RectificationOrdered or CaseOpened.</summary>
    public string? Result { get; init; }
    public EvaluationIn? Evaluation { get; init; }
}

public sealed record StageIn(string? Stage, DateTimeOffset? At);

public sealed record DecisionIn(string? Penalty, long? Fine, string? DiscretionLevel, string? FourListItemCode);

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

public sealed record ReviewIn(DateTimeOffset? At, string? Result);

/// <summary>责令整改 and, when it happens, its follow-up review (复查). The order itself cannot be rewritten; the review is added once.</summary>
public sealed record RectificationIn : RecordIn
{
    public PartyIn? Party { get; init; }
    /// <summary>The agency's own id of the inspection or case that ordered it, if any.</summary>
    public string? InspectionId { get; init; }
    public string? CaseId { get; init; }
    public string? StreetCode { get; init; }
    public LocationIn? Location { get; init; }
    public string? Requirement { get; init; }
    public DateTimeOffset? IssuedAt { get; init; }
    /// <summary>The last day to rectify (yyyy-MM-dd, Asia/Shanghai).</summary>
    public DateOnly? Deadline { get; init; }
    /// <summary>Result: Rectified or NotRectified.</summary>
    public ReviewIn? Review { get; init; }
}

/// <summary>A complaint about the agency or one of its officers (码上监督 or 12345); handling is added when done.</summary>
public sealed record ComplaintIn : RecordIn
{
    /// <summary>QrCode or Hotline12345.</summary>
    public string? Channel { get; init; }
    /// <summary>Certificate number of the officer complained about, if any.</summary>
    public string? Officer { get; init; }
    public string? StreetCode { get; init; }
    public string? Summary { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public DateTimeOffset? Deadline { get; init; }
    public DateTimeOffset? HandledAt { get; init; }
    /// <summary>Substantiated, PartlySubstantiated or Unsubstantiated.</summary>
    public string? Outcome { get; init; }
}

/// <summary>行政强制: a measure (seizure, detention of goods) or an execution (forced demolition, forced execution).</summary>
public sealed record MeasureIn : RecordIn
{
    public PartyIn? Party { get; init; }
    /// <summary>The agency's own id of the case it belongs to, if any.</summary>
    public string? CaseId { get; init; }
    /// <summary>Seizure, Detention, ForcedDemolition or ForcedExecution.</summary>
    public string? Kind { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    /// <summary>An emergency justifies execution at night or on a holiday (行政强制法 Art. 43).</summary>
    public bool IsEmergency { get; init; }
    public string? StreetCode { get; init; }
    public LocationIn? Location { get; init; }
    public string? Place { get; init; }
}

public sealed record BatchIn(List<RecordIn?>? Records);

public enum OutcomeStatus { Created, Updated, Unchanged, Rejected, Conflict }

/// <summary>What happened to one record.</summary>
public sealed record RecordOutcome(string? Id, OutcomeStatus Status, int? RecordId = null, IReadOnlyDictionary<string, string[]>? Errors = null, string? Detail = null);

public sealed record BatchItemOutcome(int Index, string? Type, string? Id, string Status, int? RecordId, IReadOnlyDictionary<string, string[]>? Errors, string? Detail);

public sealed record BatchOutcome(int Accepted, int Rejected, IReadOnlyList<BatchItemOutcome> Records);
