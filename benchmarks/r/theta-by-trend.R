# Does Theta's half slope cost accuracy on strongly trending series? Splits an M3-format set by the R² of a straight
# line fitted to its seasonally adjusted train part (thetaf's own 90% seasonal test and multiplicative decomposition)
# and scores, on each subset, R's thetaf (SES plus half the least-squares slope) against the random walk with drift on
# the same adjusted data (the full average slope), reseasonalised, and their mean (sMAPE as in M3/M4).
# Usage: Rscript theta-by-trend.R DATA_DIR SET
suppressPackageStartupMessages(library(forecast))
a <- commandArgs(TRUE)
if (length(a) < 2) stop("usage: Rscript theta-by-trend.R DATA_DIR SET")
dir <- a[1]; set <- a[2]
f <- function(k) read.csv(file.path(dir, sprintf("m3_%s_%s.csv", set, k)))
tr <- f("train"); te <- f("test"); info <- f("info")
sm <- function(x, p) mean(200 * abs(x - p) / (abs(x) + abs(p)))
res <- NULL
for (i in seq_len(nrow(info))) {
  s <- info$series[i]; m <- info$frequency[i]; y <- ts(tr$value[tr$series == s], frequency = m); x <- te$value[te$series == s]; h <- length(x)
  n <- length(y)
  # thetaf's seasonal test and adjustment
  idx <- rep(1, n + h); adj <- y
  if (m > 1 && n > 2 * m) {
    r <- acf(y, lag.max = m, plot = FALSE)$acf[-1]
    stat <- abs(r[m]) / sqrt((1 + 2 * sum(r[-m]^2)) / n)
    if (stat > qnorm(0.95)) { si <- decompose(y, type = "multiplicative")$figure; idx <- si[(seq_len(n + h) - 1) %% m + 1]; adj <- y / idx[1:n] }
  }
  tt <- seq_len(n); r2 <- summary(lm(as.numeric(adj) ~ tt))$r.squared
  th <- as.numeric(thetaf(y, h = h)$mean)
  dr <- as.numeric(rwf(as.numeric(adj), drift = TRUE, h = h)$mean) * idx[n + seq_len(h)]
  res <- rbind(res, data.frame(series = s, r2 = r2, theta = sm(x, th), drift = sm(x, dr), avg = sm(x, (th + dr) / 2)))
}
for (cut in c(0, 0.5, 0.8, 0.9, 0.95)) {
  sub <- res[res$r2 >= cut, ]
  cat(sprintf("R2 >= %.2f: %4d series  thetaf %.3f  drift(adj) %.3f  mean of both %.3f\n", cut, nrow(sub), mean(sub$theta), mean(sub$drift), mean(sub$avg)))
}
