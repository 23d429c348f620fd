using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationStatisticsExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluationCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SamplePerAgency = table.Column<int>(type: "INTEGER", nullable: true),
                    SamplePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationCampaigns", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "CampaignAgencies",
                columns: table => new
                {
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedCases = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignAgencies", x => new { x.CampaignId, x.AgencyId });
                    table.ForeignKey(
                        name: "FK_CampaignAgencies_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampaignAgencies_EvaluationCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "EvaluationCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Evaluator = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Grade = table.Column<int>(type: "INTEGER", nullable: true),
                    ScoredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ScoredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignFiles_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampaignFiles_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampaignFiles_EvaluationCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "EvaluationCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FileDeductions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FileDeductions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FileDeductions_CampaignFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "CampaignFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignAgencies_AgencyId",
                table: "CampaignAgencies",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignFiles_AgencyId",
                table: "CampaignFiles",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignFiles_CampaignId_AgencyId",
                table: "CampaignFiles",
                columns: new[] { "CampaignId", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignFiles_CampaignId_CaseId",
                table: "CampaignFiles",
                columns: new[] { "CampaignId", "CaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignFiles_CaseId",
                table: "CampaignFiles",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignFiles_Evaluator_Status",
                table: "CampaignFiles",
                columns: new[] { "Evaluator", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationCampaigns_Year",
                table: "EvaluationCampaigns",
                column: "Year");

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

            migrationBuilder.CreateIndex(
                name: "IX_FileDeductions_FileId",
                table: "FileDeductions",
                column: "FileId");

            migrationBuilder.CreateIndex(
                name: "IX_FileDeductions_ItemCode",
                table: "FileDeductions",
                column: "ItemCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampaignAgencies");

            migrationBuilder.DropTable(
                name: "ExportJobs");

            migrationBuilder.DropTable(
                name: "FileDeductions");

            migrationBuilder.DropTable(
                name: "CampaignFiles");

            migrationBuilder.DropTable(
                name: "EvaluationCampaigns");
        }
    }
}
