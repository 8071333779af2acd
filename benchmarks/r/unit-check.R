# Scores R forecast methods on an M3-format development set twice: on the data as stored and on the same
# data divided by 1000 (forecasts multiplied back), to show which of R's estimates depend on the unit.
# An estimator that is equivariant to the unit scores the same both times. R's ets-based methods (ses,
# holt, holt(damped = TRUE), ets) are not: the Nelder–Mead in forecast:::etsmodel starts with a simplex
# whose step in every parameter is 10% of the largest |parameter|, usually the initial level.
# Usage: Rscript unit-check.R DATA_DIR SET [methods, comma-separated]
#   DATA_DIR holds m3_SET_train.csv, m3_SET_test.csv, m3_SET_info.csv; methods from
#   ses, holt, damped, ets, thetaf, arima (default damped). Prints "set,method,unit,smape,mase".
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: Rscript unit-check.R DATA_DIR SET [damped,ets,...]")
dir <- args[1]; set <- args[2]
methods <- if (length(args) >= 3) strsplit(args[3], ",")[[1]] else "damped"
f <- function(kind) read.csv(file.path(dir, sprintf("m3_%s_%s.csv", set, kind)))
train <- f("train"); test <- f("test"); info <- f("info")
trains <- split(train$value, train$series); tests <- split(test$value, test$series)
smape <- function(a, f) mean(200 * abs(a - f) / (abs(a) + abs(f)))
# MASE as the accuracy harness: in-sample seasonal-naive MAE, lag 1 when the series is not longer than a cycle.
mase <- function(y, a, f, m) { lag <- if (length(y) > m) m else 1; mean(abs(a - f)) / mean(abs(diff(y, lag = lag))) }
run <- function(y, h, m) switch(m,
  ses = ses(y, h = h)$mean, holt = holt(y, h = h)$mean, damped = holt(y, damped = TRUE, h = h)$mean,
  ets = forecast(ets(y), h = h)$mean, thetaf = thetaf(y, h = h)$mean, arima = forecast(auto.arima(y), h = h)$mean,
  stop("unknown method ", m))
cat("set,method,unit,smape,mase\n")
for (me in methods) for (k in c(1, 1000)) {
  res <- matrix(NA, nrow(info), 2)
  for (i in seq_len(nrow(info))) {
    id <- as.character(info$series[i]); h <- info$horizon[i]; fr <- info$frequency[i]
    y <- trains[[id]]; a <- tests[[id]]
    fc <- k * as.numeric(run(ts(y / k, frequency = fr), h, me))
    res[i, ] <- c(smape(a, fc), mase(y, a, fc, fr))
  }
  cat(sprintf("%s,%s,%g,%.3f,%.3f\n", set, me, 1 / k, mean(res[, 1]), mean(res[, 2])))
}
