namespace InsiderBot.Benchmarks.Load;

/// <summary>One side of an acknowledgement benchmark: where to send, the i-th request, and whether an answer is a proper ack.</summary>
public sealed record LoadTarget(string Name, Func<int, HttpRequestMessage> Request, Func<HttpResponseMessage, string, bool> IsAck);
