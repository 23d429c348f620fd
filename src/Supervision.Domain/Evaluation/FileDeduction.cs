namespace Supervision.Domain.Evaluation;

/// <summary>Points taken from a file for one checklist item, with the reason.</summary>
public sealed class FileDeduction
{
    public int Id { get; set; }
    public int FileId { get; set; }
    public required string ItemCode { get; set; }
    public int Points { get; set; }
    public required string Reason { get; set; }
}
