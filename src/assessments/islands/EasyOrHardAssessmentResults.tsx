/**
 * The results island for an instrument answered "easy to answer" or
 * "struggled over" (system appraisal, portfolio review): which questions were
 * which, and snapshots compared question by question (EasyOrHardResults.tsx).
 * What it shares with the scored-scale island (the store, snapshots,
 * clearing) is ResultsArea.tsx; the page picks this island at build for these
 * instruments only, so the others never load this code.
 */
import { EasyOrHardComparison, EasyOrHardResults } from './EasyOrHardResults';
import { ResultsArea, type ComparisonProps, type ResultsIslandProps, type ResultsProps } from './ResultsArea';

export default function EasyOrHardAssessmentResults(props: ResultsIslandProps) {
  return <ResultsArea {...props} ask="mark a question" Results={Results} Compare={Compare} />;
}

const Results = ({ instrument, current, focus }: ResultsProps) => <EasyOrHardResults instrument={instrument} answers={current} focus={focus} />;

const Compare = ({ instrument, before, after, names }: ComparisonProps) => (
  <EasyOrHardComparison instrument={instrument} before={before} after={after} names={names} />
);
