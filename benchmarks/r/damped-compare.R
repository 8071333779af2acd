# Compares R's damped trend, holt(y, damped = TRUE) = ets(y, "AAN", damped = TRUE), with the library's
# ETS(A,Ad,N) series by series on an M3-format development set: R's parameters and initial states,
# R's SSE, the SSE at R's smoothing parameters with the initial states solved by least squares (the
# library's profile likelihood), and each side's sMAPE.
# Usage: Rscript damped-compare.R DATA_DIR [SET] [OURS.csv [PARS.csv]] > out.csv
#   DATA_DIR holds m3_SET_train.csv, m3_SET_test.csv, m3_SET_info.csv; SET defaults to "other".
#   OURS.csv, PARS.csv (optional): the accuracy harness's --forecasts and --parameters outputs of a run
#   with --method damped (benchmarks/DigitalKpi.Accuracy/README.md).
# sse_nmmin: optim's Nelder-Mead (R's nmmin, which ets uses) from ets's starting point, unscaled as in
# ets, whose first simplex steps every coordinate by 10% of the largest |parameter| (the level);
# sse_nmmin_scaled: the same search with parscale set per parameter.
# Output columns: series,n,alpha,beta,phi,l0,b0,sse_r,sse_profile_at_r,sse_nmmin,sse_nmmin_scaled,smape_r,smape_nmmin_scaled,
#   phi_thousandths,beta_thousandths,smape_r_thousandths (R on y / 1000, forecasts scaled back)[,smape_ours,
#   alpha_o,beta_o,phi_o,l0_o,b0_o,sse_o,sse_r_init_at_ours]; a summary goes to stderr.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) stop("usage: Rscript damped-compare.R DATA_DIR [SET] [OURS.csv]")
dir <- args[1]; set <- if (length(args) >= 2) args[2] else "other"
ours <- if (length(args) >= 3) read.csv(args[3]) else NULL
ourpar <- if (length(args) >= 4) read.csv(args[4]) else NULL
f <- function(kind) read.csv(file.path(dir, sprintf("m3_%s_%s.csv", set, kind)))
train <- f("train"); test <- f("test"); info <- f("info")
trains <- split(train$value, train$series); tests <- split(test$value, test$series)

# The one-step errors, errors(y, a, b, phi, l0, b0), from ets-errors.R next to this script.
source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))), "ets-errors.R"))
# SSE with the initial states solved by least squares (errors are affine in l0, b0).
profile <- function(y, a, b, phi) {
  e0 <- errors(y, a, b, phi, 0, 0)
  X <- cbind(errors(y, a, b, phi, 1, 0) - e0, errors(y, a, b, phi, 0, 1) - e0)
  sum(lm.fit(X, e0)$residuals^2)
}
# R's ets objective for ETS(A,Ad,N): n log(SSE), +Inf outside the usual region (forecast:::etsmodel).
lik <- function(y, par) {
  a <- par[1]; b <- par[2]; phi <- par[3]
  if (a < 1e-4 || a > 0.9999 || b < 1e-4 || b > a || phi < 0.8 || phi > 0.98) return(Inf)
  length(y) * log(sum(errors(y, a, b, phi, par[4], par[5])^2))
}
# R's starting point: forecast:::initparam and initstate (regression on the first 10 points).
start <- function(y) {
  a <- 1e-4 + 0.2 * (0.9999 - 1e-4); n0 <- min(10, length(y)); co <- coef(lm(y[1:n0] ~ c(1:n0)))
  c(a, 1e-4 + 0.1 * (a - 1e-4), 0.8 + 0.99 * 0.18, co[[1]], co[[2]])
}
# optim's Nelder-Mead is the same nmmin that ets calls (etsNelderMead), with ets's tolerances.
# Returns the SSE and the h-step forecasts.
nm <- function(y, scale, h) {
  o <- optim(start(y), function(p) lik(y, p), method = "Nelder-Mead",
    control = list(maxit = 2000, reltol = sqrt(.Machine$double.eps), parscale = scale))
  q <- o$par; e <- errors(y, q[1], q[2], q[3], q[4], q[5])
  l <- q[4]; b <- q[5]
  for (t in seq_along(y)) { l <- l + q[3] * b + q[1] * e[t]; b <- q[3] * b + q[2] * e[t] }
  list(sse = sum(e^2), mean = l + cumsum(q[3]^(1:h)) * b)
}
smape <- function(a, f) mean(200 * abs(a - f) / (abs(a) + abs(f)))

