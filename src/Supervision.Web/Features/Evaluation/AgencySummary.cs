namespace Supervision.Web.Features.Evaluation;

public sealed record AgencySummary(int AgencyId, string Code, string Name, int ClosedCases, int Files, int Scored, double? AverageScore,
    int Excellent, int Qualified, int Unqualified);
