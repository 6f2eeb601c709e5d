#!/usr/bin/env bash
# Starts a second throwaway PostgreSQL 15 whose installation has no PostGIS, so the test of
# "a server without PostGIS stops the app with one clear line" runs against a real server.
# PostgreSQL finds its share/ directory relative to its binaries, so a copy of the Debian
# installation without the postgis control files is such a server.
set -euo pipefail
ROOT=${NOPOSTGIS_ROOT:-/tmp/planbord-pg-nopostgis}
PGPORT=${NOPOSTGIS_PORT:-55433}
BIN=$ROOT/lib/postgresql/15/bin

if ! runuser -u postgres -- "$BIN/pg_ctl" -D "$ROOT/data" status >/dev/null 2>&1; then
	rm -rf "$ROOT"
	mkdir -p "$ROOT/lib/postgresql" "$ROOT/share/postgresql"
	cp -a /usr/lib/postgresql/15 "$ROOT/lib/postgresql/"
	cp -a /usr/share/postgresql/15 "$ROOT/share/postgresql/"
	rm -f "$ROOT"/share/postgresql/15/extension/postgis*
	mkdir -p "$ROOT/data"
	chown postgres:postgres "$ROOT/data"
	runuser -u postgres -- "$BIN/initdb" -D "$ROOT/data" -U postgres --auth=trust -E UTF8 \
		--locale=C.UTF-8 >/dev/null
	runuser -u postgres -- "$BIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/data/server.log" -w \
		-o "-p $PGPORT -c listen_addresses=127.0.0.1 -k /tmp" start >/dev/null
fi
echo "postgres://postgres@127.0.0.1:$PGPORT/postgres"
