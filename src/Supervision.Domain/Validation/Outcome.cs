namespace Supervision.Domain.Validation;

/// <summary>
/// What came of an action a person asked for (issue a notice, score a file, acknowledge warnings, create an account):
/// done, with what it made, or refused, with every problem by field. Actions are all or nothing, so a refusal
/// changed nothing. The one result type of the app's services; the ingestion API speaks RFC 9457 from the same
/// <see cref="FieldError"/>s.
/// </summary>
/// <typeparam name="T">What a successful action gives back: the record's id, the ids changed, a generated secret.</typeparam>
public sealed record Outcome<T>(T? Value, IReadOnlyList<FieldError> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static Outcome<T> Done(T value) => new(value, []);

    public static Outcome<T> Refused(params IReadOnlyList<FieldError> problems) => new(default, problems);

    public static Outcome<T> Refused(string field, string message) => new(default, [new FieldError(field, message)]);
}
