import { describe, expect, it } from 'vitest';
import { countCommonMarkers, countShared, extractMarkers, resolveMarkers } from '../../../src/lib/threads/markers.ts';

describe('extractMarkers', () => {
  it('finds names as runs of capitalised syllables, folded, and telling numbers', () => {
    const markers = extractMarkers('Theo Bộ trưởng Lê Văn Thành, ngày 29/9 có 1,8 triệu người đến Đà Nẵng và 3 tỉnh.');
    expect(markers).toContain('le van thanh');
    expect(markers).toContain('da nang');
    expect(markers).toContain('29/9');
    expect(markers).toContain('1,8');
    expect(markers).not.toContain('3');
  });

  it('keeps a sentence-opening word only as a candidate, and a name without its courtesy title', () => {
    const markers = extractMarkers('Ông Ashton Carter đến. Nga phản đối.');
    expect(markers).toContain('ashton carter');
    expect(markers).toContain('?nga');
    expect(markers).not.toContain('nga');
  });

  it('does not join names across punctuation', () => {
    expect(extractMarkers('gặp Hà Nội, Huế')).toEqual(new Set(['ha noi', 'hue']));
  });
});

describe('resolveMarkers', () => {
  it('keeps a sentence-opening word the corpus writes capitalised elsewhere, drops the others', () => {
    const [first] = resolveMarkers([extractMarkers('Nga và Pháp họp. Hôm nay trời mưa.'), extractMarkers('quân đội Nga rút')]);
    expect(first).toContain('nga');
    expect(first).not.toContain('hom');
  });
});

describe('countShared', () => {
  it('counts shared markers except those too common to tell events apart', () => {
    const sets = [new Set(['viet nam', 'ha long']), new Set(['viet nam', 'ha long']), new Set(['viet nam']), new Set(['viet nam'])];
    const common = countCommonMarkers(sets, 0.5, 1);
    expect(common).toEqual(new Set(['viet nam']));
    expect(countShared(sets[0], sets[1], common)).toBe(1);
  });
});
