import { describe, expect, it } from 'vitest';
import { recoverHeadline } from '../../src/lib/recover-headline.ts';
import { loadSyllableModel } from '../../src/lib/syllable-model.ts';

describe('shipped syllable model', () => {
  it('loads once and has counts', () => {
    const model = loadSyllableModel();
    expect(loadSyllableModel()).toBe(model);
    expect(model.total).toBeGreaterThan(1_000_000);
    expect(model.forms.get('viet')?.has('việt')).toBe(true);
  });

  it('restores common words an empty article never writes', () => {
    const background = loadSyllableModel();
    expect(recoverHeadline(['gia', 'vang', 'tang'], '', { background })?.headline).toBe('Giá vàng tăng');
    expect(recoverHeadline(['ha', 'noi', 'mua', 'lon'], '', { background })?.headline).toBe('Hà Nội mưa lớn');
  });
});
