/**
 * Property tests run with one fixed seed by default, so a run of `npm test`
 * (and CI) checks the same cases every time and cannot fail by chance. To look
 * for new counterexamples, run them with FC_SEED=random (or another number),
 * and FC_RUNS for more cases where a test reads it.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261130 });
