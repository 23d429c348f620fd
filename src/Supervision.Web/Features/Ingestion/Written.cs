using Supervision.Web.Features.Activity;

namespace Supervision.Web.Features.Ingestion;

/// <summary>What writing one record did, and the event to publish for it once the batch commits (none when nothing changed).</summary>
internal sealed record Written(RecordOutcome Outcome, ActivityEvent? Event = null);
