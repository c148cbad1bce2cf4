/**
 * What a page says about a document store fault (`./documents.ts`), for any
 * kind of document. `noun` names it as the person would ("chart", "review").
 * Pure, so tests can check every fault has words.
 */
import type { DocumentFault } from './documents';

export function documentFaultText(fault: DocumentFault, noun: string): { heading: string; body: string } {
  switch (fault.kind) {
    case 'blocked':
      return {
        heading: `This browser is not letting QI Hub save your ${noun}`,
        body: `This can happen in private browsing, or when cookies and site data are blocked. Your ${noun} stays on this page until you close it. Export it to keep a copy.`,
      };
    case 'full':
      return {
        heading: 'This browser’s storage is full',
        body: `Your latest changes to this ${noun} were not saved in this browser, but they are still on this page. Export it to keep a copy, or delete things you no longer need, then try again.`,
      };
    case 'write-failed':
      return {
        heading: `Your latest changes to this ${noun} could not be saved`,
        body: `They are still on this page. Export the ${noun} to keep a copy, then try again.`,
      };
    case 'newer-version':
      return {
        heading: `This ${noun} was saved by a newer version of QI Hub`,
        body: `You can see it, but this page will not change it. Reload the page to get the newer version.`,
      };
    case 'not-json':
    case 'wrong-shape':
      return fault.keptAs
        ? {
            heading: `A saved ${noun} could not be read`,
            body: `What was stored was damaged or in a shape we do not recognise. We kept a copy of it, exactly as it was, which you can download. Nothing else was changed.`,
          }
        : {
            heading: `A saved ${noun} could not be read`,
            body: `What was stored was damaged, and there is no room to keep a copy. Download it if you want to keep it, or discard it to save this ${noun} again.`,
          };
  }
}
