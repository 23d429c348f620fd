namespace Supervision.Web.Features.Ingestion;

/// <summary>The most characters each text of a list may have (the list's own <c>MaxLength</c> counts its items).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ItemLengthAttribute(int length) : Attribute
{
    public int Length => length;
}
