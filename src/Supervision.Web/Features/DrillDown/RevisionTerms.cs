using System.Globalization;
using Supervision.Domain.Cases;
using Supervision.Domain.Complaints;
using Supervision.Domain.CompulsoryMeasures;
using Supervision.Domain.Inspections;
using Supervision.Domain.Matters;
using Supervision.Domain.Rectifications;
using Supervision.Domain.Warnings;
using Supervision.Web.Components.Shared;
using Supervision.Web.Features.Ingestion;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.DrillDown;

/// <summary>
/// How a revision's fields read: the field's name from UiText (<c>Field.*</c>), values from their invariant form into the
/// reader's terms — times in Shanghai, coded values by name, streets, matters and list items by name. Fields that hold
/// another record's number (party, case, inspection, officer) are named by <paramref name="names"/>, looked up by the caller.
/// </summary>
public sealed class RevisionTerms(ReferenceData reference, IReadOnlyDictionary<(string Field, string Value), string> names)
{
    /// <summary>The fields whose values are another record's number, which the caller names (see <see cref="RevisionQueries"/>).</summary>
    public static readonly IReadOnlySet<string> RecordFields = new HashSet<string> { "PartyId", "CaseId", "InspectionId", "OfficerId" };

    public FieldChangeView View(RecordKind kind, FieldChange c) => new(FieldName(c.Field), Value(kind, c.Field, c.Old), Value(kind, c.Field, c.New));

    public static string FieldName(string field) =>
        field.StartsWith("Stage.", StringComparison.Ordinal) ? UiText.Format("Revision.StageAdded", UiText.Get(field)) : UiText.Get($"Field.{field}");

    private string Value(RecordKind kind, string field, string? value)
    {
        if (string.IsNullOrEmpty(value)) return "—";
        if (RecordFields.Contains(field)) return names.GetValueOrDefault((field, value)) ?? UiText.Get("Revision.NotVisible");
        switch (field)
        {
            case "StreetId": return Int(value) is { } s && reference.Regions.FirstOrDefault(r => r.Id == s) is { } street ? street.Name : value;
            case "MatterId": return Int(value) is { } m && reference.Matters.FirstOrDefault(x => x.Id == m) is { } matter ? matter.Name : value;
            case "FourListItemId":
                return Int(value) is { } i && reference.ListItems.FirstOrDefault(x => x.Id == i) is { } item ? $"{item.Code} {item.Circumstance}" : value;
            case "Kind" when kind == RecordKind.CompulsoryMeasure: return Enum.TryParse<CompulsoryKind>(value, out var ck) ? UiText.Get($"Compulsory.{ck}") : value;
            case "Kind": return Enum.TryParse<InspectionKind>(value, out var ik) ? RecordTerms.Of(ik) : value;
            case "Result": return Enum.TryParse<InspectionResult>(value, out var r) ? RecordTerms.Of(r) : value;
            case "Stage": return Enum.TryParse<CaseStage>(value, out var st) ? RecordTerms.Of(st) : value;
            case "PenaltyKind": return Enum.TryParse<PenaltyKind>(value, out var p) ? RecordTerms.Of(p) : value;
            case "DiscretionLevel": return Enum.TryParse<DiscretionLevel>(value, out var d) ? RecordTerms.Of(d) : value;
            case "FourList": return Enum.TryParse<FourList>(value, out var f) ? RecordTerms.Of(f) : value;
            case "ReviewResult": return Enum.TryParse<ReviewResult>(value, out var rr) ? UiText.Get($"Rectifications.{rr}") : value;
            case "Channel": return Enum.TryParse<ComplaintChannel>(value, out var ch) ? UiText.Get($"Channel.{ch}") : value;
            case "Outcome": return Enum.TryParse<ComplaintOutcome>(value, out var o) ? UiText.Get($"ComplaintOutcome.{o}") : value;
            case "Fine": return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var yuan) ? RecordTerms.Yuan(yuan) : value;
            case "IsMajor" or "IsEmergency": return UiText.Get(value == "true" ? "Common.Yes" : "Common.No");
            case "Suspension": return Suspension(value);
        }
        if (DateTime.TryParseExact(value, "yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var at))
            return RecordTerms.Local(DateTime.SpecifyKind(at, DateTimeKind.Utc));
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? RecordTerms.Day(day) : value;
    }

    /// <summary>A suspension as a revision keeps it (“Hearing 2026-03-01~2026-03-12”, no end while open), in the reader's terms.</summary>
    private static string Suspension(string value)
    {
        var parts = value.Split([' ', '~'], 3);
        if (parts.Length != 3 || !Enum.TryParse<SuspensionReason>(parts[0], out var reason)) return value;
        static string Day(string d) => DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? RecordTerms.Day(day) : UiText.Get("Case.SuspensionOpen");
        return $"{UiText.Get($"Suspension.{reason}")} {Day(parts[1])} ~ {Day(parts[2])}";
    }

    private static int? Int(string value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;
}
