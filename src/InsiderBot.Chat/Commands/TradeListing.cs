using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Chat.Commands;

/// <summary>The page of trades an <c>/insiders</c> answer lists: how many trades there are, the shown ones, how many come after, and the paging.</summary>
internal sealed record TradeListing(int Trades, IReadOnlyList<TradeGroup> Shown, int After, ReplyPaging? Paging);
