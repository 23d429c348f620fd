namespace Supervision.Domain.Parties;

/// <summary>
/// One credit grade of an enterprise from the date it takes effect (《济南市推进行政执法精准化规定》 第十一条: the grade
/// sets how often it is inspected), as an agency reported it. The grades of an enterprise are its history: the grade in
/// force on a day is the one with the latest <see cref="EffectiveOn"/> not after it (<see cref="CreditGrades.On"/>);
/// <see cref="Party.CreditGrade"/> is the one in force today, for the screens.
/// </summary>
public sealed class CreditGradeRecord
{
    public const int SourceMaxLength = 50;

    public int Id { get; set; }
    /// <summary>The agency that reported it (its key's agency or one under it).</summary>
    public int AgencyId { get; set; }
    /// <summary>The agency's own id of the record: sending it again is idempotent.</summary>
    public required string ExternalId { get; set; }
    public int PartyId { get; set; }
    public CreditGrade Grade { get; set; }
    /// <summary>Who assessed it, e.g. 信用中国（山东）, 市场监管部门.</summary>
    public required string Source { get; set; }
    /// <summary>The Shanghai day from which it is in force.</summary>
    public DateOnly EffectiveOn { get; set; }
    /// <summary>
    /// The grade the enterprise had before any dated grade of its history (the register's undated grade, null when it
    /// had none), kept on every record so that the earliest one still says what held before it, whatever order the
    /// records arrived in.
    /// </summary>
    public CreditGrade? GradeBefore { get; set; }
    public DateTime ReceivedAt { get; set; }
}
