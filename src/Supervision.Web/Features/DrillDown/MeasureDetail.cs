using Supervision.Domain.CompulsoryMeasures;

namespace Supervision.Web.Features.DrillDown;

/// <summary>One 行政强制 measure or execution as its page shows it, with the case it belongs to where the reader may see it.</summary>
public sealed record MeasureDetail(
    int Id, string RecordNumber, string AgencyCode, string AgencyName, PartyView Party, CompulsoryKind Kind,
    DateTime StartedAt, DateTime? EndedAt, bool IsEmergency, string StreetCode, string StreetName, string? Place,
    LinkedRecordView? Case, DateTime ReceivedAt);
