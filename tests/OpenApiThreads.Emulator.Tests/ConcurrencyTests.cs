using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Xunit;

namespace OpenApiThreads.Emulator.Tests;

public sealed class ConcurrencyTests(EmulatorFixture fixture)
{
    private readonly ApiClient _api = fixture.Api;

    [Fact]
    public async Task FiftyConcurrentCreates_GiveFiftyDistinctReadableThreads()
    {
        ApiResponse[] created = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _api.PostAsync("threads")));

        Assert.All(created, response => Assert.Equal(HttpStatusCode.OK, response.Status));
        string[] ids = created.Select(response => response.String("id")).ToArray();
        Assert.Equal(50, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^thread_[A-Za-z0-9]{24}$", id));

        ApiResponse[] fetched = await Task.WhenAll(ids.Select(id => _api.GetAsync($"threads/{id}")));
        Assert.All(fetched, response => Assert.Equal(HttpStatusCode.OK, response.Status));
        Assert.Equal(ids, fetched.Select(response => response.String("id")));
    }

    [Fact]
    public async Task ModifyRacingDelete_NeverBringsAThreadBack()
    {
        ApiResponse[] created = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _api.PostAsync("threads")));
        string[] ids = created.Select(response => response.String("id")).ToArray();

        await Task.WhenAll(ids.SelectMany(id => new[]
        {
            _api.PostAsync($"threads/{id}", """{"metadata":{"racing":"yes"}}"""),
            _api.DeleteAsync($"threads/{id}"),
            _api.PostAsync($"threads/{id}", """{"metadata":{"racing":"again"}}"""),
        }));

        ApiResponse[] fetched = await Task.WhenAll(ids.Select(id => _api.GetAsync($"threads/{id}")));
        Assert.All(fetched, response => Assert.Equal(HttpStatusCode.NotFound, response.Status));
    }
}
