#!/usr/bin/env bash
# make dist: the one-folder PyInstaller bundle (dist/decisionaid/) and the Debian package made from it
# (dist/decisionaid_VERSION_ARCH.deb): /opt/decisionaid, /usr/bin/decisionaid, two desktop entries, an icon.
# The .deb is zstd-compressed (dpkg 1.21.18 and later, Debian 12): xz took 4 minutes here, zstd 2 seconds.
# Usage: packaging/build.sh PYTHON   (the project's venv Python, with the "dist" extra installed)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
t0=$(date +%s)
version=$("$PY" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
arch=$(dpkg --print-architecture)

"$PY" -m compileall -q decisionaid
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/decisionaid.spec
t1=$(date +%s)

stage=build/deb/root
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/icons/hicolor/256x256/apps" \
  "$stage/usr/share/icons/hicolor/48x48/apps" "$stage/usr/share/doc/decisionaid"
cp -a dist/decisionaid "$stage/opt/decisionaid"
ln -s /opt/decisionaid/decisionaid "$stage/usr/bin/decisionaid"
install -m 644 packaging/linux/decisionaid.desktop packaging/linux/decisionaid-kiosk.desktop \
  "$stage/usr/share/applications/"
install -m 644 packaging/linux/decisionaid.svg "$stage/usr/share/icons/hicolor/scalable/apps/decisionaid.svg"
for size in 256 48; do
  "$PY" packaging/linux/render_icon.py packaging/linux/decisionaid.svg \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/decisionaid.png" "$size"
done
install -m 644 README.md "$stage/usr/share/doc/decisionaid/README.md"
install -m 644 resources/fonts/LICENSE-DejaVu.txt "$stage/usr/share/doc/decisionaid/LICENSE-DejaVu.txt"
# GOVERNANCE (issue 20): the kiosk's system-wide trust file (trusted keys, PIN) goes under /etc/decisionaid,
# written by root; the package ships the folder (root-owned, not writable by the kiosk's user) and nothing in it.
mkdir -p "$stage/etc/decisionaid"
chmod -R u=rwX,go=rX "$stage"

libc=$(dpkg-query -W -f='${Version}' libc6 | cut -d- -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: decisionaid
Version: $version
Architecture: $arch
Maintainer: Decision aid developers <decisionaid@localhost>
Section: science
Priority: optional
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: libc6 (>= $libc), libegl1, libgl1, libxcb1, libwayland-client0, libwayland-cursor0, libfontconfig1, xkb-data
Description: decision aid for a painful spinal compression fracture
 Helps a patient and a clinician compare conservative care, vertebroplasty and
 balloon kyphoplasty. It never recommends an option. Clinician mode (default) and
 a waiting-room kiosk mode (decisionaid --kiosk; set the staff PIN first with
 decisionaid set-kiosk-pin). Self-contained: Python, Qt and matplotlib are inside
 /opt/decisionaid.
CONTROL
mkdir -p dist
rm -f dist/decisionaid_*.deb
dpkg-deb --root-owner-group -Zzstd -z6 --build "$stage" "dist/decisionaid_${version}_${arch}.deb" >/dev/null
t2=$(date +%s)
echo "make dist: bundle $(du -sh dist/decisionaid | cut -f1) (in $((t1 - t0)) s), $(ls dist/*.deb)" \
  "$(du -h dist/*.deb | cut -f1) (installed $(grep Installed-Size "$stage/DEBIAN/control" | cut -d' ' -f2) KiB)," \
  "$((t2 - t0)) s in all"
