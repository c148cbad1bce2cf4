/**
 * `client:answers="<form id>"`: hydrates an island when it scrolls into view
 * (as client:visible does), or as soon as the assessment form named by the
 * value holds an answer, or when the page is about to print. Results then
 * exist before anyone presses Ctrl+P, while a first visit with nothing answered
 * still loads no results code until the results are reached.
 */
import type { ClientDirective } from 'astro';

const answers: ClientDirective = (load, opts, el) => {
  let started = false;
  const form = typeof opts.value === 'string' ? document.getElementById(opts.value) : null;
  const hasAnswer = () => !!form?.querySelector('input:checked') || [...(form?.querySelectorAll('textarea') ?? [])].some((t) => t.value.trim() !== '');

  const start = async () => {
    if (started) return;
    started = true;
    visible.disconnect();
    restored.disconnect();
    form?.removeEventListener('change', start);
    removeEventListener('beforeprint', start);
    const hydrate = await load();
    await hydrate();
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
