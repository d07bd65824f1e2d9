using System.Net;
using System.Text.RegularExpressions;
using MultiCloudClusters.Errors;
using MultiCloudClusters.Http;
using Generated = MultiCloudClusters.Providers.Ame.Generated;

namespace MultiCloudClusters.Providers.Ame;

/// <summary>The checks AME bodies get before they are sent; each message names the field and the rule.</summary>
internal static partial class AmeRequestRules
{
    private static readonly string[] TaintEffects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

    /// <summary>The values the official Go client knows for <c>securityUpdatesOnJoin</c>; the server default is OFF.</summary>
    private static readonly string[] SecurityUpdatesOnJoin = ["OFF", "INSTALL", "INSTALL_AND_REBOOT"];

    /// <summary>
    /// The optional flags of a cluster list: each belongs to one of the two lists (the spec defines
    /// <c>maintenanceSchedule</c> on the organisation's list only and <c>show-compute</c> on an environment's only), and
    /// each sort entry is <c>property</c> or <c>property,asc|desc</c>.
    /// </summary>
    public static void CheckListFlags(RequestValidator validator, string field, AmeClusterQuery query)
    {
        if (query.MaintenanceSchedule is { } schedule)
        {
            validator.Required(field + ".MaintenanceSchedule", schedule);
            if (query.Environment is not null)
            {
                validator.Fail(field + ".MaintenanceSchedule", "filters the organisation-wide list only: leave Environment null to use it");
            }
        }

        if (query.ShowCompute is not null && query.Environment is null)
        {
            validator.Fail(field + ".ShowCompute", "is offered on an environment's list only: set Environment to use it");
        }

        for (var i = 0; i < (query.Sort?.Count ?? 0); i++)
        {
            validator.Matches($"{field}.Sort[{i}]", query.Sort![i] ?? string.Empty, SortPattern(), "a property name, optionally followed by ',asc' or ',desc', e.g. 'name,desc'");
        }
    }

    /// <summary>A node pool body: the name rule, a node size, and 0 ≤ MinSize ≤ MaxSize (the API replaces the whole pool, so all are needed).</summary>
    public static void CheckNodePool(RequestValidator validator, string field, Generated.NodePoolRequest? pool)
    {
        if (pool is null)
        {
            validator.Fail(field, "is required");
            return;
        }

        validator.Required(field + ".Name", pool.Name)
            .Length(field + ".Name", pool.Name, 1, 25)
            .Matches(field + ".Name", pool.Name, NodePoolNamePattern(), "lower-case letters, digits and '-'")
            .Required(field + ".NodeSize", pool.NodeSize)
            .Required(field + ".MinSize", pool.MinSize)
            .Required(field + ".MaxSize", pool.MaxSize)
            .Range(field + ".MinSize", pool.MinSize, 0, long.MaxValue)
            .Range(field + ".MaxSize", pool.MaxSize, 0, long.MaxValue);
        if (pool.MinSize is { } min && pool.MaxSize is { } max && min > max)
        {
            validator.Fail(field + ".MinSize", $"must not be greater than MaxSize (got MinSize {min}, MaxSize {max})");
        }

        if (pool.SecurityUpdatesOnJoin is { } updates && !SecurityUpdatesOnJoin.Contains(updates, StringComparer.Ordinal))
        {
            validator.Fail(field + ".SecurityUpdatesOnJoin", $"must be one of {string.Join(", ", SecurityUpdatesOnJoin)} (got '{updates}')");
        }

        GeneratedMembers.RefuseDeclared(validator, field + ".AdditionalProperties", Generated.AmeJsonContext.Default.NodePoolRequest, pool.AdditionalProperties?.Keys);
        for (var i = 0; i < (pool.Taints?.Count ?? 0); i++)
        {
            var taint = pool.Taints![i];
            var taintField = $"{field}.Taints[{i}]";
            GeneratedMembers.RefuseDeclared(validator, taintField + ".AdditionalProperties", Generated.AmeJsonContext.Default.NodeTaint, taint?.AdditionalProperties?.Keys);
            validator.Required(taintField + ".Key", taint?.Key);
            if (taint?.Effect is not null && !TaintEffects.Contains(taint.Effect, StringComparer.Ordinal))
            {
                validator.Fail(taintField + ".Effect", $"must be one of {string.Join(", ", TaintEffects)} (got '{taint.Effect}')");
            }
        }
    }

    /// <summary>An IP whitelist: each entry a CIDR block with a description (the API requires both).</summary>
    public static void CheckWhitelist(RequestValidator validator, string field, IReadOnlyList<Generated.IpWhitelistEntry>? entries)
    {
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            var entry = entries![i];
            CheckCidr(validator, $"{field}[{i}].Cidr", entry?.Cidr, required: true);
            validator.Required($"{field}[{i}].Description", entry?.Description);
        }
    }

    /// <summary>A CIDR block such as <c>10.0.0.0/16</c>.</summary>
    public static void CheckCidr(RequestValidator validator, string field, string? value, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                validator.Fail(field, "is required");
            }

            return;
        }

        if (!value.Contains('/', StringComparison.Ordinal) || !IPNetwork.TryParse(value, out _))
        {
            validator.Fail(field, $"must be a CIDR block such as 203.0.113.0/24 (got '{value}')");
        }
    }

    /// <summary>A node pool id: AME's integer ids are positive.</summary>
    public static void CheckNodePoolId(RequestValidator validator, long nodePoolId) =>
        validator.Range("nodePoolId", nodePoolId, 1, long.MaxValue);

    [GeneratedRegex("^[a-z0-9-]+$")]
    private static partial Regex NodePoolNamePattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.]*(,(?i:asc|desc))?$")]
    private static partial Regex SortPattern();
}
