namespace Supervision.Domain.Warnings;

/// <summary>Records of one kind that caused a warning, ids ascending.</summary>
public sealed record RecordRef(RecordKind Kind, IReadOnlyList<int> Ids)
{
    public static RecordRef Of(RecordKind kind, IEnumerable<int> ids) => new(kind, [.. ids.Distinct().Order()]);

    public static RecordRef One(RecordKind kind, int id) => new(kind, [id]);
}
