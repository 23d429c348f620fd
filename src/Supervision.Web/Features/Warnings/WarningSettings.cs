using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Validation;
using Supervision.Domain.Warnings;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Calendar;
using Supervision.Web.Features.Warnings.Rules;
using Supervision.Domain.Calendar;

namespace Supervision.Web.Features.Warnings;

/// <summary>
/// The rule settings in force: the newest admin-saved version, else configuration "Warnings:Rules" over the defaults.
/// Saving validates by field, keeps every version, writes what changed to the audit log and rebuilds the rules.
/// </summary>
public sealed class WarningSettings(IDbContextFactory<SupervisionDbContext> factory, IConfiguration configuration, CurrentCalendar calendar,
    AuditLog audit, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    private volatile Snapshot _current = new(Configured(configuration), 0, null, null);

    public sealed record Snapshot(RuleSettings Settings, int Version, DateTime? SavedAt, string? SavedBy);

    public Snapshot Current => _current;

    /// <summary>The rules built from <see cref="Current"/> and the calendar in force; a new set after every save or calendar edit.</summary>
    public WarningRuleSet Rules => RulesOf(_current);

    private (Snapshot For, HolidayCalendar Calendar, WarningRuleSet Rules)? _rules;

    private WarningRuleSet RulesOf(Snapshot s)
    {
        var cached = _rules;
        var days = calendar.Calendar;
        if (cached is { } c && ReferenceEquals(c.For, s) && ReferenceEquals(c.Calendar, days)) return c.Rules;
        var built = new WarningRuleSet(s.Settings, days);
        _rules = (s, days, built);
        return built;
    }

    public event Action? Changed;

    public RuleSettings Defaults => Configured(configuration);

    public static RuleSettings Configured(IConfiguration configuration)
    {
        var settings = new RuleSettings();
        configuration.GetSection("Warnings:Rules").Bind(settings);
        return settings;
    }

    public async Task LoadAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var saved = await db.WarningSettings.AsNoTracking().OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        if (saved is null) return;
        var settings = JsonSerializer.Deserialize<RuleSettings>(saved.Json, Json) ?? new RuleSettings();
        _current = new Snapshot(settings, saved.Id, saved.SavedAt, saved.SavedBy);
    }

    /// <summary>Saves a new version, or returns the field problems and saves nothing.</summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(RuleSettings settings, ClaimsPrincipal by, CancellationToken ct = default)
    {
        var errors = settings.Validate();
        if (errors.Count > 0) return errors;
        var before = _current.Settings;
        var changes = Differences(before, settings);
        if (changes.Count == 0) return [];
        var json = JsonSerializer.Serialize(settings, Json);
        var now = time.GetUtcNow().UtcDateTime;
        var user = by.Identity?.Name ?? "(未知)";
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var row = new SavedRuleSettings { Json = json, SavedAt = now, SavedBy = user };
            db.WarningSettings.Add(row);
            await db.SaveChangesAsync(ct);
            _current = new Snapshot(settings, row.Id, now, user);
        }
        await audit.WriteAsync("warnings.settings-changed", $"版本{_current.Version}", string.Join(";", changes), by, ct: ct);
        Changed?.Invoke();
        return [];
    }

    /// <summary>"repeatViolation.windowDays: 180 → 90", one per changed value, by flattening both to JSON.</summary>
    public static IReadOnlyList<string> Differences(RuleSettings before, RuleSettings after)
    {
        var a = Flatten(JsonSerializer.SerializeToElement(before, Json));
        var b = Flatten(JsonSerializer.SerializeToElement(after, Json));
        return b.Where(kv => !a.TryGetValue(kv.Key, out var old) || old != kv.Value)
            .Select(kv => $"{kv.Key}: {a.GetValueOrDefault(kv.Key, "-")} → {kv.Value}")
            .ToList();
    }

    private static Dictionary<string, string> Flatten(JsonElement e, string prefix = "", Dictionary<string, string>? into = null)
    {
        into ??= [];
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject()) Flatten(p.Value, prefix.Length == 0 ? p.Name : $"{prefix}.{p.Name}", into);
        }
        else
        {
            into[prefix] = e.ToString();
        }
        return into;
    }
}
