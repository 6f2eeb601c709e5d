#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 + PostGIS cluster on a loopback port and prints the
# DATABASE_URL for it. initdb refuses to run as root, so the cluster belongs to `postgres`.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
PGPORT=${PGPORT:-55432}
PGDIR=${PGDIR:-/tmp/planbord-pg}
PGPASSWORD_CI=${PGPASSWORD_CI:-planbord}

if ! runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR" status >/dev/null 2>&1; then
	rm -rf "$PGDIR"
	mkdir -p "$PGDIR"
	chown postgres:postgres "$PGDIR"
	pwfile=$(mktemp)
	echo "$PGPASSWORD_CI" >"$pwfile"
	chown postgres "$pwfile"
	runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR" -U postgres --pwfile="$pwfile" \
		--auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
	rm -f "$pwfile"
	runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR" -l "$PGDIR/server.log" -w \
		-o "-p $PGPORT -c listen_addresses=127.0.0.1 -k /tmp" start >/dev/null
	PGPASSWORD=$PGPASSWORD_CI "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres planbord
fi
echo "postgres://postgres:$PGPASSWORD_CI@127.0.0.1:$PGPORT/planbord"