rows <- list()
for (i in seq_len(nrow(info))) {
  id <- as.character(info$series[i]); h <- info$horizon[i]
  y <- ts(trains[[id]], frequency = info$frequency[i])
  fit <- holt(y, damped = TRUE, h = h)
  p <- fit$model$par
  yy <- as.numeric(y)
  scaled <- nm(yy, c(0.1, 0.01, 0.01, pmax(abs(start(yy)[4:5]), 1) / 10), h)
  # The same series in thousands of its unit: an estimator that is equivariant to the unit gives the same forecasts.
  k <- holt(y / 1000, damped = TRUE, h = h)
  row <- data.frame(series = id, n = length(yy), alpha = p[["alpha"]], beta = p[["beta"]], phi = p[["phi"]],
    l0 = p[["l"]], b0 = p[["b"]], sse_r = sum(residuals(fit$model)^2),
    sse_profile_at_r = profile(yy, p[["alpha"]], p[["beta"]], p[["phi"]]),
    sse_nmmin = nm(yy, rep(1, 5), h)$sse,
    sse_nmmin_scaled = scaled$sse,
    smape_r = smape(tests[[id]], as.numeric(fit$mean)), smape_nmmin_scaled = smape(tests[[id]], scaled$mean),
    phi_thousandths = k$model$par[["phi"]], beta_thousandths = k$model$par[["beta"]],
    smape_r_thousandths = smape(tests[[id]], 1000 * as.numeric(k$mean)))
  if (!is.null(ours)) {
    row$smape_ours <- smape(tests[[id]], ours$mean[ours$series == id])
  }
  if (!is.null(ourpar)) {
    q <- ourpar[ourpar$series == id, ]; q <- setNames(q$estimate, q$name)
    row$alpha_o <- q[["alpha"]]; row$beta_o <- q[["beta"]]; row$phi_o <- q[["phi"]]
    row$l0_o <- q[["level0"]]; row$b0_o <- q[["trend0"]]
    row$sse_o <- sum(errors(yy, row$alpha_o, row$beta_o, row$phi_o, row$l0_o, row$b0_o)^2)
  }
  rows[[i]] <- row
}
out <- do.call(rbind, rows)
write.csv(out, stdout(), row.names = FALSE)
s <- function(...) cat(sprintf(...), file = stderr())
s("%s: %d series; R damped sMAPE %.3f; nmmin with parscale %.3f\n", set, nrow(out), mean(out$smape_r), mean(out$smape_nmmin_scaled))
s("series where the profile SSE at R's parameters is below R's SSE by > 0.1%%: %d\n",
  sum(out$sse_profile_at_r < out$sse_r * 0.999))
s("nmmin from ets's start reproduces R's SSE within 0.1%%: %d; with parscale, SSE below R's by > 0.1%%: %d\n",
  sum(abs(out$sse_nmmin / out$sse_r - 1) < 0.001), sum(out$sse_nmmin_scaled < out$sse_r * 0.999))
s("R on y / 1000: sMAPE %.3f; phi or beta moved by > 0.01 on %d series\n", mean(out$smape_r_thousandths),
  sum(abs(out$phi_thousandths - out$phi) > 0.01 | abs(out$beta_thousandths - out$beta) > 0.01))
s("phi at R's upper bound 0.98: %d; at lower bound 0.8: %d\n", sum(out$phi > 0.9799), sum(out$phi < 0.8001))
if (!is.null(ours)) {
  d <- out$smape_ours - out$smape_r
  s("ours sMAPE %.3f; ours - R per series: mean %.3f, standard error %.3f; ours better on %d, R on %d\n",
    mean(out$smape_ours), mean(d), sd(d) / sqrt(length(d)), sum(d < -0.01), sum(d > 0.01))
}
if (!is.null(ourpar)) {
  s("ours SSE below R's by > 0.1%%: %d; above by > 0.1%%: %d\n",
    sum(out$sse_o < out$sse_r * 0.999), sum(out$sse_o > out$sse_r * 1.001))
}
