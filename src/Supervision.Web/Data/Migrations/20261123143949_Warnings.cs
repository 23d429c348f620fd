using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Warnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WarningRuleRuns",
                columns: table => new
                {
                    RuleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Seconds = table.Column<double>(type: "REAL", nullable: false),
                    Findings = table.Column<int>(type: "INTEGER", nullable: false),
                    Raised = table.Column<int>(type: "INTEGER", nullable: false),
                    Escalated = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FailedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningRuleRuns", x => x.RuleCode);
                });

            migrationBuilder.CreateTable(
                name: "Warnings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RuleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    PeakLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<double>(type: "REAL", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: true),
                    StreetId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedReason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HandlingNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DismissedLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    DismissedSeverity = table.Column<double>(type: "REAL", nullable: true),
                    SnoozedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Warnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Warnings_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Warnings_Regions_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WarningSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Json = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WarningChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WarningId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WarningChanges_Warnings_WarningId",
                        column: x => x.WarningId,
                        principalTable: "Warnings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WarningLinks",
                columns: table => new
                {
                    WarningId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningLinks", x => new { x.WarningId, x.Kind, x.RecordId });
                    table.ForeignKey(
                        name: "FK_WarningLinks_Warnings_WarningId",
                        column: x => x.WarningId,
                        principalTable: "Warnings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WarningChanges_At",
                table: "WarningChanges",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_WarningChanges_WarningId_At",
                table: "WarningChanges",
                columns: new[] { "WarningId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_WarningLinks_Kind_RecordId",
                table: "WarningLinks",
                columns: new[] { "Kind", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_AgencyId_Status",
                table: "Warnings",
                columns: new[] { "AgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_RuleCode_Status",
                table: "Warnings",
                columns: new[] { "RuleCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_Status_Level",
                table: "Warnings",
                columns: new[] { "Status", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_StreetId",
                table: "Warnings",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_SubjectKey",
                table: "Warnings",
                column: "SubjectKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Warnings_UpdatedAt",
                table: "Warnings",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WarningChanges");

            migrationBuilder.DropTable(
                name: "WarningLinks");

            migrationBuilder.DropTable(
                name: "WarningRuleRuns");

            migrationBuilder.DropTable(
                name: "WarningSettings");

            migrationBuilder.DropTable(
                name: "Warnings");
        }
    }
}
