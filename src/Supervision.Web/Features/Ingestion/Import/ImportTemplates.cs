using System.Globalization;

namespace Supervision.Web.Features.Ingestion.Import;

public static class ImportTemplates
{
    private static readonly Term[] PartyKinds = [new("企业", "Enterprise"), new("个人", "Person")];
    private static readonly Term[] InspectionKinds =
        [new("日常检查", "Routine"), new("双随机", "DoubleRandom"),
            new("投诉举报", "ComplaintTriggered"), new("联合检查", "Joint"),
            new("上级交办", "HigherLevelAssignment"), new("其他机关移送", "Referral"), new("重点领域治理部署", "KeySectorCampaign"),
            new("双随机一公开", "DoubleRandom"), new("移送", "Referral"), new("重点领域治理", "KeySectorCampaign")];
    private static readonly Term[] InspectionResults = [new("未发现问题", "NothingFound"), new("责令整改", "RectificationOrdered"), new("立案", "CaseOpened")];
    private static readonly Term[] ReviewResults = [new("已整改", "Rectified"), new("未整改", "NotRectified")];
    private static readonly Term[] Channels = [new("码上监督", "QrCode"), new("12345热线", "Hotline12345"), new("12345", "Hotline12345")];
    private static readonly Term[] Outcomes = [new("属实", "Substantiated"), new("部分属实", "PartlySubstantiated"), new("不属实", "Unsubstantiated")];
    private static readonly Term[] MeasureKinds =
        [new("查封", "Seizure"), new("扣押", "Detention"), new("强制拆除", "ForcedDemolition"), new("强制执行", "ForcedExecution")];

    private static readonly Term[] Grades =
        [new("A", "A"), new("B", "B"), new("C", "C"), new("D", "D"), new("A级", "A"), new("B级", "B"), new("C级", "C"), new("D级", "D")];

    /// <summary>A valid code for the example row (a made-up enterprise whose check characters are right).</summary>
    public static string ExampleCreditCode { get; } = MakeCreditCode("MA3C0001");

    // Columns shared by several templates.
    private static readonly ImportColumn Id = new("记录编号", "id", CellKind.Text, true,
        "本单位系统或台账中的唯一编号(≤64 字符);同一编号再次导入不会重复写入，内容相同为“未变化”");
    private static readonly ImportColumn AgencyCode = new("执法单位代码", "agencyCode", CellKind.Text, false,
        "留空为本单位；填写下级单位代码时记为该单位的记录");
    private static readonly ImportColumn PartyKind = new("对象类型", "party.kind", CellKind.Term, false, "留空时：填了身份证号为个人，否则为企业", PartyKinds);
    private static readonly ImportColumn PartyName = new("名称", "party.name", CellKind.Text, false, "企业名称或个人姓名(≤200 字符)");
    private static readonly ImportColumn CreditCode = new("统一社会信用代码", "party.creditCode", CellKind.Text, false,
        "对象为企业时必填,18 位，校验位须正确");
    private static readonly ImportColumn IdNumber = new("身份证号", "party.idNumber", CellKind.Text, false,
        "对象为个人时必填,18 位(请把单元格设为文本，以免 Excel 改成科学计数法)");
    private static readonly ImportColumn StreetCode = new("街道代码", "streetCode", CellKind.Text, false, "街道(镇)9 位代码；留空时按经纬度确定");
    private static readonly ImportColumn Longitude = new("经度", "location.lon", CellKind.Number, true, "WGS-84 经度，须在本市范围内，如 117.0208");
    private static readonly ImportColumn Latitude = new("纬度", "location.lat", CellKind.Number, true, "WGS-84 纬度，须在本市范围内，如 36.6683");
    private static readonly ImportColumn Place = new("地点", "place", CellKind.Text, false, "详细地址");

