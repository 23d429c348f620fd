using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseNumbersPerAgency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Number",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_Number",
                table: "Cases",
                columns: new[] { "AgencyId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AgencyId_Number",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);
        }
    }
}
