// Starts the baseline, as assets/loader.js starts Holdfast.
import init from '/holdfast_baseline.js';
init();
