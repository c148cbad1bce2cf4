/**
 * Enhances the search form: loads Pagefind on first use, runs the query in the
 * address, and re-runs it as filters change, with a history entry for each
 * search, so Back and Forward step through them. When a search finds little, or a
 * word looks mistyped, it offers "Did you mean" from the site's own titles,
 * aliases and headings (search/terms.json, made at build). Plain DOM (no
 * framework) keeps the search interface to a few kilobytes on top of Pagefind's
 * own files.
 */
import { aboutFirst, excerptCuts, hasSearch, parseSearchParams, resultsSummary, toPagefindFilters, toSearchParams, type SearchState } from '../search';
import { shouldOffer, suggest, vocabulary, type Vocabulary } from '../did-you-mean';
import { afterFirstPaint } from '../../site/browser/after-first-paint';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; content: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
}

// Each result shown needs its own Pagefind fragment (about 1 KB, one request), so the first
// screen of results asks for ten: on a slow phone connection, ten more requests add round trips.
const PAGE_SIZE = 10;
let pagefind: Promise<Pagefind> | undefined;
let terms: Promise<Vocabulary | null> | undefined;

/** The site's own phrases for "Did you mean"; null when the list cannot load (search still works). */
function loadTerms(base: string): Promise<Vocabulary | null> {
  terms ??= fetch(`${base}search/terms.json`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : Promise.reject(new Error(String(r.status)))))
    .then(vocabulary)
    .catch(() => null);
  return terms;
}

function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ baseUrl: base, excerptLength: 24 });
    return pf;
  })();
  return pagefind;
}

function readForm(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) params.append(k, String(v));
  return parseSearchParams(params);
}

function fillForm(form: HTMLFormElement, state: SearchState): void {
  const q = form.elements.namedItem('q') as HTMLInputElement;
  q.value = state.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  }
  if (Object.keys(state.filters).length) form.querySelector('details')?.setAttribute('open', '');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Pagefind excerpts are escaped text with <mark> around matches; rebuild them
 * without innerHTML. One parse per excerpt (an inert document: nothing in it
 * runs or loads), keeping only its text and its marks.
 */
function excerpt(html: string, content: string): HTMLParagraphElement {
  const p = el('p', 'nhsuk-u-margin-bottom-0');
  const body = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  for (const node of body?.childNodes ?? []) {
    const text = node.textContent ?? '';
    p.append(node.nodeName === 'MARK' ? el('mark', '', text) : document.createTextNode(text));
  }
  const cut = excerptCuts(p.textContent ?? '', content);
  if (cut.start) p.prepend('… ');
  if (cut.end) p.append(' …');
  return p;
}

type ResultData = Awaited<ReturnType<PagefindResult['data']>>;

/** One result: its type, its title as a link, and the excerpt. */
function item(r: ResultData): HTMLLIElement {
  const li = el('li', 'app-search-results__item');
  if (r.meta.type) li.append(el('p', 'app-search-results__type nhsuk-body-s app-meta', r.meta.type));
  const h = el('h2', 'nhsuk-heading-s nhsuk-u-margin-bottom-1');
  const a = el('a', '', r.meta.title ?? r.url);
  a.href = r.url;
  h.append(a);
  li.append(h, excerpt(r.excerpt, r.content));
  return li;
}

/**
 * "Showing 10 of 25" and a button that adds the next results to the list.
 * Focus moves to the first added result, so a keyboard or screen reader user
 * carries on reading where the new results start. `current` is false once a
 * newer search has replaced this one.
 */
function moreResults(results: PagefindResult[], ol: HTMLOListElement, current: () => boolean): HTMLDivElement {
  const box = el('div', 'app-search-more');
  const note = el('p', 'nhsuk-body-s');
  const button = el('button', 'nhsuk-button nhsuk-button--secondary', 'Show more results');
  button.type = 'button';
  let shown = PAGE_SIZE;
  note.textContent = `Showing ${shown} of ${results.length}.`;
  box.append(note, button);
  button.addEventListener('click', async () => {
    if (button.disabled) return;
    button.disabled = true;
    try {
      const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
      if (!current()) return;
      const items = next.map(item);
      ol.append(...items);
      shown += next.length;
      note.textContent = shown < results.length ? `Showing ${shown} of ${results.length}.` : `Showing all ${results.length}.`;
      if (shown >= results.length) button.remove();
      items[0]?.querySelector('a')?.focus();
    } catch {
      note.textContent = `Showing ${shown} of ${results.length}. More results could not load: check your connection and try again.`;
    } finally {
      button.disabled = false;
    }
  });
  return box;
}

