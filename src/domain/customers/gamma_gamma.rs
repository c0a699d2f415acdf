//! Gamma-Gamma.
