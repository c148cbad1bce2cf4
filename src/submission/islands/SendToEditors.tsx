import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/** The last step of a submission form: the files to download, what is in them, and an email to the editors. */
export function SendToEditors({ kind, files, file, mailto, editors, onSent, children }: { kind: 'poster' | 'course'; files: { name: string; save: () => void }[]; file: string; mailto: string; editors: string; onSent: () => void; children?: ComponentChildren }) {
  const [saved, setSaved] = useState<string[]>([]);
  const save = (f: { name: string; save: () => void }) => () => {
    f.save();
    onSent();
    setSaved((s) => (s.includes(f.name) ? s : [...s, f.name]));
  };
  const left = files.filter((f) => !saved.includes(f.name)).map((f) => f.name);
  return (
    <section aria-labelledby="send-heading" data-testid="send">
      <h2 id="send-heading">Send it to the editors</h2>
      <p class="nhsuk-body">Nothing has been sent yet. This site does not send anything itself.</p>
      <ol class="nhsuk-list nhsuk-list--number">
        <li>Download {files.length === 1 ? 'the file' : 'the files'} below.</li>
        <li>Email {files.length === 1 ? 'it' : 'them'} to the editors at {editors}, attached to the email.</li>
        {children}
        <li>The editors check the {kind} and add it to the site. They will reply if anything needs changing.</li>
      </ol>
      <div class="nhsuk-button-group">
        {files.map((f) => (
          <button key={f.name} type="button" class="nhsuk-button nhsuk-button--secondary" onClick={save(f)}>
            Download {f.name}
          </button>
        ))}
      </div>
      <p class="nhsuk-body" role="status" data-testid="download-status">
        {saved.length > 0 &&
          `You downloaded ${saved.join(' and ')}: look in your Downloads folder. ${left.length ? `Download ${left.join(' and ')} too, then attach` : 'Attach'} ${files.length === 1 ? 'it' : 'them'} to your email to the editors.`}
      </p>
      <p class="nhsuk-body">
        <a href={mailto} data-testid="mailto" onClick={onSent}>Email the editors at {editors}</a> (opens your email app with the subject filled in; attach the downloaded {files.length === 1 ? 'file' : 'files'})
      </p>
      <details class="nhsuk-details">
        <summary class="nhsuk-details__summary">
          <span class="nhsuk-details__summary-text">See the {kind} file</span>
        </summary>
        <div class="nhsuk-details__text">
          <pre class="app-submission__file-text" data-testid="file-text">{file}</pre>
        </div>
      </details>
    </section>
  );
}
