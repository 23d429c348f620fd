using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Supervision.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StageReceipts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ReceivedAt",
                table: "CaseSuspensions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReceivedAt",
                table: "CaseStages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseExtensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<int>(type: "integer", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Approver = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExtensions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStages_Stage_ReceivedAt",
                table: "CaseStages",
                columns: new[] { "Stage", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseExtensions_CaseId_ReceivedAt",
                table: "CaseExtensions",
                columns: new[] { "CaseId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseExtensions");

            migrationBuilder.DropIndex(
                name: "IX_CaseStages_Stage_ReceivedAt",
                table: "CaseStages");

            migrationBuilder.DropColumn(
                name: "ReceivedAt",
                table: "CaseSuspensions");

            migrationBuilder.DropColumn(
                name: "ReceivedAt",
                table: "CaseStages");
        }
    }
}
