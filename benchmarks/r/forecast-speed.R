# Times R forecast's ets, thetaf and auto.arima on an M3-format development set, one series at
# a time, and prints one CSV line per method: method,series,seconds,series_per_second,smape.
# Usage: Rscript forecast-speed.R TRAIN.csv TEST.csv INFO.csv [methods, comma-separated]
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 3) stop("usage: Rscript forecast-speed.R TRAIN.csv TEST.csv INFO.csv [ets,thetaf,arima]")
train <- read.csv(args[1]); test <- read.csv(args[2]); info <- read.csv(args[3])
methods <- if (length(args) >= 4) strsplit(args[4], ",")[[1]] else c("ets", "thetaf", "arima")
trains <- split(train$value, train$series); tests <- split(test$value, test$series)
run <- function(y, h, m) switch(m,
  ets = forecast(ets(y), h = h)$mean,
  thetaf = thetaf(y, h = h)$mean,
  arima = forecast(auto.arima(y), h = h)$mean,
  stop("unknown method ", m))
for (m in methods) {
  smape <- numeric(nrow(info))
  start <- proc.time()[["elapsed"]]
  for (i in seq_len(nrow(info))) {
    id <- as.character(info$series[i])
    y <- ts(trains[[id]], frequency = info$frequency[i])
    f <- as.numeric(run(y, info$horizon[i], m))
    a <- tests[[id]]
    smape[i] <- mean(200 * abs(a - f) / (abs(a) + abs(f)))
  }
  secs <- proc.time()[["elapsed"]] - start
  cat(sprintf("%s,%d,%.3f,%.1f,%.3f\n", m, nrow(info), secs, nrow(info) / secs, mean(smape)))
}
