/**
 * Start again, clear this checklist, or clear everything QI Hub keeps in this
 * browser: each asks first, Escape cancels, and focus always lands somewhere
 * sensible (the question, the button that asked it, or what happened).
 */
import type { Instrument } from '../instrument';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { InstrumentState } from '../record/assessment-store';
import { clearEverything, resetInstrument, startInstrumentAgain } from '../record/actions/assessment-actions';
import { firstClickOnly } from '../../site/browser/first-click';

type Confirm = 'start-again' | 'reset' | 'clear-all' | null;

export function ClearAnswers({ instrument, readOnly }: { instrument: Instrument; readOnly: boolean }) {
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [outcome, setOutcome] = useState('');
  // Where focus goes next: the question's heading when it opens, the button that
  // opened it on Cancel, the outcome after the action (never the page itself).
  const [focusOn, setFocusOn] = useState<'question' | Exclude<Confirm, null> | 'outcome' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const openers = useRef<Partial<Record<Exclude<Confirm, null>, HTMLButtonElement | null>>>({});
  useEffect(() => {
    if (focusOn === 'question') heading.current?.focus();
    else if (focusOn === 'outcome') outcomeRef.current?.focus();
    else if (focusOn) openers.current[focusOn]?.focus();
  }, [focusOn, confirm, outcome]);
  if (readOnly) return null;
  const texts: Record<Exclude<Confirm, null>, [string, string, string]> = {
    'start-again': ['Start again?', 'This clears your current answers. Your snapshots are kept, so you can compare your new answers with them.', 'Yes, start again'],
    reset: ['Clear this checklist?', 'This clears your answers and all your snapshots for this checklist from this browser. You cannot undo this. Export your answers first if you want a copy.', 'Yes, clear this checklist'],
    'clear-all': [
      'Clear everything?',
      'This removes everything QI Hub keeps in this browser: your answers, notes and snapshots for every checklist, your saved charts and portfolio reviews, the backup kept so you can undo an import, and any damaged records kept aside. You cannot undo this. Download anything you want to keep first: your answers from this page, charts from the chart maker, and reviews from the portfolio review tool.',
      'Yes, clear everything',
    ],
  };
  const ask = (which: Exclude<Confirm, null>) => {
    setConfirm(which);
    setOutcome('');
    setFocusOn('question');
  };
  const cancel = () => {
    const opener = confirm;
    setConfirm(null);
    setFocusOn(opener);
  };
  const act = () => {
    let state: InstrumentState | undefined;
    let said: string;
    if (confirm === 'start-again') state = startInstrumentAgain(instrument.id);
    if (confirm === 'reset') state = resetInstrument(instrument.id);
    if (confirm === 'clear-all') {
      const { ok, left } = clearEverything();
      said = ok
        ? 'Everything QI Hub kept in this browser was cleared. There is nothing left to undo.'
        : `Not everything could be cleared: this browser is not letting QI Hub change its storage${left.length ? ` (${left.length} ${left.length === 1 ? 'item remains' : 'items remain'})` : ''}. Clear this site’s data in your browser’s settings instead.`;
    } else if (state && (state.readOnly || state.faults.some((f) => f.kind === 'blocked' || f.kind === 'full' || f.kind === 'write-failed'))) {
      // Cleared in memory only: saying "cleared from this browser" would be untrue, and matters on a shared computer.
      said = 'Your answers were cleared from this page, but this browser did not let QI Hub change what it stored, so answers saved earlier may come back when you reload. To remove them, clear this site’s data in your browser’s settings.';
    } else said = confirm === 'start-again' ? 'Your answers were cleared. Your snapshots are kept.' : 'Your answers were cleared from this browser.';
    setOutcome(said);
    setConfirm(null);
    setFocusOn('outcome');
  };
  return (
    <section aria-labelledby="clear-heading">
      <h2 id="clear-heading">Start again or clear your answers</h2>
      {outcome ? (
        <p class="nhsuk-body" tabIndex={-1} ref={outcomeRef} data-testid="clear-outcome">
          {outcome}
        </p>
      ) : null}
      {confirm ? (
        // Escape answers the question with Cancel, as it does every question on the page.
        <div class="nhsuk-card nhsuk-card--warning" data-testid="confirm" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <div class="nhsuk-card__content">
            <h3 class="nhsuk-card__heading" tabIndex={-1} ref={heading}>{texts[confirm][0]}</h3>
            <p class="nhsuk-card__description">{texts[confirm][1]}</p>
            <div class="nhsuk-button-group">
              <button type="button" class="nhsuk-button nhsuk-button--warning" onClick={firstClickOnly(act)}>{texts[confirm][2]}</button>
              <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={cancel}>Cancel</button>
            </div>
          </div>
        </div>
      ) : (
        <div class="nhsuk-button-group">
          <button type="button" class="nhsuk-button nhsuk-button--secondary" ref={(b) => { openers.current['start-again'] = b; }} onClick={() => ask('start-again')}>Start again</button>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" ref={(b) => { openers.current.reset = b; }} onClick={() => ask('reset')}>Clear this checklist</button>
          <button type="button" class="nhsuk-button nhsuk-button--secondary" ref={(b) => { openers.current['clear-all'] = b; }} onClick={() => ask('clear-all')}>Clear everything</button>
        </div>
      )}
    </section>
  );
}

