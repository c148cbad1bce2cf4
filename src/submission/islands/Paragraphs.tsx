import { paragraphs } from '../front-matter';
import { previewParagraphs } from '../typography';

/** The hint under a box for several paragraphs: how line breaks and lists show on the page. */
export const PARAGRAPH_HINT = 'Leave a blank line between paragraphs. A single line break shows as a space, and lines starting with “- ” do not become a list.';

/**
 * Typed text in the preview, paragraph by paragraph, exactly as the built page
 * shows it: `markdown` for text that goes into the page's Markdown body, where
 * the build curls quotes and makes dashes; otherwise text from a field, shown as typed.
 */
export function Paragraphs({ text, markdown = false }: { text: string; markdown?: boolean }) {
  return (
    <>
      {(markdown ? previewParagraphs(text) : paragraphs(text)).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}
