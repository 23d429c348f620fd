namespace Supervision.Domain.Warnings;

/// <summary>
/// A supervision notice's reply clock: its number (null while a draft), agency, whether a reply is owed (issued or sent
/// back), whether it was sent back, and the last Shanghai day of the reply period.
/// </summary>
public sealed record NoticeFact(int Id, string? Number, int AgencyId, bool AwaitsReply, bool SentBack, DateOnly ReplyDeadline);
