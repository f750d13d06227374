# InsiderBot: multi-stage build. The SDK builds; the final image has only the ASP.NET runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig InsiderBot.sln ./
COPY config/ config/
COPY src/ src/
RUN dotnet publish src/InsiderBot/InsiderBot.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /data && chown -R app:app /data
USER app
VOLUME ["/data"]
ENV Store__Path=/data/insiderbot.db \
    Web__Enabled=true \
    Web__Urls=http://0.0.0.0:8080 \
    Logging__Format=json
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["dotnet", "InsiderBot.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "InsiderBot.dll"]
