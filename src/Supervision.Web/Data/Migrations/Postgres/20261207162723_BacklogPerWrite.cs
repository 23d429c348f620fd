using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BacklogPerWrite : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AwaitingEvaluations_Kind_RecordId",
                table: "AwaitingEvaluations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "AwaitingEvaluations");

            migrationBuilder.DropColumn(
                name: "Revised",
                table: "AwaitingEvaluations");

            migrationBuilder.RenameColumn(
                name: "RecordId",
                table: "AwaitingEvaluations",
                newName: "Count");

            migrationBuilder.AddColumn<string>(
                name: "Touches",
                table: "AwaitingEvaluations",
                type: "character varying(32000)",
                maxLength: 32000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_AwaitingEvaluations_AcceptedAt",
                table: "AwaitingEvaluations",
                column: "AcceptedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AwaitingEvaluations_AcceptedAt",
                table: "AwaitingEvaluations");

            migrationBuilder.DropColumn(
                name: "Touches",
                table: "AwaitingEvaluations");

            migrationBuilder.RenameColumn(
                name: "Count",
                table: "AwaitingEvaluations",
                newName: "RecordId");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "AwaitingEvaluations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Revised",
                table: "AwaitingEvaluations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_AwaitingEvaluations_Kind_RecordId",
                table: "AwaitingEvaluations",
                columns: new[] { "Kind", "RecordId" });
        }
    }
}
