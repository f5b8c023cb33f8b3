#!/usr/bin/env bash
# Serves dist/ on loopback with the project's own nginx config (deploy/nginx-site.conf), as a deployment would.
#   scripts/nginx-local.sh start PORT   starts nginx in the background; prints the folder that holds its state
#   scripts/nginx-local.sh stop DIR     stops that nginx and removes DIR
# Used by `npm run test:nginx` and by the bench:* scripts. Needs nginx (Debian: apt-get install nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  start)
    PORT=${2:?usage: nginx-local.sh start PORT}
    NGINX=$(command -v nginx || echo /usr/sbin/nginx)
    [ -x "$NGINX" ] || { echo "nginx not found; install it (Debian: apt-get install nginx)" >&2; exit 3; }
    [ -f dist/index.html ] || { echo "dist/ is empty; run npm run build first" >&2; exit 1; }
    work=$(mktemp -d)
    mkdir -p "$work/logs"
    sed -e "s#@LISTEN@#127.0.0.1:$PORT#" -e "s#@ROOT@#$PWD/dist#" -e "s#@DEPLOY@#$PWD/deploy#" \
      deploy/nginx-site.conf > "$work/site.conf"
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
    for _ in $(seq 1 50); do
      curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && { echo "$work"; exit 0; }
      sleep 0.1
    done
    echo "nginx did not answer on 127.0.0.1:$PORT; its log: $(cat "$work/logs/error.log")" >&2
    kill "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null || true
    exit 1
    ;;
  stop)
    work=${2:?usage: nginx-local.sh stop DIR}
    kill "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null || true
    rm -rf "$work"
    ;;
  *)
    echo "usage: nginx-local.sh start PORT | stop DIR" >&2
    exit 2
    ;;
esac
