#!/bin/sh
# sikkerby-cli, the installed command line on Linux (decisions 1902, 1908). A script rather than jpackage's
# native launcher: the launcher of JDK 17 asks the package managers which package owns it at every start
# (rpm -qf, dpkg -S, dpkg -L, and all of it twice), half a second before the JVM starts, which is most of a
# short command. The same runtime, class path and archive as the app's launcher (the archive the package
# makes at install for the class path in lib/app/sikkerby.cfg: the path must be the same, so it is
# resolved to /opt/sikkerby/lib/app), with the command line's JVM options (C1 only and the serial
# collector, decision 1900; no performance-data file in /tmp, decision 1909). Without arguments it prints the usage, as the native launcher did.
root=$(dirname "$(dirname "$(readlink -f "$0")")")
app="$root/lib/app"
cp=$(sed -n 's/^app\.classpath=//p' "$app/sikkerby-cli.cfg" | sed 's#^\$APPDIR#'"$app"'#' | paste -sd: -)
[ $# -gt 0 ] || set -- --help
# the heap in transparent huge pages where the kernel offers them (decision 1912): far fewer page faults
thp=
grep -qs '\[always\]\|\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled && thp=-XX:+UseTransparentHugePages
exec "$root/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:MetaspaceSize=64m $thp -XX:+UnlockDiagnosticVMOptions \
  -XX:ArchiveRelocationMode=0 -cp "$cp" dk.sikkerby.indberetning.Launcher "$@"
