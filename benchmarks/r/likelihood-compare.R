# Compares the likelihood the library's ETS(A,A,N) (holt) or ETS(A,Ad,N) (damped) reaches with R's ets, series by
# series on an M3-format development set: R's ets(y, "AAN", damped) SSE against the SSE of our fitted parameters
# and initial states (the harness's --parameters output), and how many of our fits are short of R's
# log-likelihood by more than 1e-3 relative (the issue's tolerance; R's loglik for additive errors is -n/2 log(SSE)).
# DATA_DIR also holds m3_SET_info.csv (each series' frequency).
# Usage: Rscript likelihood-compare.R DATA_DIR SET MODEL PARS.csv
#   MODEL: holt or damped. PARS.csv: from
#   dotnet run -c Release --project benchmarks/DigitalKpi.Accuracy -- --train DATA_DIR/m3_SET_train.csv \
#     --test DATA_DIR/m3_SET_test.csv --info DATA_DIR/m3_SET_info.csv --method MODEL --parameters PARS.csv
# Prints a summary line and one line per fit short of R's by more than 1e-3.
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 4 || !(args[3] %in% c("holt", "damped"))) {
  stop("usage: Rscript likelihood-compare.R DATA_DIR SET holt|damped PARS.csv")
}
dir <- args[1]; set <- args[2]; damped <- args[3] == "damped"
train <- read.csv(file.path(dir, sprintf("m3_%s_train.csv", set)))
ys <- split(train$value, train$series)
info <- read.csv(file.path(dir, sprintf("m3_%s_info.csv", set)))
frequency <- setNames(info$frequency, info$series)
pars <- read.csv(args[4])

# The one-step errors, errors(y, a, b, phi, l0, b0), from ets-errors.R next to this script.
source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)))), "ets-errors.R"))

above <- 0; below <- 0; worst <- 1; short <- character()
for (k in names(ys)) {
  y <- ys[[k]]; n <- length(y)
  # With the series' frequency, as a user would call it: ets's starting values of the initial states depend on it.
  fit <- ets(ts(y, frequency = frequency[[k]]), model = "AAN", damped = damped)
  sse_r <- sum(residuals(fit)^2)
  q <- pars[pars$series == k, ]; q <- setNames(q$estimate, q$name)
  if (length(q) == 0) stop(sprintf("%s: no parameters for series %s", args[4], k))
  phi <- if (damped) q[["phi"]] else 1
  sse_o <- sum(errors(y, q[["alpha"]], q[["beta"]], phi, q[["level0"]], q[["trend0"]])^2)
  if (sse_o > sse_r * 1.001) above <- above + 1
  if (sse_o < sse_r * 0.999) below <- below + 1
  worst <- max(worst, sse_o / sse_r)
  shortfall <- n / 2 * log(sse_o / sse_r) / abs(fit$loglik)
  if (shortfall > 1e-3) {
    short <- c(short, sprintf("  %s n=%d: SSE ratio %.4f, log-likelihood short by %.2e; R alpha %.4f beta %.4f%s; ours alpha %.4f beta %.4f%s",
      k, n, sse_o / sse_r, shortfall, fit$par[["alpha"]], fit$par[["beta"]],
      if (damped) sprintf(" phi %.4f", fit$par[["phi"]]) else "", q[["alpha"]], q[["beta"]],
      if (damped) sprintf(" phi %.4f", phi) else ""))
  }
}
cat(sprintf("%s %s (%d series): our SSE below R's by > 0.1%%: %d; above: %d; worst ratio %.4f; log-likelihood short by > 1e-3: %d\n",
  set, args[3], length(ys), below, above, worst, length(short)))
if (length(short) > 0) cat(short, sep = "\n")
