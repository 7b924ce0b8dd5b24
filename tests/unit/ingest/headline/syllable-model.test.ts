import { describe, expect, it } from 'vitest';
import { recoverHeadline } from '../../../../src/lib/ingest/headline/recover-headline.ts';
import { loadHeadlineModel, loadSyllableModel } from '../../../../src/lib/ingest/headline/syllable-model.ts';

describe('shipped syllable model', () => {
  it('loads once and has counts', () => {
    const model = loadSyllableModel();
    expect(loadSyllableModel()).toBe(model);
    expect(model.total).toBeGreaterThan(1_000_000);
    expect(model.forms.get('viet')?.has('việt')).toBe(true);
  });

  it('loads the headline model the same way: headlines word things their own way', () => {
    const headlines = loadHeadlineModel();
    expect(loadHeadlineModel()).toBe(headlines);
    expect(headlines.total).toBeGreaterThan(100_000);
    expect(headlines.total).toBeLessThan(loadSyllableModel().total);
  });

  it('restores common words an empty article never writes', () => {
    const background = loadSyllableModel();
    expect(recoverHeadline(['gia', 'vang', 'tang'], '', { background })?.headline).toBe('Giá vàng tăng');
    expect(recoverHeadline(['ha', 'noi', 'mua', 'lon'], '', { background })?.headline).toBe('Hà Nội mưa lớn');
  });
});
