# Waardenpoort images: one Dockerfile, two final targets.
#
#   docker build --target api    -t waardenpoort/api .
#   docker build --target worker -t waardenpoort/worker .
#
# Both targets share the dependency and build stages: `npm run build` compiles every workspace with one
# `tsc -b` and writes the workflow bundle, so building once and copying the output into two runtime images
# is cheaper than two Dockerfiles that would each build the whole monorepo. Each runtime image gets only the
# production dependencies of its own workspace and the workspaces that one depends on: the worker image
# carries no HTTP stack or Swagger UI, the API image no Temporal worker runtime (the single-process laptop mode of
# `npm start` is its own workspace, apps/embedded, which neither image runs).
#
# The build context is the repository root (see .dockerignore). BuildKit is required (the default builder
# since Docker Engine 23) for the npm cache mounts.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
WORKDIR /app
# No update checks, funding or audit requests during builds; no install-time analytics from swagger-ui-dist.
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false \
    SCARF_ANALYTICS=false

# ---------------------------------------------------------------------------------------------------------
# The lockfile and every workspace manifest, nothing else: the install layers below stay cached until a
# dependency changes.
FROM base AS manifests
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/
COPY libs/contracts/package.json libs/contracts/
COPY libs/config/package.json libs/config/
COPY libs/persistence/package.json libs/persistence/
COPY libs/temporal/package.json libs/temporal/
COPY workflows/package.json workflows/
COPY apps/worker/package.json apps/worker/
COPY apps/api/package.json apps/api/
COPY apps/embedded/package.json apps/embedded/

# ---------------------------------------------------------------------------------------------------------
# All dependencies of all workspaces (TypeScript and the rest of the dev tooling included), from the lockfile.
FROM manifests AS deps
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci

# ---------------------------------------------------------------------------------------------------------
# tsc -b over every workspace, then the production workflow bundle at /app/dist/workflow-bundle.js.
FROM deps AS build
COPY tsconfig.base.json tsconfig.build.json ./
COPY libs ./libs
COPY workflows ./workflows
COPY apps ./apps
RUN npm run build

# ---------------------------------------------------------------------------------------------------------
# Production dependencies per application. `--workspace` keeps the install to that workspace and the
# workspaces it depends on; install scripts are not needed at run time (the Temporal core bridge ships
# prebuilt binaries), so they are skipped.
FROM manifests AS prod-deps-api
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev --ignore-scripts --workspace @waardenpoort/api

FROM manifests AS prod-deps-worker
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev --ignore-scripts --workspace @waardenpoort/worker

# ---------------------------------------------------------------------------------------------------------
# Compiled output of every workspace. Copied whole into both images: a few hundred KiB, and it keeps the
# list of which app needs which library in the package.json files rather than here.
FROM scratch AS compiled
COPY --from=build /app/libs/domain/dist /app/libs/domain/dist
COPY --from=build /app/libs/contracts/dist /app/libs/contracts/dist
COPY --from=build /app/libs/config/dist /app/libs/config/dist
COPY --from=build /app/libs/persistence/dist /app/libs/persistence/dist
COPY --from=build /app/libs/temporal/dist /app/libs/temporal/dist
COPY --from=build /app/workflows/dist /app/workflows/dist
COPY --from=build /app/apps/worker/dist /app/apps/worker/dist
COPY --from=build /app/apps/api/dist /app/apps/api/dist

# ---------------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production
# Where the worker writes signed audit checkpoints (a volume in Compose takes this owner on first use).
RUN mkdir -p /var/lib/waardenpoort/audit-checkpoints && chown node:node /var/lib/waardenpoort/audit-checkpoints

# ---------------------------------------------------------------------------------------------------------
# The HTTP API. The same image runs the one-shot database migration (`node scripts/db-migrate.mjs`), so
# the migration always ships with the code that expects it.
FROM runtime AS api
# node_modules (with the workspace symlinks) and the workspace package.json files.
COPY --from=prod-deps-api /app ./
COPY --from=compiled /app ./
# The ethics policy that the API and the worker load at start (POLICY_FILE, relative to /app by default).
COPY policy ./policy
COPY scripts ./scripts
# The dashboard served at / (static files, no build step).
COPY apps/dashboard/public ./apps/dashboard/public
ENV PORT=3000
EXPOSE 3000
USER node
# /health answers 200 only when PostgreSQL, Temporal and at least one worker polling the task queue are
# all reachable, 503 otherwise; so this container also turns unhealthy while no worker is running.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.status === 200 ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]

# ---------------------------------------------------------------------------------------------------------
# The Temporal worker. It loads the workflow bundle built above instead of bundling at start.
FROM runtime AS worker
COPY --from=prod-deps-worker /app ./
COPY --from=compiled /app ./
COPY policy ./policy
COPY --from=build /app/dist/workflow-bundle.js /app/dist/workflow-bundle.traced.js ./dist/
ENV WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
USER node
# No HEALTHCHECK: the worker has no HTTP port. When it cannot run (configuration, PostgreSQL or Temporal
# unreachable at start, a fatal worker error) the process exits non-zero, and the restart policy of the
# orchestrator brings it back. Whether a worker is polling is visible from outside: the API's /health
# (check "worker") and the task queue's pollers in the Temporal UI.
CMD ["node", "apps/worker/dist/main.js"]
