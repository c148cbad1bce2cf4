/**
 * "Where to focus": the methods and training that help with a statement that
 * scores low, from the one mapping editors keep in
 * content/focus/where-to-focus.yaml. Pages build a compact table at build time
 * (each page listed once, statements point at it by position) and hand it to
 * the results islands, which look statements up with focusFor().
 */

/** A page on this site that helps. */
export interface HelpLink {
  href: string;
  title: string;
  kind: 'Method' | 'Training';
  /** For training: who it is for, as its page says ("Who it is for"). */
  audience?: string;
}

export interface FocusTable {
  /** Every page any statement points at, each once. */
  pages: HelpLink[];
  /** Instrument id -> item id -> positions in `pages`, methods first, in the editors' order. */
  items: Record<string, Record<string, number[]>>;
}

/** What the mapping file holds for one instrument: item id -> method and training ids. */
export type FocusEntry = Record<string, { methods: readonly { id: string }[]; training: readonly { id: string }[] }>;

export interface PageInfo {
  href: string;
  title: string;
  audience?: string;
}

/** Builds the table for the given instruments from the mapping and the pages that exist. */
export function buildFocusTable(
  mapping: ReadonlyMap<string, FocusEntry>,
  instruments: readonly string[],
  pages: { methods: ReadonlyMap<string, PageInfo>; training: ReadonlyMap<string, PageInfo> },
): FocusTable {
  const table: FocusTable = { pages: [], items: {} };
  const position = new Map<string, number>();
  const indexOf = (link: HelpLink) => {
    let at = position.get(link.href);
    if (at === undefined) {
      at = table.pages.push(link) - 1;
      position.set(link.href, at);
    }
    return at;
  };
  for (const instrument of instruments) {
    const entry = mapping.get(instrument);
    if (!entry) continue;
    const items: Record<string, number[]> = {};
    for (const [item, { methods, training }] of Object.entries(entry)) {
      const found = [
        ...methods.flatMap(({ id }) => (pages.methods.has(id) ? [{ ...pages.methods.get(id)!, kind: 'Method' as const }] : [])),
        ...training.flatMap(({ id }) => (pages.training.has(id) ? [{ ...pages.training.get(id)!, kind: 'Training' as const }] : [])),
      ];
      items[item] = found.map(indexOf);
    }
    table.items[instrument] = items;
  }
  return table;
}

/** The methods and the training that help with one statement; empty lists when the mapping has none. */
export function focusFor(table: FocusTable, instrument: string, item: string): { methods: HelpLink[]; training: HelpLink[] } {
  const links = (table.items[instrument]?.[item] ?? []).map((i) => table.pages[i]).filter((l): l is HelpLink => !!l);
  return { methods: links.filter((l) => l.kind === 'Method'), training: links.filter((l) => l.kind === 'Training') };
}

/**
 * Problems that make the mapping disagree with the instruments: an instrument
 * or statement it names that does not exist, or a statement it leaves out.
 * One line each, naming the mapping file's keys, for the build error.
 */
export function focusProblems(
  instruments: readonly { id: string; items: readonly string[] }[],
  mapping: ReadonlyMap<string, Readonly<Record<string, unknown>>>,
  file = 'content/focus/where-to-focus.yaml',
): string[] {
  const problems: string[] = [];
  const known = new Map(instruments.map((i) => [i.id, new Set(i.items)]));
  for (const [instrument, entry] of mapping) {
    const items = known.get(instrument);
    if (!items) {
      problems.push(`${file}: "${instrument}" is not a self-assessment. Use the name of a file in content/assessments/, without .yaml.`);
      continue;
    }
    for (const item of Object.keys(entry)) {
      if (!items.has(item)) problems.push(`${file}: ${instrument} has no statement with the id "${item}".`);
    }
  }
  for (const { id, items } of instruments) {
    const entry = mapping.get(id);
    const missing = items.filter((item) => !entry || !(item in entry));
    if (missing.length) problems.push(`${file}: add ${id} ${missing.map((m) => `"${m}"`).join(', ')} (use empty lists when nothing on the site helps).`);
  }
  return problems;
}
