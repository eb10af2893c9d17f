# Shared by verify-deb.sh and bench-startup.sh (sourced, not run).

# Fails with the Debian packages to install when a tool is missing.
need_tools() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "missing: ${missing[*]}; apt-get install -y xvfb libgtk-3-0 imagemagick xdotool x11-utils debootstrap" >&2
    exit 2
  fi
}

# Starts a private Xvfb on a free display, exports DISPLAY and stops it when the script exits.
start_xvfb() {
  local fifo
  fifo=$(mktemp -u /tmp/xvfb-display.XXXXXX)
  mkfifo "$fifo"
  local nice=""
  # Same raised priority as the benchmarked apps (root only): the X server draws their frames.
  if [ "$(id -u)" = 0 ]; then nice="nice -n -10"; fi
  $nice Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fifo" 2>/dev/null &
  XVFB_PID=$!
  read -r -t 30 display_number < "$fifo" || { echo "Xvfb did not start" >&2; exit 1; }
  rm -f "$fifo"
  export DISPLAY=":$display_number"
  trap 'kill "$XVFB_PID" 2>/dev/null || true' EXIT
}
