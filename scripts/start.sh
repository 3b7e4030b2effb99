#!/usr/bin/env bash
# The main job on the sample: build the page, build the graph from seeds/ (loading Neo4j — the local
# server is started unless NEO4J_URI is set), write graph/, then serve the page and keep serving.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent build:page
npx tsx src/cli/main.ts build "${@:-seeds}"
exec npx tsx src/cli/main.ts serve --port "${PORT:-7300}"
