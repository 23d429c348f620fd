namespace Supervision.Web.Data;

/// <summary>
/// The one row <c>/health</c> writes on every check: a database that can be read but not written (a full disk, a
/// read-only file, a held lock) is not healthy for an ingestion service.
/// </summary>
public sealed class HealthProbe
{
    public int Id { get; set; }
    public DateTime WrittenAt { get; set; }
}
