using Supervision.Domain.Agencies;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Parties;

namespace Supervision.Domain.Warnings;

// The plain records the rules read. Each is a projection the warning job makes from its EF queries; instants are UTC
// as stored, calendar days (deadlines, certificate expiry) are Asia/Shanghai days as stored.

/// <summary>A penalty case filed against a party for a matter: one violation, for repeat and hotspot counting.</summary>
public sealed record ViolationFact(int CaseId, int AgencyId, int PartyId, int MatterId, int StreetId, DateTime FiledAt);

/// <summary>A rectification order and whether its follow-up review has happened.</summary>
public sealed record RectificationFact(int Id, int AgencyId, int PartyId, int StreetId, DateOnly Deadline, DateTime? ReviewedAt,
    int? InspectionId = null, int? CaseId = null);

/// <summary>
/// An enterprise inspection. <see cref="Sector"/> is the inspecting agency's sector: it stands for the inspection's
/// kind when asking whether an agency repeated a kind already covered by a joint inspection.
/// </summary>
public sealed record InspectionFact(int Id, int AgencyId, Sector Sector, int PartyId, InspectionKind Kind, DateTime StartedAt,
    DateTime? PreFiledAt, int StreetId, string? JointReference = null);

/// <summary>An enterprise with its credit grade (null: not graded yet).</summary>
public sealed record PartyFact(int Id, CreditGrade? CreditGrade, int StreetId);

/// <summary>Inspections of the year to date with the enterprises they concern.</summary>
public sealed record InspectionSnapshot(IReadOnlyCollection<InspectionFact> Inspections, IReadOnlyCollection<PartyFact> Parties);

/// <summary>A case's progress against its time limits: when it was filed, decided, served and closed (stage records).</summary>
public sealed record CaseProgressFact(int Id, string Number, int AgencyId, int StreetId, DateTime FiledAt, DateTime? DecidedAt, DateTime? ServedAt,
    DateTime? ClosedAt = null);

/// <summary>Evidence taken for a case (the Evidence stage) and the officers who took it.</summary>
public sealed record EvidenceFact(int CaseId, string CaseNumber, int AgencyId, int StreetId, DateTime TakenAt, IReadOnlyList<int> OfficerIds);

/// <summary>An officer's certificate and this year's training.</summary>
public sealed record OfficerFact(int Id, int AgencyId, string Name, DateOnly CertificateExpiresOn, int TrainingYear, double TrainingHours);

public sealed record EvidenceSnapshot(IReadOnlyCollection<EvidenceFact> Evidence, IReadOnlyCollection<OfficerFact> Officers);

/// <summary>A compulsory measure with its time span.</summary>
public sealed record CompulsoryFact(int Id, int AgencyId, int PartyId, int StreetId, CompulsoryKind Kind, DateTime StartedAt, DateTime? EndedAt,
    bool IsEmergency, int? CaseId = null)
{
    public bool IsExecution => Kind is CompulsoryKind.ForcedDemolition or CompulsoryKind.ForcedExecution;
}

/// <summary>A decided fine with the circumstance level and four-list item the decision applied.</summary>
public sealed record FineFact(int CaseId, string CaseNumber, int AgencyId, int StreetId, int MatterId, DiscretionLevel Level, FourList? List,
    long Fine, DateTime DecidedAt);

/// <summary>A matter's benchmark range for one circumstance level, with the matter's statutory minimum (for 减轻).</summary>
public sealed record BenchmarkFact(int MatterId, DiscretionLevel Level, long MinFine, long MaxFine, long StatutoryMinFine);

public sealed record FineSnapshot(IReadOnlyCollection<FineFact> Fines, IReadOnlyCollection<BenchmarkFact> Benchmarks);

/// <summary>
/// A supervision notice's reply clock: its number (null while a draft), agency, whether a reply is owed (issued or sent
/// back), whether it was sent back, and the last Shanghai day of the reply period.
/// </summary>
public sealed record NoticeFact(int Id, string? Number, int AgencyId, bool AwaitsReply, bool SentBack, DateOnly ReplyDeadline);

/// <summary>A complaint and whether it has been handled.</summary>
public sealed record ComplaintFact(int Id, int AgencyId, int? OfficerId, int? StreetId, ComplaintChannel Channel, DateTime ReceivedAt,
    DateTime Deadline, DateTime? HandledAt);
