using Microsoft.Extensions.Options;
using Supervision.Web.Data;

namespace Supervision.Web.Features.Exports;

/// <summary>Where export files live: <see cref="ExportOptions.Directory"/>, relative paths (and the default "exports") beside the database.</summary>
public sealed class ExportStorage
{
    public ExportStorage(IOptions<ExportOptions> options, IOptions<DatabaseOptions> database, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var provider = database.Value.Provider;
        var databaseFolder = DataRegistration.DataFolder(provider, DataRegistration.ConnectionOf(configuration, provider), environment.ContentRootPath);
        var configured = options.Value.Directory;
        Directory = Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(databaseFolder, "exports") : Path.Combine(databaseFolder, configured));
    }

    public string Directory { get; }

    public string PathOf(string storedName) => Path.Combine(Directory, Path.GetFileName(storedName));
}
