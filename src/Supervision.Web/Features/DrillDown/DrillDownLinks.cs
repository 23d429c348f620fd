using Supervision.Domain.Cases;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>Where the drill-down pages live, for screens that link to them (overview, map, wall, warnings).</summary>
public static class DrillDownLinks
{
    public static string Agencies => "/agencies";
    public static string Agency(string code) => $"/agencies/{Uri.EscapeDataString(code)}";
    /// <summary>A street or town by its region code (data-seed/regions.json).</summary>
    public static string Street(string regionCode) => $"/streets/{Uri.EscapeDataString(regionCode)}";
    public static string Enterprises => "/enterprises";
    public static string Enterprise(int partyId) => $"/enterprises/{partyId}";
    public static string Case(int caseId) => $"/cases/{caseId}";
    public static string Officer(int officerId) => $"/officers/{officerId}";
    public static string Inspection(int inspectionId) => $"/inspections/{inspectionId}";
    /// <summary>A 责令整改 order.</summary>
    public static string Rectification(int orderId) => $"/rectifications/{orderId}";
    /// <summary>A 行政强制 measure or execution.</summary>
    public static string Measure(int measureId) => $"/measures/{measureId}";
    public static string Complaint(int complaintId) => $"/complaints/{complaintId}";

    /// <summary>The case list, preselected: e.g. Cases(overdue: true) for the cases past their decision limit.</summary>
    public static string Cases(string? agencyCode = null, CaseStage? stage = null, bool overdue = false, PeriodPreset? period = null)
    {
        var query = new List<string>();
        if (agencyCode is not null) query.Add("agency=" + Uri.EscapeDataString(agencyCode));
        if (stage is { } s) query.Add("stage=" + s);
        if (overdue) query.Add("overdue=true");
        if (period is { } p) query.Add("period=" + p);
        return query.Count == 0 ? "/cases" : "/cases?" + string.Join("&", query);
    }
}
