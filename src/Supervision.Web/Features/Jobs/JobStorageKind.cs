namespace Supervision.Web.Features.Jobs;

/// <summary>Where Hangfire keeps its queue, recurring jobs and locks.</summary>
public enum JobStorageKind
{
    /// <summary>In this process only: the default for one instance. Nothing of Hangfire survives a restart.</summary>
    InMemory = 0,

    /// <summary>
    /// In PostgreSQL, shared by every instance (docs/scale-out.md): each job runs once across them, recurring jobs fire
    /// once, and a job an instance gives back on a graceful stop (or loses when it dies) is picked up by another.
    /// </summary>
    Postgres = 1,
}
