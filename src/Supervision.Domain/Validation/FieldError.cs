namespace Supervision.Domain.Validation;

/// <summary>
/// One rejected field: the field's name (as the client sent it, or the form field it concerns) and a message a person
/// can act on; <paramref name="Item"/> says which entry of a list it concerns when the field is a list (a deduction's
/// position in the scoring, a warning's id in a batch of warnings).
/// </summary>
public sealed record FieldError(string Field, string Message, int? Item = null)
{
    /// <summary>"field: message", as the import reports print a row's problems.</summary>
    public override string ToString() => $"{Field}: {Message}";
}
