/**
 * The facilitator's team view: paste share links, or choose or drop export
 * files, and see the group's spread per statement and per section. Everything
 * happens in this browser; nothing is stored or sent.
 */
import { useEffect, useState } from 'preact/hooks';
import type { InstrumentInfo } from '../catalogue';
import { addParticipants, fmt, instrumentsInUse, participant, participantFromRecord, pastedLines, summarise, teamCsvTable, type Participant, type Stats } from '../team';
import { shortLabels } from '../results/scoring';
import ErrorSummary from '../../site/islands/ErrorSummary';
import { TableScroll } from '../../site/islands/TableScroll';
import TeamChart from './TeamChart';
import { EasyOrHardTeam } from './EasyOrHardTeam';
import { teamEasyOrHard, teamEasyOrHardCsv } from '../results/easy-or-hard';
import { download } from './portability/download';
import './TeamView.scss';

interface Props {
  catalogue: InstrumentInfo[];
}

const dateOf = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
    const { decodeShare, describeShareProblem } = await import('../transfer/share-link');
    const lines = pastedLines(links);
    if (lines.length === 0) return add([], ['Paste at least one share link.']);
    const incoming: Participant[] = [];
    const found: string[] = [];
    lines.forEach((line, i) => {
      const d = decodeShare(line, catalogue);
      if (d.ok) incoming.push(participant(d.result.instrument, d.result.answeredAt, d.result.values, 'Share link'));
      else found.push(`Link ${i + 1}: ${describeShareProblem(d.problem, d.detail)}`);
    });
    add(incoming, found);
    if (found.length === 0) setLinks('');
  }

  async function addFiles(files: FileList | File[] | null | undefined) {
    const list = [...(files ?? [])];
    if (list.length === 0) return;
    const [{ checkSize, decodeText, checkImport }, { readCsv }] = await Promise.all([import('../transfer/import'), import('../../site/lib/csv')]);
    const incoming: Participant[] = [];
    const found: string[] = [];
    const left: string[] = [];
    for (const file of list) {
      const size = checkSize(file.size);
      if (size) {
        found.push(`${file.name}: ${size}`);
        continue;
      }
      const text = decodeText(new Uint8Array(await file.arrayBuffer()));
      if (!text.ok) {
        found.push(`${file.name}: ${text.error}`);
        continue;
      }
      const checked = checkImport(text.text, catalogue, readCsv);
      if (!checked.ok) {
        found.push(`${file.name}: ${checked.errors.join(' ')}`);
        continue;
      }
      left.push(...checked.warnings.map((w) => `${file.name}: ${w}`));
      const before = incoming.length;
      for (const i of checked.instruments) {
        const p = participantFromRecord(i.record, file.name);
        if (p) incoming.push(p);
      }
      if (incoming.length === before) found.push(`${file.name}: it has no scores in it.`);
    }
    add(incoming, found, left);
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
  const marks = instrument?.scaleType === 'easy-or-hard' ? teamEasyOrHard(instrument, people) : undefined;
  const summary = instrument && !marks ? summarise(instrument, people) : undefined;
  const titleOf = (id: string) => catalogue.find((c) => c.id === id)?.title ?? id;

  async function exportSummary() {
    if (!instrument || (!summary && !marks)) return;
    const [{ writeCsv }, { exportFilename }] = await Promise.all([import('../../site/lib/csv'), import('../transfer/export')]);
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
          One link on each line. Each person makes a link with “Create a share link” on their assessment page.
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

      {people.length > 0 && (
        <TableScroll labelledBy="team-people-caption">
        <table class="nhsuk-table" data-testid="team-people">
          <caption class="nhsuk-table__caption nhsuk-table__caption--s" id="team-people-caption">People in the team view</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th scope="col" class="nhsuk-table__header">Person</th>
              <th scope="col" class="nhsuk-table__header">Assessment</th>
              <th scope="col" class="nhsuk-table__header">From</th>
              <th scope="col" class="nhsuk-table__header">Answered</th>
              <th scope="col" class="nhsuk-table__header">
                <span class="nhsuk-u-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            {people.map((p, i) => (
              <tr class="nhsuk-table__row" key={p.key}>
                <th scope="row" class="nhsuk-table__header">Person {i + 1}</th>
                <td class="nhsuk-table__cell">{titleOf(p.instrument)}</td>
                <td class="nhsuk-table__cell">{p.source}</td>
                <td class="nhsuk-table__cell">{dateOf(p.answeredAt)}</td>
                <td class="nhsuk-table__cell">
                  <button type="button" class="app-link-button" onClick={() => remove(p.key)}>
                    Remove<span class="nhsuk-u-visually-hidden"> person {i + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}

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

      {summary && <Summary summary={summary} onExport={exportSummary} />}
      {instrument && marks && <EasyOrHardTeam title={instrument.title} count={marks.people} questions={marks.questions} onExport={exportSummary} />}
    </div>
  );
}

function Summary({ summary, onExport }: { summary: ReturnType<typeof summarise>; onExport: () => void }) {
  const { instrument } = summary;
  const points = instrument.scale.map((p) => p.value);
  const number = new Map(summary.items.map((item, i) => [item.id, i + 1]));
  const shortOf = shortLabels(instrument);
  const text = new Map(summary.items.map((item) => [item.id, item.text]));
  const multi = summary.sections.length > 1;
  return (
    <section aria-labelledby="team-summary-heading" data-testid="team-summary">
      <h2 id="team-summary-heading">
        {instrument.title}: {plural(summary.participants, 'person', 'people')}
      </h2>
      <p class="nhsuk-body">
        Scale: {instrument.scale.map((p) => `${p.value} = ${p.label}`).join('; ')}.
      </p>
      <h3>Where people disagree most</h3>
      {summary.mostDisagreement.length ? (
        <>
          <p class="nhsuk-body">Statements where scores span {summary.threshold} points or more. These are worth talking about together.</p>
          <ul class="nhsuk-list nhsuk-list--bullet" data-testid="team-disagreement">
            {summary.mostDisagreement.map((id) => {
              const item = summary.items.find((i) => i.id === id)!;
              return (
                <li key={id}>
                  {number.get(id)}. {text.get(id)} (scores from {fmt(item.min)} to {fmt(item.max)})
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p class="nhsuk-body" data-testid="team-disagreement">No statement has scores that span {summary.threshold} points or more.</p>
      )}

      {multi && (
        <>
          <h3>Each section</h3>
          <p class="nhsuk-body">Each person’s average score over the statements they answered in the section, rounded to the nearest point for the counts.</p>
          <TeamChart
            title="How many people’s section averages fall on each score, for each section"
            rows={summary.sections.map((s) => ({ key: s.id, label: s.title, distribution: s.distribution }))}
            points={points}
          />
          <TableScroll labelledBy="team-sections-caption">
            <table class="nhsuk-table" data-testid="team-sections">
              <caption class="nhsuk-table__caption" id="team-sections-caption">Each section: the spread of each person’s average score</caption>
              <thead class="nhsuk-table__head">
                <tr class="nhsuk-table__row">
                  <th scope="col" class="nhsuk-table__header">Section</th>
                  <th scope="col" class="nhsuk-table__header">Answered</th>
                  <th scope="col" class="nhsuk-table__header">Median</th>
                  <th scope="col" class="nhsuk-table__header">Range</th>
                  {points.map((p) => (
                    <th scope="col" class="nhsuk-table__header" key={p}>
                      <span class="nhsuk-u-visually-hidden">People whose average rounds to </span>
                      {p}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="nhsuk-table__body">
                {summary.sections.map((s) => (
                  <tr class="nhsuk-table__row" key={s.id}>
                    <th scope="row" class="nhsuk-table__header">{s.title}</th>
                    <StatCells stats={s} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}

      <h3>Each statement</h3>
      <TeamChart
        title="How many people chose each score, for each statement"
        rows={summary.items.map((item) => ({ key: item.id, label: shortOf(item.id), distribution: item.distribution, flagged: item.disagree }))}
        points={points}
      />
      <TableScroll labelledBy="team-items-caption">
        <table class="nhsuk-table app-team__items" data-testid="team-items">
          <caption class="nhsuk-table__caption" id="team-items-caption">How many people chose each score, for each statement</caption>
          <thead class="nhsuk-table__head">
            <tr class="nhsuk-table__row">
              <th scope="col" class="nhsuk-table__header">Statement</th>
              <th scope="col" class="nhsuk-table__header">Answered</th>
              <th scope="col" class="nhsuk-table__header">Median</th>
              <th scope="col" class="nhsuk-table__header">Range</th>
              {points.map((p) => (
                <th scope="col" class="nhsuk-table__header" key={p}>
                  <span class="nhsuk-u-visually-hidden">People who scored </span>
                  {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="nhsuk-table__body">
            {summary.items.map((item) => (
              <tr class={`nhsuk-table__row${item.disagree ? ' app-team__row--disagree' : ''}`} key={item.id}>
                <th scope="row" class="nhsuk-table__header">
                  {number.get(item.id)}. {item.text}
                  {item.disagree && (
                    <>
                      {' '}
                      <strong class="nhsuk-tag nhsuk-tag--orange">People disagree</strong>
                    </>
                  )}
                </th>
                <StatCells stats={item} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={onExport}>
        Download the team summary (CSV)
      </button>
    </section>
  );
}

/** How many answered, the median, the range and how many chose each score: one table row's cells, for a section or a statement. */
function StatCells({ stats }: { stats: Stats }) {
  return (
    <>
      <td class="nhsuk-table__cell">{stats.n}</td>
      <td class="nhsuk-table__cell">{stats.n ? fmt(stats.median) : 'No answers'}</td>
      <td class="nhsuk-table__cell">{stats.n ? `${fmt(stats.min)} to ${fmt(stats.max)}` : ''}</td>
      {stats.distribution.map((n, c) => (
        <td class="nhsuk-table__cell" key={c}>
          {n}
        </td>
      ))}
    </>
  );
}
