using Microsoft.EntityFrameworkCore;
using Supervision.Web.Data;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Seeding;

/// <summary>Writes reference data and generated records, each in one transaction: a failed load leaves nothing behind.</summary>
public static class SeedWriter
{
    public static async Task WriteReferenceAsync(SupervisionDbContext db, ReferenceData reference, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var bulk = new BulkInserter(db);
        await bulk.InsertAsync(reference.Regions, ct);
        await bulk.InsertAsync(reference.Agencies, ct);
        await bulk.InsertAsync(reference.Matters, ct);
        await bulk.InsertAsync(reference.Benchmarks, ct);
        await bulk.InsertAsync(reference.ListItems, ct);
        await tx.CommitAsync(ct);
    }

    public static async Task WriteCityAsync(SupervisionDbContext db, GeneratedCity city, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var bulk = new BulkInserter(db);
        await bulk.InsertAsync(city.Officers, ct);
        await bulk.InsertAsync(city.Parties, ct);
        await bulk.InsertAsync(city.Inspections, ct);
        await bulk.InsertAsync(city.InspectionOfficers, ct);
        await bulk.InsertAsync(city.Cases, ct);
        await bulk.InsertAsync(city.CaseStages, ct);
        await bulk.InsertAsync(city.CaseOfficers, ct);
        await bulk.InsertAsync(city.RectificationOrders, ct);
        await bulk.InsertAsync(city.CompulsoryMeasures, ct);
        await bulk.InsertAsync(city.Complaints, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Whether the database already holds enforcement records (then nothing is generated into it).</summary>
    public static async Task<bool> HasRecordsAsync(SupervisionDbContext db, CancellationToken ct = default) =>
        await db.Officers.AnyAsync(ct) || await db.Parties.AnyAsync(ct) || await db.Inspections.AnyAsync(ct) || await db.Cases.AnyAsync(ct);
}
