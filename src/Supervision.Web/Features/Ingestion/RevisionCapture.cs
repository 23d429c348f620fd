using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// Keeps a resend's changes as a <see cref="RecordRevision"/>: the tracked row's modified properties (EF compares each
/// with the value read from the database, so a field sent again unchanged is no change), plus what the writer says
/// changed beside the row (officers, appended stages). Added to the same context, so it is saved, or rolled back with a
/// rejected record, together with the change itself.
/// </summary>
public static class RevisionCapture
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Properties that are the center's own bookkeeping, not what the agency reported.</summary>
    private static readonly HashSet<string> Bookkeeping = ["Id", "ReceivedAt", "PreFilingReceivedAt"];

    /// <returns>The changes found (none: nothing is added).</returns>
    internal static IReadOnlyList<FieldChange> Capture(SupervisionDbContext db, RecordKind kind, int recordId, int agencyId, object row, DateTime now,
        string source, IEnumerable<FieldChange>? beside = null, string? reason = null)
    {
        db.ChangeTracker.DetectChanges();
        var changes = db.Entry(row).Properties
            .Where(p => p.IsModified && !Bookkeeping.Contains(p.Metadata.Name) && !Equals(p.OriginalValue, p.CurrentValue))
            .Select(p => new FieldChange(p.Metadata.Name, Invariant(p.OriginalValue), Invariant(p.CurrentValue)))
            .Concat(beside ?? [])
            .ToList();
        if (changes.Count == 0) return changes;
        db.Set<RecordRevision>().Add(new RecordRevision
        {
            Kind = kind,
            RecordId = recordId,
            AgencyId = agencyId,
            ReceivedAt = now,
            Source = source.Length > 200 ? source[..200] : source,
            Reason = reason,
            Changes = JsonSerializer.Serialize(changes, Json),
        });
        return changes;
    }

    public static IReadOnlyList<FieldChange> Read(string json) => JsonSerializer.Deserialize<List<FieldChange>>(json, Json) ?? [];

    public static string? Invariant(object? value) => value switch
    {
        null => null,
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        bool b => b ? "true" : "false",
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
