namespace MultiCloudClusters.Http;

/// <summary>
/// A generated model with extension data, so unknown members can be copied by <see cref="GeneratedMembers"/>
/// without naming each type. Generated classes take it on through partial declarations beside their provider.
/// </summary>
internal interface IGeneratedModel
{
    /// <summary>The members the model does not declare (the generated <c>[JsonExtensionData]</c> dictionary); null when none came.</summary>
    IDictionary<string, object>? AdditionalProperties { get; set; }
}
