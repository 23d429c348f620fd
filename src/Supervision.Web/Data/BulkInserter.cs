using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Supervision.Web.Data;

/// <summary>
/// Inserts large generated batches with one prepared command per table inside the caller's transaction. Table and
/// column names, value converters and key values all come from the EF model, so the schema is stated once; the
/// change tracker is skipped because it costs ~10x for millions of rows. On PostgreSQL rows with their keys go in by
/// binary COPY, the fastest way in, and the table's identity is moved past them afterwards.
/// </summary>
public sealed class BulkInserter(SupervisionDbContext db)
{
    public async Task<int> InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct = default) where T : class
    {
        if (rows.Count == 0) return 0;
        if (db.Database.IsNpgsql()) return await CopyAsync(rows, ct);
        var (command, columns, parameters) = await PrepareAsync<T>(withKey: true, ct);
        await using (command)
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Length; i++) parameters[i].Value = columns[i].Read(row);
                await command.ExecuteNonQueryAsync(ct);
            }
        return rows.Count;
    }

    /// <summary>
    /// Inserts rows whose integer key the database generates, and hands each row its new key. RETURNING is understood by
    /// SQLite (3.35+) and PostgreSQL alike.
    /// </summary>
    public async Task InsertReturningKeysAsync<T>(IReadOnlyCollection<T> rows, Action<T, int> setKey, CancellationToken ct = default) where T : class
    {
        if (rows.Count == 0) return;
        var (command, columns, parameters) = await PrepareAsync<T>(withKey: false, ct);
        await using (command)
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Length; i++) parameters[i].Value = columns[i].Read(row);
                setKey(row, Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture));
            }
    }

    private async Task<int> CopyAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk inserts run inside a transaction.");
        var properties = entity.GetProperties().Where(p => !p.IsShadowProperty()).ToArray();
        var columns = properties.Select(Column.For).ToArray();
        // Binary COPY needs each column's wire type; the EF mapping states it, read off a parameter it makes.
        using var probe = new NpgsqlCommand();
        var types = properties.Select(p => ((NpgsqlParameter)p.GetRelationalTypeMapping().CreateParameter(probe, "p", null)).NpgsqlDbType).ToArray();
        var table = entity.GetTableName()!;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var writer = await connection.BeginBinaryImportAsync(
                         $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync(ct);
                for (var i = 0; i < columns.Length; i++)
                {
                    var value = columns[i].Read(row);
                    if (value is DBNull) await writer.WriteNullAsync(ct);
                    else await writer.WriteAsync(value, types[i], ct);
                }
            }
            await writer.CompleteAsync(ct);
        }
        // The keys came with the rows, so the identity sequence has not moved: the next ordinary insert would collide.
        var key = entity.FindPrimaryKey()!.Properties;
        if (key is [{ ValueGenerated: Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd } id] && id.ClrType == typeof(int))
        {
            var column = id.GetColumnName();
#pragma warning disable EF1002 // names from the EF model, not input
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST((SELECT MAX(\"{column}\") FROM \"{table}\"), 1))", ct);
#pragma warning restore EF1002
        }
        return rows.Count;
    }

    private async Task<(DbCommand Command, Column[] Columns, DbParameter[] Parameters)> PrepareAsync<T>(bool withKey, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var key = entity.FindPrimaryKey()!.Properties;
        var columns = entity.GetProperties().Where(p => !p.IsShadowProperty() && (withKey || !key.Contains(p))).Select(Column.For).ToArray();
        var table = entity.GetTableName()!;
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside a transaction.");
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})" +
                              (withKey ? "" : $" RETURNING \"{key.Single().GetColumnName()}\"");
        var typed = !db.Database.IsSqlite();
        var properties = entity.GetProperties().Where(p => !p.IsShadowProperty() && (withKey || !key.Contains(p))).ToArray();
        var parameters = columns.Select((_, i) =>
        {
            // PostgreSQL prepares with the parameters' types, so they are stated (from the EF mapping) instead of
            // inferred from the first row's values, where a null says nothing.
            var p = typed ? properties[i].GetRelationalTypeMapping().CreateParameter(command, $"@p{i}", null) : command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(ct);
        return (command, columns, parameters);
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
