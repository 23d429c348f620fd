namespace Supervision.Domain.Warnings;

/// <summary>What a <see cref="Named"/> placeholder in a warning's text stands for; the engine writes the thing's name in its place.</summary>
public enum NameKind
{
    /// <summary>The party's name (a natural person's masked).</summary>
    Party,
    /// <summary>The party's name with its unified social credit code (企业) or nothing more (a masked natural person).</summary>
    PartyWithCode,
    /// <summary>The case's document number (决定书/立案文号).</summary>
    Case,
    /// <summary>The enforcement matter's name (执法事项).</summary>
    Matter,
    /// <summary>District and street by name.</summary>
    Street,
    /// <summary>The officer's name.</summary>
    Officer,
    /// <summary>The officer's name and enforcement certificate number (执法证号).</summary>
    OfficerWithCertificate,
    /// <summary>The officer's enforcement certificate number alone.</summary>
    Certificate,
    /// <summary>An inspection: its date, the enterprise and the agency's own record number.</summary>
    Inspection,
    /// <summary>A compulsory measure: its kind, the party, the agency's own record number.</summary>
    Measure,
    /// <summary>A complaint: its channel, when it was received and the agency's own record number.</summary>
    Complaint,
    /// <summary>A rectification order: the party, when it was issued, the agency's own record number.</summary>
    Order,
    Agency,
    /// <summary>A supervision notice's document number.</summary>
    Notice,
    /// <summary>An enforcement field (<see cref="Agencies.Sector"/>) in Chinese.</summary>
    Sector,
}
