using Supervision.Domain.Agencies;
using Supervision.Domain.Complaints;
using Supervision.Domain.Geography;

namespace Supervision.Web.Features.Ingestion;

/// <summary>A complaint that passed every check; street, officer and handling are optional.</summary>
internal sealed record ValidComplaint(
    Agency Agency, string Id, ComplaintChannel Channel, string Summary, DateTime ReceivedAt, DateTime Deadline,
    DateTime? HandledAt, ComplaintOutcome? Outcome, Region? Street, int? OfficerId);
