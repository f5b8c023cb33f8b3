#!/usr/bin/env bash
# Serves dist/ with the project's nginx config on loopback and runs the browser suite against it.
# Needs nginx (Debian: apt-get install nginx) and a built site (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${NGINX_PORT:-4340}
work=$(bash scripts/nginx-local.sh start "$PORT") || { echo "test:nginx: could not start nginx (see above)" >&2; exit 1; }
trap 'bash scripts/nginx-local.sh stop "$work"' EXIT
echo "test:nginx: serving dist/ on http://127.0.0.1:$PORT/"
BASE_URL="http://127.0.0.1:$PORT" EXPECT_SECURITY_HEADERS=1 npx playwright test "$@"
