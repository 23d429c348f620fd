using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Supervision.Web.Data;

/// <summary>
/// Inserts large generated batches with one prepared command per table inside the caller's transaction. Table and
/// column names, value converters and key values all come from the EF model, so the schema is stated once; the
/// change tracker is skipped because it costs ~10x for millions of rows.
/// </summary>
public sealed class BulkInserter(SupervisionDbContext db)
{
    public async Task<int> InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct = default) where T : class
    {
        if (rows.Count == 0) return 0;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var columns = entity.GetProperties().Where(p => !p.IsShadowProperty()).Select(Column.For).ToArray();
        var table = entity.GetTableName()!;
        var sql = db.Database.GetDbConnection();
        await using var command = sql.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction.");
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++) parameters[i].Value = columns[i].Read(row);
            await command.ExecuteNonQueryAsync(ct);
        }
        return rows.Count;
    }

    private sealed record Column(string Name, Func<object, object> Read)
    {
        public static Column For(IProperty property)
        {
            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            return new Column(property.GetColumnName(), row =>
            {
                var value = getter.GetClrValue(row);
                if (value is not null && converter is not null) value = converter.ConvertToProvider(value);
                return value ?? DBNull.Value;
            });
        }
    }
}
