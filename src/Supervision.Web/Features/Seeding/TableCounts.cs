using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Seeding;

/// <summary>The rows of each table a generated city fills, in the order the seed command prints them.</summary>
public static class TableCounts
{
    public static async Task<IReadOnlyList<(string Table, int Rows)>> CountAsync(SupervisionDbContext db) =>
    [
        ("Regions", await db.Regions.CountAsync()), ("Agencies", await db.Agencies.CountAsync()),
        ("Matters", await db.Matters.CountAsync()), ("DiscretionBenchmarks", await db.DiscretionBenchmarks.CountAsync()),
        ("FourListItems", await db.FourListItems.CountAsync()), ("Officers", await db.Officers.CountAsync()),
        ("Parties", await db.Parties.CountAsync()), ("Inspections", await db.Inspections.CountAsync()),
        ("InspectionOfficers", await db.InspectionOfficers.CountAsync()), ("Cases", await db.Cases.CountAsync()),
        ("CaseStages", await db.CaseStages.CountAsync()), ("CaseOfficers", await db.CaseOfficers.CountAsync()),
        ("RectificationOrders", await db.RectificationOrders.CountAsync()), ("CompulsoryMeasures", await db.CompulsoryMeasures.CountAsync()),
        ("Complaints", await db.Complaints.CountAsync()),
    ];
}
