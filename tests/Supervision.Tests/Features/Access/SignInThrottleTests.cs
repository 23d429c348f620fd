using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Access;

namespace Supervision.Tests.Features.Access;

/// <summary>
/// Sign-in throttling per client address as well as per account (issue 19, item 14): a guesser on one machine stops
/// itself, not the account's owner elsewhere; over-long names and audit fields are refused or capped.
/// </summary>
public class SignInThrottleTests(SignedInApp fixture) : IClassFixture<SignedInApp>
{
    private const string Attacker = "203.0.113.7", Owner = "10.20.30.40";

    [Fact]
    public void Five_failures_stop_the_account_from_that_address_only_for_fifteen_minutes()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        var throttle = new SignInThrottle(time);
        for (var i = 0; i < SignInThrottle.PerAccountFromAddress - 1; i++) Assert.Null(throttle.Failed(Attacker, "admin"));
        Assert.Null(throttle.Check(Attacker, "admin"));                                   // N-1: still open
        Assert.Equal(SignInRefusal.Account, throttle.Failed(Attacker, "admin"));         // N: stopped
        Assert.Equal(SignInRefusal.Account, throttle.Check(Attacker, " ADMIN "));
        Assert.Null(throttle.Check(Owner, "admin"));                                      // the owner signs in elsewhere
        Assert.Null(throttle.Check(Attacker, "analyst"));

        time.Advance(SignInThrottle.Window - TimeSpan.FromSeconds(1));
        Assert.Equal(SignInRefusal.Account, throttle.Check(Attacker, "admin"));          // window edge: not yet
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(throttle.Check(Attacker, "admin"));                                   // the window has passed
    }

    [Fact]
    public void Twenty_failures_over_any_accounts_stop_the_address()
    {
        var throttle = new SignInThrottle(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero)));
        for (var i = 0; i < SignInThrottle.PerAddress - 1; i++) Assert.Null(throttle.Failed(Attacker, $"user{i}"));
        Assert.Equal(SignInRefusal.Address, throttle.Failed(Attacker, "user-last"));
        Assert.Equal(SignInRefusal.Address, throttle.Check(Attacker, "someone-new"));
        Assert.Null(throttle.Check(Owner, "someone-new"));
    }

    [Fact]
    public void A_success_clears_the_accounts_failures_from_that_address()
    {
        var throttle = new SignInThrottle(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero)));
        for (var i = 0; i < SignInThrottle.PerAccountFromAddress - 1; i++) throttle.Failed(Owner, "analyst");
        throttle.Succeeded(Owner, "analyst");
        Assert.Null(throttle.Failed(Owner, "analyst"));
    }

    [Fact]
    public async Task A_user_name_over_the_maximum_is_refused_before_anything_is_written()
    {
        var before = (await fixture.App.AuditAsync()).Count;
        var response = await SupervisionApp.PostLoginAsync(fixture.App.Anonymous(), new string('a', AccountLimits.UserNameLength + 1), "Whatever-123");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名不能超过 64 个字符", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, (await fixture.App.AuditAsync()).Count);
    }

    [Fact]
    public async Task The_audit_log_caps_what_it_keeps_per_field()
    {
        var audit = fixture.App.Services.GetRequiredService<AuditLog>();
        await audit.WriteAsync("test.capped", new string('t', 5000), new string('d', 50_000), userName: new string('u', 5000));
        var entry = (await fixture.App.AuditAsync()).Last(e => e.Action == "test.capped");
        Assert.Equal((AccountLimits.AuditNameLength, AccountLimits.AuditTargetLength, AccountLimits.AuditDetailLength),
            (entry.UserName.Length, entry.Target!.Length, entry.Detail!.Length));
        Assert.EndsWith("…", entry.Detail);
    }
}
