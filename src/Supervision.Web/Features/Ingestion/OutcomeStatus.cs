namespace Supervision.Web.Features.Ingestion;

public enum OutcomeStatus { Created, Updated, Unchanged, Rejected, Conflict }
