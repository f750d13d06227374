# InsiderBot: multi-stage build. The SDK builds; the final image has only the ASP.NET runtime.
# The build context is the repository root; .dockerignore keeps bin/, obj/, local stores and benchmark data out of it.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the project files alone: this layer stays cached until a project file or package version changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/InsiderBot/InsiderBot.csproj src/InsiderBot/
COPY src/InsiderBot.Charts/InsiderBot.Charts.csproj src/InsiderBot.Charts/
COPY src/InsiderBot.Chat/InsiderBot.Chat.csproj src/InsiderBot.Chat/
COPY src/InsiderBot.Discord/InsiderBot.Discord.csproj src/InsiderBot.Discord/
COPY src/InsiderBot.Edgar/InsiderBot.Edgar.csproj src/InsiderBot.Edgar/
COPY src/InsiderBot.Filings/InsiderBot.Filings.csproj src/InsiderBot.Filings/
COPY src/InsiderBot.Health/InsiderBot.Health.csproj src/InsiderBot.Health/
COPY src/InsiderBot.Import/InsiderBot.Import.csproj src/InsiderBot.Import/
COPY src/InsiderBot.Insights/InsiderBot.Insights.csproj src/InsiderBot.Insights/
COPY src/InsiderBot.Slack/InsiderBot.Slack.csproj src/InsiderBot.Slack/
COPY src/InsiderBot.Store/InsiderBot.Store.csproj src/InsiderBot.Store/
RUN dotnet restore src/InsiderBot/InsiderBot.csproj

# Then the sources, and a publish that reuses the restore.
COPY .editorconfig ./
COPY config/ config/
COPY src/ src/
RUN dotnet publish src/InsiderBot/InsiderBot.csproj -c Release -o /app --no-restore --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data/datasets && chown -R app:app /data
USER app
VOLUME ["/data"]
# Everything the bot writes lives on the volume: the store and the data sets backfill downloads (/app is root's).
# DOTNET_GCgen0size: a 16 MB first generation. .NET sizes it from the processor's L3 cache, so on a host that reports a
# large one the heap grows by that much before it collects (README, "Memory"). Environment only: runtimeconfig has no knob for it.
# DOTNET_GCConserveMemory: compact the large-object heap when it fragments; a twenty-year store served for a while
# otherwise grows by some 40 MB of freed large buffers (README, "Memory").
ENV DOTNET_GCgen0size=0x1000000 \
    DOTNET_GCConserveMemory=7 \
    Store__Path=/data/insiderbot.db \
    Edgar__DataSetFolder=/data/datasets \
    Web__Enabled=true \
    Web__Urls=http://0.0.0.0:8080 \
    Logging__Format=json
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["dotnet", "InsiderBot.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "InsiderBot.dll"]
