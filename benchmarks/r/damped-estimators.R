# Two alternative estimators of the damped trend ETS(A,Ad,N), scored on an M3-format development set with the
# harness's measures (sMAPE as in M3/M4, MASE scaled by the in-sample lag-1 naive error; non-seasonal sets):
#   grid-ml:     maximum likelihood over alpha, beta with phi on the grid 0.80, 0.82, ..., 0.98 (best grid point);
#   phi-average: the forecasts on that grid averaged with weights proportional to the profile likelihood
#                (SSE(phi)^(-n/2), a flat prior on the grid: phi integrated out instead of estimated);
#   ridge-L:     alpha, beta, phi minimising log(SSE / n) + L (alpha^2 + beta^2), shrinkage of the smoothing
#                parameters toward 0 (Pritularga, Svetunkov & Kourentzes 2023, IJF 39(3)), for each L given.
# The initial level and trend are solved by least squares for every (alpha, beta, phi), as the library does.
# Usage: Rscript damped-estimators.R DATA_DIR [SET] [L,L,...]     (SET defaults to other, L to 0.01,0.03,0.1,0.3)
a <- commandArgs(TRUE)
if (length(a) < 1) stop("usage: Rscript damped-estimators.R DATA_DIR [SET] [L,L,...]")
dir <- a[1]; set <- if (length(a) >= 2) a[2] else "other"
lams <- as.numeric(strsplit(if (length(a) >= 3) a[3] else "0.01,0.03,0.1,0.3", ",")[[1]])
f <- function(k) read.csv(file.path(dir, sprintf("m3_%s_%s.csv", set, k)))
tr <- f("train"); te <- f("test"); info <- f("info")

# The one-step errors, errors(y, a, b, phi, l0, b0), from ets-errors.R next to this script.
source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))), "ets-errors.R"))
# SSE and initial states by least squares: the one-step errors are affine in (l0, b0).
profile <- function(y, a, b, phi) {
  e0 <- errors(y, a, b, phi, 0, 0)
  X <- cbind(errors(y, a, b, phi, 1, 0) - e0, errors(y, a, b, phi, 0, 1) - e0)
  fit <- lm.fit(X, e0); list(sse = sum(fit$residuals^2), init = -fit$coefficients)
}
inside <- function(a, b, phi) a >= 1e-4 && a <= 0.9999 && b >= 1e-4 && b <= a && phi >= 0.8 && phi <= 0.98
search <- function(obj, starts) {
  best <- NULL
  for (st in starts) {
    o <- optim(st, obj, method = "Nelder-Mead", control = list(reltol = 1e-8, maxit = 600))
    if (is.null(best) || o$value < best$value) best <- o
  }
  best$par
}
forecast_at <- function(y, a, b, phi, h) {
  p <- profile(y, a, b, phi); e <- errors(y, a, b, phi, p$init[1], p$init[2]); l <- p$init[1]; s <- p$init[2]
  for (t in seq_along(y)) { l <- l + phi * s + a * e[t]; s <- phi * s + b * e[t] }
  list(sse = p$sse, mean = l + cumsum(phi^(1:h)) * s)
}
score <- function(y, x, fc) c(mean(200 * abs(x - fc) / (abs(x) + abs(fc))), mean(abs(x - fc)) / mean(abs(diff(y))))

grid <- seq(0.8, 0.98, by = 0.02)
names <- c("grid-ml", "phi-average", sprintf("ridge-%g", lams))
scores <- matrix(0, length(names), 2, dimnames = list(names, c("smape", "mase")))
for (s in info$series) {
  y <- tr$value[tr$series == s]; x <- te$value[te$series == s]; h <- length(x); n <- length(y)
  at <- lapply(grid, function(phi) {
    p <- search(function(q) if (inside(q[1], q[2], phi)) profile(y, q[1], q[2], phi)$sse else 1e300,
      list(c(0.5, 0.05), c(0.2, 0.02), c(0.9, 0.3)))
    forecast_at(y, p[1], p[2], phi, h)
  })
  ll <- -n / 2 * log(sapply(at, `[[`, "sse")); w <- exp(ll - max(ll)); w <- w / sum(w)
  means <- sapply(at, `[[`, "mean")
  fcs <- list(means[, which.max(ll)], as.numeric(means %*% w))
  for (L in lams) {
    p <- search(function(q) if (inside(q[1], q[2], q[3])) log(profile(y, q[1], q[2], q[3])$sse / n) + L * (q[1]^2 + q[2]^2) else 1e300,
      list(c(0.5, 0.05, 0.9), c(0.2, 0.02, 0.97), c(0.9, 0.3, 0.85)))
    fcs[[length(fcs) + 1]] <- forecast_at(y, p[1], p[2], p[3], h)$mean
  }
  for (j in seq_along(fcs)) scores[j, ] <- scores[j, ] + score(y, x, fcs[[j]])
}
print(round(scores / nrow(info), 3))
