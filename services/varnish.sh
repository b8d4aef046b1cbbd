#!/usr/bin/env bash
# Start Varnish (Debian's varnishd, as our own process, not the system unit) with our VCL
# (services/varnish/default.vcl) in front of an app server, and print, for `eval`, the
# FRONTEND_CACHE_URL the app purges it through. Installs Varnish when missing (needs root).
#   eval "$(services/varnish.sh start)"    start it (or find it running)
#   services/varnish.sh status | stop
# VARNISH_PORT (8000) where it listens, VARNISH_BACKEND (127.0.0.1:8001) the app server,
# VARNISH_DIR (var/varnish) its working folder (one per instance), VARNISH_MEMORY (256m).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=${VARNISH_PORT:-8000}
backend=${VARNISH_BACKEND:-127.0.0.1:8001}
dir=${VARNISH_DIR:-$root/var/varnish}
memory=${VARNISH_MEMORY:-256m}
pidfile=$dir/varnishd.pid
url=http://127.0.0.1:$port

install_varnish() {
  command -v varnishd >/dev/null || [ -x /usr/sbin/varnishd ] && return
  echo "Installing Varnish from Debian's packages…" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish >&2
}

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid=$(cat "$pidfile")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
  install_varnish
  if running_pid >/dev/null; then
    echo "export FRONTEND_CACHE_URL=$url"
    return
  fi
  mkdir -p "$dir"
  sed -e "s/@BACKEND_HOST@/${backend%:*}/" -e "s/@BACKEND_PORT@/${backend##*:}/" \
    "$root/services/varnish/default.vcl" >"$dir/default.vcl"
  # -t 0: nothing is kept unless the app says how long (s-maxage); -p: purges and bans free
  # their objects at once; the workspace holds Wagtail's long admin cookies.
  PATH=$PATH:/usr/sbin varnishd -a "127.0.0.1:$port" -f "$dir/default.vcl" -n "$dir/work" \
    -P "$pidfile" -s "malloc,$memory" -t 0 -p ban_lurker_sleep=0.01 \
    -p workspace_client=128k -p http_resp_hdr_len=16k >&2
  for _ in $(seq 1 50); do
    curl -s -o /dev/null -m 1 "$url/" && break
    sleep 0.1
  done
  running_pid >/dev/null || { echo "Varnish did not start" >&2; exit 1; }
  echo "export FRONTEND_CACHE_URL=$url"
}

stop() {
  local pid
  pid=$(running_pid) || return 0
  kill "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$pidfile"
}

status() {
  if running_pid >/dev/null; then echo "Varnish runs at $url (backend $backend)"; else
    echo "Varnish is not running ($dir)"; exit 1; fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
