#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server:
#   bash .ci/with-postgres.sh npm run test:pg
# Installs PostgreSQL with apt-get when it is missing, creates a cluster in a
# temp dir (as a non-root user: initdb refuses root), starts it on a free
# loopback port with trust auth, exports TEST_DATABASE_URL, runs the command,
# and always stops the server and removes the dir. Exits with the command's code.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "用法: bash .ci/with-postgres.sh <命令> [参数...]" >&2
  exit 2
fi

pg_bindir() {
  local dir
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; fi
}

BIN=$(pg_bindir)
if [ -z "$BIN" ]; then
  echo "with-postgres: 未找到 PostgreSQL，正在用 apt-get 安装…" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # The package's own service is not used; policy-rc.d keeps it from starting where that is honoured.
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  BIN=$(pg_bindir)
  [ -n "$BIN" ] || { echo "with-postgres: 安装后仍找不到 initdb/pg_ctl" >&2; exit 1; }
fi

# initdb and the server refuse to run as root: use the package's postgres user, or a throwaway one.
RUN_AS=()
CREATED_USER=""
if [ "$(id -u)" -eq 0 ]; then
  PG_USER=postgres
  if ! id "$PG_USER" >/dev/null 2>&1; then
    PG_USER="pgci$$"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
    CREATED_USER="$PG_USER"
  fi
  RUN_AS=(runuser -u "$PG_USER" --)
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/with-postgres.XXXXXX")
chmod 755 "$DIR"
[ "${#RUN_AS[@]}" -gt 0 ] && chown "$PG_USER" "$DIR"
DATA="$DIR/data"
STARTED=""

cleanup() {
  local code=$?
  if [ -n "$STARTED" ]; then ${RUN_AS[@]+"${RUN_AS[@]}"} "$BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$DIR"
  if [ -n "$CREATED_USER" ]; then userdel "$CREATED_USER" >/dev/null 2>&1 || true; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A free loopback port: bind to 0 and let the kernel choose.
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

${RUN_AS[@]+"${RUN_AS[@]}"} "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1 || {
  cat "$DIR/initdb.log" >&2
  exit 1
}
# Durability settings off: the cluster lives for one run. Each test file opens
# a few pools, so allow more connections than the default 100.
${RUN_AS[@]+"${RUN_AS[@]}"} "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $PORT -k $DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null || {
  cat "$DIR/server.log" >&2
  exit 1
}
STARTED=1

export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/postgres"
PG_VERSION=$("$BIN/pg_ctl" --version | sed -E 's/^[^0-9]*([0-9.]+).*/\1/')
echo "with-postgres: PostgreSQL $PG_VERSION 已在 127.0.0.1:$PORT 启动（TEST_DATABASE_URL=$TEST_DATABASE_URL）" >&2

set +e
"$@"
CODE=$?
set -e
exit "$CODE"
