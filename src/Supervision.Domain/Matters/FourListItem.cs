namespace Supervision.Domain.Matters;

/// <summary>One item of the four lists: the circumstance under which a matter is not punished, or punished less or more.</summary>
public sealed class FourListItem
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int MatterId { get; set; }
    public FourList List { get; set; }
    public required string Circumstance { get; set; }
}
