# Huquq in a container: builds the widget, then runs the server as an unprivileged user. The knowledge folder is
# mounted read-only from the host (or baked in: see README), feedback goes to DATA_DIR (a volume) or PostgreSQL.
#   docker build -t huquq .
#   docker run -p 8787:8787 -v "$PWD/knowledge:/app/knowledge:ro" -v huquq-data:/app/data huquq
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8787 DATA_DIR=/app/data KNOWLEDGE_DIR=/app/knowledge \
    NODE_OPTIONS=--max-semi-space-size=64
WORKDIR /app
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8787
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/v1/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# tsx runs the TypeScript server as `npm start` does (without rebuilding the widget, which the build stage did).
CMD ["node", "--import", "tsx", "server/index.ts"]
