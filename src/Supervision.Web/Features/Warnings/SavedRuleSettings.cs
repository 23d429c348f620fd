namespace Supervision.Web.Features.Warnings;

/// <summary>
/// The rule settings an admin saved, newest last; every version is kept (and each save is audited), so what the rules
/// ran with on any day can be told afterwards. No row: the configuration's "Warnings:Rules" (or the defaults).
/// </summary>
public sealed class SavedRuleSettings
{
    public int Id { get; set; }
    public required string Json { get; set; }
    public DateTime SavedAt { get; set; }
    public required string SavedBy { get; set; }
}
