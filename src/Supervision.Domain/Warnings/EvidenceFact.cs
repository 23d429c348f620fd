namespace Supervision.Domain.Warnings;

/// <summary>Evidence taken for a case (the Evidence stage) and the officers who took it.</summary>
public sealed record EvidenceFact(int CaseId, string CaseNumber, int AgencyId, int StreetId, DateTime TakenAt, IReadOnlyList<int> OfficerIds);
