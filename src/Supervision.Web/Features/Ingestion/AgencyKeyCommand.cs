using System.Globalization;
using Supervision.Web.Features.Access;
using Supervision.Web.Features.Seeding;

namespace Supervision.Web.Features.Ingestion;

/// <summary>
/// <c>agency-key create --agency CODE [--label TEXT]</c> prints a new key once (only its hash is stored);
/// <c>agency-key revoke --id N</c> stops a key at once.
/// </summary>
public static class AgencyKeyCommand
{
    private static string AgencyName(IServiceProvider services, string code) =>
        services.GetRequiredService<Shared.ReferenceData>().Agencies.FirstOrDefault(a => a.Code == code)?.Name ?? code;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var keys = services.GetRequiredService<AgencyKeys>();
        var audit = services.GetRequiredService<AuditLog>();
        switch (args.ElementAtOrDefault(1))
        {
            case "create" when Option("--agency") is { } code:
                if (await keys.CreateAsync(code, Option("--label")) is not { } issued)
                {
                    output.WriteLine($"No agency with code '{code}' (see data-seed/agencies.json).");
                    return 3;
                }
                await audit.WriteAsync(AuditActions.ApiKeyCreated, AgencyName(services, code),
                    $"密钥 {issued.KeyId}{(Option("--label") is { } label ? ":" + label : "")}", userName: AuditLog.CommandLineActor);
                output.WriteLine($"key id {issued.KeyId} for agency {code}. Give this key to the agency's system; it is shown only now:");
                output.WriteLine(issued.Key);
                return 0;
            case "revoke" when int.TryParse(Option("--id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                var revoked = await keys.RevokeAsync(id);
                if (revoked) await audit.WriteAsync(AuditActions.ApiKeyRevoked, null, $"密钥 {id}", userName: AuditLog.CommandLineActor);
                output.WriteLine(revoked ? $"key {id} revoked." : $"No active key {id}.");
                return revoked ? 0 : 3;
            default:
                output.WriteLine("usage: agency-key create --agency CODE [--label TEXT] | agency-key revoke --id N");
                return 2;
        }
    }
}
