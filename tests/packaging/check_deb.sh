#!/usr/bin/env bash
# Builds the Debian package with `cpack -G DEB` from an existing build directory and
# checks it as a distribution would: its contents (both programs, not the benchmark,
# desktop entry, icon, metainfo, gzipped man pages, copyright), its dependencies
# (from dpkg-shlibdeps), desktop-file-validate, appstreamcli validate and lintian.
#   check_deb.sh BUILD_DIR
set -euo pipefail
build_dir=$1
for tool in cpack dpkg-deb desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || { echo "check_deb: $tool is missing (see dev.sh's package list)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; echo "check_deb: cpack failed" >&2; exit 1; }
debs=("$work"/out/waybill_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "check_deb: expected one waybill_*.deb" >&2; exit 1; }
deb=${debs[0]}

failed=0
fail() { echo "check_deb: $*" >&2; failed=1; }

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#' >"$work/files"
for path in /usr/bin/waybill /usr/bin/waybilld /usr/share/applications/waybill.desktop \
  /usr/share/icons/hicolor/scalable/apps/waybill.svg /usr/share/metainfo/io.waybill.Waybill.metainfo.xml \
  /usr/share/man/man1/waybill.1.gz /usr/share/man/man1/waybilld.1.gz /usr/share/doc/waybill/copyright \
  /usr/share/doc/waybill/changelog.Debian.gz; do
  grep -qx "$path" "$work/files" || fail "the package lacks $path"
done
grep -q 'waybill-bench' "$work/files" && fail "the package ships the benchmark"

depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libqt6widgets6 libqt6svg6 libsecp256k1 liblmdb0 libsodium23 libqrencode4 libnettle8; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib (shlibdeps): $depends"
done

dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/waybill.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.waybill.Waybill.metainfo.xml" ||
  fail "appstreamcli validate"
# The man pages render without warnings (what lintian's groff check sees, with the reason).
for page in waybill waybilld; do
  warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
    "$work/root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null) || true
  [ -z "$warnings" ] || fail "man page $page: $warnings"
done
# lintian exits non-zero on errors; warnings are printed for the reader.
lintian --tag-display-limit 0 "$deb" || fail "lintian reports errors"

[ $failed -eq 0 ] && echo "check_deb: $(basename "$deb") is fine"
exit $failed
