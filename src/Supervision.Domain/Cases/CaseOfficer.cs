namespace Supervision.Domain.Cases;

/// <summary>The officers who handle the case and take its evidence (at least two, with valid certificates: 威海市《关于改进和加强行政执法工作的意见》).</summary>
public sealed class CaseOfficer
{
    public int CaseId { get; set; }
    public int OfficerId { get; set; }
}
