# Shared by the R scripts in this folder (sourced, not run): the one-step errors of ETS(A,Ad,N) from given
# smoothing parameters and initial states l0, b0 (Hyndman et al. 2008, eq. 2.12 with phi; phi = 1 gives
# Holt's ETS(A,A,N)).
errors <- function(y, a, b, phi, l0, b0) {
  e <- numeric(length(y)); l <- l0; s <- b0
  for (t in seq_along(y)) {
    e[t] <- y[t] - (l + phi * s)
    l <- l + phi * s + a * e[t]
    s <- phi * s + b * e[t]
  }
  e
}
