using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace Supervision.Web.Features.Jobs;

/// <summary>"Hangfire" in configuration, with the connection string resolved from "ConnectionStrings".</summary>
public sealed class JobStorageOptions : IValidatableObject
{
    public const string Section = "Hangfire";
    public const string ConnectionName = "Hangfire";

    public JobStorageKind Storage { get; set; } = JobStorageKind.InMemory;

    /// <summary>The PostgreSQL schema Hangfire's tables live in (created on first start).</summary>
    [Required, RegularExpression("^[a-z_][a-z0-9_]{0,62}$", ErrorMessage = "Hangfire:Schema must be a lower-case PostgreSQL identifier (letters, digits, _).")]
    public string Schema { get; set; } = "hangfire";

    /// <summary>
    /// ConnectionStrings:Hangfire, or, with Storage=Postgres and the app's own database on PostgreSQL
    /// (Database:Provider=Postgres), ConnectionStrings:Supervision: Hangfire's tables then sit in their own schema of the
    /// app's database. Filled in from configuration at start-up, not bound from the section.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Why the connection string came from where it did, for the start-up error.</summary>
    internal string? ConnectionSource { get; set; }

    public static void Resolve(JobStorageOptions o, IConfiguration configuration)
    {
        var own = configuration.GetConnectionString(ConnectionName);
        if (!string.IsNullOrWhiteSpace(own))
        {
            (o.ConnectionString, o.ConnectionSource) = (own, "ConnectionStrings:Hangfire");
            return;
        }
        // The app's connection string is a SQLite one unless its database is on PostgreSQL: only then is it a fallback.
        if (o.Storage == JobStorageKind.Postgres
            && string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
            && configuration.GetConnectionString("Supervision") is { Length: > 0 } app)
            (o.ConnectionString, o.ConnectionSource) = (app, "ConnectionStrings:Supervision");
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Storage != JobStorageKind.Postgres) yield break;
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Hangfire:Storage=Postgres needs a PostgreSQL connection string: set ConnectionStrings:Hangfire " +
                "(e.g. \"Host=db;Database=supervision;Username=supervision;Password=…\"), or put the app's own database on PostgreSQL " +
                "(Database:Provider=Postgres) so that ConnectionStrings:Supervision is used.",
                [nameof(ConnectionString)]);
            yield break;
        }
        string? problem = null;
        try
        {
            if (string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(ConnectionString).Host)) problem = "it names no Host";
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
        }
        if (problem is not null)
            yield return new ValidationResult($"{ConnectionSource} is not a PostgreSQL connection string for Hangfire:Storage=Postgres: {problem}.",
                [nameof(ConnectionString)]);
    }
}
