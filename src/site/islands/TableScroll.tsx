/**
 * A wide table's own scroll area, so a phone scrolls the table sideways and
 * never the page. It is a labelled region (named by the table's caption) that
 * takes focus, so keyboard users can scroll it too.
 */
import type { ComponentChildren } from 'preact';
import './TableScroll.scss';

export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    <div class="app-table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
