/**
 * Shows results carried in a share link's fragment, read-only, and offers to
 * save them into this browser (through the import preview and the store). A
 * damaged, tampered or unknown link says so and shows no scores at all.
 * Renders a placeholder on the server; the fragment is read after hydration.
 */
import type { Instrument } from '../instrument';
import { useEffect, useState } from 'preact/hooks';
import type { InstrumentPlan } from '../transfer/import-plan';
import { scoreAnswers, shortLabels } from '../results/scoring';
import type { FocusTable } from '../results/focus';
import { decodeShare, describeShareProblem, sharedToRecord, type DecodedShare } from '../transfer/share-link';
import type { AnswerMap } from '../../schemas/answers';
import { BarChart } from './AssessmentChart';
import { EasyOrHardResults } from './EasyOrHardResults';
import { isEasyOrHard } from '../results/easy-or-hard';
import { SectionScores } from './SectionScores';
import { ResultsAdvice } from './ResultsAdvice';
import ErrorSummary from '../../site/islands/ErrorSummary';
import ImportPreview from './ImportPreview';
import { applyImport, planFor } from './portability/actions';
import { notLoaded } from '../../site/browser/not-loaded';
import './SharedResults.scss';
import { localDate } from '../../site/lib/format';

interface Props {
  catalogue: Instrument[];
  /** Assessment page paths by instrument id, with the base path. */
  pages: Record<string, string>;
  /** Methods and training for each statement of every instrument ("Where to focus"). */
  focus: FocusTable;
}

type Saving = { step: 'idle' } | { step: 'preview'; plans: InstrumentPlan[]; blocked: string[]; describe: (p: InstrumentPlan) => string } | { step: 'done'; message: string } | { step: 'error'; error: string };

export default function SharedResults({ catalogue, pages, focus }: Props) {
  const [decoded, setDecoded] = useState<DecodedShare | null>(null);
  const [saving, setSaving] = useState<Saving>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const read = () => {
      setDecoded(decodeShare(location.hash, catalogue));
      setSaving({ step: 'idle' });
    };
    read();
    // Only a new share link replaces what is shown: the skip link also changes the fragment.
    const onHash = () => location.hash.startsWith('#r=') && read();
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  if (!decoded) return <p class="nhsuk-body app-shared">Reading the results in the link…</p>;
  if (!decoded.ok) {
    return (
      <div class="app-shared" data-testid="shared-problem">
        <ErrorSummary title="These results cannot be shown" errors={[describeShareProblem(decoded.problem, decoded.detail)]} />
        <p class="nhsuk-body">
          You can <a href={pages['']}>take a self-assessment yourself</a>.
        </p>
      </div>
    );
  }
  const { result } = decoded;
  const info = catalogue.find((c) => c.id === result.instrument)!;
  const shape = info; // the catalogue entry is the instrument scoring takes
  const answers: AnswerMap = Object.fromEntries(Object.entries(result.values).map(([k, v]) => [k, { value: v }]));
  const score = scoreAnswers(shape, answers);
  const items = info.sections.flatMap((s) => s.items);
  const labelOf = (v: number | undefined) => (v === undefined ? 'Not answered' : (info.scale.points.find((p) => p.value === v)?.label ?? String(v)));
  const multi = info.sections.length > 1;
  const shortOf = shortLabels(info);
  const number = new Map(items.map((item, i) => [item.id, i + 1]));

  async function startSave() {
    const record = sharedToRecord(result);
    const planned = await Promise.all([import('../transfer/import-plan'), planFor([{ id: info.id, title: info.title, record, unknownItems: [] }], catalogue)]).catch(() => null);
    if (!planned) return setSaving({ step: 'error', error: notLoaded('These answers could not be saved', 'Nothing was changed.') });
    const [{ describePlan }, { plans, blocked }] = planned;
    setSaving({ step: 'preview', plans, blocked, describe: describePlan });
  }

  async function confirmSave(plans: InstrumentPlan[]) {
    setBusy(true);
    const done = await applyImport(plans, catalogue).catch(() => null);
    setBusy(false);
    if (!done) return setSaving({ step: 'error', error: notLoaded('These answers could not be saved', 'Nothing was changed.') });
    if (!done.ok) return 'error' in done ? setSaving({ step: 'error', error: done.error }) : undefined;
    setSaving({ step: 'done', message: `Saved in this browser. Open ${info.title} to see and change them.` });
  }

  return (
    <div class="app-shared" data-testid="shared-results">
      <h2>{info.title}</h2>
      <p class="nhsuk-body">
        Answered on {localDate(result.answeredAt)}. These results come from the link and are read-only. Nothing has been saved in this browser.
      </p>
      {isEasyOrHard(shape) ? (
        <EasyOrHardResults instrument={shape} answers={answers} focus={focus} whose="the" />
      ) : (
        <>
      <p class="nhsuk-body-l" data-testid="shared-total">
        Total: {score.total} out of {score.max}
      </p>
      <p class="nhsuk-body">{score.complete ? `All ${score.count} statements were answered.` : `${score.answered} of ${score.count} statements were answered.`}</p>
      {multi && <SectionScores sections={score.sections} />}
      {!multi && (
        <BarChart
          title="The answer to each statement"
          series={['Answer']}
          max={Math.max(...info.scale.points.map((p) => p.value))}
          rows={items.map((item) => ({ label: shortOf(item.id), values: [result.values[item.id] ?? null] }))}
        />
      )}
      <table class="nhsuk-table" data-testid="shared-items">
        <caption class="nhsuk-table__caption">The answer to each statement</caption>
        <thead class="nhsuk-table__head">
          <tr class="nhsuk-table__row">
            <th class="nhsuk-table__header" scope="col">Statement</th>
            <th class="nhsuk-table__header" scope="col">Answer</th>
          </tr>
        </thead>
        <tbody class="nhsuk-table__body">
          {items.map((item, i) => (
            <tr class="nhsuk-table__row" key={item.id}>
              <th class="nhsuk-table__header" scope="row">
                {i + 1}. {item.text}
              </th>
              <td class="nhsuk-table__cell">{labelOf(result.values[item.id])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ResultsAdvice instrument={info.id} score={score} scale={info.scale.points} number={number} shortOf={shortOf} focus={focus} own={false} />

        </>
      )}

      <h2>Keep these results</h2>
      <p class="nhsuk-body" role="status" data-testid="shared-status">
        {saving.step === 'done' && (
          <>
            {saving.message} <a href={pages[info.id]}>Open {info.title}</a>
          </>
        )}
      </p>
      {saving.step === 'error' && <ErrorSummary title="The results were not saved" errors={[saving.error]} />}
      {saving.step === 'preview' ? (
        <ImportPreview
          plans={saving.plans}
          warnings={[]}
          blocked={saving.blocked}
          describe={saving.describe}
          confirmLabel="Save in this browser"
          busy={busy}
          onConfirm={() => confirmSave(saving.plans)}
          onCancel={() => setSaving({ step: 'idle' })}
        />
      ) : (
        saving.step !== 'done' && (
          <>
            <p class="nhsuk-body">If these are your own results, you can save them in this browser and carry on from them. You will see what changes before anything is saved.</p>
            <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={startSave}>
              Save these results in this browser
            </button>
          </>
        )
      )}
    </div>
  );
}
