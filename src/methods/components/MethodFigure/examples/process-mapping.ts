import type { WorkedExampleData } from '../types';

// Invented: the memory clinic's referral-to-appointment journey, with the
// average working days each step takes. The team's ideas remove the second
// triage and the wait for a signature.
export const steps: { step: string; days: number; removable: boolean }[] = [
  { step: 'Referral triaged by an administrator', days: 2, removable: false },
  { step: 'Referral triaged again by a clinician', days: 4, removable: true },
  { step: 'Appointment letter typed', days: 3, removable: false },
  { step: 'Letter waits for a signature', days: 5, removable: true },
  { step: 'Letter posted and received', days: 2, removable: false },
  { step: 'Wait for the first appointment', days: 28, removable: false },
];
export const total = steps.reduce((s, x) => s + x.days, 0);
export const removable = steps.filter((s) => s.removable).reduce((s, x) => s + x.days, 0);

export const example: WorkedExampleData = {
  summary: `From referral to first appointment takes ${total} working days on average. The second triage and the wait for a signature add ${removable} of them, about ${Math.round((removable / total) * 100)}%, without adding anything for the patient.`,
  table: {
    caption: 'Steps from referral to first appointment, with average working days',
    head: ['Step', 'Average working days', 'Adds value for the patient?'],
    rows: [...steps.map((s) => [s.step, s.days, s.removable ? 'No: a duplicate or a wait' : 'Yes, or needed']), ['Total', total, '']],
  },
};
