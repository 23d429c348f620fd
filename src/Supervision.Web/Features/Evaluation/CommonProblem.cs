namespace Supervision.Web.Features.Evaluation;

/// <summary>A common problem (共性问题): a checklist item that lost points, with how often, in how many files and agencies, and its most frequent reason.</summary>
public sealed record CommonProblem(int Rank, string Category, string ItemCode, string ItemText, int Deductions, int Files, int Agencies, int Points, string TopReason);
