# Short-series check: cuts an M3-format set to shorter train parts, writes the cut files for the accuracy harness,
# and scores R forecast's methods on them with the harness's measures (benchmarks/DigitalKpi.Accuracy/README.md).
# Each series keeps its last L train points, L drawn uniformly from MIN..MAX (seed 20261123), and its first H test
# points. The development set has no short series of its own; this shows how methods do on the lengths KPI series
# have, from the same real data.
# Usage: Rscript short-series.R DATA_DIR SET MIN MAX H OUT_DIR [METHODS]
#   writes OUT_DIR/m3_NAME_{train,test,info}.csv with NAME = SETMIN-MAX (e.g. other14-41) and prints
#   method,series,smape,mase,coverage80,coverage95 for METHODS (default damped,ets,thetaf,arima).
# Then: dotnet run -c Release --project benchmarks/DigitalKpi.Accuracy -- --train OUT_DIR/m3_NAME_train.csv
#   --test OUT_DIR/m3_NAME_test.csv --info OUT_DIR/m3_NAME_info.csv --method auto,theta,drift
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 6) stop("usage: Rscript short-series.R DATA_DIR SET MIN MAX H OUT_DIR [METHODS]")
dir <- args[1]; set <- args[2]; lo <- as.integer(args[3]); hi <- as.integer(args[4]); H <- as.integer(args[5]); out <- args[6]
methods <- if (length(args) >= 7) strsplit(args[7], ",")[[1]] else c("damped", "ets", "thetaf", "arima")
f <- function(kind) read.csv(file.path(dir, sprintf("m3_%s_%s.csv", set, kind)))
train <- f("train"); test <- f("test"); info <- f("info")
trains <- split(train$value, train$series); tests <- split(test, test$series)
set.seed(20261123)
keep <- sample(lo:hi, nrow(info), replace = TRUE)
name <- sprintf("%s%d-%d", set, lo, hi)
cut <- list(); cutTest <- list()
for (i in seq_len(nrow(info))) {
  s <- as.character(info$series[i]); y <- tail(trains[[s]], keep[i])
  cut[[i]] <- data.frame(series = s, index = seq_along(y), value = y)
  cutTest[[i]] <- head(tests[[s]], H)
  info$n_train[i] <- length(y); info$horizon[i] <- min(H, info$horizon[i])
}
cut <- do.call(rbind, cut); cutTest <- do.call(rbind, cutTest)
write.csv(cut, file.path(out, sprintf("m3_%s_train.csv", name)), row.names = FALSE, quote = FALSE)
write.csv(cutTest, file.path(out, sprintf("m3_%s_test.csv", name)), row.names = FALSE, quote = FALSE)
write.csv(info, file.path(out, sprintf("m3_%s_info.csv", name)), row.names = FALSE, quote = FALSE)

trains <- split(cut$value, cut$series); tests <- split(cutTest$value, cutTest$series)
cat("method,series,smape,mase,coverage80,coverage95\n")
for (method in methods) {
  smape <- mase <- numeric(0); in80 <- in95 <- points <- 0
  for (i in seq_len(nrow(info))) {
    s <- as.character(info$series[i]); h <- info$horizon[i]; m <- info$frequency[i]
    x <- trains[[s]]; y <- ts(x, frequency = m); a <- tests[[s]][1:h]
    fc <- switch(method, damped = holt(y, damped = TRUE, h = h), ets = forecast(ets(y), h = h),
                 thetaf = thetaf(y, h = h), arima = forecast(auto.arima(y), h = h), stop("unknown method ", method))
    mu <- as.numeric(fc$mean)
    lag <- if (length(x) > m) m else 1
    scale <- mean(abs(diff(x, lag = lag)))
    smape <- c(smape, mean(200 * abs(a - mu) / (abs(a) + abs(mu))))
    mase <- c(mase, mean(abs(a - mu)) / scale)
    in80 <- in80 + sum(a >= fc$lower[, 1] & a <= fc$upper[, 1])
    in95 <- in95 + sum(a >= fc$lower[, 2] & a <= fc$upper[, 2])
    points <- points + h
  }
  cat(sprintf("%s,%d,%.3f,%.3f,%.1f,%.1f\n", method, nrow(info), mean(smape), mean(mase), 100 * in80 / points, 100 * in95 / points))
}
