#!/usr/bin/env bash
# Side by side with R: runs R forecast's ets, thetaf and auto.arima and DigitalKpi.Core's `auto`
# on the same M3-format series in one run, and prints series per second for each and the ratio.
# A tool for people, not part of CI. Installs R and its forecast package with apt if missing.
#
# Usage: benchmarks/compare-with-r.sh [DATA_DIR] [SET]
#   DATA_DIR  folder with m3_<SET>_{train,test,info}.csv (default: ../shared/data/m3 beside the clone)
#   SET       quarterly (default), other or monthly
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${1:-$here/../../shared/data/m3}"
set_name="${2:-quarterly}"
train="$data/m3_${set_name}_train.csv"; test="$data/m3_${set_name}_test.csv"; info="$data/m3_${set_name}_info.csv"
for f in "$train" "$test" "$info"; do
  [ -f "$f" ] || { echo "compare-with-r: missing $f (pass the folder of the M3 files as the first argument)" >&2; exit 2; }
done

if ! Rscript -e 'library(forecast)' >/dev/null 2>&1; then
  echo "Installing R and the forecast package (apt)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq r-base-core r-cran-forecast >/dev/null
fi

echo "Building the accuracy harness (Release)..." >&2
dotnet build -c Release "$here/DigitalKpi.Accuracy" >/dev/null

echo "set,$set_name"
echo "engine,method,series,seconds,series_per_second,smape"
r_lines=$(Rscript "$here/r/forecast-speed.R" "$train" "$test" "$info" "ets,thetaf,arima")
while IFS=, read -r m n secs sps smape; do
  echo "R forecast,$m,$n,$secs,$sps,$smape"
done <<<"$r_lines"

# The harness prints method,series,smape,mase,coverage80,coverage95,seconds.
ours=$(dotnet run -c Release --no-build --project "$here/DigitalKpi.Accuracy" -- \
  --train "$train" --test "$test" --info "$info" --method auto | grep '^auto,')
IFS=, read -r m n smape mase c80 c95 secs <<<"$ours"
our_sps=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.1f", n / s }')
echo "DigitalKpi.Core,auto,$n,$secs,$our_sps,$smape"

echo
echo "speed-up of DigitalKpi.Core auto (series per second, same run):"
while IFS=, read -r m n secs sps smape; do
  awk -v m="$m" -v r="$sps" -v o="$our_sps" 'BEGIN { printf "  vs R %-7s %8.1fx\n", m, o / r }'
done <<<"$r_lines"
