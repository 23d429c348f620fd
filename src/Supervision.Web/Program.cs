using Supervision.Web.Data;
using Supervision.Web.Features.Overview;
using Supervision.Web.Features.Seeding;
using Supervision.Web.Hosting;

if (await CommandLine.TryRunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebShell();
builder.AddSupervisionData();
builder.AddSeeding();
builder.AddOverview();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseWebShell();
await app.RunAsync();
return 0;

public partial class Program;
