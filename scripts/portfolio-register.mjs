#!/usr/bin/env node
/**
 * An INVENTED register of quality improvement projects, with known
 * duplicates: the same piece of work entered by two directorates in their own
 * words. Every ward, team, figure and project here is made up; nothing describes
 * a real organisation. Used for the fixture in tests/fixtures/portfolio/ (run
 * `node scripts/portfolio-register.mjs` to write it again; the output is the
 * same every time) and, at 5,000 projects, by `npm run bench`.
 */
import { writeFileSync } from 'node:fs';

const DIRECTORATES = ['Adult community services', 'Adult mental health', "Children and young people's services", 'Learning disability services', 'Forensic services'];
const ROLES = ['Ward manager', 'Matron', 'Clinical lead', 'Consultant', 'Team leader', 'Pharmacist', 'Physiotherapist', 'Occupational therapist', 'Service manager', 'Nurse consultant'];
const STATUSES = ['active', 'active', 'active', 'proposed', 'paused', 'finished'];
const TREES = ['Larch', 'Birch', 'Cedar', 'Rowan', 'Hazel', 'Willow', 'Aspen', 'Juniper', 'Maple', 'Alder', 'Elm', 'Holly', 'Yew', 'Poplar', 'Sycamore', 'Hawthorn'];
const BIRDS = ['Kestrel', 'Heron', 'Wren', 'Curlew', 'Lapwing', 'Swift', 'Plover', 'Linnet', 'Merlin', 'Osprey', 'Bittern', 'Dunlin'];
/** Wards and teams: a small trust's few, or a large trust's many (a register of thousands names hundreds of places). */
const settingsFor = (count) =>
  count <= 1000
    ? [...TREES.map((t) => `${t} ward`), ...BIRDS.map((b) => `the ${b} team`)]
    : [...TREES.flatMap((t) => ['ward', 'unit', 'house', 'lodge', 'court', 'centre'].map((k) => `${t} ${k}`)), ...BIRDS.flatMap((b) => ['team', 'clinic', 'service', 'hub'].map((k) => `the ${b} ${k}`))];
/** Who or when the work is for: a second detail that tells apart two projects on the same topic and setting. */
const FOCUS = ['for older adults', 'for people with dementia', 'for young people', 'at night', 'at weekends', 'for new admissions', 'for people who speak little English', 'for people with autism', 'after transfer from acute hospital', 'for people living alone'];

const TOPICS = [
  { t: ['Fewer inpatient falls', 'Falls prevention'], aim: 'cut the number of inpatient falls', m: 'Falls per 1,000 occupied bed days', x: ['with lying and standing blood pressure checks', 'with a falls safety huddle', 'with footwear and bed rail assessments'] },
  { t: ['Pressure ulcer prevention', 'Preventing pressure ulcers'], aim: 'prevent avoidable pressure ulcers', m: 'Category 2 or worse pressure ulcers per month', x: ['using SSKIN bundles', 'with repositioning charts', 'with heel offloading boots'] },
  { t: ['Timely discharge', 'Discharge before midday'], aim: 'discharge patients earlier in the day', m: 'Percentage of discharges before 12:00', x: ['with a discharge lounge', 'through board rounds', 'with estimated discharge dates set on admission'] },
  { t: ['Medicines reconciliation', 'Medicine reconciliation on admission'], aim: 'complete medicines reconciliation within 24 hours of admission', m: 'Percentage reconciled within 24 hours', x: ['led by pharmacy technicians', 'with an electronic checklist', 'at weekends'] },
  { t: ['Restrictive practice reduction', 'Safewards'], aim: 'lower the use of restraint and seclusion', m: 'Restraint incidents per month', x: ['using Safewards interventions', 'with post-incident debriefs', 'with sensory rooms'] },
  { t: ['Physical health checks', 'Annual physical health checks'], aim: 'give people with severe mental illness a full physical health check', m: 'Percentage with all six checks in 12 months', x: ['in a nurse-led clinic', 'with GP practice links', 'with text message reminders'] },
  { t: ['Waiting list validation', 'Waiting times'], aim: 'shorten the wait from referral to first assessment', m: 'Median weeks from referral to assessment', x: ['with a single point of access', 'with group assessment sessions', 'through clinical triage'] },
  { t: ['Did not attend reduction', 'Missed appointments'], aim: 'reduce missed appointments', m: 'Percentage of appointments not attended', x: ['with text message reminders', 'with flexible evening clinics', 'by phoning the day before'] },
  { t: ['Sepsis screening', 'Recognising the deteriorating patient'], aim: 'screen deteriorating patients for sepsis promptly', m: 'Percentage screened within one hour of a NEWS2 of 5', x: ['with NEWS2 escalation prompts', 'with a sepsis trolley', 'through simulation training'] },
  { t: ['Staff wellbeing', 'Supporting staff wellbeing'], aim: 'improve staff wellbeing and retention', m: 'Staff turnover rate', x: ['with wellbeing champions', 'with protected breaks', 'through Schwartz rounds'] },
  { t: ['Care planning with carers', 'Carer involvement'], aim: 'involve carers in care plans', m: 'Percentage of care plans with carer views recorded', x: ['with a carers passport', 'through carer drop-in sessions', 'with a triangle of care self-assessment'] },
  { t: ['Antipsychotic prescribing review', 'STOMP'], aim: 'review antipsychotic prescribing for people with a learning disability', m: 'Percentage with a prescribing review in six months', x: ['through STOMP clinics', 'with pharmacist-led reviews', 'with easy-read medication leaflets'] },
  { t: ['Nutrition and hydration', 'Mealtime support'], aim: 'make sure patients eat and drink enough', m: 'Percentage with a MUST score within 24 hours', x: ['with protected mealtimes', 'with red trays', 'with hydration stations'] },
  { t: ['Transition to adult services', 'Moving to adult services'], aim: 'plan transition from children to adult services in good time', m: 'Percentage with a transition plan by age 17', x: ['with joint transition clinics', 'with a transition key worker', 'using a ready steady go checklist'] },
  { t: ['Smoke-free wards', 'Stopping smoking'], aim: 'support inpatients to stop smoking', m: 'Percentage offered nicotine replacement within 24 hours', x: ['with tobacco dependence advisers', 'with e-cigarette provision', 'through brief advice training'] },
  { t: ['Handover quality', 'Safer handovers'], aim: 'make shift handovers complete and shorter', m: 'Minutes per handover and items missed', x: ['using SBAR', 'with an electronic handover sheet', 'at the bedside'] },
  { t: ['Insulin safety', 'Safe insulin use'], aim: 'prevent insulin errors', m: 'Insulin incidents per month', x: ['with an insulin passport', 'through e-learning', 'with diabetes specialist nurse rounds'] },
  { t: ['Clozapine monitoring', 'Clozapine clinic'], aim: 'keep clozapine blood monitoring on time', m: 'Percentage of tests on time', x: ['with point-of-care testing', 'in a community clinic', 'with a tracking database'] },
  { t: ['Wound care formulary', 'Wound dressing choice'], aim: 'use the wound formulary for dressing choice', m: 'Spend on off-formulary dressings', x: ['with tissue viability link nurses', 'with a dressing app', 'through a wound clinic'] },
  { t: ['Health records audit', 'Record keeping standards'], aim: 'bring clinical records up to the documentation standard', m: 'Percentage of records meeting the standard', x: ['with monthly peer audit', 'with a template redesign', 'through supervision'] },
];

