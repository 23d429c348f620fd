namespace Supervision.Web.Features.Access;

/// <summary>The roles of PRODUCT.md "Who uses it".</summary>
public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string Operator = nameof(Operator);
    public const string Supervisor = nameof(Supervisor);
    public const string Analyst = nameof(Analyst);
    public const string AgencyLiaison = nameof(AgencyLiaison);
    public const string WallScreen = nameof(WallScreen);

    public static readonly IReadOnlyList<string> All = [Admin, Operator, Supervisor, Analyst, AgencyLiaison, WallScreen];

    /// <summary>Roles a person can hold; <see cref="WallScreen"/> belongs to devices only.</summary>
    public static readonly IReadOnlyList<string> People = [Admin, Operator, Supervisor, Analyst, AgencyLiaison];

    public static string Chinese(string role) => role switch
    {
        Admin => "系统管理员",
        Operator => "值班员",
        Supervisor => "监督员",
        Analyst => "分析员",
        AgencyLiaison => "执法单位联络员",
        WallScreen => "大屏终端",
        _ => role,
    };
}
