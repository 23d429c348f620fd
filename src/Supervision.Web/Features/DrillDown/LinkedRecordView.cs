namespace Supervision.Web.Features.DrillDown;

/// <summary>A record another record refers to (the case or inspection an order came from), named as people know it.</summary>
public sealed record LinkedRecordView(int Id, string Label);
