#!/usr/bin/env bash
# Serves dist/ with the project's nginx config on loopback and runs the browser suite against it.
# Needs nginx (Debian: apt-get install nginx) and a built site (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "test:nginx: nginx not found; install it (Debian: apt-get install nginx)" >&2; exit 1; }
[ -f dist/index.html ] || { echo "test:nginx: dist/ is empty; run npm run build first" >&2; exit 1; }
PORT=${NGINX_PORT:-4340}
work=$(mktemp -d)
trap 'kill "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/logs"
sed -e "s#@LISTEN@#127.0.0.1:$PORT#" -e "s#@ROOT@#$PWD/dist#" -e "s#@DEPLOY@#$PWD/deploy#" deploy/nginx-site.conf > "$work/site.conf"
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/site.conf;
}
CONF
"$NGINX" -t -q -c "$work/nginx.conf" -p "$work"
"$NGINX" -c "$work/nginx.conf" -p "$work"
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done
echo "test:nginx: serving dist/ on http://127.0.0.1:$PORT/"
BASE_URL="http://127.0.0.1:$PORT" EXPECT_SECURITY_HEADERS=1 npx playwright test "$@"
