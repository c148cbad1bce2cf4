/**
 * Blank templates: printable A4 pages people fill in by hand, one for each
 * tool that has one, with an editable file where people expect one: a
 * spreadsheet for data, a Word document for a record written in words. Pure
 * data, and the one source of the prompts: the pages, the spreadsheets, the
 * documents and the method pages' links are all made from this list.
 */

/** Labelled spaces to write in. */
export interface FieldsSection {
  kind: 'fields';
  heading?: string;
  fields: { label: string; hint?: string; lines: number }[];
}

/** A table with headings and empty rows. */
export interface TableSection {
  kind: 'table';
  heading?: string;
  columns: string[];
  rows: number;
  /** Rows are numbered in the first column. */
  numbered?: boolean;
}

/** A blank diagram to draw on. */
export interface DiagramSection {
  kind: 'diagram';
  heading?: string;
  diagram: 'fishbone' | 'stakeholder-grid' | 'driver-diagram' | 'process-symbols';
  hint?: string;
}

export type Section = FieldsSection | TableSection | DiagramSection;

export interface SpreadsheetColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** What the column holds, for number and date formats and checks. */
  type?: 'text' | 'date' | 'number' | 'choice';
  /** For a choice column: the values to choose from. */
  choices?: string[];
}

export interface Spreadsheet {
  /** The worksheet people fill in. */
  sheet: string;
  columns: SpreadsheetColumn[];
  /** A second sheet of short instructions. */
  notes: string[];
}

export interface BlankTemplate {
  id: string;
  title: string;
  /** One sentence: what it is for. */
  summary: string;
  /** The methods it belongs to (ids in content/methods). */
  methods: string[];
  /** Lines written once at the top: who, when. */
  header: string[];
  sections: Section[];
  /** Lay the page out landscape (wide diagrams). */
  landscape?: boolean;
  spreadsheet?: Spreadsheet;
  /**
   * Also written as an editable Word document (DOCX) with the same headings,
   * prompts and blank fields: for records people fill in with words.
   */
  document?: true;
}

const project = ['Project', 'Completed by', 'Date'];

