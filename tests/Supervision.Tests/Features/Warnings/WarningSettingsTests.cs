using System.Net;
using System.Xml.Linq;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Data;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Features.Warnings.Settings;

namespace Supervision.Tests.Features.Warnings;

/// <summary>Saving rule settings: versions, audit, validation, restart; the form's copy of the settings.</summary>
public class WarningSettingsTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private SupervisionApp App() => new(_db.Path, demo: false);

    private static readonly System.Security.Claims.ClaimsPrincipal Admin = SignedInAs.Principal(Roles.Admin, agencyId: null);

    [Fact]
    public async Task Saving_persists_a_new_version_audits_the_changed_field_and_raises_Changed()
    {
        await using var app = App();
        var settings = app.Services.GetRequiredService<WarningSettings>();
        var changed = 0;
        settings.Changed += () => changed++;
        var edited = settings.Current.Settings with { RepeatViolation = settings.Current.Settings.RepeatViolation with { WindowDays = 90 } };

        var errors = await settings.SaveAsync(edited, Admin);

        Assert.Empty(errors);
        Assert.Equal(1, changed);
        Assert.Equal(90, settings.Current.Settings.RepeatViolation.WindowDays);
        Assert.Equal("test-Admin", settings.Current.SavedBy);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync())
            Assert.Equal(settings.Current.Version, (await db.WarningSettings.SingleAsync()).Id);
        var audit = (await app.AuditAsync()).Single(e => e.Action == "warnings.settings-changed");
        Assert.Equal("repeatViolation.windowDays: 180 → 90", audit.Detail);
        Assert.Equal("test-Admin", audit.UserName);
    }

    [Fact]
    public async Task An_invalid_value_saves_nothing_and_names_the_field()
    {
        await using var app = App();
        var settings = app.Services.GetRequiredService<WarningSettings>();
        var changed = 0;
        settings.Changed += () => changed++;
        var edited = settings.Current.Settings with { StreetHotspot = new StreetHotspotOptions { Levels = Escalation.Of(10, 5, 20, 30) } };

        var errors = await settings.SaveAsync(edited, Admin);

        Assert.Equal("streetHotspot.levels.yellow", Assert.Single(errors).Field);
        Assert.Equal(0, settings.Current.Version);
        Assert.Equal(0, changed);
        Assert.DoesNotContain(await app.AuditAsync(), e => e.Action == "warnings.settings-changed");
    }

    [Fact]
    public async Task Saved_settings_are_in_force_after_a_restart()
    {
        await using (var app = App())
        {
            var settings = app.Services.GetRequiredService<WarningSettings>();
            var edited = settings.Current.Settings with { NightHolidayExecution = settings.Current.Settings.NightHolidayExecution with { IncludeWeekends = false } };
            Assert.Empty(await settings.SaveAsync(edited, Admin));
        }
        await using (var app = App())
        {
            var settings = app.Services.GetRequiredService<WarningSettings>();
            Assert.False(settings.Current.Settings.NightHolidayExecution.IncludeWeekends);
            Assert.Equal(1, settings.Current.Version);
            Assert.Equal("test-Admin", settings.Current.SavedBy);
        }
    }

    [Fact]
    public void The_form_gives_back_the_settings_it_was_made_from_and_maps_errors_to_fields()
    {
        var settings = new RuleSettings() with
        {
            TrainingHours = new TrainingHoursOptions { RequiredHours = 72.5, FromMonth = 9 },
            InspectionFrequency = new InspectionFrequencyOptions { UngradedAs = Supervision.Domain.Parties.CreditGrade.C },
            PreFiling = new PreFilingOptions { NotFiledLevel = WarningLevel.Orange },
        };
        var form = new SettingsForm(settings, new RuleSettings());
        Assert.Equal(settings, form.ToSettings());
        Assert.True(form["trainingHours.requiredHours"].DiffersFromDefault);
        Assert.False(form["repeatViolation.windowDays"].DiffersFromDefault);
        // Every rule of the catalogue has its options in the form.
        Assert.All(new RuleCatalogue().Codes, code => Assert.NotEmpty(form.Of(SettingsForm.GroupOf[code])));

        form["repeatViolation.levels.orange"].Number = 1;
        form["inspectionFrequency.frequency.gradeA"].Integer = 9;
        var groups = form.ShowErrors(form.ToSettings().Validate());
        Assert.NotNull(form["repeatViolation.levels.orange"].Error);
        // A problem with a group of fields shows at its first one.
        Assert.NotNull(form["inspectionFrequency.frequency.gradeA"].Error);
        Assert.Equal(["inspectionFrequency", "repeatViolation"], groups.Order());

        form.Fill(new RuleSettings());
        Assert.Equal(new RuleSettings(), form.ToSettings());
        Assert.All(form.Fields, f => Assert.Null(f.Error));
    }

    [Fact]
    public void Every_field_and_unit_has_a_text_in_both_languages()
    {
        var shared = Path.Combine(TestPaths.Root, "src", "Supervision.Web", "Components", "Shared");
        foreach (var file in new[] { "UiText.resx", "UiText.en.resx" })
        {
            var keys = XDocument.Load(Path.Combine(shared, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
            var form = new SettingsForm(new RuleSettings(), new RuleSettings());
            var needed = form.Fields.Select(f => $"WarningSettings.Field.{f.Name}")
                .Concat(form.Fields.Where(f => f.Parent == "levels").Select(f => $"WarningSettings.Unit.{f.Group}"))
                .Concat(Enum.GetNames<WarningLevel>().Select(l => $"WarningSettings.Level.{l}"));
            var missing = needed.Distinct().Where(k => !keys.Contains(k)).ToList();
            Assert.True(missing.Count == 0, $"{file} lacks {string.Join(", ", missing)}");
        }
    }
}

/// <summary>The demo app, for the page over HTTP and the editor in bUnit.</summary>
public sealed class SettingsPageApp : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    public SupervisionApp App { get; private set; } = default!;

    public Task InitializeAsync()
    {
        App = new SupervisionApp(_db.Path);
        _ = App.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        _db.Dispose();
    }
}

