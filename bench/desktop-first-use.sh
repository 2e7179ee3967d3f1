#!/usr/bin/env bash
# Issue 19: the desktop app's first export and first import in a session, as users meet them, against the
# command line's cold export and import of the same work (a whole process each), alternated in each round.
#
#   bench/desktop-first-use.sh [rounds]                    (default 5)
#   SIKKERBY_APP=build bench/desktop-first-use.sh          # the app as ./mvnw javafx:run starts it
#   SIKKERBY_APP=image bench/desktop-first-use.sh          # the default: the installed package (see below)
#   SIKKERBY_CLI="target/installer/image/sikkerby/bin/sikkerby-cli" ...   # another command line (default bin/sikkerby-cli)
#   THINK_MS=0 ...                                         # how long the user looks at the window before acting
#   SIKKERBY_IMAGE=/tmp/other/sikkerby ...                 # another app image (default target/installer/image/sikkerby)
#   SIKKERBY_CLASSES=/tmp/old-app.jar SIKKERBY_APP=build   # another build's classes (default target/classes)
#
# Every round starts the desktop app twice, each a new process under xvfb-run -a, as its users start it:
#  - image: a copy of the app image (./mvnw -Pinstaller package) with the class-data archive made for its path
#    as the .deb's postinst makes it at /opt/sikkerby (installer/linux/postinst): the installed package;
#  - build: java with the options of pom.xml's javafx-maven-plugin (C1 only, JavaFX on the module path, the app
#    and its libraries on the class path), which is what ./mvnw javafx:run runs; no archive of the app's classes.
# A Java agent (bench/desktop/FirstUseDriver.java, through JAVA_TOOL_OPTIONS, which both read) signs in by id,
# waits until the window shows the database and THINK_MS more (default 3000: a user looks before acting), then
#  - export session, on a copy of a database with 2021: File → Eksportér… until the dialog can export
#    (export-open), then #exportStart until the dialog says the workbook is written (export); a second export in
#    the same session (warm-export); the native save dialog is not driven, its answer is given to the dialog;
#  - import session, on a copy of a database with an administrator and no year: "Indlæs eksemplet fra 2021"
#    until the preview is shown (import-preview), then #importConfirm until it says imported (import-apply).
# The command line in the same round: export of 2021 to xlsx, and import --example 2021 into a new file (made
# with init, not timed), each a whole cold process (wall and CPU from /usr/bin/time).
# Prints medians and the load; the last round's screenshots are left in target/first-use/ (export.png, import.png).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
app=${SIKKERBY_APP:-image}
think=${THINK_MS:-3000}
read -r -a cli <<< "${SIKKERBY_CLI:-bin/sikkerby-cli}"
[ -f target/sikkerby.jar ] || { echo "Build first: ./mvnw -Pinstaller package -DskipTests" >&2; exit 1; }
work=$(mktemp -d /tmp/sikkerby-first-use-XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p target/first-use

# the class path of the app and its libraries (runtime scope), and JavaFX's jars for the module path
./mvnw -o -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/cp.txt" >&2
libs=$(tr ':' '\n' < "$work/cp.txt" | grep -v '/org/openjfx/' | paste -sd: -)
fxjars=$(tr ':' '\n' < "$work/cp.txt" | grep '/org/openjfx/' | paste -sd: -)
case "$app" in
  image)
    image=${SIKKERBY_IMAGE:-target/installer/image/sikkerby}
    [ -x "$image/bin/sikkerby" ] || { echo "No app image: ./mvnw -Pinstaller package" >&2; exit 1; }
    cp -a "$image" "$work/sikkerby"
    # as installer/linux/postinst does at /opt/sikkerby: the archive of the class list, for the path as installed
    a="$work/sikkerby/lib/app"
    cpi=$(sed -n 's/^app\.classpath=//p' "$a/sikkerby.cfg" | sed 's#^\$APPDIR#'"$a"'#' | paste -sd: -)
    "$work/sikkerby/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$a/sikkerby.classlist" \
      -XX:SharedArchiveFile="$work/sikkerby/lib/runtime/lib/server/classes.jsa" -cp "$cpi" >/dev/null 2>&1
    desktop=("$work/sikkerby/bin/sikkerby")
    ;;
  build)
    desktop=(java -XX:TieredStopAtLevel=1 --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
      --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED
      --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED --module-path "$fxjars"
      --add-modules javafx.base,javafx.graphics,javafx.controls,javafx.fxml -cp "${SIKKERBY_CLASSES:-target/classes}:$libs"
      dk.sikkerby.indberetning.Launcher)
    ;;
  *) echo "SIKKERBY_APP is image or build" >&2; exit 1 ;;
esac

mkdir -p "$work/driver"
javac -nowarn -d "$work/driver" --module-path "$fxjars" --add-modules javafx.controls bench/desktop/FirstUseDriver.java
printf 'Premain-Class: FirstUseDriver\n' > "$work/manifest"
jar cfm "$work/driver.jar" "$work/manifest" -C "$work/driver" .

