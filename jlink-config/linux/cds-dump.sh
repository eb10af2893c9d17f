#!/bin/sh
# Turns app.classlist (the classes the app loaded up to its first frame, recorded when the
# package was built) into app.jsa, an AppCDS archive for this exact installed layout. The
# launcher's cfg names app.jsa with -XX:SharedArchiveFile. Run by the package's post-install
# script; safe to re-run. If it fails the app still starts, only without class sharing.
set -eu
app_dir=$(cd "$(dirname "$0")" && pwd -P)
[ -f "$app_dir/app.classlist" ] || exit 0
# The archive is only valid for the exact class path the launcher uses, so take it from the cfg.
class_path=$(sed -n 's/^app\.classpath=//p' "$app_dir"/*.cfg | sed "s|\$APPDIR|$app_dir|g" | paste -sd: -)
rm -f "$app_dir/app.jsa"
"$app_dir/../runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:SharedClassListFile="$app_dir/app.classlist" -XX:SharedArchiveFile="$app_dir/app.jsa" \
  -cp "$class_path" >/dev/null
chmod 644 "$app_dir/app.jsa"
