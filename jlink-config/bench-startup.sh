#!/usr/bin/env bash
# Start-up benchmark: launch to first frame and idle RSS, ReelDrop against a bare JavaFX
# TableView app (src/test/java/io/reeldrop/startup) packaged the same way: same jlink runtime,
# same jpackage launcher, same AppCDS treatment (class list recorded to the first frame, archive
# dumped for the layout it runs from). Runs alternate between the two apps so machine load hits
# both alike; the figures are medians of N runs.
# Usage: jlink-config/bench-startup.sh [--runs N] [--app LAUNCHER] [--prepare]
#   LAUNCHER defaults to the installed /opt/reeldrop/bin/ReelDrop, else the app-image of
#   ./mvnw -Ppackage package (target/package/image/ReelDrop, given its AppCDS archive in place).
#   --prepare only packages the bare app (needs the JDK), so that verify-deb.sh can then run the
#   benchmark inside its Debian root, which has no JDK. Uses $DISPLAY, else its own Xvfb.
# First frame = the first line of JavaFX's pulse logger for a pulse that rendered (not marked
# "Required No Rendering").
# Idle RSS = VmRSS of the app process, read SETTLE seconds after its first frame.
# BENCH_JAVA_OPTIONS (environment) adds JVM options to both apps, to try a setting before
# putting it in jlink-config/app-image.args.
set -euo pipefail
cd "$(dirname "$0")/.."
source jlink-config/lib-xvfb.sh

runs=7 settle=3 app="" prepare=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --app) app="$2"; shift ;;
    --prepare) prepare=1 ;;
    *) echo "bench-startup: unknown option $1 (use --runs N, --app LAUNCHER, --prepare)" >&2; exit 2 ;;
  esac
  shift
done
[ -n "${DISPLAY:-}" ] || [ "$prepare" = 1 ] || need_tools Xvfb
if [ "$prepare" = 0 ]; then
  if [ -z "$app" ]; then
    if [ -x /opt/reeldrop/bin/ReelDrop ]; then app=/opt/reeldrop/bin/ReelDrop
    else app=target/package/image/ReelDrop/bin/ReelDrop; fi
  fi
  [ -x "$app" ] || { echo "bench-startup: no launcher at $app; run ./mvnw -Ppackage package first" >&2; exit 2; }
  app_dir=$(cd "$(dirname "$app")/../lib/app" && pwd)
  if [ ! -f "$app_dir/app.jsa" ] && [ -w "$app_dir" ]; then sh "$app_dir/cds-dump.sh"; fi
fi

# The bare app, packaged like ReelDrop with the very same runtime image.
out=target/bench
bare=$out/image/BareTable/bin/BareTable
if [ ! -x "$bare" ] || [ target/test-classes/io/reeldrop/startup/BareTableApp.class -nt "$bare" ]; then
  [ -f target/test-classes/io/reeldrop/startup/BareTableApp.class ] || ./mvnw -B -q test-compile
  [ -d target/package/runtime ] || { echo "bench-startup: no target/package/runtime; run ./mvnw -Ppackage package first" >&2; exit 2; }
  mkdir -p "$out"
  jar --create --file "$out/bare-table.jar" --main-class io.reeldrop.startup.BareTableMain \
    -C target/test-classes io/reeldrop/startup
  [ -d target/packager ] || javac -d target/packager --source-path jlink-config/packager jlink-config/packager/Packager.java
  java -cp target/packager Packager --name BareTable --version 1.0 --main-jar "$out/bare-table.jar" \
    --main-class io.reeldrop.startup.BareTableMain --app-libs false --runtime target/package/runtime \
    --out "$out" --types app-image > "$out/package.log"
  sh "$out/image/BareTable/lib/app/cds-dump.sh"
fi
[ "$prepare" = 0 ] || exit 0

[ -n "${DISPLAY:-}" ] || start_xvfb

