using MultiCloudClusters.Clusters;
using MultiCloudClusters.Http;

namespace MultiCloudClusters.Tests.Unified;

/// <summary>The per-call holder that carries a request id from the handler chain up to the method that called.</summary>
public sealed class RequestIdCaptureTests
{
    [Fact]
    public void A_later_answer_replaces_an_earlier_one_and_a_body_id_wins_over_the_header_of_its_answer()
    {
        using var capture = RequestIdCapture.Start();

        RequestIdCapture.RecordHeader("first-header");
        RequestIdCapture.RecordBody("first-body");
        Assert.Equal("first-body", capture.RequestId);

        RequestIdCapture.RecordHeader(null);
        Assert.Null(capture.RequestId);

        RequestIdCapture.RecordHeader("second-header");
        RequestIdCapture.RecordBody("   ");
        Assert.Equal("second-header", capture.RequestId);
    }

    [Fact]
    public void Nothing_is_recorded_without_a_capture_and_a_nested_capture_leaves_the_outer_one_alone()
    {
        RequestIdCapture.RecordHeader("nobody-listens");

        using var outer = RequestIdCapture.Start();
        using (var inner = RequestIdCapture.Start())
        {
            RequestIdCapture.RecordHeader("inner");
            Assert.Equal("inner", inner.RequestId);
        }

        Assert.Null(outer.RequestId);
        RequestIdCapture.RecordHeader("outer");
        Assert.Equal("outer", outer.RequestId);
    }

    [Fact]
    public async Task Concurrent_calls_each_record_into_their_own_capture()
    {
        using var bothStarted = new Barrier(2);

        async Task<string?> CallAsync(string id)
        {
            using var capture = RequestIdCapture.Start();
            await Task.Yield();
            bothStarted.SignalAndWait(TimeSpan.FromSeconds(30)); // both captures are live before either records
            RequestIdCapture.RecordHeader(id);
            await Task.Yield();
            return capture.RequestId;
        }

        var results = await Task.WhenAll(Task.Run(() => CallAsync("call-a")), Task.Run(() => CallAsync("call-b")));

        Assert.Equal(new string?[] { "call-a", "call-b" }, results.AsEnumerable());
    }

    [Fact]
    public void A_stamp_reaches_the_native_model_a_unified_result_carries_and_every_item_of_a_list()
    {
        using var capture = RequestIdCapture.Start();
        RequestIdCapture.RecordHeader("req-7");
        var native = new MultiCloudClusters.Providers.Oks.OksCluster { Id = "c-1" };
        var first = new ClusterInfo { Provider = "oks", Id = "c-1", Name = "one", Native = native };
        var second = new ClusterInfo { Provider = "oks", Id = "c-2", Name = "two" };

        capture.StampAll([first, second]);

        Assert.Equal("req-7", first.RequestId);
        Assert.Equal("req-7", native.RequestId);
        Assert.Equal("req-7", second.RequestId);
    }

    [Fact]
    public void A_request_id_set_by_hand_is_cleaned_like_one_from_a_server()
    {
        var info = new ClusterInfo { Provider = "oks", Id = "c-1", Name = "one", RequestId = RequestIds.HostileHeader };
        var blank = new ClusterInfo { Provider = "oks", Id = "c-1", Name = "one", RequestId = " " };

        RequestIds.AssertCleanedHeader(info.RequestId);
        Assert.Null(blank.RequestId);
    }
}