    private static readonly ImportColumn InspectionKind = new("检查类型", "kind", CellKind.Term, true,
        "行政检查的类型；投诉举报、上级交办、其他机关移送、重点领域治理部署引发的检查不计入信用等级检查频次，也不算联合检查后的单独同类检查", InspectionKinds);
    private static readonly ImportColumn JointReference = new("联合检查编号", "jointReference", CellKind.Text, false,
        "检查类型为联合检查时必填，各参检单位填同一编号");
    private static readonly ImportColumn PreFiledAt = new("报备时间", "preFiledAt", CellKind.Time, false, "事前报备的时间；晚于开始时间的照收，按逾期报备预警");
    private static readonly ImportColumn StartedAt = new("开始时间", "startedAt", CellKind.Time, true, "不晚于当前时间");
    private static readonly ImportColumn EndedAt = new("结束时间", "endedAt", CellKind.Time, false, "不早于开始时间");
    private static readonly ImportColumn Officers = new("执法证号", "officers", CellKind.List, true,
        "到场执法人员的执法证号，须为本单位(或所填执法单位)的执法人员");
    private static readonly ImportColumn InspectionResult = new("检查结果", "result", CellKind.Term, false, "留空为未发现问题", InspectionResults);
    private static readonly ImportColumn Score = new("评价分值", "evaluation.score", CellKind.Integer, false, "企业事后评价,1 至 5");
    private static readonly ImportColumn Comment = new("评价意见", "evaluation.comment", CellKind.Text, false, "企业事后评价的意见");
    private static readonly ImportColumn EvaluatedAt = new("评价时间", "evaluation.at", CellKind.Time, false, "留空为导入时间");

    private static readonly ImportColumn InspectionId = new("检查记录编号", "inspectionId", CellKind.Text, false,
        "责令整改所出自的检查记录的记录编号(须已导入或推送)");
    private static readonly ImportColumn CaseId = new("案件记录编号", "caseId", CellKind.Text, false, "所属案件在本单位系统中的记录编号(须已推送)");
    private static readonly ImportColumn Requirement = new("整改要求", "requirement", CellKind.Text, true, "责令整改的内容");
    private static readonly ImportColumn IssuedAt = new("责令整改时间", "issuedAt", CellKind.Time, true, "不晚于当前时间");
    private static readonly ImportColumn Deadline = new("整改期限", "deadline", CellKind.Day, true, "最后整改日，不早于责令整改之日");
    private static readonly ImportColumn ReviewedAt = new("复查时间", "review.at", CellKind.Time, false, "已复查时填写，与复查结果同填");
    private static readonly ImportColumn ReviewResult = new("复查结果", "review.result", CellKind.Term, false, "已复查时填写，与复查时间同填", ReviewResults);

    private static readonly ImportColumn Channel = new("投诉渠道", "channel", CellKind.Term, true, "投诉的来源", Channels);
    private static readonly ImportColumn Officer = new("被投诉执法证号", "officer", CellKind.Text, false, "投诉针对某名执法人员时填写其执法证号");
    private static readonly ImportColumn Summary = new("投诉摘要", "summary", CellKind.Text, true, "投诉内容摘要");
    private static readonly ImportColumn ReceivedAt = new("受理时间", "receivedAt", CellKind.Time, true, "不晚于当前时间");
    private static readonly ImportColumn ComplaintDeadline = new("办理期限", "deadline", CellKind.Time, true, "不早于受理时间");
    private static readonly ImportColumn HandledAt = new("办结时间", "handledAt", CellKind.Time, false, "办结后填写，不早于受理时间");
    private static readonly ImportColumn Outcome = new("办理结果", "outcome", CellKind.Term, false, "填写了办结时间时必填", Outcomes);

    private static readonly ImportColumn MeasureKind = new("强制类型", "kind", CellKind.Term, true,
        "查封、扣押为行政强制措施，强制拆除、强制执行为行政强制执行", MeasureKinds);
    private static readonly ImportColumn MeasureStartedAt = new("开始时间", "startedAt", CellKind.Time, true, "不晚于当前时间");
    private static readonly ImportColumn MeasureEndedAt = new("结束时间", "endedAt", CellKind.Time, false, "不早于开始时间");
    private static readonly ImportColumn Emergency = new("是否紧急", "isEmergency", CellKind.Flag, false,
        "情况紧急需在夜间或法定节假日实施时填“是”(行政强制法第四十三条)");

