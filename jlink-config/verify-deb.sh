#!/usr/bin/env bash
# Release check for the Linux package, as a person meets it on a Debian 12 machine without GTK:
#   build the .deb (./mvnw -Ppackage package); make a clean minimal Debian root (debootstrap
#   --variant=minbase: no GTK, no X11 libraries, no fonts), cached under target/verify-deb-cache;
#   show that the app cannot open a window there and says why in one sentence; install the deb
#   into the root with `apt-get install ./reeldrop_*.deb` and show what apt pulled in (GTK 3
#   among it); check that every library the package's natives link is there; launch the app
#   from its desktop entry's Exec line under Xvfb, wait for the first frame, take a screenshot;
#   probe a video with the packaged FFmpeg; measure start-up against the bare TableView app
#   (bench-startup.sh, inside the same root); uninstall with dpkg -r and check that nothing is
#   left but the user's data folder.
# Usage: jlink-config/verify-deb.sh [--no-build] [--runs N] [--new-root]
#   --runs 0 skips the benchmark; --new-root bootstraps the cached Debian root again.
#   DEBIAN_MIRROR overrides the mirror (default: the first one in this machine's apt sources).
# Needs (as root): apt-get install -y debootstrap xvfb imagemagick xdotool x11-utils
# Writes target/verify-deb/{screenshot.png,app.log,summary.txt,...}. Not part of .ci/run (minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
source jlink-config/lib-xvfb.sh

build=1 runs=7 new_root=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --runs) runs="$2"; shift ;;
    --new-root) new_root=1 ;;
    *) echo "verify-deb: unknown option $1 (use --no-build, --runs N, --new-root)" >&2; exit 2 ;;
  esac
  shift
done
[ "$(id -u)" = 0 ] || { echo "verify-deb: run as root: it bootstraps a Debian root and chroots into it" >&2; exit 2; }
need_tools Xvfb import xdotool xprop debootstrap chroot
[ "$(uname -m)" = x86_64 ] || { echo "verify-deb: the package is amd64; this machine is $(uname -m)" >&2; exit 2; }

out=target/verify-deb
cache=$PWD/target/verify-deb-cache
base=$cache/bookworm-minbase   # the pristine bootstrap, reused by every run
root=$cache/root               # this run's copy of it, with the package installed
rm -rf "$out" && mkdir -p "$out" "$cache/apt-archives/partial"
fail() { echo "verify-deb: FAIL: $*" >&2; exit 1; }
note() { echo "verify-deb: $*" | tee -a "$out/summary.txt"; }

# Everything mounted below a folder, deepest first; unmounted before the folder is removed, so
# that rm -rf can never reach through a bind mount into the work tree or the host.
unmount_below() {
  local dir=$1 m
  for m in $(awk -v d="$dir" '$2 == d || index($2, d "/") == 1 {print $2}' /proc/mounts | sort -r); do
    umount "$m" 2>/dev/null || umount -l "$m"
  done
  if awk -v d="$dir" '$2 == d || index($2, d "/") == 1' /proc/mounts | grep -q .; then
    echo "verify-deb: FAIL: still mounted below $dir; not removing it" >&2; exit 1
  fi
}
remove_tree() { unmount_below "$1"; rm -rf "$1"; }
# A command inside the root, with a clean environment (nothing of this shell's leaks in).
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

if [ "$build" = 1 ]; then
  ./mvnw -B -q -Ppackage package -DskipTests -Dpackage.types=deb
