# One image for the gateway and the three subgraphs; SERVICE picks which one runs.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json tsconfig.json ./
COPY shared/package.json shared/
COPY gateway/package.json gateway/
COPY tests/package.json tests/
COPY tests/kit/package.json tests/kit/
COPY subgraphs/portfolio/package.json subgraphs/portfolio/
COPY subgraphs/governance/package.json subgraphs/governance/
COPY subgraphs/architecture/package.json subgraphs/architecture/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
ARG SERVICE=gateway
ENV SERVICE=${SERVICE}
CMD ["sh", "-c", "case \"$SERVICE\" in gateway) exec node -r ./shared/dist/tracing.js gateway/dist/main.js ;; *) exec node -r ./shared/dist/tracing.js subgraphs/$SERVICE/dist/main.js ;; esac"]