# the databases: 2021 with an administrator (the desktop's export), an administrator and no year (its import);
# the command line's export reads the same 2021 without users (no password to check, as in cold-commands.sh)
export SIKKERBY_NEW_PASSWORD=bench-password SIKKERBY_PASSWORD=bench-password XDG_DATA_HOME="$work/data"
"${cli[@]}" --db "$work/y2021" init >/dev/null
"${cli[@]}" --db "$work/y2021" import --example 2021 >/dev/null
cp "$work/y2021.mv.db" "$work/cli2021.mv.db"  # the command line's copy, without users, as bench/cold-commands.sh has it
"${cli[@]}" --db "$work/y2021" user-add --login bench --name Bench --role administrator >/dev/null
"${cli[@]}" --db "$work/empty" init >/dev/null
"${cli[@]}" --db "$work/empty" user-add --login bench --name Bench --role administrator >/dev/null

declare -A times cpu
add() { times[$1]+="$2 "; }
last() { echo "${times[$1]}" | awk '{print $NF}'; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# cli NAME ARGS...: one cold command, wall and CPU (user + system)
cli_run() {
  local name=$1; shift
  if ! /usr/bin/time -f '%e %U %S' -o "$work/time" "${cli[@]}" "$@" >"$work/$name.log" 2>&1; then
    echo "$name failed:" >&2; cat "$work/$name.log" >&2; exit 1
  fi
  read -r wall user sys < <(tail -1 "$work/time")
  add "$name" "$(awk -v w="$wall" 'BEGIN {printf "%d", w * 1000}')"
  cpu[$name]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}') "
}
# session MODE DB: the desktop app on DB, driven by the agent; adds its figures and the session's CPU
session() {
  local mode=$1 db=$2 round=$3 out="$work/$1.result"
  rm -f "$out" "$work"/*.xlsx
  local opts="mode=$mode,out=$out,login=bench,password=bench-password,think=$think,warm=true"
  opts+=",target=$work/export.xlsx,shot=$work/$mode.png"
  if ! JAVA_TOOL_OPTIONS="-javaagent:$work/driver.jar=$opts" /usr/bin/time -f '%e %U %S' -o "$work/time" \
      xvfb-run -a -s "-screen 0 1600x1000x24" "${desktop[@]}" --db "$db" >"$work/$mode.log" 2>&1 \
      || ! grep -q "^$mode" "$out" 2>/dev/null; then
    echo "desktop $mode session failed:" >&2; cat "$work/$mode.log" "$out" >&2 2>/dev/null; exit 1
  fi
  while IFS='=' read -r key value; do
    case "$key" in *bytes) ;; *) add "desktop-$key" "$value" ;; esac
  done < "$out"
  read -r wall user sys < <(tail -1 "$work/time")
  cpu[desktop-$mode-session]+="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}') "
  cp "$work/$mode.png" "target/first-use/$mode.png"
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD)"
echo "desktop: $app (${desktop[0]}); command line: ${cli[*]}; think time ${think} ms"
echo "load before: $(uptime)"
for ((r = 1; r <= rounds; r++)); do
  cp "$work/cli2021.mv.db" "$work/round.mv.db"
  cli_run cli-export --db "$work/round" export --year 2021 --out "$work/cli.xlsx"
  cp "$work/y2021.mv.db" "$work/round.mv.db"
  session export "$work/round" "$r"
  cp "$work/empty.mv.db" "$work/round.mv.db"
  session import "$work/round" "$r"
  rm -f "$work"/new.*; "${cli[@]}" --db "$work/new" init >/dev/null
  cli_run cli-import --db "$work/new" import --example 2021
  echo "round $r: cli export $(last cli-export) ms (cpu $(echo "${cpu[cli-export]}" | awk '{print $NF}')), cli import" \
    "$(last cli-import) ms (cpu $(echo "${cpu[cli-import]}" | awk '{print $NF}'));" \
    "desktop: $(tr '\n' ' ' < "$work/export.result")$(tr '\n' ' ' < "$work/import.result"); load $(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "load after: $(uptime)"
echo
printf '| %-24s | %10s | %s |\n' "run" "median ms" "rounds (ms)"
printf '|---|---:|---|\n'
for name in cli-export desktop-export-open desktop-export desktop-export-cpu desktop-warm-export-open \
    desktop-warm-export desktop-warm-export-cpu cli-import desktop-import-preview desktop-import-apply desktop-import \
    desktop-import-cpu; do
  printf '| %-24s | %10s | %s |\n' "$name" "$(echo "${times[$name]}" | median)" "${times[$name]}"
done
echo
for name in cli-export cli-import desktop-export-session desktop-import-session; do
  echo "CPU (user + system) of $name: median $(echo "${cpu[$name]}" | median) ms (${cpu[$name]})"
done
echo "(a session's CPU is the whole desktop process: start, sign-in, the actions, exit; desktop-*-cpu above is the"
echo " process's CPU from the action until the window says done: the export's with opening its dialog, the import's"
echo " with its preview)"
