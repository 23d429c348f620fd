namespace Supervision.Domain.Parties;

/// <summary>How personal data appears on shared screens (wall screens, live tables, the activity stream).</summary>
public static class PersonalData
{
    /// <summary>A person's name with everything but the surname hidden: 张三丰 → 张**.</summary>
    public static string MaskName(string name) => name.Length <= 1 ? "*" : name[..1] + new string('*', name.Length - 1);

    /// <summary>What a shared screen may show of a party: an enterprise's name in full, a person's masked.</summary>
    public static string Display(PartyKind kind, string name) => kind == PartyKind.Person ? MaskName(name) : name;
}
