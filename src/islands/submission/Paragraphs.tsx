import { paragraphs } from '../../lib/submission/front-matter';

/** Typed text in the preview, paragraph by paragraph, exactly as the built page shows it. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}
