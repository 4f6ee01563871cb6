#!/bin/bash
# A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder, listening on
# 127.0.0.1 only, owned by an unprivileged user (PostgreSQL refuses to run as root).
#   tests/pg/server.sh start DIR PORT   -> prints the test database's URL on stdout
#   tests/pg/server.sh stop DIR
set -euo pipefail
action=$1 dir=$2 port=${3:-55432}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bindir" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
if [ "$(id -u)" = 0 ]; then
	owner=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)
	as() { runuser -u "$owner" -- "$@"; }
else
	owner=$(id -un)
	as() { "$@"; }
fi
case $action in
start)
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown "$owner" "$dir"
	chmod 700 "$dir"
	if [ ! -f "$dir/data/PG_VERSION" ]; then
		as "$bindir/initdb" -D "$dir/data" -U ivc_admin --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
	fi
	as "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null
	# the application's role: owns its database, no superuser, no other rights
	as "$bindir/psql" -h "$dir" -p "$port" -U ivc_admin -d postgres -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ivc_test') THEN
    CREATE ROLE ivc_test LOGIN PASSWORD 'ivc-test-secret' NOSUPERUSER NOCREATEROLE CREATEDB;
  END IF;
END \$\$;
SQL
	as "$bindir/psql" -h "$dir" -p "$port" -U ivc_admin -d postgres -qtAc \
		"SELECT 1 FROM pg_database WHERE datname = 'ivc_test'" | grep -q 1 || \
		as "$bindir/createdb" -h "$dir" -p "$port" -U ivc_admin -O ivc_test ivc_test
	# pg_trgm is a trusted extension: the database's owner may create it
	as "$bindir/psql" -h "$dir" -p "$port" -U ivc_admin -d ivc_test -qc "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null
	echo "postgresql+psycopg://ivc_test:ivc-test-secret@127.0.0.1:$port/ivc_test"
	;;
stop)
	[ -f "$dir/data/postmaster.pid" ] && as "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
	rm -rf "$dir"
	;;
esac