export const templates: BlankTemplate[] = [
  {
    id: 'pdsa-record',
    title: 'PDSA cycle record',
    summary: 'Plan one small test of change, predict what will happen, then record what happened, what you learnt and what you will do next.',
    methods: ['pdsa-cycles', 'model-for-improvement'],
    header: ['Project', 'Cycle number', 'Date started'],
    document: true,
    sections: [
      { kind: 'fields', fields: [{ label: 'Objective of this cycle', hint: 'What are you testing, and what question should it answer?', lines: 2 }] },
      {
        kind: 'fields',
        heading: 'Plan',
        fields: [
          { label: 'The change we will test', lines: 2 },
          { label: 'What we predict will happen, and why', lines: 2 },
          { label: 'Who, what, where and when', lines: 2 },
          { label: 'The data we will collect', lines: 2 },
        ],
      },
      { kind: 'fields', heading: 'Do', fields: [{ label: 'What happened, including problems and surprises', lines: 3 }] },
      { kind: 'fields', heading: 'Study', fields: [{ label: 'What the data shows, against our prediction', lines: 3 }, { label: 'What we learnt', lines: 2 }] },
      { kind: 'fields', heading: 'Act', fields: [{ label: 'Adapt, adopt or abandon? Why?', lines: 2 }, { label: 'Our next cycle', lines: 2 }] },
    ],
  },
  {
    id: 'driver-diagram',
    title: 'Driver diagram template',
    summary: 'Write your aim, the primary and secondary drivers that lead to it, and the change ideas you could test.',
    methods: ['driver-diagrams', 'model-for-improvement'],
    header: project,
    landscape: true,
    sections: [{ kind: 'diagram', diagram: 'driver-diagram', hint: 'Read from left to right: the aim, what drives it, and the changes you could test. Draw lines to link them.' }],
  },
  {
    id: 'fishbone',
    title: 'Cause and effect (fishbone) template',
    summary: 'Write the problem at the head, then group its possible causes along the bones.',
    methods: ['cause-and-effect'],
    header: project,
    landscape: true,
    sections: [{ kind: 'diagram', diagram: 'fishbone', hint: 'Name each bone for a group of causes, for example people, methods, equipment, environment, materials and measurement.' }],
  },
  {
    id: 'process-map',
    title: 'Process map template',
    summary: 'Agree where the process starts and ends, then map each step, wait and decision in order.',
    methods: ['process-mapping'],
    header: project,
    document: true,
    sections: [
      { kind: 'fields', fields: [{ label: 'The process starts when', lines: 1 }, { label: 'The process ends when', lines: 1 }, { label: 'People who took part', lines: 1 }] },
      { kind: 'diagram', diagram: 'process-symbols', heading: 'Symbols' },
      { kind: 'table', heading: 'Steps', columns: ['Step', 'Who does it', 'Time it takes', 'Waits, hand-offs or problems'], rows: 10, numbered: true },
    ],
  },
  {
    id: 'stakeholder-grid',
    title: 'Stakeholder grid template',
    summary: 'Place each stakeholder by their influence and interest, then plan how to involve them.',
    methods: ['stakeholder-analysis'],
    header: project,
    document: true,
    sections: [
      { kind: 'diagram', diagram: 'stakeholder-grid' },
      { kind: 'table', heading: 'Plan to involve them', columns: ['Stakeholder', 'What they care about', 'How we will involve them', 'Who and when'], rows: 8 },
    ],
  },
  {
    id: 'five-whys',
    title: '5 whys template',
    summary: 'Start from the problem and ask why until you reach a cause you can act on.',
    methods: ['five-whys'],
    header: project,
    document: true,
    sections: [
      {
        kind: 'fields',
        fields: [
          { label: 'The problem', hint: 'What happens, where and how often?', lines: 2 },
          { label: 'Why? (1)', lines: 2 },
          { label: 'Why? (2)', lines: 2 },
          { label: 'Why? (3)', lines: 2 },
          { label: 'Why? (4)', lines: 2 },
          { label: 'Why? (5)', lines: 2 },
          { label: 'Root cause we can act on', lines: 2 },
          { label: 'What we will test first', lines: 2 },
        ],
      },
    ],
  },
  {
    id: 'measurement-plan',
    title: 'Measurement plan template',
    summary: 'Define each outcome, process and balancing measure: what is counted, from where, by whom and how often.',
    methods: ['measurement-for-improvement', 'run-charts', 'spc-charts'],
    header: project,
    landscape: true,
    sections: [
      { kind: 'fields', fields: [{ label: 'Our aim', lines: 2 }] },
      { kind: 'table', heading: 'Measures', columns: ['Measure', 'Type (outcome, process or balancing)', 'Definition: exactly what is counted', 'Data source', 'Who collects it', 'How often', 'Chart'], rows: 6 },
    ],
    spreadsheet: {
      sheet: 'Measurement plan',
      columns: [
        { header: 'Measure', width: 28 },
        { header: 'Type', width: 14, type: 'choice', choices: ['Outcome', 'Process', 'Balancing'] },
        { header: 'Definition: exactly what is counted', width: 44 },
        { header: 'Data source', width: 22 },
        { header: 'Who collects it', width: 18 },
        { header: 'How often', width: 14, type: 'choice', choices: ['Daily', 'Weekly', 'Monthly'] },
        { header: 'Chart', width: 14, type: 'choice', choices: ['Run chart', 'SPC chart'] },
        { header: 'Notes', width: 30 },
      ],
      notes: [
        'Write one measure a row.',
        'Outcome measures show whether the aim is being met. Process measures show whether the changes are happening as planned. Balancing measures warn you if something else gets worse.',
        'Write each definition so that two people counting the same thing would get the same number.',
      ],
    },
  },
  {
    id: 'run-chart-data-sheet',
    title: 'Run chart data sheet',
    summary: 'Record a measure at regular intervals, with notes of the changes you tested, ready to plot as a run chart or SPC chart.',
    methods: ['run-charts', 'spc-charts', 'measurement-for-improvement'],
    header: ['Measure', 'Definition', 'Collected by'],
    sections: [{ kind: 'table', columns: ['Date or period', 'Value', 'Notes, such as a change tested'], rows: 24 }],
    spreadsheet: {
      sheet: 'Data',
      columns: [
        { header: 'Date', width: 14, type: 'date' },
        { header: 'Value', width: 12, type: 'number' },
        { header: 'Notes', width: 50 },
      ],
      notes: [
        'Write one row for each day, week or month, in time order, with dates as day/month/year.',
        'Put the value for that period in the Value column, as a number.',
        'Use the Notes column to mark when you tested a change, for example "PDSA 2 started".',
        'To chart the data, copy the Date and Value columns and paste them into a run chart or SPC chart tool.',
      ],
    },
  },
  {
    id: 'project-charter',
    title: 'Project charter template',
    summary: 'Agree on one page what the project is for, who is involved, how you will measure it and when it will finish.',
    methods: ['model-for-improvement', 'project-prioritisation-and-portfolio-review'],
    header: ['Project title', 'Date', 'Version'],
    document: true,
    sections: [
      {
        kind: 'fields',
        fields: [
          { label: 'Sponsor', lines: 1 },
          { label: 'Project lead', lines: 1 },
          { label: 'Team members', lines: 2 },
          { label: 'The problem, and why it matters', lines: 3 },
          { label: 'Aim: what will improve, by how much, for whom and by when', lines: 2 },
          { label: 'In scope', lines: 2 },
          { label: 'Out of scope', lines: 2 },
          { label: 'Measures: outcome, process and balancing', lines: 2 },
          { label: 'Key dates', lines: 2 },
          { label: 'Risks, and what we will do about them', lines: 2 },
          { label: 'Stakeholders to involve', lines: 2 },
          { label: 'Agreed by (sponsor), and date', lines: 1 },
        ],
      },
    ],
  },
];

export function templatesFor(methodId: string): BlankTemplate[] {
  return templates.filter((t) => t.methods.includes(methodId));
}

export const spreadsheetPath = (t: BlankTemplate) => `/templates/${t.id}.xlsx`;
export const documentPath = (t: BlankTemplate) => `/templates/${t.id}.docx`;
