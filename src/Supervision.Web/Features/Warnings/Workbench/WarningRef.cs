namespace Supervision.Web.Features.Warnings.Workbench;

/// <summary>A warning as the person acting saw it: its id and, when known, the revision on their screen.</summary>
public sealed record WarningRef(int Id, int? Revision = null);
