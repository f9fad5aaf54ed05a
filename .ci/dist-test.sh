#!/usr/bin/env bash
# make dist-test: install what `make dist` built and run it the way a clinic machine would.
#
# 1. The wheel: build it, install it into a temporary venv, run check-content and summary from another folder.
# 2. The .deb: install it with dpkg into a fresh root (its own dpkg database), check what it installs, then run
#    the installed copy with a clean environment (env -i, an empty HOME, another working folder, no .venv on
#    PATH, QT_QPA_PLATFORM=offscreen), as an unprivileged user (nobody) when run as root, on a read-only tree:
#    --version, check-content, summary, note, screenshots, review-sheet (CSV, PDF), handoff (--session, --code),
#    --smoke, set-kiosk-pin; then signed content: make-key, sign-pack on a copy of the packs, trust-key, and
#    --kiosk --smoke --allow-draft-content on the signed copy, with the trust in the user's settings and then in
#    a system trust file (set-kiosk-pin --system, trust-key --system, DECISIONAID_KIOSK_CONFIG); the kiosk must
#    refuse the installed unsigned pack, a key the system file does not list, and the signed pack with one byte
#    changed (naming the file).
#    HOME must stay empty through the commands that have nothing of their own to keep (no font cache, no
#    matplotlib or fontconfig folder), and at the end hold exactly the app's own settings file (the PIN, the
#    trusted key) and its pack cache (keys, signatures and the system trust file are in the working folder). TMPDIR is not writable (matplotlib's fallback when it cannot use its cache, a temporary folder,
#    and PyInstaller's own matplotlib hook would go there, and be deleted at exit), so any temporary file fails.
# Usage: .ci/dist-test.sh PYTHON   (the project's venv Python; used only to build and host the wheel)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
PY=$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")
fails=0 passes=0
ok() { echo "  ok   $*"; passes=$((passes + 1)); }
bad() { echo "  FAIL $*"; fails=$((fails + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }
quiet() { "$@" >/dev/null; }

deb=$(ls dist/decisionaid_*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] || { echo "dist-test: no dist/decisionaid_*.deb: run make dist first" >&2; exit 1; }
T=$(mktemp -d /tmp/decisionaid-dist-test.XXXXXX)
cleanup() { chmod -R u+w "$T" 2>/dev/null || true; rm -rf "$T"; }
trap cleanup EXIT

# --- 1. the wheel ---------------------------------------------------------------------------------------------
echo "dist-test: wheel"
"$PY" -m pip wheel -q --no-deps -w "$T/wheel" . >"$T/wheel.log" 2>&1 || { cat "$T/wheel.log"; exit 1; }
base=$("$PY" -c "import sys; print(sys.base_prefix)")/bin/python3
"$base" -m venv --without-pip "$T/venv"
site=$("$T/venv/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
# the dependencies (Qt, matplotlib) from the project's venv, as a plain path: not its .pth files, so not the
# editable install of the source tree
"$PY" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])" >"$site/project-deps.pth"
"$PY" -m pip --python "$T/venv/bin/python" install -q --no-deps "$T"/wheel/decisionaid-*.whl >"$T/wheel.log" 2>&1 \
  || { cat "$T/wheel.log"; exit 1; }
mkdir -p "$T/wheel-home" "$T/wheel-work"
wenv=(env -i HOME="$T/wheel-home" LANG=C.UTF-8 PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen)
where=$(cd "$T/wheel-work" && "${wenv[@]}" "$T/venv/bin/python" -c "import decisionaid; print(decisionaid.__file__)")
check "the wheel's package is the installed one ($where)" test "${where#"$site"}" != "$where"
data="$site/decisionaid/_resources"
(cd "$T/wheel-work" && "${wenv[@]}" "$T/venv/bin/decisionaid" check-content "$data/content" >"$T/wheel-check.txt") \
  && ok "wheel: check-content $(wc -l <"$T/wheel-check.txt") packs valid" || bad "wheel: check-content"
(cd "$T/wheel-work" && "${wenv[@]}" "$T/venv/bin/decisionaid" summary --session "$data/examples/session.json" \
  --out summary.pdf) || true
check "wheel: summary PDF" grep -q '^%PDF' "$T/wheel-work/summary.pdf"

# --- 2. the .deb ----------------------------------------------------------------------------------------------
echo "dist-test: $deb"
ROOT="$T/root"
mkdir -p "$ROOT/var/lib/dpkg/info" "$ROOT/var/lib/dpkg/updates"
touch "$ROOT/var/lib/dpkg/status"
# A fresh root has an empty dpkg database, so the host's libraries the package depends on are not "installed"
# there: --force-depends (the ldd check below looks for them on this machine instead).
dpkg --root="$ROOT" --force-depends --force-not-root -i "$deb" >"$T/dpkg.log" 2>&1 \
  || { cat "$T/dpkg.log"; exit 1; }
check "dpkg lists it installed" grep -q "^Status: install ok installed" "$ROOT/var/lib/dpkg/status"
APP="$ROOT/opt/decisionaid/decisionaid"
check "/opt/decisionaid/decisionaid is an executable" test -x "$APP"
check "/usr/bin/decisionaid -> /opt/decisionaid/decisionaid" \
  test "$(readlink "$ROOT/usr/bin/decisionaid")" = /opt/decisionaid/decisionaid
for f in decisionaid.desktop decisionaid-kiosk.desktop; do
  check "desktop entry $f" test -f "$ROOT/usr/share/applications/$f"
  if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate $f" desktop-file-validate "$ROOT/usr/share/applications/$f"
  fi
done
check "kiosk entry starts --kiosk" grep -qx 'Exec=decisionaid --kiosk' "$ROOT/usr/share/applications/decisionaid-kiosk.desktop"
check "icons (svg, png)" test -s "$ROOT/usr/share/icons/hicolor/scalable/apps/decisionaid.svg" \
  -a -s "$ROOT/usr/share/icons/hicolor/256x256/apps/decisionaid.png"
DATA="$ROOT/opt/decisionaid/_internal/decisionaid/_resources"
shipped=$(cd resources && ls content/*.toml i18n/*.qm)       # every pack and catalogue of the source tree
for f in $shipped fonts/DejaVuSans.ttf fonts/DejaVuSans-Bold.ttf examples/session.json; do
  check "ships $f" test -s "$DATA/$f"
done
check "ships a prebuilt matplotlib font cache" test -n "$(compgen -G "$ROOT/opt/decisionaid/_internal/matplotlib-cache/fontlist-v*.json")"
# Modules imported only inside functions (segno for the QR code, which no command here draws; cryptography for
# signatures; every decisionaid module): in the installed executable's archive.
"$(dirname "$PY")/pyi-archive_viewer" -r -b "$APP" 2>/dev/null | sed 's/^ *//' | sort -u >"$T/archive.txt"
want=$(cd decisionaid && find . -name '*.py' | sed 's|^\./||; s|\.py$||; s|/__init__$||; s|^__init__$||; s|/|.|g' \
  | sed 's/^/decisionaid./; s/\.$//' | sort -u; printf '%s\n' segno cryptography.hazmat.primitives.asymmetric.ed25519)
absent=$(comm -23 <(echo "$want" | sort -u) "$T/archive.txt" | tr '\n' ' ')
check "the executable holds every decisionaid module ($(echo "$want" | grep -c '^decisionaid'), with present), segno and cryptography${absent:+; absent: $absent}" \
  test -z "$absent"
check "cryptography's native module" test -s "$ROOT/opt/decisionaid/_internal/cryptography/hazmat/bindings/_rust.abi3.so"
missing=$(find "$ROOT/opt/decisionaid" -type f \( -name '*.so*' -o -name decisionaid \) -print0 \
  | LD_LIBRARY_PATH="$ROOT/opt/decisionaid/_internal:$ROOT/opt/decisionaid/_internal/PySide6/Qt/lib" \
    xargs -0 ldd 2>/dev/null | grep 'not found' | sort -u || true)
check "every library resolves (ldd)${missing:+: $missing}" test -z "$missing"
echo "  installed size: $(du -sh "$ROOT/opt/decisionaid" | cut -f1) in /opt/decisionaid" \
  "($(dpkg-deb -f "$deb" Installed-Size) KiB declared), package $(du -h "$deb" | cut -f1)"

# Run as someone who cannot write the installed tree: nobody when we are root, else ourselves on a read-only copy.
if [ "$(id -u)" = 0 ]; then
  chmod 755 "$T"
  as=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
  owner=nobody:nogroup
else
  chmod -R a-w "$ROOT/opt"
  as=()
  owner=$(id -u):$(id -g)
fi
H="$T/home" W="$T/work" TMP="$T/tmp"
: >"$T/errors.txt"
mkdir -p "$H" "$W" "$TMP" "$T/bin"
chown "$owner" "$H" "$W"
chmod 555 "$TMP"     # TMPDIR exists but nobody may write it: a font cache made in a temporary folder fails loudly
ln -s "$APP" "$T/bin/decisionaid"        # /usr/bin/decisionaid of this root: the command on PATH, via a symlink
# Every run's error output goes to errors.txt, which must end up holding no traceback and no failure. With
# strace, every file or folder a run creates is recorded (trace.*): nothing may be made outside the working
# folder and HOME, not even a temporary folder that is gone again at exit (PyInstaller's own matplotlib hook
# rebuilds the font cache in one of those on every run).
have_strace=0
command -v strace >/dev/null && have_strace=1
run() {
  local pre=()
  [ "$have_strace" = 1 ] && pre=(strace -f -qq -e trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2
                                 -e status=successful -o "$(mktemp "$T/trace.XXXXXX")")
  (cd "$W" && "${pre[@]}" "${as[@]}" env -i HOME="$H" TMPDIR="$TMP" LANG=C.UTF-8 PATH="$T/bin:/usr/bin:/bin" \
     QT_QPA_PLATFORM=offscreen ${EXTRA_ENV:+"$EXTRA_ENV"} decisionaid "$@") 2>>"${ERR:-$T/errors.txt}"
}
# Paths created by the traced runs, outside the working folder, HOME and /dev.
created_elsewhere() {
  cat "$T"/trace.* 2>/dev/null | grep -E 'O_CREAT|O_WRONLY|O_RDWR|mkdir|rename' \
    | grep -oE '"[^"]*"' | tr -d '"' | grep '^/' | grep -vE "^($W|$H|/dev|/proc)(/|$)" | sort -u || true
}
home_files() { (cd "$H" && find . -mindepth 1 ! -type d | sed 's|^\./||' | sort); }
nothing_in() { [ -z "$(find "$1" -mindepth 1 -print -quit)" ]; }

check "decisionaid --version (on PATH, through the symlink)" quiet run --version
run check-content "$DATA/content" >"$T/check.txt" 2>&1 && ok "check-content: $(wc -l <"$T/check.txt") packs valid" \
  || { cat "$T/check.txt"; bad "check-content"; }
run summary --session "$DATA/examples/session.json" --out summary.pdf || true
check "summary: a PDF" grep -q '^%PDF' "$W/summary.pdf"
run note --session "$DATA/examples/session.json" >"$T/note.txt" || true
check "note: a visit note" grep -q . "$T/note.txt"
run screenshots shots >"$T/shots.txt" || true
n=$(ls "$W/shots"/*.png 2>/dev/null | wc -l)
check "screenshots: $n PNG files" test "$n" -ge 11
# the review sheet (for the clinician who reviews a pack) and the kiosk hand-off code
run review-sheet "$DATA/content/vcf-augmentation.en.toml" --out sheet.csv >/dev/null || true
check "review-sheet --out sheet.csv ($(wc -l <"$W/sheet.csv" 2>/dev/null || echo 0) lines, a SHA-256)" \
  grep -qi 'sha-256' "$W/sheet.csv"
run review-sheet "$DATA/content/vcf-augmentation.en.toml" --out sheet.pdf >/dev/null || true
check "review-sheet --out sheet.pdf" grep -q '^%PDF' "$W/sheet.pdf"
code=$(run handoff --session "$DATA/examples/session.json" || true)
check "handoff --session: a hand-off code ($code)" test -n "$code"
run handoff --code "$code" --out back.json >/dev/null || true
check "handoff --code: the session back" grep -q '"values"' "$W/back.json"
check "HOME still empty after check-content, summary, note, screenshots, review-sheet, handoff" nothing_in "$H"
run --smoke && ok "--smoke" || bad "--smoke"
check "--smoke left only the pack cache in HOME" \
  test "$(home_files)" = ".cache/decisionaid/packs/vcf-augmentation.en.toml.json"
printf '2468\n2468\n' | run set-kiosk-pin --pin-stdin >/dev/null && ok "set-kiosk-pin" || bad "set-kiosk-pin"

# ---- signed content (docs/kiosk.md): kiosk mode shows only a pack signed by a trusted key ---------------------
# The installed pack is unsigned and read-only, so the kiosk refuses it; a copy in the working folder is signed
# with a throwaway key made by the installed copy (make-key, sign-pack), the key trusted in the user's settings
# (trust-key), and the kiosk pointed at the copy with --content. Then the same with a system trust file
# (DECISIONAID_KIOSK_CONFIG, the test stand-in for /etc/decisionaid/kiosk.toml): the user's key and PIN count
# for nothing there. Last, one byte of the signed copy changed: refused, naming the file.
refused() {   # refused FILE-FOR-STDERR ARGS...: the run must fail; its standard error goes to FILE, not errors.txt
  local out=$1; shift
  ! ERR="$out" run "$@"
}
if refused "$T/refused-unsigned.txt" --kiosk --smoke --allow-draft-content \
   && grep -qF "$DATA/content/vcf-augmentation.en.toml is not signed" "$T/refused-unsigned.txt"; then
  ok "kiosk refuses the installed, unsigned pack, naming it"
else
  bad "kiosk and the unsigned installed pack ($(head -c 300 "$T/refused-unsigned.txt"))"
fi
S="$W/signed"
mkdir -p "$W/keys" "$S"
cp "$DATA"/content/*.toml "$S/"
chmod 644 "$S"/*.toml
chown -R "$owner" "$W/keys" "$S"
run make-key "$W/keys/throwaway.key" --comment "dist-test throwaway" >/dev/null && ok "make-key" || bad "make-key"
check "make-key: a private key (mode 600) and a public key line" \
  test "$(stat -c %a "$W/keys/throwaway.key")" = 600 -a -n "$(grep '^decisionaid-ed25519 ' "$W/keys/throwaway.key.pub")"
for f in "$S"/*.toml; do
  run sign-pack "$f" --key "$W/keys/throwaway.key" >/dev/null && ok "sign-pack $(basename "$f")" \
    || bad "sign-pack $(basename "$f")"
done
check "sign-pack wrote a .sig beside each pack" test "$(ls "$S"/*.toml.sig | wc -l)" = "$(ls "$S"/*.toml | wc -l)"
run trust-key "$W/keys/throwaway.key.pub" >/dev/null && ok "trust-key (user settings)" || bad "trust-key"
run --kiosk --smoke --allow-draft-content --content "$S" \
  && ok "--kiosk --smoke --content SIGNED (PIN set, key trusted in user settings, draft allowed)" \
  || bad "--kiosk --smoke on the signed pack (user settings)"
run --kiosk --smoke --allow-draft-content --content "$S" --lang es \
  && ok "--kiosk --smoke --lang es on the signed Spanish pack" || bad "--kiosk --smoke --lang es (signed)"
# The system trust file: made by the installed copy's --system commands, in the working folder.
SYS="$W/system/kiosk.toml"
mkdir -p "$W/system"
chown "$owner" "$W/system"
EXTRA_ENV="DECISIONAID_KIOSK_CONFIG=$SYS"
printf '1357\n1357\n' | run set-kiosk-pin --system --pin-stdin >/dev/null && ok "set-kiosk-pin --system" \
  || bad "set-kiosk-pin --system"
check "the system file holds the PIN hash" grep -q '^pin_hash = "scrypt\$' "$SYS"
if refused "$T/refused-system.txt" --kiosk --smoke --allow-draft-content --content "$S" \
   && grep -q "does not trust" "$T/refused-system.txt"; then
  ok "with a system file, a key trusted only in the user's settings is refused"
else
  bad "system file without the key: kiosk should refuse ($(head -c 300 "$T/refused-system.txt"))"
fi
run trust-key "$W/keys/throwaway.key.pub" --system >/dev/null && ok "trust-key --system" || bad "trust-key --system"
check "the system file lists the trusted key" grep -q '^\[\[trusted_keys\]\]' "$SYS"
run --kiosk --smoke --allow-draft-content --content "$S" \
  && ok "--kiosk --smoke --content SIGNED with the system trust file" \
  || bad "--kiosk --smoke on the signed pack (system trust file)"
EXTRA_ENV=
# One byte changed in the signed pack (in a comment: still a valid pack, no longer the signed bytes).
X="$W/tampered"
cp -a "$S" "$X"
first=$(head -c 3 "$X/vcf-augmentation.en.toml" | tail -c 1)
[ "$first" = C ] || bad "the pack's third byte is not the 'C' this test changes"
printf c | dd of="$X/vcf-augmentation.en.toml" bs=1 seek=2 conv=notrunc status=none
check "the tampered copy differs from the signed one by one byte" \
  test "$(cmp -l "$S/vcf-augmentation.en.toml" "$X/vcf-augmentation.en.toml" | wc -l)" = 1
if refused "$T/refused-tampered.txt" --kiosk --smoke --allow-draft-content --content "$X" \
   && grep -qF "$X/vcf-augmentation.en.toml was changed after it was signed" "$T/refused-tampered.txt"; then
  ok "kiosk refuses the pack changed by one byte, naming the file"
else
  bad "kiosk and the changed pack ($(head -c 300 "$T/refused-tampered.txt"))"
fi
run check-content "$X" >/dev/null 2>&1 && ok "check-content still accepts the changed pack (a signature is not validity)" \
  || bad "check-content on the changed pack"
# (the kiosk writes no pack cache; the key, the signatures and the system file are in the working folder)
expected=$(printf '%s\n' ".cache/decisionaid/packs/vcf-augmentation.en.toml.json" ".config/DecisionAid/Decision aid.ini" | sort)
check "HOME holds only the app's settings and pack cache" test "$(home_files)" = "$expected"
[ "$(home_files)" = "$expected" ] || home_files | sed 's/^/         HOME: /'
check "the trusted key is in the settings file" grep -q 'decisionaid-ed25519 ' "$H/.config/DecisionAid/Decision aid.ini"
check "the PIN is in the settings file, as a scrypt hash" grep -q '^kiosk_pin_hash="\?scrypt\$' "$H/.config/DecisionAid/Decision aid.ini"
check "nothing on standard error (no traceback, warning or unexpected refusal)" test ! -s "$T/errors.txt"
[ -s "$T/errors.txt" ] && sed 's/^/         stderr: /' "$T/errors.txt" | head -40
check "TMPDIR still empty (no temporary matplotlib cache)" nothing_in "$TMP"
if [ "$have_strace" = 1 ]; then
  elsewhere=$(created_elsewhere)
  check "nothing created outside the working folder and HOME (strace of $(ls "$T"/trace.* | wc -l) runs)" \
    test -z "$elsewhere"
  [ -z "$elsewhere" ] || echo "$elsewhere" | sed 's/^/         created: /' | head -20
else
  echo "  (strace not installed: the check that nothing is created outside HOME and the working folder is skipped)"
fi

echo "dist-test: $passes passed, $fails failed"
[ "$fails" = 0 ]