/** "Did you mean …?" as a link that runs the corrected search (same filters). */
function didYouMean(state: SearchState): HTMLParagraphElement {
  const p = el('p', 'nhsuk-body app-search__suggestion', 'Did you mean ');
  const a = el('a', '', state.q);
  a.href = `?${toSearchParams(state).toString()}`;
  a.dataset.appSearchSuggestion = '';
  p.append(a, '?');
  return p;
}

export function startSearch(form: HTMLFormElement): void {
  const base = form.dataset.base ?? '/';
  const status = document.querySelector<HTMLElement>('[data-app-search-status]')!;
  const list = document.querySelector<HTMLElement>('[data-app-search-results]')!;
  // The browse links are for when search has nothing to show. Hiding them before
  // results arrive keeps the results from pushing content down (layout shift).
  const browse = document.querySelector<HTMLElement>('[data-app-search-browse]');
  const showBrowse = (show: boolean) => {
    if (browse) browse.hidden = !show;
  };
  let run = 0;
  // Pagefind and the "Did you mean" terms are fetched once the page is on screen, not while it is being drawn.
  const painted = afterFirstPaint();

  /** The search on screen, as its canonical query string. */
  let onScreen = '';
  const pageTitle = document.title;

  async function search(state: SearchState): Promise<void> {
    const mine = ++run;
    onScreen = toSearchParams(state).toString();
    // Each search is its own history entry: its title names the words, so the Back menu (and a screen reader) can tell them apart.
    document.title = state.q ? `${state.q} - ${pageTitle}` : pageTitle;
    list.replaceChildren();
    if (!hasSearch(state)) {
      status.textContent = '';
      showBrowse(true);
      return;
    }
    showBrowse(false);
    status.textContent = 'Searching…';
    try {
      await painted;
      const vocab = state.q ? loadTerms(base) : Promise.resolve(null);
      const pf = await loadPagefind(base);
      const found = await pf.search(state.q || null, { filters: toPagefindFilters(state.filters) });
      const results = found?.results ?? [];
      const data = aboutFirst(await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data())), state.q);
      const correction = state.q ? suggest(state.q, (await vocab) ?? vocabulary([])) : null;
      if (mine !== run) return;
      showBrowse(results.length === 0);
      const filtered = Object.keys(state.filters).length > 0;
      status.textContent = resultsSummary(results.length, state.q, filtered) + (results.length === 0 ? ' Try other words, remove a filter, or browse the sections below.' : '');
      const ol = el('ol', 'nhsuk-list app-search-results');
      ol.append(...data.map(item));
      list.append(ol);
      if (results.length > PAGE_SIZE) list.append(moreResults(results, ol, () => mine === run));
      if (shouldOffer(correction, results.length)) list.prepend(didYouMean({ ...state, q: correction.query }));
    } catch {
      if (mine !== run) return;
      showBrowse(true);
      status.textContent = 'Search could not load. Check your connection and try again, or browse the sections below.';
    }
  }

  function update(): void {
    const state = readForm(form);
    const qs = toSearchParams(state).toString();
    // Each new search or filter gets its own history entry, so Back steps back through them
    // (popstate below) instead of leaving search; the same search again adds none.
    if (qs !== location.search.replace(/^\?/, '')) history.pushState(null, '', qs ? `?${qs}` : location.pathname);
    void search(state);
  }

  addEventListener('popstate', () => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    // Back from a same-page link (the skip link adds #main-content) is the same search: keep what is shown.
    if (toSearchParams(state).toString() === onScreen) return;
    fillForm(form, state);
    void search(state);
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  // The suggestion runs its search here, without reloading the page.
  list.addEventListener('click', (e) => {
    const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-app-search-suggestion]');
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    fillForm(form, parseSearchParams(new URL(link.href).searchParams));
    update();
    (form.elements.namedItem('q') as HTMLInputElement).focus();
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).type === 'checkbox') update();
  });

  const initial = parseSearchParams(new URLSearchParams(location.search));
  // Words typed before this script ran (a slow connection) are kept in the box: the results
  // shown are still the address's, and their summary names that query.
  const box = form.elements.namedItem('q') as HTMLInputElement;
  const typed = box.value !== box.defaultValue ? box.value : null;
  fillForm(form, initial);
  if (typed !== null) box.value = typed;
  void search(initial);
}
