/**
 * The binomial quantile function, as R's `qbinom(p, size, prob)` answers it:
 * the smallest whole number x for which P(X <= x) >= p, where X counts the
 * successes in `size` trials that each succeed with probability `prob`.
 *
 * The Anhøj crossings rule needs it for any number of points a person pastes,
 * so it is computed, not looked up. Probabilities are summed term by term
 * from the smallest count upwards; each term comes from the one before by the
 * ratio (size - k) / (k + 1) * prob / (1 - prob), working in logarithms so
 * that thousands of trials do not underflow. R compares the sum with p less a
 * few units in the last place (so that rounding in the sum cannot push the
 * answer one higher); we do the same.
 */

const FUZZ = 1 - 64 * Number.EPSILON;

export function qbinom(p: number, size: number, prob: number): number {
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be a whole number of 0 or more, not ${size}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1, not ${p}`);
  if (!(prob >= 0 && prob <= 1)) throw new RangeError(`prob must be between 0 and 1, not ${prob}`);
  if (size === 0 || prob === 0 || p === 0) return 0;
  if (prob === 1 || p === 1) return size;

  const target = p * FUZZ;
  const logRatio = Math.log(prob) - Math.log1p(-prob);
  let logTerm = size * Math.log1p(-prob); // log P(X = 0)
  let cumulative = 0;
  for (let k = 0; k < size; k++) {
    cumulative += Math.exp(logTerm);
    if (cumulative >= target) return k;
    logTerm += Math.log(size - k) - Math.log(k + 1) + logRatio;
  }
  return size;
}