    public static ImportTemplate Inspections { get; } = new("inspections", "检查记录",
        [Id, AgencyCode, PartyName, CreditCode, InspectionKind, JointReference, PreFiledAt, StartedAt, EndedAt,
            StreetCode, Longitude, Latitude, Place, Officers, InspectionResult, Score, Comment, EvaluatedAt],
        row => new InspectionIn
        {
            Id = row.Text(Id),
            AgencyCode = row.Text(AgencyCode),
            // Inspections are of enterprises only (the writer says so if an ID number is given instead).
            Party = new PartyIn("Enterprise", row.Text(PartyName), row.Text(CreditCode), null),
            Kind = row.Term(InspectionKind),
            JointReference = row.Text(JointReference),
            PreFiledAt = row.Time(PreFiledAt),
            StartedAt = row.Time(StartedAt),
            EndedAt = row.Time(EndedAt),
            StreetCode = row.Text(StreetCode),
            Location = Location(row),
            Place = row.Text(Place),
            Officers = row.List(Officers),
            Result = row.Term(InspectionResult),
            Evaluation = row.Has(Score) || row.Has(Comment) || row.Has(EvaluatedAt) ? new EvaluationIn(row.Integer(Score), row.Text(Comment), row.Time(EvaluatedAt)) : null,
        },
        today => new Dictionary<string, string>
        {
            [Id.Header] = "JC-2026-0001",
            [PartyName.Header] = "济南示例餐饮有限公司",
            [CreditCode.Header] = ExampleCreditCode,
            [InspectionKind.Header] = "日常检查",
            [PreFiledAt.Header] = Time(today.AddDays(-1), 8, 30),
            [StartedAt.Header] = Time(today.AddDays(-1), 9, 30),
            [EndedAt.Header] = Time(today.AddDays(-1), 10, 30),
            [Longitude.Header] = "117.0208",
            [Latitude.Header] = "36.6683",
            [Place.Header] = "泉城路 1 号",
            [Officers.Header] = "370100010001、370100010002",
            [InspectionResult.Header] = "未发现问题",
        });

