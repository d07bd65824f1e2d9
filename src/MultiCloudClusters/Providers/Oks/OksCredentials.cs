namespace MultiCloudClusters.Providers.Oks;

/// <summary>How OKS requests authenticate.</summary>
internal enum OksAuthKind
{
    /// <summary><c>AccessToken</c> + <c>RefreshToken</c> headers.</summary>
    Jwt,

    /// <summary><c>AccessKey</c> + <c>SecretKey</c> headers.</summary>
    AccessKey,

    /// <summary>HTTP Basic with login and password.</summary>
    Basic,
}

/// <summary>Resolved OKS credentials. <see cref="ToString"/> never shows a secret.</summary>
internal sealed class OksCredentials
{
    internal OksCredentials(OksAuthKind kind, string first, string second, string? otpCode, string source)
    {
        Kind = kind;
        First = first;
        Second = second;
        OtpCode = otpCode;
        Source = source;
    }

    /// <summary>The scheme.</summary>
    public OksAuthKind Kind { get; }

    /// <summary>Where they came from: <c>options</c>, <c>environment</c> or <c>profile 'name'</c>.</summary>
    public string Source { get; }

    /// <summary>Access token, access key or login.</summary>
    internal string First { get; }

    /// <summary>Refresh token, secret key or password.</summary>
    internal string Second { get; }

    internal string? OtpCode { get; }

    /// <inheritdoc />
    public override string ToString() => $"OksCredentials({Kind} from {Source}, values hidden)";
}
