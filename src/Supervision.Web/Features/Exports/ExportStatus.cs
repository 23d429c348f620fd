namespace Supervision.Web.Features.Exports;

public enum ExportStatus
{
    Queued = 0,
    Running = 1,
    Done = 2,
    Failed = 3,
}
