using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using MultiCloudClusters.Emulator.Hosting;

namespace MultiCloudClusters.Emulator.Oks;

/// <summary>OKS list paging: <c>cursor</c> + <c>limit</c> (Pagination.cursor.next_cursor) or <c>page</c> + <c>limit</c> (Pagination.offset).</summary>
internal static class OksPaging
{
    /// <summary>
    /// The page size when the caller sends no <c>limit</c>: the largest one the API accepts, since OKS does not
    /// document its default and the official CLI reads only the first page of a list.
    /// </summary>
    public const int DefaultPageSize = 100;

    public static EmuResult Page(HttpRequest request, EmulatorContext emu, IReadOnlyList<JsonNode> all, string key)
    {
        var query = request.Query;
        int? limit = null;
        if (query.ContainsKey("limit"))
        {
            if (!int.TryParse(query["limit"], CultureInfo.InvariantCulture, out var l) || l is < 1 or > 100)
            {
                return OksDialect.Validation("limit", "limit must be an integer from 1 to 100.");
            }

            limit = l;
        }

        var size = emu.PageSize(limit, DefaultPageSize);
        JsonObject pagination;
        int start;
        if (query.ContainsKey("page"))
        {
            if (!int.TryParse(query["page"], CultureInfo.InvariantCulture, out var page) || page < 1)
            {
                return OksDialect.Validation("page", "page must be an integer of at least 1.");
            }

            start = (page - 1) * size;
            pagination = new JsonObject
            {
                ["cursor"] = null,
                ["offset"] = new JsonObject { ["page"] = page, ["limit"] = size, ["total"] = all.Count },
            };
        }
        else
        {
            start = 0;
            if (query["cursor"].ToString() is { Length: > 0 } cursor && !TryDecode(cursor, out start))
            {
                return OksDialect.Error(400, "BadRequest", "The cursor is not valid.");
            }

            var next = start + size < all.Count ? Encode(start + size) : null;
            pagination = new JsonObject { ["cursor"] = new JsonObject { ["next_cursor"] = next }, ["offset"] = null };
        }

        var items = new JsonArray([.. all.Skip(start).Take(size).Select(n => n.DeepClone())]);
        return EmuResult.Ok(new JsonObject
        {
            ["ResponseContext"] = OksDialect.Context(),
            ["Pagination"] = pagination,
            [key] = items,
        });
    }

    private static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static bool TryDecode(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), CultureInfo.InvariantCulture, out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
