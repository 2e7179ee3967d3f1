#!/usr/bin/env bash
# Issue 15: the checks of the file mode that need what ./mvnw verify does not have: an ordinary user
# (the tests run as root in CI, where chmod 444 stops nobody) and a disk that is really full (a small
# tmpfs). Run as root on a throw-away machine: it creates two users and mounts a tmpfs. Each check prints
# PASS or FAIL with what it saw; exit status 1 if any failed. Results go to docs/file-mode.md.
#   bench/file-safety-checks.sh
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then echo "Run as root: it creates users and mounts a small tmpfs."; exit 2; fi

cp=$(bench/classpath.sh) || exit 1
work=$(mktemp -d /tmp/sikkerby-safety.XXXXXX)
chmod 755 "$work"
mkdir -p "$work/lib"
jars=""
for entry in ${cp//:/ }; do
    case "$entry" in
        *.jar) cp "$entry" "$work/lib/" && jars="$jars:$work/lib/$(basename "$entry")" ;;
    esac
done
cp -r target/classes "$work/lib/classes"
chmod -R a+rX "$work/lib"
appcp="$work/lib/classes$jars"
failed=0

for u in sikkerbytester sikkerbytester2; do
    id "$u" >/dev/null 2>&1 || useradd -m -s /bin/sh "$u"
done

# as USER, in DIR: the CLI; stdout+stderr into $work/out, the exit status echoed
as() {
    local user="$1"; shift
    runuser -u "$user" -- env HOME="$(getent passwd "$user" | cut -d: -f6)" \
        java -cp "$appcp" dk.sikkerby.indberetning.Launcher --lang en "$@" >"$work/out" 2>&1
    echo $?
}

# PASS when the status is as expected, the output one sentence without a stack trace, and the digest unchanged
check() {
    local name="$1" want="$2" got="$3" before="$4" after="$5"
    local lines traces
    lines=$(grep -c . "$work/out")
    traces=$(grep -cE '^\s+at |Exception' "$work/out")
    if [ "$got" = "$want" ] && [ "$lines" -le 1 ] && [ "$traces" = 0 ] && [ "$before" = "$after" ]; then
        echo "PASS  $name: exit $got, \"$(head -c 200 "$work/out")\""
    else
        echo "FAIL  $name: exit $got (want $want), $lines lines, $traces trace lines, file changed: $([ "$before" = "$after" ] && echo no || echo yes)"
        sed 's/^/      /' "$work/out" | head -20
        failed=1
    fi
}

digest() { sha256sum "$1" 2>/dev/null | cut -d' ' -f1; }

echo "== not root: $(id sikkerbytester)"
mkdir -p "$work/user" && chown sikkerbytester "$work/user"
db="$work/user/a"
s=$(as sikkerbytester --db "$db" init); [ "$s" = 0 ] || { echo "FAIL  init: exit $s"; cat "$work/out"; failed=1; }
export SIKKERBY_NEW_PASSWORD=rigtig-kode
s=$(as sikkerbytester --db "$db" import --example 2021); echo "      import --example 2021: exit $s"

chmod 444 "$db.mv.db"; before=$(digest "$db.mv.db")
s=$(as sikkerbytester --db "$db" years)
check "read-only file (chmod 444)" 3 "$s" "$before" "$(digest "$db.mv.db")"
chmod 644 "$db.mv.db"

chmod 555 "$work/user"; before=$(digest "$db.mv.db")
s=$(as sikkerbytester --db "$db" years)
check "read-only folder (chmod 555)" 3 "$s" "$before" "$(digest "$db.mv.db")"
chmod 755 "$work/user"

chmod 000 "$db.mv.db"; before=$(digest "$db.mv.db")
s=$(as sikkerbytester --db "$db" years)
check "unreadable file (chmod 000)" 3 "$s" "$before" "$(digest "$db.mv.db")"
chmod 644 "$db.mv.db"

echo "== a second OS user's export after the first's (POI's temp files)"
mkdir -p "$work/user/out" && chown sikkerbytester "$work/user/out" && chmod 777 "$work/user/out"
s=$(as sikkerbytester --db "$db" export --year 2021 --out "$work/user/out/one.xlsx")
echo "      first user's export: exit $s"
cp "$db.mv.db" "$work/b.mv.db" && mkdir -p "$work/user2" && mv "$work/b.mv.db" "$work/user2/" \
    && chown -R sikkerbytester2 "$work/user2"
