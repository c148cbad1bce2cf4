import { describe, expect, it } from 'vitest';
import { pickable, PICK_SHOWN } from '../../../src/portfolio/components/ProjectPicker';

const projects = Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}`, title: `Project ${i}`, aim: '', directorate: i % 2 ? 'North' : 'South', lead: '', status: '', start: '', measures: '', tags: [], goals: [] }));

describe('choosing a project among thousands', () => {
  it('shows at most 50 choices, narrowed by the words typed, and keeps the chosen one', () => {
    expect(pickable(projects, '', '').shown).toHaveLength(PICK_SHOWN);
    const found = pickable(projects, 'project 4999', '');
    expect(found.shown.map((p) => p.id)).toEqual(['p4999']);
    expect(pickable(projects, 'north', 'p4998').shown[0]!.id).toBe('p4998');
    expect(pickable(projects, 'north', '').matches).toBe(2500);
  });
});