/** A seeded generator (mulberry32), so the register is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` projects, of which about one in twelve has a twin in another directorate.
 * Returns { projects, duplicates: [[idA, idB], ...] }.
 */
export function inventRegister(count, seed = 7) {
  const rnd = random(seed);
  const settings = settingsFor(count);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const projects = [];
  const duplicates = [];
  const used = new Set();
  while (projects.length < count) {
    const topic = pick(TOPICS);
    const setting = pick(settings);
    const x = pick(topic.x);
    const focus = pick(FOCUS);
    const combo = `${topic.aim}|${setting}|${x}|${focus}`;
    if (used.has(combo) && projects.length < 2000) continue;
    used.add(combo);
    const directorate = pick(DIRECTORATES);
    const pct = 10 + Math.floor(rnd() * 8) * 5;
    const year = 2024 + Math.floor(rnd() * 3);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const id = `P${String(projects.length + 1).padStart(4, '0')}`;
    projects.push({
      id,
      title: `${topic.t[0]} ${focus} on ${setting}`.replace(/ on the /, ' in the '),
      aim: `To ${topic.aim} ${focus} on ${setting} by ${pct} per cent by ${month}/${year + 1}, ${x}.`,
      directorate,
      lead: pick(ROLES),
      status: pick(STATUSES),
      start: `${year}-${month}-01`,
      measures: topic.m,
      tags: topic.t[1].toLowerCase(),
    });
    if (rnd() < 1 / 12 && projects.length < count) {
      const other = pick(DIRECTORATES.filter((d) => d !== directorate));
      const twin = `P${String(projects.length + 1).padStart(4, '0')}`;
      projects.push({
        id: twin,
        title: `${topic.t[1]} on ${setting} ${focus}`.replace(/ on the /, ' in the '),
        aim: `We want to ${topic.aim} ${x}, ${focus}, on ${setting}.`,
        directorate: other,
        lead: pick(ROLES),
        status: pick(STATUSES),
        start: `${year}-${month}-15`,
        measures: `${topic.m} (monthly)`,
        tags: topic.t[0].toLowerCase(),
      });
      duplicates.push([id, twin]);
    }
  }
  return { projects, duplicates };
}

const COLUMNS = ['Ref', 'Project title', 'Aim', 'Directorate', 'Project lead', 'Status', 'Start date', 'Measures', 'Tags'];

function csvCell(v) {
  return `"${String(v).replace(/"/g, '""')}"`;
}

export function registerCsv(projects) {
  const rows = projects.map((p) => [p.id, p.title, p.aim, p.directorate, p.lead, p.status, p.start, p.measures, p.tags]);
  return [COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { projects, duplicates } = inventRegister(360);
  const dir = new URL('../tests/fixtures/portfolio/', import.meta.url);
  writeFileSync(new URL('invented-register.csv', dir), registerCsv(projects));
  writeFileSync(
    new URL('invented-register.duplicates.json', dir),
    JSON.stringify({ about: 'INVENTED data: made up by scripts/portfolio-register.mjs. No project, ward, team or figure is real. Each pair is one piece of work entered twice, by two directorates in their own words.', duplicates }, null, 1) + '\n',
  );
  console.log(`${projects.length} projects, ${duplicates.length} known duplicate pairs`);
}