fi
deb=$(ls -t target/package/installer/reeldrop_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb in target/package/installer; run without --no-build"
note "package $deb: $(( $(stat -c %s "$deb") / 1024 / 1024 )) MB ($(stat -c %s "$deb") bytes)"
depends=$(dpkg-deb -f "$deb" Depends)
note "it declares Depends: $depends"
note "and Recommends: $(dpkg-deb -f "$deb" Recommends)"
[[ ", $depends," == *", libgtk-3-0,"* ]] || fail "the package does not depend on libgtk-3-0"

# --- a clean minimal Debian 12, made once ---
if [ "$new_root" = 1 ] || [ ! -f "$base/.complete" ]; then
  mirror=${DEBIAN_MIRROR:-$( { cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null || true; } \
    | awk '/^URIs:/ {print $2} $1 == "deb" {print $2}' | grep -v security | head -1)}
  [ -n "$mirror" ] || fail "no Debian mirror in this machine's apt sources; set DEBIAN_MIRROR"
  remove_tree "$base"
  note "bootstrapping a minimal Debian bookworm from $mirror into $base (once; later runs reuse it)"
  debootstrap --variant=minbase bookworm "$base" "$mirror" > "$cache/debootstrap.log" 2>&1 \
    || { tail -20 "$cache/debootstrap.log"; fail "debootstrap failed (log above)"; }
  # No service may start inside the root (GTK brings dbus, whose install script would try).
  printf '#!/bin/sh\nexit 101\n' > "$base/usr/sbin/policy-rc.d" && chmod 755 "$base/usr/sbin/policy-rc.d"
  touch "$base/.complete"
fi
remove_tree "$root"
cp -a "$base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
start_xvfb
app=""
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi
  unmount_below "$root"
  kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
# apt's downloads outlive the run, so a re-run fetches nothing twice.
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
# The work tree at its own path: the app-image, the test classes and the benchmark's bare app
# keep the paths their AppCDS archives were made for.
mkdir -p "$root$PWD" && mount --bind "$PWD" "$root$PWD"

for lib in libgtk-3-0 libx11-6; do
  if in_root dpkg -s "$lib" >/dev/null 2>&1; then fail "the fresh root already has $lib"; fi
done
note "fresh root: $(in_root dpkg-query -W -f='${Status}\n' | grep -c 'ok installed') packages, no libgtk-3-0, no libx11-6"

# --- before the install: the app-image in this root cannot open a window, and says so ---
home=$(mktemp -d "$root/tmp/reeldrop-home.XXXXXX"); home=${home#"$root"}
set +e
in_root HOME="$home" DISPLAY="$DISPLAY" "$PWD/target/package/image/ReelDrop/bin/ReelDrop" > "$out/without-gtk.log" 2>&1
status=$?
set -e
[ "$status" != 0 ] || fail "the app-image started in a root without X11 and GTK"
[ "$(wc -l < "$out/without-gtk.log")" = 1 ] && grep -q "^ReelDrop cannot open its window: " "$out/without-gtk.log" \
  || { cat "$out/without-gtk.log"; fail "without X11 and GTK the app did not print the one sentence (output above)"; }
note "the app-image in this root, before the install, exits $status with: $(cat "$out/without-gtk.log")"

# --- install as a person would; apt resolves what the package declares ---
cp "$deb" "$root/tmp/"
in_root apt-get update -q > "$out/apt-update.log" 2>&1 || { cat "$out/apt-update.log"; fail "apt-get update failed in the root"; }
in_root dpkg-query -W -f='${Package}\n' | sort > "$out/packages-before.txt"
# Recommends (JavaFX's OpenGL pipeline, which means Mesa) are left out, so the check shows that
# the Depends alone are enough: without them JavaFX draws in software. Listed for the record.
with_recommends=$(in_root apt-get install -s "/tmp/$(basename "$deb")" | grep -c '^Inst' || true)
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")" \
  > "$out/apt-install.log" 2>&1 || { tail -30 "$out/apt-install.log"; fail "apt-get install ./$(basename "$deb") failed"; }
in_root dpkg-query -W -f='${Package}\n' | sort > "$out/packages-after.txt"
pulled=$(comm -13 "$out/packages-before.txt" "$out/packages-after.txt" | grep -vx reeldrop)
fetched=$(sed -n 's/^Need to get \([^ ]* [kMG]*B\).*/\1/p' "$out/apt-install.log" | head -1)
note "apt-get install --no-install-recommends ./$(basename "$deb"): $(echo "$pulled" | wc -l) packages pulled in besides reeldrop (download ${fetched:-0 B}; none on a re-run, from the cache); with Recommends, apt's default, $((with_recommends - 1 - $(echo "$pulled" | wc -l))) more (Mesa for JavaFX's OpenGL, GTK's own Recommends)"
note "pulled in: $(echo "$pulled" | tr '\n' ' ')"
gtk=$(in_root dpkg-query -W -f='${Status} ${Version}' libgtk-3-0 2>/dev/null || true)
[[ $gtk == "install ok installed"* ]] || fail "libgtk-3-0 was not installed with the package (dpkg: ${gtk:-unknown})"
note "dpkg -s libgtk-3-0 in the root: $gtk"

# Every library the package's natives link must resolve now, except those of natives the app
# never loads or loads another way (each named here with its reason).
in_root sh -c 'cd /opt/reeldrop && find . -type f \( -name "*.so*" -o -path "*/bin/*" \) | sort | while read -r f; do
    LD_LIBRARY_PATH=lib/runtime/lib:lib/runtime/lib/server:lib/app/natives ldd "$f" 2>/dev/null | awk -v f="$f" "/not found/ {print f, \$1}"
  done' | sort -u > "$out/ldd-not-found.txt"
unexplained=$(while read -r file lib; do
  case "$file $lib" in
    # JavaCPP loads its bundled libva.so and libva-drm.so by file name first; their sonames then match.
    "./lib/app/natives/"*" libva.so.2" | "./lib/app/natives/"*" libva-drm.so.2") ;;
    # Capture devices (ALSA, PulseAudio): ReelDrop probes files, it never loads libavdevice.
    *avdevice*" libasound.so.2" | *avdevice*" libpulse.so.0") ;;
    # Java Sound and the AWT splash screen: never used.
    "./lib/runtime/lib/libjsound.so libasound.so.2" | "./lib/runtime/lib/libsplashscreen.so libgif.so.7") ;;
    # JavaFX's OpenGL pipeline: Recommends; without it JavaFX falls back to software drawing.
    "./lib/runtime/lib/libprism_es2.so libGL.so.1" | "./lib/runtime/lib/libprism_es2.so libXxf86vm.so.1") ;;
    *) echo "$file needs $lib" ;;
  esac
