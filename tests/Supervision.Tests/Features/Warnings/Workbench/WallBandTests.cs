using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Supervision.Domain.Parties;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Wall;
using Supervision.Web.Features.Warnings;
using Supervision.Web.Shared;

namespace Supervision.Tests.Features.Warnings.Workbench;

/// <summary>The wall's alarm band says what is new: it flashes for a red warning within the window, then turns to a steady summary.</summary>
[Collection(WorkbenchCollection.Name)]
public class WallBandTests(WorkbenchApp fixture)
{
    private WallAlarmQuery Query(FakeTimeProvider clock) => new(SignedInAs.UserDb(fixture.App.Services, SignedInAs.Operator()),
        fixture.App.Services.GetRequiredService<ReferenceData>(), new RuleCatalogue(), Options.Create(new WallOptions { AlarmMinutes = 10 }), clock);

    [Fact]
    public async Task A_red_warning_flashes_up_to_the_windows_last_second_and_then_only_counts_in_the_steady_summary()
    {
        await using var db = await fixture.Db();
        var person = await db.Parties.Where(p => p.Kind == PartyKind.Person).OrderBy(p => p.Id).FirstAsync();
        var id = await fixture.RaiseAsync(level: WarningLevel.Red, subject: $"party:{person.Id}", rule: NightHolidayExecutionRule.RuleCode);
        var raisedAt = (await fixture.ReadAsync(id)).RaisedAt;
        var clock = new FakeTimeProvider(new DateTimeOffset(raisedAt.AddMinutes(10), TimeSpan.Zero));

        var flashing = await Query(clock).ReadAsync();
        Assert.Equal(id, flashing.Alarm?.WarningId);
        // On a shared screen a natural person is masked: the surname stays, the given name does not.
        Assert.Equal(PersonalData.Display(PartyKind.Person, person.Name), flashing.Alarm!.Subject);
        Assert.DoesNotContain(person.Name, flashing.Alarm.Subject!, StringComparison.Ordinal);
        Assert.Equal(fixture.App.Services.GetRequiredService<ReferenceData>().Agencies.Single(a => a.Id == fixture.OwnAgency).Name, flashing.Alarm.Agency);

        clock.Advance(TimeSpan.FromSeconds(1));
        var steady = await Query(clock).ReadAsync();
        Assert.Null(steady.Alarm);
        Assert.Equal(flashing.Red, steady.Red);
        Assert.True(steady.Red >= 1);

        // Acknowledged within the window, it stops flashing and still counts.
        var second = await fixture.RaiseAsync(level: WarningLevel.Red);
        Assert.NotNull((await Query(new FakeTimeProvider(DateTimeOffset.UtcNow)).ReadAsync()).Alarm);
        Assert.True((await fixture.ActAsync(s => s.AcknowledgeAsync([second], null, SignedInAs.Operator()))).Succeeded);
        var after = await Query(new FakeTimeProvider(DateTimeOffset.UtcNow)).ReadAsync();
        Assert.NotEqual(second, after.Alarm?.WarningId);
        Assert.Equal(steady.Red + 1, after.Red);
    }
}
