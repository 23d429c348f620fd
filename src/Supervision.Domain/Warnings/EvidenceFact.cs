namespace Supervision.Domain.Warnings;

/// <summary>Evidence taken for a case (the Evidence stage), the officers who took it, and when the center received the stage.</summary>
public sealed record EvidenceFact(int CaseId, string CaseNumber, int AgencyId, int StreetId, DateTime TakenAt, IReadOnlyList<int> OfficerIds,
    DateTime? ReceivedAt = null)
{
    /// <summary>A window holds evidence taken in it or reported in it: a stage reported late is still judged.</summary>
    public bool TakenOrReceivedIn(DayWindow window) => window.Contains(TakenAt) || ReceivedAt is { } r && window.Contains(r);
}
