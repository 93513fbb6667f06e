# syntax=docker/dockerfile:1
# The Roadmap service image: built with the .NET SDK, run on the ASP.NET Core runtime as the image's non-root user.
# docker-compose.yml builds it for its api replicas and its worker (Roadmap__Role); `docker build -t roadmap .` works alone too.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Build settings first, so a source change does not invalidate the restore layer's inputs needlessly.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY schema/ schema/
COPY src/ src/
COPY crawlers/ crawlers/
RUN dotnet publish src/Roadmap.Cli/Roadmap.Cli.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# A real font for the roadmap's Word figures (found by path; without one they fall back to a pixel font).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-liberation2 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The offline snapshot and facts-only catalogues, so a fresh deployment can be filled without the network.
COPY samples/ /app/samples/
# The data folder (search index, embedded/service databases, crawl cache) lives on a volume owned by the app user: one per
# container (compose's api replicas get an anonymous one each, the worker a named one). Never share one between two
# processes: the search index is locked by the process that opened it, and a second one refuses to start.
RUN mkdir -p /data && chown "$APP_UID" /data
ENV ROADMAP_DATA=/data \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1
VOLUME /data
USER $APP_UID
EXPOSE 5080
# The CLI's own probe: the runtime image has neither curl nor wget.
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 \
  CMD ["dotnet", "/app/roadmap.dll", "health", "--ready", "--url", "http://127.0.0.1:5080"]
ENTRYPOINT ["dotnet", "/app/roadmap.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:5080"]