s=$(as sikkerbytester2 --db "$work/user2/b" export --year 2021 --out "$work/user/out/two.xlsx")
if [ "$s" = 0 ] && [ -s "$work/user/out/two.xlsx" ]; then echo "PASS  second user's export: exit 0"
else echo "FAIL  second user's export: exit $s"; cat "$work/out"; failed=1; fi

echo "== a full disk (tmpfs of 6 MB)"
full="$work/full"; mkdir -p "$full"
if mount -t tmpfs -o size=6m,mode=777 tmpfs "$full"; then
    cp "$db.mv.db" "$full/c.mv.db"; chmod 666 "$full/c.mv.db"
    dd if=/dev/zero of="$full/filler" bs=4k >/dev/null 2>&1 || true
    before=$(digest "$full/c.mv.db")
    s=$(as sikkerbytester --db "$db" export --year 2021 --out "$full/bilag.xlsx")
    left=$(ls "$full" | grep -v -e '^c.mv.db$' -e '^filler$' | tr '\n' ' ')
    check "export onto a full disk" 1 "$s" "none" "none"
    [ -z "$left" ] && echo "PASS  nothing left on the full disk by the export" \
        || { echo "FAIL  left on the full disk: $left"; failed=1; }
    s=$(as sikkerbytester --db "$full/c" import --replace --example 2021)
    check "import --replace, the disk full before the backup" 3 "$s" "$before" "$(digest "$full/c.mv.db")"
    rm -f "$full/filler"
    s=$(as sikkerbytester --db "$full/c" years)   # today's backup is taken; the next command needs none
    dd if=/dev/zero of="$full/filler" bs=4k >/dev/null 2>&1 || true
    s=$(as sikkerbytester --db "$full/c" new-year --year 2022)
    traces=$(grep -cE '^\s+at |Exception' "$work/out")
    [ "$s" != 0 ] && [ "$traces" = 0 ] && [ "$(grep -c . "$work/out")" -le 1 ] \
        && echo "PASS  new-year with the disk full while H2 writes: exit $s, \"$(head -c 300 "$work/out")\"" \
        || { echo "FAIL  new-year on the full disk: exit $s"; head -20 "$work/out"; failed=1; }
    rm -f "$full/filler"
    # room for H2 to open the file, not for the new year's rows: the drive fills while the work is written
    free_kb=$(df -k --output=avail "$full" | tail -1)
    dd if=/dev/zero of="$full/filler" bs=1k count=$((free_kb - 24)) >/dev/null 2>&1 || true
    s=$(as sikkerbytester --db "$full/c" new-year --year 2022)
    traces=$(grep -cE '^\s+at |Exception' "$work/out")
    [ "$traces" = 0 ] && [ "$(grep -c . "$work/out")" -le 1 ] \
        && echo "PASS  new-year with 24 KB left: exit $s, \"$(head -c 300 "$work/out")\"" \
        || { echo "FAIL  new-year with 24 KB left: exit $s"; head -20 "$work/out"; failed=1; }
    rm -f "$full/filler"
    s=$(as sikkerbytester --db "$full/c" check)
    [ "$s" = 0 ] && echo "PASS  after freeing the disk, check: \"$(tr '\n' ' ' <"$work/out" | head -c 200)\"" \
        || { echo "FAIL  check after the full disk: exit $s"; cat "$work/out"; failed=1; }
    s=$(as sikkerbytester --db "$full/c" years)
    grep -q 2021 "$work/out" && ! grep -q 2022 "$work/out" && [ "$s" = 0 ] \
        && echo "PASS  the database on the full disk holds 2021 and nothing of the 2022 that was not saved" \
        || { echo "FAIL  years after the full disk: exit $s"; cat "$work/out"; failed=1; }
    umount "$full"
else
    echo "FAIL  could not mount a tmpfs here (a container without CAP_SYS_ADMIN?)"; failed=1
fi
rm -rf "$work"
exit $failed
