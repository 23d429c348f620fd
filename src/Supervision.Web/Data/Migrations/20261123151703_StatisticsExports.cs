using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatisticsExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExportJobs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PeriodLabel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RequestedById = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    AgencyScope = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportJobs_Agencies_AgencyScope",
                        column: x => x.AgencyScope,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExportJobs_AgencyScope",
                table: "ExportJobs",
                column: "AgencyScope");

            migrationBuilder.CreateIndex(
                name: "IX_ExportJobs_Archived_Kind_PeriodLabel",
                table: "ExportJobs",
                columns: new[] { "Archived", "Kind", "PeriodLabel" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportJobs_RequestedById_Id",
                table: "ExportJobs",
                columns: new[] { "RequestedById", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExportJobs");
        }
    }
}
