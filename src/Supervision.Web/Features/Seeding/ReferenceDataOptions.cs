using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using Supervision.Web.Data;
using Supervision.Web.Shared;

namespace Supervision.Web.Features.Seeding;

public sealed class ReferenceDataOptions
{
    public const string Section = "ReferenceData";

    /// <summary>Folder of regions.json, agencies.json, matters.json, holidays.json and map/ (relative to the content root).</summary>
    [Required]
    public string Directory { get; set; } = "data-seed";
}
