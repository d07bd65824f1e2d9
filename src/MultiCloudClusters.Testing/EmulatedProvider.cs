namespace MultiCloudClusters.Emulator;

/// <summary>The provider APIs the emulator speaks.</summary>
public enum EmulatedProvider
{
    /// <summary>OUTSCALE OKS, mounted under <c>/oks/api/v2/</c>.</summary>
    Oks,

    /// <summary>Imply Cloud Manager, mounted under <c>/imply/api/v1/</c> (token endpoint <c>/imply/oauth/token</c>).</summary>
    Imply,

    /// <summary>Avisi Cloud AME, mounted under <c>/ame/</c> (its paths carry <c>/api/v1</c> themselves).</summary>
    Ame,

    /// <summary>Amazon EKS (cluster registration subset), mounted under <c>/eks/</c>.</summary>
    Eks,

    /// <summary>LakeSail platform, mounted under <c>/lakesail/api/v1/</c>.</summary>
    LakeSail,
}
