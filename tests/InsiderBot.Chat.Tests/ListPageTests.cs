using InsiderBot.Chat.Paging;

namespace InsiderBot.Chat.Tests;

public sealed class ListPageTests
{
    private static readonly CommandInput Input = new(["30"], ChatOrigin.Console);

    [Theory]
    [InlineData(1, 31, "clusters 1–15 of 31", null, "/clusters 30 page:2")]
    [InlineData(2, 31, "clusters 16–30 of 31", "/clusters 30 page:1", "/clusters 30 page:3")]
    [InlineData(3, 31, "clusters 31–31 of 31", "/clusters 30 page:2", null)]
    [InlineData(2, 30, "clusters 16–30 of 30", "/clusters 30 page:1", null)]
    public void A_page_knows_its_position_and_its_neighbours(int number, int total, string position, string? previous, string? next)
    {
        var page = new ListPage(number, 15, total);
        var paging = page.Paging("clusters", Input, "clusters")!;

        Assert.Equal((position, previous, next), (paging.Position, paging.Previous, paging.Next));
        Assert.Equal(Enumerable.Range(1, total).Skip((number - 1) * 15).Take(15), page.Of(Enumerable.Range(1, total)));
    }

    [Fact]
    public void A_list_that_fits_on_one_page_has_no_paging_and_only_its_first_page()
    {
        Assert.Null(new ListPage(1, 15, 15).Paging("clusters", Input, "clusters"));
        Assert.Null(new ListPage(1, 15, 0).Refusal("clusters", Input, "clusters"));
        Assert.Equal("Page 2 is past the end: the 15 clusters fill 1 page; e.g. /clusters 30 page:1.", new ListPage(2, 15, 15).Refusal("clusters", Input, "clusters"));
    }
}
