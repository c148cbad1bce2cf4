/**
 * The facilitator's team view: paste share links, or choose or drop export
 * files, and see the group's spread per statement and per section. Everything
 * happens in this browser; nothing is stored or sent.
 */
import type { Instrument } from '../instrument';
import { useEffect, useState } from 'preact/hooks';
import { addParticipants, instrumentsInUse, participantFromShare, summarise, teamCsvTable, type Participant } from '../team';
import ErrorSummary from '../../site/islands/ErrorSummary';
import { EasyOrHardTeam } from './EasyOrHardTeam';
import { teamEasyOrHard, teamEasyOrHardCsv } from '../results/easy-or-hard';
import { TeamSummary } from './TeamSummary';
import { TeamPeople } from './TeamPeople';
import { readTeamFiles } from './team-files';
import { plural } from '../../site/lib/format';
import { download } from '../../site/browser/download';
import { notLoaded } from '../../site/browser/not-loaded';
import './TeamView.scss';

interface Props {
  catalogue: Instrument[];
}

export default function TeamView({ catalogue }: Props) {
  const [people, setPeople] = useState<Participant[]>([]);
  const [links, setLinks] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [chosen, setChosen] = useState('');
  const [dragging, setDragging] = useState(false);
  // The controls appear only once the island runs: without JavaScript they could do nothing.
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);

  const [skipped, setSkipped] = useState<string[]>([]);

  function add(incoming: Participant[], found: string[], left: string[] = []) {
    const { participants, duplicates } = addParticipants(people, incoming);
    const added = participants.length - people.length;
    setPeople(participants);
    setProblems(found);
    setSkipped(left);
    setStatus(
      [
        `${plural(added, 'result', 'results')} added.`,
        duplicates ? `${plural(duplicates, 'duplicate was', 'duplicates were')} left out: the same answers were already in the team view.` : '',
        found.length ? `${plural(found.length, 'item', 'items')} could not be added (listed below).` : '',
        left.length ? 'Some answers were left out (listed below); the rest of those results were added.' : '',
        `${plural(participants.length, 'person', 'people')} in the team view.`,
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  async function addLinks() {
    const loaded = await import('../transfer/share-link').catch(() => null);
    if (!loaded) return add([], [notLoaded('The links could not be read', 'The people already added are kept.')]);
    const { decodeShare, describeShareProblem, shareLinksIn } = loaded;
    const lines = shareLinksIn(links);
    if (lines.length === 0) return add([], ['Paste at least one share link.']);
    const incoming: Participant[] = [];
    const found: string[] = [];
    lines.forEach((line, i) => {
      const d = decodeShare(line, catalogue);
      const p = d.ok && participantFromShare(d.result, 'Share link');
      if (p) incoming.push(p);
      else if (!d.ok) found.push(`Link ${i + 1}: ${describeShareProblem(d.problem, d.detail)}`);
    });
    add(incoming, found);
    if (found.length === 0) setLinks('');
  }

  async function addFiles(files: FileList | File[] | null | undefined) {
    const list = [...(files ?? [])];
    if (list.length === 0) return;
    const read = await readTeamFiles(list, catalogue);
    add(read.incoming, read.found, read.left);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void addFiles(e.dataTransfer?.files);
  }

  function remove(key: string) {
    const next = people.filter((p) => p.key !== key);
    setPeople(next);
    setStatus(`Removed. ${plural(next.length, 'person', 'people')} in the team view.`);
  }

  const inUse = instrumentsInUse(people);
  const current = inUse.includes(chosen) ? chosen : inUse[0];
  const instrument = catalogue.find((c) => c.id === current);
  // An easy-or-hard instrument is counted question by question, never scored.
  const marks = instrument?.scale.type === 'easy-or-hard' ? teamEasyOrHard(instrument, people) : undefined;
  const summary = instrument && !marks ? summarise(instrument, people) : undefined;
  const titleOf = (id: string) => catalogue.find((c) => c.id === id)?.title ?? id;

  async function exportSummary() {
    if (!instrument || (!summary && !marks)) return;
    const loaded = await Promise.all([import('../../site/lib/csv'), import('../transfer/export')]).catch(() => null);
    if (!loaded) return setStatus(notLoaded('The download could not be made', 'The people added are kept.'));
    const [{ writeCsv }, { exportFilename }] = loaded;
    const { header, rows } = marks ? teamEasyOrHardCsv(marks.questions) : teamCsvTable(summary!);
    download(exportFilename(`team-${instrument.id}`, 'csv'), writeCsv(header, rows), 'text/csv;charset=utf-8');
    setStatus('The team summary was downloaded as a CSV spreadsheet file.');
  }

  if (!live) {
    return (
      <div class="app-team" data-testid="team-view">
        <h2>Add people’s results</h2>
        <p class="nhsuk-body">Adding people’s share links and files needs JavaScript, which has not run on this page.</p>
      </div>
    );
  }

  return (
    <div class="app-team" data-testid="team-view">
      <h2>Add people’s results</h2>
      <div class="nhsuk-form-group">
        <label class="nhsuk-label" for="team-links">
          Paste share links
        </label>
        <div class="nhsuk-hint" id="team-links-hint">
          Paste the links as people sent them: words around them are left out. Each person makes a link with “Create a share link” on their assessment page.
        </div>
        <textarea class="nhsuk-textarea" id="team-links" rows={5} aria-describedby="team-links-hint" value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
        <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={addLinks}>
          Add links
        </button>
      </div>
      <div
        class={`nhsuk-form-group app-team__drop${dragging ? ' app-team__drop--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="team-drop"
      >
        <label class="nhsuk-label" for="team-files">
          Or choose exported files
        </label>
        <div class="nhsuk-hint" id="team-files-hint">
          JSON or CSV files people downloaded from QI Hub. You can choose several at once, or drop them here.
        </div>
        <input
          class="app-file-input"
          id="team-files"
          type="file"
          multiple
          accept=".json,.csv,application/json,text/csv"
          aria-describedby="team-files-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            void addFiles([...(input.files ?? [])]).then(() => (input.value = ''));
          }}
        />
      </div>

      <p class="nhsuk-body" role="status" data-testid="team-status">
        {status}
      </p>
      {problems.length > 0 && <ErrorSummary title="Some results could not be added" errors={problems} />}
      {skipped.length > 0 && (
        <div class="nhsuk-inset-text" data-testid="team-skipped">
          <span class="nhsuk-u-visually-hidden">Information: </span>
          <p>Some answers were left out. The other answers in these files were added.</p>
          <ul>
            {skipped.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      )}

      {people.length > 0 && <TeamPeople people={people} titleOf={titleOf} onRemove={remove} />}

      {inUse.length > 1 && (
        <div class="nhsuk-form-group">
          <label class="nhsuk-label" for="team-instrument">
            Show results for
          </label>
          <select class="nhsuk-select" id="team-instrument" value={current} onChange={(e) => setChosen(e.currentTarget.value)}>
            {inUse.map((id) => (
              <option value={id} key={id}>
                {titleOf(id)}
              </option>
            ))}
          </select>
        </div>
      )}

      {summary && <TeamSummary summary={summary} onExport={exportSummary} />}
      {instrument && marks && <EasyOrHardTeam title={instrument.title} count={marks.people} questions={marks.questions} onExport={exportSummary} />}
    </div>
  );
}
