using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Supervision.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Regions_Regions_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    RegionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agencies_Agencies_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agencies_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Parties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 18, nullable: true),
                    IdNumber = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 18, nullable: true),
                    CreditGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    IsNewBusinessForm = table.Column<bool>(type: "INTEGER", nullable: false),
                    ObservationEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StreetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Parties_Regions_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Matters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    StatutoryMinFine = table.Column<long>(type: "INTEGER", nullable: false),
                    StatutoryMaxFine = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Matters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Matters_Agencies_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Officers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CertificateNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CertificateExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TrainingYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainingHours = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Officers_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    JointReference = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PreFiledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StreetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationScore = table.Column<int>(type: "INTEGER", nullable: true),
                    EvaluationComment = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    EvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_Regions_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DiscretionBenchmarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    MinFine = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxFine = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiscretionBenchmarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiscretionBenchmarks_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FourListItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: false),
                    List = table.Column<int>(type: "INTEGER", nullable: false),
                    Circumstance = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FourListItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FourListItems_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: true),
                    StreetId = table.Column<int>(type: "INTEGER", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Regions_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InspectionOfficers",
                columns: table => new
                {
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionOfficers", x => new { x.InspectionId, x.OfficerId });
                    table.ForeignKey(
                        name: "FK_InspectionOfficers_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InspectionOfficers_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    MatterId = table.Column<int>(type: "INTEGER", nullable: false),
                    StreetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    IsMajor = table.Column<bool>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PenaltyKind = table.Column<int>(type: "INTEGER", nullable: true),
                    Fine = table.Column<long>(type: "INTEGER", nullable: true),
                    DiscretionLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    FourListItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    FourList = table.Column<int>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_FourListItems_FourListItemId",
                        column: x => x.FourListItemId,
                        principalTable: "FourListItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Matters_MatterId",
                        column: x => x.MatterId,
                        principalTable: "Matters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Regions_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseOfficers",
                columns: table => new
                {
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseOfficers", x => new { x.CaseId, x.OfficerId });
                    table.ForeignKey(
                        name: "FK_CaseOfficers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseOfficers_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseStages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStages_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompulsoryMeasures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsEmergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    StreetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompulsoryMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompulsoryMeasures_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompulsoryMeasures_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompulsoryMeasures_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompulsoryMeasures_Regions_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RectificationOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PartyId = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    StreetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Requirement = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewResult = table.Column<int>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_Parties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RectificationOrders_Regions_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Code",
                table: "Agencies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ParentId",
                table: "Agencies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_RegionId",
                table: "Agencies",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseOfficers_OfficerId",
                table: "CaseOfficers",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_ExternalId",
                table: "Cases",
                columns: new[] { "AgencyId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AgencyId_FiledAt",
                table: "Cases",
                columns: new[] { "AgencyId", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DecidedAt",
                table: "Cases",
                column: "DecidedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FiledAt",
                table: "Cases",
                column: "FiledAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FourListItemId",
                table: "Cases",
                column: "FourListItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_MatterId",
                table: "Cases",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PartyId_MatterId_FiledAt",
                table: "Cases",
                columns: new[] { "PartyId", "MatterId", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceivedAt",
                table: "Cases",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Stage_FiledAt",
                table: "Cases",
                columns: new[] { "Stage", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_StreetId_MatterId_FiledAt",
                table: "Cases",
                columns: new[] { "StreetId", "MatterId", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStages_CaseId_Stage",
                table: "CaseStages",
                columns: new[] { "CaseId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseStages_Stage_OccurredAt",
                table: "CaseStages",
                columns: new[] { "Stage", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_AgencyId_ExternalId",
                table: "Complaints",
                columns: new[] { "AgencyId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_AgencyId_ReceivedAt",
                table: "Complaints",
                columns: new[] { "AgencyId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Deadline_HandledAt",
                table: "Complaints",
                columns: new[] { "Deadline", "HandledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OfficerId",
                table: "Complaints",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_StreetId",
                table: "Complaints",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_CompulsoryMeasures_AgencyId_ExternalId",
                table: "CompulsoryMeasures",
                columns: new[] { "AgencyId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompulsoryMeasures_CaseId",
                table: "CompulsoryMeasures",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CompulsoryMeasures_PartyId",
                table: "CompulsoryMeasures",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_CompulsoryMeasures_StartedAt",
                table: "CompulsoryMeasures",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CompulsoryMeasures_StreetId",
                table: "CompulsoryMeasures",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_DiscretionBenchmarks_MatterId_Level",
                table: "DiscretionBenchmarks",
                columns: new[] { "MatterId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FourListItems_Code",
                table: "FourListItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FourListItems_MatterId",
                table: "FourListItems",
                column: "MatterId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionOfficers_OfficerId",
                table: "InspectionOfficers",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_AgencyId_ExternalId",
                table: "Inspections",
                columns: new[] { "AgencyId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_AgencyId_StartedAt",
                table: "Inspections",
                columns: new[] { "AgencyId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_PartyId_StartedAt",
                table: "Inspections",
                columns: new[] { "PartyId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_ReceivedAt",
                table: "Inspections",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_StartedAt",
                table: "Inspections",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_StreetId_StartedAt",
                table: "Inspections",
                columns: new[] { "StreetId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Matters_Code",
                table: "Matters",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Matters_DepartmentId",
                table: "Matters",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Officers_AgencyId",
                table: "Officers",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Officers_CertificateNumber",
                table: "Officers",
                column: "CertificateNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parties_CreditCode",
                table: "Parties",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parties_IdNumber",
                table: "Parties",
                column: "IdNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parties_StreetId",
                table: "Parties",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_AgencyId_ExternalId",
                table: "RectificationOrders",
                columns: new[] { "AgencyId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_CaseId",
                table: "RectificationOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_Deadline_ReviewedAt",
                table: "RectificationOrders",
                columns: new[] { "Deadline", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_InspectionId",
                table: "RectificationOrders",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_IssuedAt",
                table: "RectificationOrders",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_PartyId",
                table: "RectificationOrders",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrders_StreetId",
                table: "RectificationOrders",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Code",
                table: "Regions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Regions_ParentId",
                table: "Regions",
                column: "ParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseOfficers");

            migrationBuilder.DropTable(
                name: "CaseStages");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "CompulsoryMeasures");

            migrationBuilder.DropTable(
                name: "DiscretionBenchmarks");

            migrationBuilder.DropTable(
                name: "InspectionOfficers");

            migrationBuilder.DropTable(
                name: "RectificationOrders");

            migrationBuilder.DropTable(
                name: "Officers");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "FourListItems");

            migrationBuilder.DropTable(
                name: "Parties");

            migrationBuilder.DropTable(
                name: "Matters");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
