import { describe, expect, it } from 'vitest';
import { previewTypeFor } from '../../../src/build-time/previews/cards';

describe('preview types', () => {
  it('picks the section of a page, or the generic page card', () => {
    expect(previewTypeFor('/')).toBe('home');
    expect(previewTypeFor('/methods/pdsa-cycles/')).toBe('methods');
    expect(previewTypeFor('/about/')).toBe('page');
    expect(previewTypeFor('/home/')).toBe('page');
  });
});
