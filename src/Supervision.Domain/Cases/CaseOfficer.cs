namespace Supervision.Domain.Cases;

/// <summary>The officers who handle the case and take its evidence (at least two, with valid certificates: seeds/003).</summary>
public sealed class CaseOfficer
{
    public int CaseId { get; set; }
    public int OfficerId { get; set; }
}