# One launch: prints "<s to first frame> <CPU s to first frame> <RSS KB> <anon RSS KB> <file RSS KB>".
# CPU time (all threads, user+system) is printed beside wall time because on a shared machine
# the wall time also measures the neighbours; both apps run at the same raised priority.
measure() {
  local launcher=$1 home fifo pid line start frame cpu rss
  home=$(mktemp -d /tmp/reeldrop-bench-home.XXXXXX)
  fifo="$home/out"
  mkfifo "$fifo"
  start=$EPOCHREALTIME
  HOME="$home" REELDROP_DATA_DIR="$home/data" \
    JAVA_TOOL_OPTIONS="-Duser.home=$home -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 ${BENCH_JAVA_OPTIONS:-}" \
    $nice "$launcher" > "$fifo" 2>&1 &
  pid=$!
  exec 3< "$fifo"
  frame=""
  while IFS= read -r -t 120 line <&3; do
    # A pulse that drew something. A pulse can run before the window exists (ReelDrop queues its
    # theme onto the FX thread in init()); the logger then says "Required No Rendering", and in
    # about one launch in fifteen prints it in full, which had counted as a 0.5-0.7 s first frame.
    if [[ $line == *PULSE:* && $line != *"No Rendering"* ]]; then
      frame=$EPOCHREALTIME; break
    fi
  done
  cpu=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  cat <&3 > /dev/null &   # keep draining so the app never blocks on a full pipe
  if [ -z "$frame" ]; then echo "bench-startup: $launcher drew no frame" >&2; kill "$pid"; exit 1; fi
  sleep "$settle"
  rss=$(awk '/^(VmRSS|RssAnon|RssFile):/{printf "%s ", $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  exec 3<&-
  rm -rf "$home"
  awk -v ticks="$(getconf CLK_TCK)" "BEGIN{printf \"%.3f %.2f $rss\\n\", $frame - $start, $cpu / ticks}"
}

median() { sort -n | awk '{v[NR]=$1} END{print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
column_median() { cut -d' ' -f"$2" "$1" | median; }
column_min() { cut -d' ' -f"$2" "$1" | sort -n | head -1; }

# Raised priority (root only) keeps other builds on the machine from landing inside one launch.
nice=""
if [ "$(id -u)" = 0 ]; then nice="nice -n -10"; fi

measure "$app" > /dev/null; measure "$bare" > /dev/null   # warm the page cache for both
: > "$out/reeldrop.txt"; : > "$out/bare.txt"
for i in $(seq "$runs"); do
  measure "$bare" >> "$out/bare.txt"
  measure "$app" >> "$out/reeldrop.txt"
done

r="$out/reeldrop.txt" b="$out/bare.txt"
deb=$(ls -t target/package/installer/reeldrop_*.deb 2>/dev/null | head -1 || true)
awk -v rs="$(column_median "$r" 1)" -v bs="$(column_median "$b" 1)" \
    -v rm="$(column_min "$r" 1)" -v bm="$(column_min "$b" 1)" \
    -v rc="$(column_median "$r" 2)" -v bc="$(column_median "$b" 2)" \
    -v rr="$(column_median "$r" 3)" -v br="$(column_median "$b" 3)" \
    -v ra="$(column_median "$r" 4)" -v ba="$(column_median "$b" 4)" \
    -v rf="$(column_median "$r" 5)" -v bf="$(column_median "$b" 5)" -v n="$runs" -v settle="$settle" 'BEGIN{
  printf "launch to first frame, median of %d: ReelDrop %.2f s, bare TableView %.2f s, ratio %.2f (goal <= 1.15)\n", n, rs, bs, rs/bs
  printf "launch to first frame, best of %d:   ReelDrop %.2f s, bare TableView %.2f s, ratio %.2f\n", n, rm, bm, rm/bm
  printf "CPU time to first frame, median:   ReelDrop %.2f s, bare TableView %.2f s, ratio %.2f\n", rc, bc, rc/bc
  printf "idle RSS %d s after first frame, median: ReelDrop %d MB, bare TableView %d MB, ratio %.2f (goal <= 1.15)\n", settle, rr/1024, br/1024, rr/br
  printf "  of which anonymous (heap, JIT, malloc): ReelDrop %d MB, bare %d MB; file-backed (CDS archive, libraries, jars): ReelDrop %d MB, bare %d MB\n", ra/1024, ba/1024, rf/1024, bf/1024
}'
echo "runs (s to frame, CPU s, RSS KB, anon KB, file KB): see $r and $b"
echo "launchers: $app and $bare"
if [ -n "$deb" ]; then echo "package: $deb $(( $(stat -c %s "$deb") / 1024 / 1024 )) MB (goal <= 70 MB)"; fi
