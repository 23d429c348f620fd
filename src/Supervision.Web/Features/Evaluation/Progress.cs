namespace Supervision.Web.Features.Evaluation;

public sealed record Progress(int Files, int Assigned, int Scored)
{
    public int Unassigned => Files - Assigned - Scored;
    public double Percent => Files == 0 ? 0 : 100.0 * Scored / Files;
}
