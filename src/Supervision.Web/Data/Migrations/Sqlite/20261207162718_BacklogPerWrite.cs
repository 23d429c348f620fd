using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Sqlite
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
                name: "RecordId",
                table: "AwaitingEvaluations");

            migrationBuilder.RenameColumn(
                name: "Revised",
                table: "AwaitingEvaluations",
                newName: "Count");

            migrationBuilder.AddColumn<string>(
                name: "Touches",
                table: "AwaitingEvaluations",
                type: "TEXT",
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
                newName: "Revised");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "AwaitingEvaluations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RecordId",
                table: "AwaitingEvaluations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_AwaitingEvaluations_Kind_RecordId",
                table: "AwaitingEvaluations",
                columns: new[] { "Kind", "RecordId" });
        }
    }
}
