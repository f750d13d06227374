using System.ComponentModel.DataAnnotations;

namespace InsiderBot.Edgar;

/// <summary>The <c>Edgar</c> section: where EDGAR is, who we say we are, and how fast we may ask.</summary>
public sealed class EdgarOptions
{
    public const string Section = "Edgar";

    /// <summary>The key to name when the User-Agent is missing.</summary>
    public const string UserAgentKey = "Edgar:UserAgent";

    /// <summary>Live polling of the getcurrent feed. Import and backfill work without it.</summary>
    public bool Enabled { get; set; }

    [Required(ErrorMessage = "Edgar:BaseUrl must be EDGAR's address, e.g. https://www.sec.gov")]
    [Url(ErrorMessage = "Edgar:BaseUrl must be an absolute URL, e.g. https://www.sec.gov")]
    public string BaseUrl { get; set; } = "https://www.sec.gov";

    [Required(ErrorMessage = "Edgar:DataBaseUrl must be EDGAR's data address, e.g. https://data.sec.gov")]
    [Url(ErrorMessage = "Edgar:DataBaseUrl must be an absolute URL, e.g. https://data.sec.gov")]
    public string DataBaseUrl { get; set; } = "https://data.sec.gov";

    /// <summary>A name and contact e-mail, e.g. <c>Acme Research admin@acme.example</c>. Required for every EDGAR request.</summary>
    public string? UserAgent { get; set; }

    /// <summary>The SEC allows 10 requests a second from one address across all its hosts.</summary>
    [Range(1, 10, ErrorMessage = "Edgar:MaxRequestsPerSecond must be 1 to 10 (the SEC's fair-access limit is 10)")]
    public int MaxRequestsPerSecond { get; set; } = 10;

    /// <summary>How often to poll while EDGAR accepts filings (06:00–22:00 ET on weekdays).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Edgar:PollInterval must be between 00:00:05 and 01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often to poll overnight and at weekends, when few filings arrive.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "06:00:00", ErrorMessage = "Edgar:QuietPollInterval must be between 00:00:05 and 06:00:00")]
    public TimeSpan QuietPollInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one request may take before it is abandoned and retried (wall-clock).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00", ErrorMessage = "Edgar:RequestTimeout must be between 00:00:00.050 and 00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per request before a body is quarantined or the request given up.</summary>
    [Range(1, 20, ErrorMessage = "Edgar:MaxAttempts must be 1 to 20")]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The pause after EDGAR's 403 rate-limit page (the SEC blocks an address for about ten minutes).</summary>
    public TimeSpan RateLimitCooldown { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The pause after a 429 that names no Retry-After.</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The first retry's backoff; each later one doubles it, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Where <c>backfill</c> keeps the quarterly zips it downloads.</summary>
    public string DataSetFolder { get; set; } = "data/datasets";

    /// <summary>Null when a User-Agent is set that names a contact; otherwise what to set, naming the key.</summary>
    public string? UserAgentProblem()
    {
        if (string.IsNullOrWhiteSpace(UserAgent))
            return $"{UserAgentKey} is not set: the SEC requires a name and contact e-mail, e.g. --{UserAgentKey}=\"Acme Research admin@acme.example\"";
        if (!UserAgent.Contains('@', StringComparison.Ordinal))
            return $"{UserAgentKey} must include a contact e-mail address, e.g. \"Acme Research admin@acme.example\"";
        return null;
    }
}
