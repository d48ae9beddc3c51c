#!/usr/bin/env bash
# Installs the Debian package on a fresh Debian 12 root and starts both programs
# there, as a new user's machine would (issue 15). Not part of CI: it needs root,
# debootstrap and Debian's mirror.
#   fresh_install.sh BUILD_DIR [WORK_DIR]
set -euo pipefail
build_dir=$1
work=${2:-$(mktemp -d)}
mkdir -p "$work"
[ "$(id -u)" -eq 0 ] || { echo "fresh_install: run as root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "fresh_install: apt-get install debootstrap" >&2; exit 1; }

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log"
deb=$(ls "$work"/out/waybill_*.deb)
[ -d "$work/root/usr" ] || debootstrap --variant=minbase bookworm "$work/root" http://deb.debian.org/debian
cp "$deb" "$work/root/tmp/"
cp /etc/resolv.conf "$work/root/etc/resolv.conf"
mountpoint -q "$work/root/proc" || mount -t proc proc "$work/root/proc"
trap 'umount "$work/root/proc" 2>/dev/null || true' EXIT
chroot "$work/root" bash -euc "
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q /tmp/$(basename "$deb")
  waybill --version
  waybilld --version
  timeout 20 waybilld --dev pow --datadir /tmp/fresh-data >/tmp/waybilld.log 2>&1 || true
  grep -q 'waybilld: ready' /tmp/waybilld.log
  QT_QPA_PLATFORM=offscreen timeout 180 waybill --screenshots /tmp/fresh-shots >/dev/null 2>&1
  test -s /tmp/fresh-shots/en/03-ordersPage.png
  test -f /usr/share/applications/waybill.desktop
  test -f /usr/share/man/man1/waybill.1.gz
"
echo "fresh_install: the package installs on a fresh Debian 12 root and both programs start"
