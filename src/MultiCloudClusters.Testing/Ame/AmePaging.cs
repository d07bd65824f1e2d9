using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Ame;

/// <summary>Spring Data pages: <c>page</c> (0-based) and <c>size</c> in, <c>content</c>, <c>last</c>, <c>totalPages</c>, … out.</summary>
internal static class AmePaging
{
    /// <summary>The page size when the caller sends no <c>size</c> (Spring's pageable default the API documents).</summary>
    public const int DefaultPageSize = 50;

    public static EmuResult Page(HttpRequest request, EmulatorContext emu, IReadOnlyList<JsonNode> all)
    {
        var page = 0;
        int? size = null;
        if (request.Query.ContainsKey("page") && (!int.TryParse(request.Query["page"], CultureInfo.InvariantCulture, out page) || page < 0))
        {
            return AmeDialect.BadRequest("page: must be greater than or equal to 0");
        }

        if (request.Query.ContainsKey("size"))
        {
            if (!int.TryParse(request.Query["size"], CultureInfo.InvariantCulture, out var s) || s < 1) return AmeDialect.BadRequest("size: must be greater than or equal to 1");
            size = Math.Min(s, 2000);
        }

        var pageSize = emu.PageSize(size, DefaultPageSize);
        var content = all.Skip(page * pageSize).Take(pageSize).Select(n => n.DeepClone()).ToList();
        var totalPages = (all.Count + pageSize - 1) / pageSize;
        JsonObject Sort() => new() { ["empty"] = true, ["sorted"] = false, ["unsorted"] = true };
        return EmuResult.Ok(new JsonObject
        {
            ["content"] = new JsonArray([.. content]),
            ["pageable"] = new JsonObject
            {
                ["offset"] = (long)page * pageSize,
                ["pageNumber"] = page,
                ["pageSize"] = pageSize,
                ["paged"] = true,
                ["unpaged"] = false,
                ["sort"] = Sort(),
            },
            ["last"] = page >= totalPages - 1,
            ["totalElements"] = (long)all.Count,
            ["totalPages"] = totalPages,
            ["first"] = page == 0,
            ["size"] = pageSize,
            ["number"] = page,
            ["sort"] = Sort(),
            ["numberOfElements"] = content.Count,
            ["empty"] = content.Count == 0,
        });
    }
}
