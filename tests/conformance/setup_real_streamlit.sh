#!/usr/bin/env bash
# Installs real Streamlit into virtual environments of their own, used only by
# the conformance tests (tests/conformance): they run the same test files
# against real Streamlit's AppTest to prove the tests state Streamlit's
# behaviour. Real Streamlit never goes into the environment that runs stc:
# installing stc must never shadow a real Streamlit, and tests that import
# `streamlit` must get our runtime.
#
#   ${STC_CACHE_DIR:-~/.cache/stc}/venvs/streamlit-1.67.0   the reference release
#   ${STC_CACHE_DIR:-~/.cache/stc}/venvs/streamlit-1.49.1   seed_only tests: the
#       last release whose keyed widgets still reset when their label changes
#
# Idempotent: a venv whose streamlit already imports at the right version is
# left alone. Pass versions as arguments to install others.
set -euo pipefail

cache="${STC_CACHE_DIR:-$HOME/.cache/stc}"
versions=("$@")
[ ${#versions[@]} -eq 0 ] && versions=(1.67.0 1.49.1)

for version in "${versions[@]}"; do
  venv="$cache/venvs/streamlit-$version"
  if [ -x "$venv/bin/python" ] && [ -f "$venv/.stc-complete" ] \
     && [ "$("$venv/bin/python" -c 'import streamlit; print(streamlit.__version__)' 2>/dev/null)" = "$version" ]; then
    echo "[conformance] streamlit $version: present ($venv)"
    continue
  fi
  start=$(date +%s)
  rm -rf "$venv"
  mkdir -p "$(dirname "$venv")"
  python3 -m venv "$venv"
  # (pip's notes about this machine's local index folders are noise here)
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "streamlit==$version" pytest 2>&1 \
    | { grep -v -E '^WARNING: (Location|Running pip as)' || true; }
  "$venv/bin/python" -c "import streamlit.testing.v1, pytest" # fail here, clearly, if the install did not work
  touch "$venv/.stc-complete" # marks a finished install (an interrupted one is redone)
  echo "[conformance] streamlit $version: installed in $(( $(date +%s) - start ))s ($venv)"
done
