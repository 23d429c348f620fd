namespace Supervision.Domain.Warnings;

// Thresholds and windows of every rule, with the product's defaults. Records of init properties (not positional ones)
// so configuration binding and the admin editor can change one value and keep the other defaults. Each options object
// builds its own Escalation, never a shared instance: binding writes into the instance it finds.

/// <summary>The same party, the same matter, several cases in a window (severity: cases).</summary>
public sealed record RepeatViolationOptions
{
    public int WindowDays { get; init; } = 180;
    public Escalation Levels { get; init; } = Escalation.Of(3, 4, 5, 7);
}
