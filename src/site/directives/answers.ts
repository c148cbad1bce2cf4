/**
 * `client:answers="<form id>"`: hydrates an island when it scrolls into view
 * (as client:visible does), or as soon as the assessment form named by the
 * value holds an answer, or when the page is about to print. Results then
 * exist before anyone presses Ctrl+P, while a first visit with nothing answered
 * still loads no results code until the results are reached.
 */
import type { ClientDirective } from 'astro';
import { clearNotHydrated, hydrated, showNotHydrated } from './not-hydrated';
import { afterFirstPaint } from '../browser/after-first-paint';

/** Said in the results' place when their code could not be fetched. */
export const RESULTS_NOT_LOADED =
  'Your results could not be shown: part of this page could not be loaded. Check your connection. Your answers are not affected, and your results will be tried again when your connection comes back or you next answer.';

const answers: ClientDirective = (load, opts, el) => {
  let started = false;
  const form = typeof opts.value === 'string' ? document.getElementById(opts.value) : null;
  const hasAnswer = () => !!form?.querySelector('input:checked') || [...(form?.querySelectorAll('textarea') ?? [])].some((t) => t.value.trim() !== '');

  // Stored answers are put back as the page loads, before it is first drawn: the results' code (Preact and the
  // results' own files) is fetched once the page is on screen, not while it is being drawn (see afterFirstPaint).
  const painted = afterFirstPaint();

  const start = async () => {
    if (started) return;
    started = true;
    await painted;
    const hydrate = await load();
    clearNotHydrated(el);
    await hydrate();
    // The code could not be fetched: say so, and try again when the connection comes back, or on the next answer, scroll or print.
    if (!hydrated(el)) {
      started = false;
      addEventListener('online', start, { once: true });
      return showNotHydrated(el, RESULTS_NOT_LOADED);
    }
    visible.disconnect();
    restored.disconnect();
    form?.removeEventListener('change', start);
    removeEventListener('beforeprint', start);
  };

  // An island's element has display: contents, so its children are what scroll into view.
  const visible = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start());
  for (const child of el.children) visible.observe(child);
  // The form script marks the form once it has put stored answers back on it.
  const restored = new MutationObserver(() => form?.hasAttribute('data-loaded') && hasAnswer() && start());
  if (form) restored.observe(form, { attributes: true, attributeFilter: ['data-loaded'] });
  form?.addEventListener('change', start);
  addEventListener('beforeprint', start);
  if (form?.hasAttribute('data-loaded') && hasAnswer()) void start();
};

export default answers;
