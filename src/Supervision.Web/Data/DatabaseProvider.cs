using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Supervision.Web.Data;

/// <summary>SQLite is the embedded default (one file, one process); PostgreSQL serves several instances (docs/scale-out.md).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