done < "$out/ldd-not-found.txt")
[ -z "$unexplained" ] || fail "libraries the package does not declare: $unexplained"
note "every library the loaded natives link resolves in the root ($(wc -l < "$out/ldd-not-found.txt") unresolved links, all of natives never loaded or loaded by file name: $out/ldd-not-found.txt)"

# --- the installed package, as before: AppCDS, desktop entry, launch ---
in_root dpkg -L reeldrop > "$out/package-files.txt"
note "installed: $(du -sm "$root/opt/reeldrop" | cut -f1) MB in /opt/reeldrop, $(wc -l < "$out/package-files.txt") paths"
[ -f "$root/opt/reeldrop/lib/app/app.jsa" ] || fail "post-install did not build the AppCDS archive /opt/reeldrop/lib/app/app.jsa"
note "AppCDS archive built at install: $(( $(stat -c %s "$root/opt/reeldrop/lib/app/app.jsa") / 1024 / 1024 )) MB"

entry=/usr/share/applications/reeldrop.desktop
[ -f "$root$entry" ] || fail "no desktop entry at $entry"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$root$entry" || fail "desktop entry is invalid"; fi
icon=$(sed -n 's/^Icon=//p' "$root$entry")
[ -f "$root$icon" ] || fail "desktop entry names icon $icon, which does not exist"
# Field codes (%f, %U, ...) are for files the desktop passes; there are none here.
exec_line=$(sed -n 's/^Exec=//p' "$root$entry" | sed 's/ %[a-zA-Z]//g')
note "desktop entry Exec: $exec_line"

