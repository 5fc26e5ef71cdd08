#!/usr/bin/env bash
# Backs up a forum database and restores the copy elsewhere, with the commands README's "Operate it" documents, and
# checks that a row came back. Runs the documented commands once, so they cannot rot unseen (BackupRestoreIT).
#
#   ops/backup-restore.sh h2 <h2.jar> <work folder>
#       A scratch H2 file database in <work folder>: SCRIPT to a SQL file (org.h2.tools.Script), RUNSCRIPT into a
#       new file (org.h2.tools.RunScript), the row read back. The forum's own H2 file is backed up the same way
#       while the server is stopped (H2 lets only one process open the file).
#   ops/backup-restore.sh postgresql <database> <work folder>
#       pg_dump -Fc of <database>, pg_restore into a scratch database, which must then hold as many applied
#       migrations as the original. Connection as for psql (PGHOST, PGPORT, PGUSER, PGPASSWORD); creating and
#       dropping the scratch database runs through $PG_ADMIN (default: runuser -u postgres -- when root).
set -euo pipefail

mode=${1:?h2 or postgresql}
work=${3:?work folder}
mkdir -p "$work"

case "$mode" in
h2)
    jar=${2:?path to the h2 jar}
    url="jdbc:h2:file:$work/source/forum"
    sql() { java -cp "$jar" org.h2.tools.Shell -url "$1" -user sa -password sa -sql "$2"; }
    sql "$url" "CREATE TABLE kept (id INT PRIMARY KEY, word VARCHAR(20)); INSERT INTO kept VALUES (1, '보존');"
    # backup (server stopped): a plain SQL script, compressed
    java -cp "$jar" org.h2.tools.Script -url "$url" -user sa -password sa -script "$work/forum-backup.zip" \
        -options compression zip
    # restore into a new, empty database file
    java -cp "$jar" org.h2.tools.RunScript -url "jdbc:h2:file:$work/restored/forum" -user sa -password sa \
        -script "$work/forum-backup.zip" -options compression zip
    found=$(sql "jdbc:h2:file:$work/restored/forum" "SELECT word FROM kept WHERE id = 1")
    grep -q '보존' <<<"$found" || { echo "row not restored: $found" >&2; exit 1; }
    echo "h2: backup restored, row found"
    ;;
postgresql)
    db=${2:?database}
    scratch="${db}_restore_check"
    if [[ -z ${PG_ADMIN+x} ]]; then
        if [[ $(id -u) == 0 ]]; then PG_ADMIN="runuser -u postgres --"; else PG_ADMIN=""; fi
    fi
    owner=${PGUSER:-forum}
    count() { psql -X -At -d "$1" -c "SELECT COUNT(*) FROM flyway_schema_history WHERE success"; }
    # backup: the custom format, restorable table by table
    pg_dump -Fc -d "$db" -f "$work/forum.dump"
    # restore into a fresh database owned by the forum's role
    $PG_ADMIN dropdb --if-exists "$scratch"
    $PG_ADMIN createdb -O "$owner" "$scratch"
    trap '$PG_ADMIN dropdb --if-exists "$scratch"' EXIT
    pg_restore --no-owner --exit-on-error -d "$scratch" "$work/forum.dump"
    original=$(count "$db")
    restored=$(count "$scratch")
    [[ $original -gt 0 && $original == "$restored" ]] \
        || { echo "migrations: $original in $db, $restored restored" >&2; exit 1; }
    echo "postgresql: backup restored, $restored applied migrations found"
    ;;
*)
    echo "unknown mode $mode" >&2
    exit 2
    ;;
esac
