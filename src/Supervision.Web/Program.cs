using Supervision.Web.Hosting;

// The app itself is listed feature by feature in Hosting/SupervisionHost.cs.
if (await CommandLine.TryRunAsync(args) is { } exitCode) return exitCode;

var app = SupervisionHost.Build(args);
await SupervisionHost.ComposeAsync(app);
await app.RunAsync();
return 0;

public partial class Program;
