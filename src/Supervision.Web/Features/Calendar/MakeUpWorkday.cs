namespace Supervision.Web.Features.Calendar;

/// <summary>A Saturday or Sunday worked (调休上班) to lengthen a holiday; <see cref="For"/> names that holiday.</summary>
public sealed class MakeUpWorkday
{
    public int Id { get; set; }
    public int Year { get; set; }
    public DateOnly Date { get; set; }
    public string? For { get; set; }
}
