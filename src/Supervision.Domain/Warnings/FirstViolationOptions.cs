namespace Supervision.Domain.Warnings;

/// <summary>A party's first violation of a matter whose no-penalty list covers first violations, fined all the same.</summary>
public sealed record FirstViolationOptions
{
    /// <summary>Cases decided in these last days are judged: about the time a party has to ask for administrative review.</summary>
    public int LookbackDays { get; init; } = 60;
    public WarningLevel Level { get; init; } = WarningLevel.Yellow;
}
