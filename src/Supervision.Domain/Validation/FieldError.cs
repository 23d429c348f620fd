namespace Supervision.Domain.Validation;

/// <summary>One rejected field: the field's name as the client sent it, and a message a person can act on.</summary>
public sealed record FieldError(string Field, string Message);
