using System.Globalization;
using System.Security.Claims;
using Supervision.Domain.Validation;
using Supervision.Web.Features.Access;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Ingestion.Import;

/// <summary>
/// Turns an uploaded sheet into records and hands them to <see cref="RecordWriter"/>, the same path and the same rules
/// as the API: each row is accepted or rejected on its own, and a rejected row writes nothing.
/// </summary>
public sealed class RecordImport(RecordWriter writer, ReferenceData reference, AuditLog audit, TimeProvider time)
{
    /// <summary>
    /// The agency a person imports for: an agency liaison's own (records of agencies under it go through
    /// <c>执法单位代码</c>, which the writer checks exactly as for an API key). Null for anyone without an agency.
    /// KeyId 0: no API key is involved.
    /// </summary>
    public KeyOwner? OwnerOf(ClaimsPrincipal user)
    {
        if (!user.IsInRole(Roles.AgencyLiaison)) return null;
        if (!int.TryParse(user.FindFirstValue(AccessClaims.Agency), NumberStyles.Integer, CultureInfo.InvariantCulture, out var agencyId)) return null;
        return reference.Agencies.FirstOrDefault(a => a.Id == agencyId) is { } agency ? new KeyOwner(0, agency.Id, agency.Code) : null;
    }

    /// <param name="progress">Called after each chunk with the rows done so far and the total.</param>
    /// <param name="actor">The person importing, for the audit log (a Blazor circuit has no HTTP context to take it from).</param>
    public async Task<ImportResult> RunAsync(KeyOwner owner, ImportTemplate template, string fileName, IReadOnlyList<ImportRow> rows,
        Func<int, int, Task>? progress = null, ClaimsPrincipal? actor = null, CancellationToken ct = default)
    {
        var at = time.GetUtcNow().UtcDateTime;
        var results = new RowResult?[rows.Count];
        var pending = new List<(int Index, RecordIn Record)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var record = template.Build(rows[i]);
            // A cell that could not be read (a bad date, a word not in the list) rejects its row before the writer:
            // the record would otherwise be judged without the value the person meant.
            if (rows[i].Problems.Count > 0) results[i] = new RowResult(rows[i].RowNumber, record.Id, OutcomeStatus.Rejected, [.. rows[i].Problems]);
            else pending.Add((i, record));
        }
        var done = rows.Count - pending.Count;
        if (progress is not null) await progress(done, rows.Count);

        foreach (var chunk in pending.Chunk(IngestionRegistration.MaxBatch))
        {
            var outcomes = await writer.WriteBatchAsync(owner with { Source = Source(fileName, actor) }, chunk.Select(p => (RecordIn?)p.Record).ToList(), ct);
            for (var k = 0; k < chunk.Length; k++)
            {
                var (index, record) = chunk[k];
                results[index] = new RowResult(rows[index].RowNumber, record.Id, outcomes[k].Status, Problems(template, outcomes[k]));
            }
            done += chunk.Length;
            if (progress is not null) await progress(done, rows.Count);
        }
        var result = new ImportResult(fileName, template.Title, at, results.Select(r => r!).ToList());
        // Written even when the import was partly rejected: who put which file into the center is on record.
        await audit.WriteAsync(AuditActions.RecordsImported, owner.AgencyCode,
            $"{template.Title}:{fileName},共 {rows.Count} 行；新增 {result.Created},更新 {result.Updated},未变化 {result.Unchanged},未写入 {result.NotWritten}",
            actor, ct: CancellationToken.None);
        return result;
    }

    private static List<FieldError> Problems(ImportTemplate template, RecordOutcome outcome)
    {
        var problems = (outcome.Errors ?? new Dictionary<string, string[]>())
            .SelectMany(e => e.Value.Select(message => new FieldError(template.ColumnFor(e.Key), message)))
            .ToList();
        // A refusal concerns the agency the row names; a conflict, the record its id names.
        if (outcome.Detail is { } detail) problems.Add(new FieldError(template.ColumnFor(outcome.Status == OutcomeStatus.Forbidden ? "agencyCode" : "id"), detail));
        return problems;
    }

    /// <summary>The record history's "through what": the file and who imported it (the file name cut so the whole fits).</summary>
    private static string Source(string fileName, ClaimsPrincipal? actor)
    {
        var file = fileName.Length > 120 ? fileName[..120] + "…" : fileName;
        return actor?.Identity?.Name is { Length: > 0 } name ? $"导入文件“{file}”（{name}）" : $"导入文件“{file}”";
    }
}
