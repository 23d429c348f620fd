namespace Supervision.Web.Features.DrillDown;

/// <summary>A case's approved extension of its decision limit: the day it runs to, who approved it and when.</summary>
public sealed record CaseExtensionView(DateOnly Until, string Approver, DateOnly ApprovedOn);
