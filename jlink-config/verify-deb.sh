#!/usr/bin/env bash
# Release check for the Linux package, on this Debian machine, as root:
#   build the .deb (./mvnw -Ppackage package), install it with dpkg -i, launch the app from its
#   desktop entry's Exec line under Xvfb, wait for the first frame, take a screenshot, measure
#   start-up against the bare TableView app (bench-startup.sh), uninstall with dpkg -r and check
#   that nothing is left but the user's data folder.
# Usage: jlink-config/verify-deb.sh [--no-build] [--runs N]
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool
# Writes target/verify-deb/{screenshot.png,app.log,summary.txt}. Not part of .ci/run (minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
source jlink-config/lib-xvfb.sh

build=1 runs=7
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --runs) runs="$2"; shift ;;
    *) echo "verify-deb: unknown option $1 (use --no-build, --runs N)" >&2; exit 2 ;;
  esac
  shift
done
[ "$(id -u)" = 0 ] || { echo "verify-deb: run as root: it installs and removes a system package" >&2; exit 2; }
need_tools Xvfb import xdotool dpkg

out=target/verify-deb
rm -rf "$out" && mkdir -p "$out"
fail() { echo "verify-deb: FAIL: $*" >&2; exit 1; }
note() { echo "verify-deb: $*" | tee -a "$out/summary.txt"; }

if [ "$build" = 1 ]; then
  ./mvnw -B -q -Ppackage package -DskipTests -Dpackage.types=deb
