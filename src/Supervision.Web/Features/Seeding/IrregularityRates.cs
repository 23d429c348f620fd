namespace Supervision.Web.Features.Seeding;

/// <summary>
/// The rates at which the generator plants each irregularity the warning rules look for. Rates are of the records the
/// irregularity concerns (e.g. inspections for missing pre-filing, executions for night work); counts are per profile
/// size. Everything not planted is generated clean, so a rule's hits can be checked against this manifest.
/// </summary>
public sealed record IrregularityRates
{
    /// <summary>Of enterprises: the same matter 3 times within 60 days.</summary>
    public double RepeatOffenders { get; init; } = 0.001;
    /// <summary>Of streets: 12 cases of one matter within 20 days.</summary>
    public double StreetHotspots { get; init; } = 0.05;
    /// <summary>Of rectification orders whose deadline has passed: no follow-up review.</summary>
    public double OverdueRectifications { get; init; } = 0.03;
    /// <summary>Of enterprises: two more routine inspections in the calendar year than their grade allows.</summary>
    public double OverFrequentInspections { get; init; } = 0.003;
    /// <summary>Of enterprises: three agencies inspect within 5 days.</summary>
    public double MultiAgencyInspections { get; init; } = 0.003;
    /// <summary>Of enterprises: a same-sector routine inspection after a joint inspection in the same year.</summary>
    public double RepeatAfterJointInspection { get; init; } = 0.002;
    /// <summary>Of inspections: not pre-filed.</summary>
    public double InspectionsWithoutPreFiling { get; init; } = 0.02;
    /// <summary>Of cases: evidence taken by one officer.</summary>
    public double SingleOfficerEvidence { get; init; } = 0.01;
    /// <summary>Of cases: one evidence officer's certificate had lapsed.</summary>
    public double LapsedCertificateEvidence { get; init; } = 0.005;
    /// <summary>Of compulsory executions: at night or on a public holiday, without the emergency flag.</summary>
    public double NightOrHolidayExecutions { get; init; } = 0.03;
    /// <summary>Of decided cases with a fine: outside the discretion benchmark.</summary>
    public double FinesOutsideBenchmark { get; init; } = 0.01;
    /// <summary>Of complaints whose deadline has passed: still unhandled.</summary>
    public double OverdueComplaints { get; init; } = 0.03;
    /// <summary>Of cases (added on top): filed 95–150 days ago and still undecided.</summary>
    public double CasesPastTimeLimit { get; init; } = 0.01;
    /// <summary>Of officers: training far behind the 60-hour pace.</summary>
    public double TrainingShortfall { get; init; } = 0.05;
}
