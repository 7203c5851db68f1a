# syntax=docker/dockerfile:1
# The GraphQL server image: compiled in a build stage, run with production dependencies only.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The explorer page's sources; the build bundles them into dist/web.
COPY web ./web
RUN npm run build

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time: the SDL and Neo4j schema (schema/), the seed data (seed/), and the example
# operations Sandbox and GraphiQL open with (examples/; the server refuses to start without them).
COPY schema ./schema
COPY seed ./seed
COPY examples ./examples
# The image's unprivileged user; nothing under /app needs to be writable.
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
