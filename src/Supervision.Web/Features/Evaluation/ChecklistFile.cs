using System.Text.Json;
using Supervision.Domain.Evaluation;

namespace Supervision.Web.Features.Evaluation;

/// <summary>Reads data-seed/evaluation-checklist.json (format in data-seed/README.md) into a validated <see cref="Checklist"/>.</summary>
public static class ChecklistFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static Checklist Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The case-file evaluation checklist was not found at {Path.GetFullPath(path)}.", path);
        try
        {
            var file = JsonSerializer.Deserialize<FileRow>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} is empty.");
            var categories = (file.Categories ?? []).Select(c => new ChecklistCategory(c.Code ?? "", c.Name ?? "",
                (c.Items ?? []).Select(i => new ChecklistItem(i.Code ?? "", i.Text ?? "", i.MaxPoints, i.Basis,
                    (i.Deductions ?? []).Select(d => new TypicalDeduction(d.Text ?? "", d.Points)).ToList())).ToList())).ToList();
            return new Checklist(file.Name ?? "案卷评查标准", categories);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"{Path.GetFullPath(path)}: {e.Message}", e);
        }
    }

    private sealed record FileRow(string? Name, List<CategoryRow>? Categories);
    private sealed record CategoryRow(string? Code, string? Name, List<ItemRow>? Items);
    private sealed record ItemRow(string? Code, string? Text, int MaxPoints, string? Basis, List<DeductionRow>? Deductions);
    private sealed record DeductionRow(string? Text, int Points);
}
