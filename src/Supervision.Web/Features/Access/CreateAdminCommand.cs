using Supervision.Web.Features.Seeding;

namespace Supervision.Web.Features.Access;

/// <summary>
/// <c>create-admin --user NAME [--name 显示名]</c>: the first administrator. The password comes from the
/// SUPERVISION_ADMIN_PASSWORD environment variable or the first line of standard input, never from the command line
/// (it would stay in shell history and the process list).
/// </summary>
public static class CreateAdminCommand
{
    public const string PasswordVariable = "SUPERVISION_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (args.Contains("--password"))
        {
            output.WriteLine($"Refusing --password: pass the password in {PasswordVariable} or on standard input.");
            return 2;
        }
        if (Option("--user") is not { Length: > 0 } userName)
        {
            output.WriteLine("usage: create-admin --user NAME [--name 显示名]   (password from $" + PasswordVariable + " or stdin)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (!Console.IsInputRedirected) output.Write("Password: ");
            password = input.ReadLine();
        }
        if (string.IsNullOrEmpty(password))
        {
            output.WriteLine("No password given.");
            return 2;
        }

        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await services.GetRequiredService<AccountSetup>().EnsureAsync();
        var result = await services.GetRequiredService<AccountAdmin>()
            .CreateUserAsync(userName, Option("--name") ?? userName, Roles.Admin, null, password, actor: null, actorName: AuditLog.CommandLineActor);
        if (!result.Succeeded)
        {
            foreach (var e in result.Problems) output.WriteLine(e.Message);
            return 3;
        }
        output.WriteLine($"Administrator '{userName}' created.");
        return 0;
    }
}
