namespace Supervision.Domain.Warnings;

// The plain records the rules read. Each is a projection the warning job makes from its EF queries; instants are UTC
// as stored, calendar days (deadlines, certificate expiry) are Asia/Shanghai days as stored.

/// <summary>A penalty case filed against a party for a matter: one violation, for repeat and hotspot counting.</summary>
public sealed record ViolationFact(int CaseId, int AgencyId, int PartyId, int MatterId, int StreetId, DateTime FiledAt);
