# Diagnostic: would another kind of model add to the library's forecasts? Scores the library's forecasts (the
# harness's --forecasts file), R's damped trend, ets and auto.arima, and every equal-weight pair of them, with the
# harness's measures (sMAPE as in M3/M4, MASE scaled by the in-sample seasonal naive error).
# Usage: Rscript combine-with-r.R DATA_DIR SET OURS.csv
suppressPackageStartupMessages(library(forecast))
a <- commandArgs(TRUE)
if (length(a) < 3) stop("usage: Rscript combine-with-r.R DATA_DIR SET OURS.csv")
f <- function(k) read.csv(file.path(a[1], sprintf("m3_%s_%s.csv", a[2], k)))
tr <- f("train"); te <- f("test"); info <- f("info"); ours <- read.csv(a[3])
methods <- list(damped = function(y, h) holt(y, damped = TRUE, h = h)$mean,
  ets = function(y, h) forecast(ets(y), h = h)$mean,
  arima = function(y, h) forecast(auto.arima(y), h = h)$mean)
fc <- list(ours = list()); for (nm in names(methods)) fc[[nm]] <- list()
for (i in seq_len(nrow(info))) {
  s <- info$series[i]; y <- ts(tr$value[tr$series == s], frequency = info$frequency[i]); h <- info$horizon[i]
  fc$ours[[s]] <- ours$mean[ours$series == s][1:h]
  for (nm in names(methods)) fc[[nm]][[s]] <- as.numeric(methods[[nm]](y, h))
}
score <- function(get) {
  r <- sapply(seq_len(nrow(info)), function(i) {
    s <- info$series[i]; y <- tr$value[tr$series == s]; x <- te$value[te$series == s]; p <- get(s)
    m <- if (length(y) > info$frequency[i]) info$frequency[i] else 1
    c(mean(200 * abs(x - p) / (abs(x) + abs(p))), mean(abs(x - p)) / mean(abs(diff(y, lag = m))))
  })
  sprintf("%.3f / %.3f", mean(r[1, ]), mean(r[2, ]))
}
for (nm in names(fc)) cat(nm, score(function(s) fc[[nm]][[s]]), "\n")
pairs <- combn(names(fc), 2)
for (j in seq_len(ncol(pairs))) {
  p <- pairs[, j]
  cat(p[1], "+", p[2], score(function(s) (fc[[p[1]]][[s]] + fc[[p[2]]][[s]]) / 2), "\n")
}