public class WarningSettingsPageTests(SettingsPageApp fixture) : IClassFixture<SettingsPageApp>
{
    [Fact]
    public async Task The_page_shows_every_rule_to_an_admin_and_is_refused_to_an_operator()
    {
        var admin = await fixture.App.SignInAsync("admin");
        var response = await admin.GetAsync("/warnings/settings");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("预警规则设置", html);
        Assert.All(new RuleCatalogue().All, r => Assert.Contains(r.Name, html));

        var operatorClient = await fixture.App.SignInAsync("operator");
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.GetAsync("/warnings/settings")).StatusCode);
    }

    private ComponentContext Context() =>
        new ComponentContext(fixture.App.Services).Share<WarningSettings>().Share<RuleCatalogue>().SignIn("admin", Roles.Admin);

    [Fact]
    public async Task A_threshold_below_the_one_before_shows_its_error_at_that_field_and_saves_nothing()
    {
        await using var ctx = Context();
        var settings = fixture.App.Services.GetRequiredService<WarningSettings>();
        var version = settings.Current.Version;
        var cut = ctx.Render<SettingsPage>();

        cut.Find("[data-field='repeatViolation.levels.yellow'] input").Change("1");
        cut.Find("[data-testid=save-settings]").Click();

        cut.WaitForAssertion(() => Assert.Contains("黄色阈值不能低于蓝色阈值", cut.Find("[data-field='repeatViolation.levels.yellow']").TextContent));
        Assert.DoesNotContain("不能低于", cut.Find("[data-field='repeatViolation.levels.orange']").TextContent);
        Assert.Equal(version, settings.Current.Version);

        // Restoring the defaults clears the error; they still need saving.
        cut.Find("[data-testid=restore-defaults]").Click();
        cut.WaitForAssertion(() => Assert.DoesNotContain("不能低于", cut.Find("[data-field='repeatViolation.levels.yellow']").TextContent));
        Assert.Equal(version, settings.Current.Version);
    }
}
