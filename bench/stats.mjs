// Medians and spread of a list of timings, the figures BENCHMARKS.md shows.

/** @param {number[]} values @returns {{n: number, median: number, p25: number, p75: number, p95: number, min: number, max: number}} */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.round((sorted.length - 1) * q)];
  return { n: sorted.length, median: at(0.5), p25: at(0.25), p75: at(0.75), p95: at(0.95), min: sorted[0], max: at(1) };
}
