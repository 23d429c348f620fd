using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReceiptIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_ReceivedAt",
                table: "RectificationOrders",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CompulsoryMeasures_ReceivedAt",
                table: "CompulsoryMeasures",
                column: "ReceivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RectificationOrders_ReceivedAt",
                table: "RectificationOrders");

            migrationBuilder.DropIndex(
                name: "IX_CompulsoryMeasures_ReceivedAt",
                table: "CompulsoryMeasures");
        }
    }
}
