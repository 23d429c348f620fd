using System.ComponentModel.DataAnnotations;

namespace Supervision.Web.Features.Ingestion;

public sealed record InspectionIn : RecordIn
{
    public PartyIn? Party { get; init; }
    /// <summary>
    /// Routine (日常检查), DoubleRandom (双随机抽查), ComplaintTriggered (投诉举报), Joint (联合检查, with jointReference),
    /// HigherLevelAssignment (上级交办), Referral (其他机关移送) or KeySectorCampaign (重点领域治理部署).
    /// </summary>
    [MaxLength(32)]
    public string? Kind { get; init; }
    [MaxLength(64)]
    public string? JointReference { get; init; }
    public DateTimeOffset? PreFiledAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    /// <summary>The street/town code; when absent the street is found from the location.</summary>
    [MaxLength(32)]
    public string? StreetCode { get; init; }
    public LocationIn? Location { get; init; }
    [MaxLength(200)]
    public string? Place { get; init; }
    /// <summary>Certificate numbers of the officers present.</summary>
    [MaxLength(20), ItemLength(32)]
    public List<string?>? Officers { get; init; }
    /// <summary>NothingFound, RectificationOrdered or CaseOpened.</summary>
    [MaxLength(32)]
    public string? Result { get; init; }
    public EvaluationIn? Evaluation { get; init; }
}
