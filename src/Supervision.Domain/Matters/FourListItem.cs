namespace Supervision.Domain.Matters;

/// <summary>One item of the four lists: the circumstance under which a matter is not punished, or punished less or more.</summary>
public sealed class FourListItem
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int MatterId { get; set; }
    public FourList List { get; set; }
    public required string Circumstance { get; set; }

    /// <summary>
    /// The item is about a first violation (首违): its circumstance says 首次 or 初次 (the four lists of the city word it so,
    /// e.g. 首次违法，货值金额不足五百元且未造成危害后果的). Derived from the text, not stored, so a list edited in the
    /// reference data is read the same way.
    /// </summary>
    public bool AppliesToFirstViolation => MentionsFirstViolation(Circumstance);

    public static bool MentionsFirstViolation(string circumstance) =>
        circumstance.Contains("首次", StringComparison.Ordinal) || circumstance.Contains("初次", StringComparison.Ordinal);
}
