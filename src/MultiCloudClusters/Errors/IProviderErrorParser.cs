namespace MultiCloudClusters.Errors;

/// <summary>Turns one provider's error responses into <see cref="CloudError"/>. One per provider.</summary>
internal interface IProviderErrorParser
{
    /// <summary>The provider key.</summary>
    string Provider { get; }

    /// <summary>Parses an error response; never throws, whatever the body holds.</summary>
    CloudError Parse(ErrorResponse response);
}
