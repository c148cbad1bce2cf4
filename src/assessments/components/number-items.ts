/**
 * The statements of an instrument numbered as the printed checklist numbers
 * them: 1 to n straight through every section, not from 1 in each. The form
 * on screen and the paper form both use it, so their numbers always agree.
 */

interface Item {
  subheading?: string | undefined;
}

interface Section {
  items: readonly Item[];
}

type Numbered<S extends Section> = Omit<S, 'items'> & { items: (S['items'][number] & { n: number; showSubheading: boolean })[] };

/** Each section with its items numbered, and `showSubheading` set where an item's sub-heading differs from the one before. */
export function numberItems<S extends Section>(sections: readonly S[]): Numbered<S>[] {
  let n = 0;
  return sections.map((section) => ({
    ...section,
    items: section.items.map((item, i) => ({
      ...item,
      n: ++n,
      // A sub-heading is shown where it changes, as in the printed checklist.
      showSubheading: !!item.subheading && item.subheading !== section.items[i - 1]?.subheading,
    })),
  }));
}
