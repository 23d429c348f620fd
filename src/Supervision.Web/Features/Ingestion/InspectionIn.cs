namespace Supervision.Web.Features.Ingestion;

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
