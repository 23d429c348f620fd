namespace Supervision.Domain.CompulsoryMeasures;

public enum CompulsoryKind
{
    /// <summary>查封场所、设施或者财物 — a compulsory measure.</summary>
    Seizure = 0,
    /// <summary>扣押财物 — a compulsory measure.</summary>
    Detention = 1,
    /// <summary>强制拆除 — compulsory execution.</summary>
    ForcedDemolition = 2,
    /// <summary>划拨存款、拍卖或者依法处理财物等 — compulsory execution.</summary>
    ForcedExecution = 3,
}