home=$(mktemp -d "$root/tmp/reeldrop-verify-home.XXXXXX"); home=${home#"$root"}
log="$out/app.log"
: > "$log"
t0=$EPOCHREALTIME
# The pulse logger prints a line per drawn frame: the first one is the first frame. The JVM takes
# user.home from the password file, not $HOME, so it is set too: all the app writes for its user
# then lands in $home, where it is listed below. chroot and env exec, so $app is the app's PID.
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$home" DISPLAY="$DISPLAY" \
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
# Docks match a window to its desktop entry by StartupWMClass; a wrong one shows a second,
# icon-less entry while the app runs.
wm_class=$(xprop -id "$window" WM_CLASS | sed 's/.*= "\([^"]*\)".*/\1/')
wanted=$(sed -n 's/^StartupWMClass=//p' "$root$entry")
[ "$wm_class" = "$wanted" ] || fail "the window's WM_CLASS is $wm_class but the desktop entry says StartupWMClass=$wanted"
note "window WM_CLASS $wm_class matches the desktop entry's StartupWMClass"
grep -q app.jsa "/proc/$app/maps" || fail "the running app did not map the AppCDS archive"
note "the running app maps /opt/reeldrop/lib/app/app.jsa (class sharing is on); idle RSS $(awk '/VmRSS/{print int($2/1024)}' "/proc/$app/status") MB"
pipeline=$(grep -o 'prism_[a-z0-9]*\.so' "/proc/$app/maps" | sort -u | tr '\n' ' ')
note "JavaFX natives mapped: $pipeline(software drawing: no OpenGL without the Recommends)"
[ ! -e "$root$home/.openjfx" ] || fail "JavaFX unpacked native libraries into the home folder ($home/.openjfx)"
kill "$app"; wait "$app" 2>/dev/null || true
app=""

# Without a display the installed app says so in one sentence, and exits non-zero.
set +e
in_root HOME="$home" /opt/reeldrop/bin/ReelDrop > "$out/no-display.log" 2>&1
status=$?
set -e
[ "$status" != 0 ] || fail "the app exited 0 without a display"
[ "$(wc -l < "$out/no-display.log")" = 1 ] && grep -q "^ReelDrop cannot open its window: no display was found" "$out/no-display.log" \
  || { cat "$out/no-display.log"; fail "without a display the app did not print the one sentence (output above)"; }
note "without DISPLAY it exits $status with: $(cat "$out/no-display.log")"

# FFmpeg from the package's natives folder, on the launcher's own class path and java options.
[ -f target/test-classes/io/reeldrop/startup/InstalledProbeCheck.class ] || ./mvnw -B -q test-compile
app_dir=/opt/reeldrop/lib/app
class_path=$(sed -n 's/^app\.classpath=//p' "$root$app_dir/ReelDrop.cfg" | sed "s|\$APPDIR|$app_dir|g" | paste -sd: -)
java_options=$(sed -n 's/^java-options=//p' "$root$app_dir/ReelDrop.cfg" | sed "s|\$APPDIR|$app_dir|g")
probe_home=$(mktemp -d "$root/tmp/reeldrop-probe-home.XXXXXX"); probe_home=${probe_home#"$root"}
# shellcheck disable=SC2086 # one option per word, as the launcher passes them
in_root HOME="$probe_home" /opt/reeldrop/lib/runtime/bin/java $java_options -Duser.home="$probe_home" \
  -cp "$class_path:$PWD/target/test-classes" io.reeldrop.startup.InstalledProbeCheck "$PWD/src/test/resources/media/valid.mp4" \
  > "$out/probe.log" 2>&1 || { cat "$out/probe.log"; fail "FFmpeg could not probe a video in the installed layout"; }
note "FFmpeg in the installed layout: $(tail -1 "$out/probe.log")"
unpacked=$(find "$root$probe_home" -type f | wc -l)
[ "$unpacked" = 0 ] || fail "JavaCPP unpacked $unpacked files into the home folder: $(find "$root$probe_home" -type f | head -3)"
note "FFmpeg loaded from /opt/reeldrop/lib/app/natives: nothing unpacked into the home folder"

if [ "$runs" -gt 0 ]; then
  # The bare app is packaged here (that needs the JDK), then both apps run in the root.
  bash jlink-config/bench-startup.sh --prepare
  in_root DISPLAY="$DISPLAY" bash -c "cd '$PWD' && bash jlink-config/bench-startup.sh --runs $runs --app /opt/reeldrop/bin/ReelDrop" \
    | tee -a "$out/summary.txt"
fi

# --- uninstall: nothing of the package may be left ---
in_root dpkg -r reeldrop > "$out/dpkg-remove.log" 2>&1 || { cat "$out/dpkg-remove.log"; fail "dpkg -r failed"; }
left=$(while read -r path; do [ -e "$root$path" ] && [ ! -d "$root$path" ] && echo "$path"; done < "$out/package-files.txt" || true)
[ -z "$left" ] || fail "files of the package are still there: $left"
[ ! -e "$root/opt/reeldrop" ] || fail "/opt/reeldrop is still there: $(find "$root/opt/reeldrop" | head)"
[ ! -e "$root$entry" ] || fail "the desktop entry $entry is still there"
# Outside users' homes (the user's own data stays, by design), dpkg's own records, apt's download
# cache and the work tree mounted in.
strays=$(find "$root" -xdev \( -path "$root/proc" -o -path "$root/work" -o -path "$root$PWD" -o -path "$root/tmp" \
  -o -path "$root/root" -o -path "$root/home" -o -path "$root/var/lib/dpkg" -o -path "$root/var/cache/apt" \) -prune \
  -o -iname '*reeldrop*' -print 2>/dev/null || true)
[ -z "$strays" ] || fail "left behind after dpkg -r: $strays"
note "after dpkg -r: no package file, no /opt/reeldrop, no desktop entry, nothing named reeldrop in the root"
# dpkg keeps a removed package's postrm (and so its status) until purge; purge drops that record.
note "dpkg status after -r: $(in_root dpkg-query -W -f='${Status}' reeldrop 2>/dev/null || echo unknown)"
in_root dpkg --purge reeldrop > /dev/null
[ -z "$(ls "$root"/var/lib/dpkg/info/reeldrop.* 2>/dev/null)" ] || fail "dpkg --purge left /var/lib/dpkg/info/reeldrop.*"
note "after dpkg --purge: dpkg has no record of reeldrop"
note "what the app wrote in its home folder (the user's data folder is expected):"
(cd "$root$home" && find . -mindepth 1 -maxdepth 3 | sort) | tee -a "$out/summary.txt"
note "PASS"