    public static ImportTemplate Rectifications { get; } = new("rectifications", "责令整改",
        [Id, AgencyCode, PartyKind, PartyName, CreditCode, IdNumber, InspectionId, CaseId,
            StreetCode, Longitude, Latitude, Requirement, IssuedAt, Deadline, ReviewedAt, ReviewResult],
        row => new RectificationIn
        {
            Id = row.Text(Id),
            AgencyCode = row.Text(AgencyCode),
            Party = Party(row),
            InspectionId = row.Text(InspectionId),
            CaseId = row.Text(CaseId),
            StreetCode = row.Text(StreetCode),
            Location = Location(row),
            Requirement = row.Text(Requirement),
            IssuedAt = row.Time(IssuedAt),
            Deadline = row.Day(Deadline),
            Review = row.Has(ReviewedAt) || row.Has(ReviewResult) ? new ReviewIn(row.Time(ReviewedAt), row.Term(ReviewResult)) : null,
        },
        today => new Dictionary<string, string>
        {
            [Id.Header] = "ZG-2026-0001",
            [PartyKind.Header] = "企业",
            [PartyName.Header] = "济南示例餐饮有限公司",
            [CreditCode.Header] = ExampleCreditCode,
            [Longitude.Header] = "117.0208",
            [Latitude.Header] = "36.6683",
            [Requirement.Header] = "清理后厨排水沟，完善防鼠设施",
            [IssuedAt.Header] = Time(today.AddDays(-1), 10, 30),
            [Deadline.Header] = today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    public static ImportTemplate Complaints { get; } = new("complaints", "投诉",
        [Id, AgencyCode, Channel, Officer, StreetCode, Summary, ReceivedAt, ComplaintDeadline, HandledAt, Outcome],
        row => new ComplaintIn
        {
            Id = row.Text(Id),
            AgencyCode = row.Text(AgencyCode),
            Channel = row.Term(Channel),
            Officer = row.Text(Officer),
            StreetCode = row.Text(StreetCode),
            Summary = row.Text(Summary),
            ReceivedAt = row.Time(ReceivedAt),
            Deadline = row.Time(ComplaintDeadline),
            HandledAt = row.Time(HandledAt),
            Outcome = row.Term(Outcome),
        },
        today => new Dictionary<string, string>
        {
            [Id.Header] = "TS-2026-0001",
            [Channel.Header] = "12345热线",
            [Summary.Header] = "反映执法人员检查时未出示执法证件",
            [ReceivedAt.Header] = Time(today.AddDays(-2), 14, 0),
            [ComplaintDeadline.Header] = Time(today.AddDays(13), 17, 0),
        });

    public static ImportTemplate Measures { get; } = new("measures", "行政强制",
        [Id, AgencyCode, PartyKind, PartyName, CreditCode, IdNumber, CaseId, MeasureKind, MeasureStartedAt, MeasureEndedAt, Emergency, StreetCode, Longitude, Latitude, Place],
        row => new MeasureIn
        {
            Id = row.Text(Id),
            AgencyCode = row.Text(AgencyCode),
            Party = Party(row),
            CaseId = row.Text(CaseId),
            Kind = row.Term(MeasureKind),
            StartedAt = row.Time(MeasureStartedAt),
            EndedAt = row.Time(MeasureEndedAt),
            IsEmergency = row.Flag(Emergency),
            StreetCode = row.Text(StreetCode),
            Location = Location(row),
            Place = row.Text(Place),
        },
        today => new Dictionary<string, string>
        {
            [Id.Header] = "QZ-2026-0001",
            [PartyKind.Header] = "企业",
            [PartyName.Header] = "济南示例餐饮有限公司",
            [CreditCode.Header] = ExampleCreditCode,
            [MeasureKind.Header] = "扣押",
            [MeasureStartedAt.Header] = Time(today.AddDays(-1), 10, 0),
            [MeasureEndedAt.Header] = Time(today.AddDays(-1), 11, 0),
            [Emergency.Header] = "否",
            [Longitude.Header] = "117.0208",
            [Latitude.Header] = "36.6683",
            [Place.Header] = "泉城路 1 号",
        });

    private static readonly ImportColumn GradeCreditCode = new("统一社会信用代码", "creditCode", CellKind.Text, true,
        "企业的 18 位统一社会信用代码；中心须已有该企业(报送过涉及它的检查、案件等记录)");
    private static readonly ImportColumn Grade = new("信用等级", "grade", CellKind.Term, true, "A 级最守信,D 级失信", Grades);
    private static readonly ImportColumn GradeSource = new("评定来源", "source", CellKind.Text, true, "评定等级的机构或平台，如 信用中国（山东）、市场监管部门(≤50 字符)");
    private static readonly ImportColumn EffectiveOn = new("生效日期", "effectiveOn", CellKind.Day, true,
        "该等级起算之日，不晚于今天；此后的检查按此等级计算频次，之前的按原等级");

    public static ImportTemplate CreditGrades { get; } = new("credit-grades", "企业信用等级",
        [Id, AgencyCode, GradeCreditCode, Grade, GradeSource, EffectiveOn],
        row => new CreditGradeIn
        {
            Id = row.Text(Id),
            AgencyCode = row.Text(AgencyCode),
            CreditCode = row.Text(GradeCreditCode),
            Grade = row.Term(Grade),
            Source = row.Text(GradeSource),
            EffectiveOn = row.Day(EffectiveOn),
        },
        today => new Dictionary<string, string>
        {
            [Id.Header] = "XY-2026-0001",
            [GradeCreditCode.Header] = ExampleCreditCode,
            [Grade.Header] = "A",
            [GradeSource.Header] = "信用中国（山东）",
            [EffectiveOn.Header] = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

    public static IReadOnlyList<ImportTemplate> All { get; } = [Inspections, Rectifications, Complaints, Measures, CreditGrades];

    public static ImportTemplate? Find(string slug) => All.FirstOrDefault(t => t.Slug == slug);

    private static string MakeCreditCode(string body8)
    {
        var withOrganization = "91370102" + body8 + Supervision.Domain.Parties.CreditCode.OrganizationCheck(body8);
        return withOrganization + Supervision.Domain.Parties.CreditCode.CheckCharacter(withOrganization);
    }

    private static PartyIn Party(ImportRow row) => new(row.Term(PartyKind), row.Text(PartyName), row.Text(CreditCode), row.Text(IdNumber));

    // Both coordinates go through as given (even one alone), so the writer's rule for a location decides.
    private static LocationIn? Location(ImportRow row)
    {
        var lon = row.Number(Longitude);
        var lat = row.Number(Latitude);
        return lon is null && lat is null ? null : new LocationIn(lon, lat);
    }

    private static string Time(DateOnly day, int hour, int minute) =>
        day.ToDateTime(new TimeOnly(hour, minute)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