fi
deb=$(ls -t target/package/installer/reeldrop_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb in target/package/installer; run without --no-build"
note "package $deb: $(( $(stat -c %s "$deb") / 1024 / 1024 )) MB ($(stat -c %s "$deb") bytes)"

# A clean start: an earlier failed run may have left the package installed.
if dpkg -s reeldrop >/dev/null 2>&1; then dpkg -r reeldrop >/dev/null; fi

dpkg -i "$deb" > "$out/dpkg-install.log" 2>&1 || { cat "$out/dpkg-install.log"; fail "dpkg -i failed (log above)"; }
dpkg -L reeldrop > "$out/package-files.txt"
note "installed: $(du -sm /opt/reeldrop | cut -f1) MB in /opt/reeldrop, $(wc -l < "$out/package-files.txt") paths"
[ -f /opt/reeldrop/lib/app/app.jsa ] || fail "post-install did not build the AppCDS archive /opt/reeldrop/lib/app/app.jsa"
note "AppCDS archive built at install: $(( $(stat -c %s /opt/reeldrop/lib/app/app.jsa) / 1024 / 1024 )) MB"

entry=/usr/share/applications/reeldrop.desktop
[ -f "$entry" ] || fail "no desktop entry at $entry"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry" || fail "desktop entry is invalid"; fi
icon=$(sed -n 's/^Icon=//p' "$entry")
[ -f "$icon" ] || fail "desktop entry names icon $icon, which does not exist"
# Field codes (%f, %U, ...) are for files the desktop passes; there are none here.
exec_line=$(sed -n 's/^Exec=//p' "$entry" | sed 's/ %[a-zA-Z]//g')
note "desktop entry Exec: $exec_line"

start_xvfb
home=$(mktemp -d /tmp/reeldrop-verify-home.XXXXXX)
log="$out/app.log"
: > "$log"
t0=$EPOCHREALTIME
# The pulse logger prints a line per drawn frame: the first one is the first frame. The JVM takes
# user.home from the password file, not $HOME, so it is set too: all the app writes for its user
# then lands in $home, where it is listed below.
env HOME="$home" DISPLAY="$DISPLAY" \
  JAVA_TOOL_OPTIONS="-Duser.home=$home -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0" \
  sh -c "exec $exec_line" > "$log" 2>&1 &
app=$!
deadline=$((SECONDS + 120))
# A pulse before the window exists is marked "Required No Rendering" and is not a frame.
until grep "PULSE:" "$log" | grep -qv "No Rendering"; do
  kill -0 "$app" 2>/dev/null || { cat "$log"; fail "the app exited before drawing a frame (log above)"; }
  [ $SECONDS -lt $deadline ] || { cat "$log"; fail "no first frame within 120 s (log above)"; }
  sleep 0.05
done
note "first frame after $(awk "BEGIN{printf \"%.2f\", $EPOCHREALTIME - $t0}") s (single cold run; see the benchmark below for medians)"
window=$(xdotool search --sync --onlyvisible --name ReelDrop | head -1) || fail "no visible window titled ReelDrop"
sleep 2   # let the table settle so the screenshot shows the real first screen
import -window root "$out/screenshot.png"
note "window $window ($(xdotool getwindowname "$window")), screenshot $out/screenshot.png"
if command -v xprop >/dev/null; then
  # Docks match a window to its desktop entry by StartupWMClass; a wrong one shows a second,
  # icon-less entry while the app runs.
  wm_class=$(xprop -id "$window" WM_CLASS | sed 's/.*= "\([^"]*\)".*/\1/')
  wanted=$(sed -n 's/^StartupWMClass=//p' "$entry")
  [ "$wm_class" = "$wanted" ] || fail "the window's WM_CLASS is $wm_class but the desktop entry says StartupWMClass=$wanted"
  note "window WM_CLASS $wm_class matches the desktop entry's StartupWMClass"
fi
grep -q app.jsa "/proc/$app/maps" || fail "the running app did not map the AppCDS archive"
note "the running app maps /opt/reeldrop/lib/app/app.jsa (class sharing is on); idle RSS $(awk '/VmRSS/{print int($2/1024)}' "/proc/$app/status") MB"
[ ! -e "$home/.openjfx" ] || fail "JavaFX unpacked native libraries into the home folder ($home/.openjfx)"
kill "$app"; wait "$app" 2>/dev/null || true

# FFmpeg from the package's natives folder, on the launcher's own class path and java options.
[ -f target/test-classes/io/reeldrop/startup/InstalledProbeCheck.class ] || ./mvnw -B -q test-compile
app_dir=/opt/reeldrop/lib/app
class_path=$(sed -n 's/^app\.classpath=//p' "$app_dir/ReelDrop.cfg" | sed "s|\$APPDIR|$app_dir|g" | paste -sd: -)
java_options=$(sed -n 's/^java-options=//p' "$app_dir/ReelDrop.cfg" | sed "s|\$APPDIR|$app_dir|g")
probe_home=$(mktemp -d /tmp/reeldrop-probe-home.XXXXXX)
# shellcheck disable=SC2086 # one option per word, as the launcher passes them
HOME="$probe_home" /opt/reeldrop/lib/runtime/bin/java $java_options -Duser.home="$probe_home" \
  -cp "$class_path:target/test-classes" io.reeldrop.startup.InstalledProbeCheck src/test/resources/media/valid.mp4 \
  > "$out/probe.log" 2>&1 || { cat "$out/probe.log"; fail "FFmpeg could not probe a video in the installed layout"; }
note "FFmpeg in the installed layout: $(tail -1 "$out/probe.log")"
unpacked=$(find "$probe_home" -type f | wc -l)
[ "$unpacked" = 0 ] || fail "JavaCPP unpacked $unpacked files into the home folder: $(find "$probe_home" -type f | head -3)"
note "FFmpeg loaded from /opt/reeldrop/lib/app/natives: nothing unpacked into the home folder"
rm -rf "$probe_home"

bash jlink-config/bench-startup.sh --runs "$runs" --app /opt/reeldrop/bin/ReelDrop | tee -a "$out/summary.txt"

dpkg -r reeldrop > "$out/dpkg-remove.log" 2>&1 || { cat "$out/dpkg-remove.log"; fail "dpkg -r failed"; }
left=$(while read -r path; do [ -e "$path" ] && [ ! -d "$path" ] && echo "$path"; done < "$out/package-files.txt" || true)
[ -z "$left" ] || fail "files of the package are still there: $left"
[ ! -e /opt/reeldrop ] || fail "/opt/reeldrop is still there: $(find /opt/reeldrop | head)"
[ ! -e "$entry" ] || fail "the desktop entry $entry is still there"
# Outside users' homes (the user's own data stays, by design) and dpkg's own records.
strays=$(find / -xdev \( -path /proc -o -path /work -o -path /tmp -o -path /root -o -path /home -o -path /var/lib/dpkg \) -prune \
  -o -iname '*reeldrop*' -print 2>/dev/null || true)
[ -z "$strays" ] || fail "left behind after dpkg -r: $strays"
note "after dpkg -r: no package file, no /opt/reeldrop, no desktop entry, nothing named reeldrop on the system"
# dpkg keeps a removed package's postrm (and so its status) until purge; purge drops that record.
note "dpkg status after -r: $(dpkg-query -W -f='${Status}' reeldrop 2>/dev/null || echo unknown)"
dpkg --purge reeldrop > /dev/null
[ -z "$(ls /var/lib/dpkg/info/reeldrop.* 2>/dev/null)" ] || fail "dpkg --purge left /var/lib/dpkg/info/reeldrop.*"
note "after dpkg --purge: dpkg has no record of reeldrop"
note "what the app wrote in its home folder (the user's data folder is expected):"
(cd "$home" && find . -mindepth 1 -maxdepth 3 | sort) | tee -a "$out/summary.txt"
rm -rf "$home"
note "PASS"
