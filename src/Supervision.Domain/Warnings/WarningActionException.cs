namespace Supervision.Domain.Warnings;

/// <summary>A person's action that the warning's state does not allow, with the field it concerns.</summary>
public sealed class WarningActionException(string field, string message) : InvalidOperationException(message)
{
    public string Field { get; } = field;
}
