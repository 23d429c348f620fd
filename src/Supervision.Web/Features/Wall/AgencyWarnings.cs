namespace Supervision.Web.Features.Wall;

/// <summary>One agency's live warnings by level, and how many of them are deadlines run out (overdue cases, rectifications, complaints, replies).</summary>
public sealed record AgencyWarnings(string Name, int Red, int Orange, int Yellow, int Blue, int Overdue)
{
    public int Total => Red + Orange + Yellow + Blue;
}
