using Supervision.Domain.Cases;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Inspections;
using Supervision.Domain.Officers;
using Supervision.Domain.Parties;
using Supervision.Domain.Rectifications;

namespace Supervision.Web.Features.Seeding;

/// <summary>What the generator made, in memory, with the manifest of what it planted.</summary>
public sealed class GeneratedCity
{
    public required DateTime AnchorUtc { get; init; }
    public required DateOnly FirstDay { get; init; }
    public List<Officer> Officers { get; } = [];
    public List<Party> Parties { get; } = [];
    public List<Inspection> Inspections { get; } = [];
    public List<InspectionOfficer> InspectionOfficers { get; } = [];
    public List<Case> Cases { get; } = [];
    public List<CaseStageRecord> CaseStages { get; } = [];
    public List<CaseOfficer> CaseOfficers { get; } = [];
    public List<RectificationOrder> RectificationOrders { get; } = [];
    public List<CompulsoryMeasure> CompulsoryMeasures { get; } = [];
    public List<Complaint> Complaints { get; } = [];
    public List<PlantedIrregularity> Planted { get; } = [];

    public IEnumerable<(string Table, int Rows)> Counts() =>
    [
        ("Officers", Officers.Count), ("Parties", Parties.Count), ("Inspections", Inspections.Count),
        ("InspectionOfficers", InspectionOfficers.Count), ("Cases", Cases.Count), ("CaseStages", CaseStages.Count),
        ("CaseOfficers", CaseOfficers.Count), ("RectificationOrders", RectificationOrders.Count),
        ("CompulsoryMeasures", CompulsoryMeasures.Count), ("Complaints", Complaints.Count),
    ];
}
