#!/usr/bin/env bash
# Start-up benchmark of the installed app against a minimal JavaFX window packaged the same way.
# Needs: root (it installs), a built installer (./mvnw -B -Pinstaller package), xvfb-run.
#   bench/installer/run-startup.sh [RUNS] [EXTRA_NAME=APP_IMAGE_FOLDER ...]
# 1. installs target/installer/package/sikkerby_*.deb (postinst makes its CDS archive);
# 2. packages bench/installer/PackagedMinimalWindow.java the same way: the same jlink runtime, the JavaFX natives
#    beside the jar, the same launcher options, a class list from a training run, a .deb installed with apt
#    (package sikkerby-bench-minimal; remove it with apt-get purge and rm -rf /opt/sikkerby-bench-minimal,
#    which keeps the archive below), and the CDS archive dumped at its
#    installed path exactly as installer/linux/postinst does it;
# 3. seeds a database with one year and one user in a throwaway data folder (the app's default database there);
# 4. runs InstalledStartupBenchmark.java: start to "main window shown", both alternating, in one run.
# Extra app images (e.g. an older build) are installed under /opt/bench-NAME the same way and measured too.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-15}
shift || true
work=target/bench-startup
rm -rf "$work" && mkdir -p "$work"

apt-get install -y -q --reinstall "./$(ls target/installer/package/sikkerby_*.deb)" >/dev/null

# the CDS archive at the installed path, as installer/linux/postinst makes it
dump_archive() {
  local root=$1 name=$2 app=$1/lib/app cp
  cp=$(sed -n 's/^app\.classpath=//p' "$app/$name.cfg" | sed 's#^\$APPDIR#'"$app"'#' | paste -sd: -)
  "$root/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/$name.classlist" \
      -XX:SharedArchiveFile="$root/lib/runtime/lib/server/classes.jsa" -cp "$cp" >/dev/null 2>&1
}

# the minimal window, packaged the same way
mkdir -p "$work/classes" "$work/input"
javac -d "$work/classes" --system target/installer/runtime \
    bench/installer/PackagedMinimalWindow.java
jar cf "$work/input/minimal.jar" -C "$work/classes" .
cp target/installer/input/*.so "$work/input/"
jpackage --type app-image --name minimal --input "$work/input" --main-jar minimal.jar --main-class PackagedMinimalWindow \
    --runtime-image target/installer/runtime @installer/launcher.args --dest "$work/image"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$PWD/$work/image/minimal/lib/app/minimal.classlist" \
    xvfb-run -a "$work/image/minimal/bin/minimal" --smoke-test 2>/dev/null
# installed as a .deb like the app: jpackage's launcher asks dpkg at every start which package owns it
jpackage --type deb --app-image "$work/image/minimal" --name sikkerby-bench-minimal --linux-package-name sikkerby-bench-minimal \
    --install-dir /opt --dest "$work/package"
apt-get install -y -q --reinstall "./$(ls "$work"/package/sikkerby-bench-minimal_*.deb)" >/dev/null
dump_archive /opt/sikkerby-bench-minimal minimal

programs=("sikkerby=/opt/sikkerby/bin/sikkerby" "minimal=/opt/sikkerby-bench-minimal/bin/minimal")
for extra in "$@"; do
  name=${extra%%=*}
  rm -rf "/opt/bench-$name" && cp -a "${extra#*=}" "/opt/bench-$name"
  dump_archive "/opt/bench-$name" sikkerby
  programs+=("$name=/opt/bench-$name/bin/sikkerby")
done

# one year and one user in the default database of a throwaway data folder, as on any day after the
# first (the app shows its sign-in form); the benchmark starts without arguments
export XDG_DATA_HOME=$PWD/$work/data
mkdir -p "$XDG_DATA_HOME/sikkerby"
xvfb-run -a /opt/sikkerby/bin/sikkerby --smoke-test --db "$XDG_DATA_HOME/sikkerby/sikkerby" >/dev/null 2>&1
SIKKERBY_NEW_PASSWORD=bench-password /opt/sikkerby/bin/sikkerby user-add --db "$XDG_DATA_HOME/sikkerby/sikkerby" \
    --login bench --name "Bench Administrator" --role ADMINISTRATOR >/dev/null

echo "image $(du -sh /opt/sikkerby | cut -f1), .deb $(du -h target/installer/package/sikkerby_*.deb | cut -f1)"
xvfb-run -a -s "-screen 0 1600x1000x24" java bench/installer/InstalledStartupBenchmark.java --runs "$runs" --warmup 2 "${programs[@]}"
