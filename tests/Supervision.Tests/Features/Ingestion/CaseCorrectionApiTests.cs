using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Matters;
using Supervision.Domain.Warnings;
using Supervision.Tests.Hosting;
using Supervision.Web.Features.Ingestion;

namespace Supervision.Tests.Features.Ingestion;

/// <summary>
/// A decided penalty that was typed wrong is corrected explicitly, with a reason: without one the decision stays as
/// recorded (409, saying how to correct); with one the change is kept as a revision carrying the reason, and the fine
/// benchmark judges the corrected fine.
/// </summary>
public class CaseCorrectionApiTests(RevisionApp fixture) : IClassFixture<RevisionApp>
{
    private readonly CaseLimitsClient _api = new(fixture);

    [Fact]
    public async Task A_wrong_fine_is_corrected_only_with_a_reason_kept_on_the_revision_and_the_benchmark_judges_the_new_fine()
    {
        await using var db = await fixture.Db();
        var matter = await db.Matters.AsNoTracking().SingleAsync(m => m.Code == CaseLimitsClient.Matter);
        var minor = await db.DiscretionBenchmarks.AsNoTracking().SingleAsync(b => b.MatterId == matter.Id && b.Level == DiscretionLevel.Minor);
        var today = fixture.Clock.Today();
        // A typed extra digit would pass the statutory maximum and be refused outright; four times the minor ceiling stays
        // within the law and is the benchmark rule's to judge.
        var typo = minor.MaxFine * 4;
        Assert.True(typo <= matter.StatutoryMaxFine);
        var record = _api.Case(today.AddDays(-20), today.AddDays(-2), fine: typo);
        var (created, body, id) = await _api.PostAsync(record);
        Assert.True(created == HttpStatusCode.Created, body);
        var benchmark = await _api.WarningAsync(id, FineBenchmarkRule.SubjectKey(id));
        Assert.True(benchmark is { IsActive: true }, "a fine four times the benchmark's ceiling is warned about");

        record["decision"]!["fine"] = minor.MaxFine;
        var (refused, refusal, _) = await _api.PostAsync(record);
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Contains("已作出的处罚决定不能改写。如需更正，请附更正理由（correction.reason）重新报送", refusal);
        Assert.Equal(typo, (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id)).Fine);

        var reason = "录入时多输一个0，以处罚决定书原件为准";
        record["correction"] = new JsonObject { ["reason"] = reason };
        var (corrected, correctedBody, _) = await _api.PostAsync(record);
        Assert.True(corrected == HttpStatusCode.OK, correctedBody);
        Assert.Equal(minor.MaxFine, (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == id)).Fine);

        var revision = await db.RecordRevisions.AsNoTracking().Where(r => r.Kind == RecordKind.Case && r.RecordId == id).SingleAsync();
        Assert.Equal(reason, revision.Reason);
        var fine = Assert.Single(RevisionCapture.Read(revision.Changes), c => c.Field == "Fine");
        Assert.Equal((typo.ToString(System.Globalization.CultureInfo.InvariantCulture), minor.MaxFine.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (fine.Old, fine.New));

        var after = await _api.WarningAsync(id, FineBenchmarkRule.SubjectKey(id));
        Assert.False(after!.IsActive, "the corrected fine lies within the benchmark");

        // Sent again as corrected, with or without the reason: nothing more to keep.
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync(record)).Status);
        record.Remove("correction");
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync(record)).Status);
        Assert.Equal(1, await db.RecordRevisions.CountAsync(r => r.Kind == RecordKind.Case && r.RecordId == id));

        using var supervisor = await fixture.App.SignInAsync("supervisor");
        var html = WebUtility.HtmlDecode(await supervisor.GetStringAsync($"/cases/{id}"));
        Assert.Contains("data-testid=\"revision-reason\"", html);
        Assert.Contains(reason, html);
    }

    [Fact]
    public async Task A_correction_reason_over_500_characters_is_refused()
    {
        var today = fixture.Clock.Today();
        var record = _api.Case(today.AddDays(-20), today.AddDays(-2));
        record["correction"] = new JsonObject { ["reason"] = new string('更', 501) };
        var (status, body, _) = await _api.PostAsync(record);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("correction.reason", body);
        record["correction"] = new JsonObject { ["reason"] = new string('更', 500) };
        Assert.Equal(HttpStatusCode.Created, (await _api.PostAsync(record)).Status);
    }
}
