/**
 * "Share your results": makes a read-only link to the shared results page
 * for this instrument's answers, selects it and offers to copy it. The
 * share-link codec loads on the first press.
 */
import type { Instrument } from '../../instrument';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswerRecord } from '../../../schemas/answers';
import { orSayNotLoaded } from '../../../site/browser/not-loaded';

interface Props {
  info: Instrument;
  /** The shared-results page, with the base path. */
  sharedPath: string;
  /** The facilitator's team view, with the base path. */
  teamPath: string;
  /** This instrument's answers as they are now. */
  record: () => Promise<AnswerRecord | undefined>;
  say: (message: string) => void;
}

export function ShareLink({ info, sharedPath, teamPath, record, say }: Props) {
  const [link, setLink] = useState('');
  // Said beside the Copy button, not in the section's status line: on a phone that line is a screen or more above, out of sight.
  const [copied, setCopied] = useState('');
  // Said under the button for the same reason; in the page while empty, so the first message is read out.
  const [needAnswer, setNeedAnswer] = useState('');
  const linkInput = useRef<HTMLInputElement>(null);
  const copiedLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (link) linkInput.current?.select();
  }, [link]);
  // The button may sit at the very bottom of the screen when pressed: bring the message under it into sight.
  useEffect(() => {
    if (copied) copiedLine.current?.scrollIntoView({ block: 'nearest' });
  }, [copied]);

  async function makeLink() {
    await orSayNotLoaded(
      async () => {
        const r = await record();
        if (!r || !Object.values(r.answers).some((a) => a.value !== undefined)) return setNeedAnswer('Answer at least one statement before you share your results.');
        setNeedAnswer('');
        const { shareUrl } = await import('../../transfer/share-link');
        setLink(shareUrl(new URL(sharedPath, location.href).href, r, info));
        setCopied('');
        say('Your share link is ready. Copy it and send it to the people you choose.');
      },
      say,
      'The share link could not be made',
    );
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('The link was copied.');
    } catch {
      linkInput.current?.select();
      setCopied('Your browser did not let us copy. The link is selected: press Ctrl+C (or Command+C) to copy it.');
    }
  }

  const easyOrHard = info.scale.type === 'easy-or-hard';
  return (
    <>
      <h3>Share your results</h3>
      <p class="nhsuk-body">
        {easyOrHard
          ? 'Make a link that shows someone else which questions you found easy to answer and which you struggled over, for example the facilitator of your workshop. '
          : 'Make a link that shows your scores to someone else, for example the facilitator of your workshop. '}
        It opens the <a href={sharedPath}>shared results page</a>, read-only. Your notes are not included. Anyone with the link can see the{' '}
        {easyOrHard ? 'answers' : 'scores'} in it.
      </p>
      <p class="nhsuk-body">
        Running a workshop? Collect everyone’s links and see them together in the <a href={teamPath}>team view for facilitators</a>.
      </p>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={makeLink}>
        Create a share link
      </button>
      <p class="nhsuk-body app-portability__copied" role="status" data-testid="share-need-answer">
        {needAnswer}
      </p>
      {link && (
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="share-link">
            Your share link
          </label>
          <input class="nhsuk-input" id="share-link" type="text" readOnly value={link} ref={linkInput} data-testid="share-link" />
          <button type="button" class="nhsuk-button nhsuk-button--secondary app-portability__copy" onClick={copyLink}>
            Copy link
          </button>
          <p class="nhsuk-body app-portability__copied" role="status" data-testid="share-copy-status" ref={copiedLine}>
            {copied}
          </p>
        </div>
      )}
    </>
  );
}
