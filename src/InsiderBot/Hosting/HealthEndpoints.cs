using InsiderBot.Chat;
using InsiderBot.Health;
using InsiderBot.Store;

namespace InsiderBot.Hosting;

public static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c> (the process answers) and <c>GET /readyz</c> (the store is open and every part reports ready).</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", (InsiderStore store, IEnumerable<IReadinessCheck> checks) =>
        {
            var problems = new List<string>();
            try
            {
                _ = store.IsEmpty;
            }
            catch (Exception ex) when (ex is IOException or LiteDB.LiteException)
            {
                problems.Add("store: " + ex.Message);
            }

            problems.AddRange(checks.Select(c => c.Problem()).OfType<string>());
            return problems.Count == 0 ? Results.Text("ready") : Results.Text(string.Join('\n', problems), statusCode: 503);
        });
        return app;
    }
}
