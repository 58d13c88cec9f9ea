#!/usr/bin/env bash
# Installs every tool the project needs, skipping what is already there. Safe to run again.
# Everything comes from crates.io, npm or Debian; nothing is downloaded from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q ' 0\.21\.14$'; then
  say "installing trunk 0.21.14 (about 13 minutes on 2 cores)"
  cargo install trunk --version 0.21.14 --locked --force
fi

# wasm-bindgen-cli must match the wasm-bindgen version in Cargo.lock exactly.
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wbg}\$"; then
  say "installing wasm-bindgen-cli ${wbg} (about 9 minutes on 2 cores)"
  # Without --locked: its lockfile names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "${wbg}" --force
fi

if ! geckodriver --version 2>/dev/null | grep -q '^geckodriver 0\.37\.1'; then
  say "installing geckodriver 0.37.1 (WebDriver for Firefox ESR)"
  cargo install geckodriver --version 0.37.1 --locked --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -d node_modules/selenium-webdriver ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/lighthouse ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen, playwright-core, axe-core, selenium-webdriver, lighthouse)"
  npm ci --no-audit --no-fund
fi

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
if [ "${#need_apt[@]}" -gt 0 ]; then
  say "installing ${need_apt[*]} from Debian"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${need_apt[@]}"
fi

say "tools ready"
