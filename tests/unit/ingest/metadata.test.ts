import { describe, expect, it } from 'vitest';
import { categoryFromFolder, categoryFromUrl } from '../../../src/lib/ingest/categories.ts';
import { dateFromFileName, formatDateVi, parseDate } from '../../../src/lib/ingest/dates.ts';
import { canonicalSourceName, outletFromUrl, stripSourcePrefix } from '../../../src/lib/ingest/outlets.ts';

describe('outlets', () => {
  it.each([
    ['VOV.VN- Nga và Pháp', 'VOV'],
    ['TPO - Bộ trưởng', 'Tiền Phong'],
    ['(Dân trí) - Sáng nay', 'Dân trí'],
    ['(NLĐO)- Chiều 5/2', 'Người Lao Động'],
    ['VTV.vn – Hôm nay', 'VTV'],
  ])('names the source of %s and strips the prefix', (text, source) => {
    const result = stripSourcePrefix(text);
    expect(result.source).toBe(source);
    expect(result.text).not.toMatch(/^[-–(]|VOV|TPO|VTV/);
  });

  it('leaves a lede without a known prefix', () => {
    expect(stripSourcePrefix('Ông Nguyễn Đức Chung - Chủ tịch')).toEqual({ text: 'Ông Nguyễn Đức Chung - Chủ tịch' });
  });

  it('knows outlets by domain and by short name', () => {
    expect(outletFromUrl('https://m.dantri.com.vn/kinh-doanh/x.htm')).toBe('Dân trí');
    expect(canonicalSourceName('tpo')).toBe('Tiền Phong');
    expect(canonicalSourceName('Báo Làng')).toBe('Báo Làng');
  });
});

describe('categories', () => {
  it('maps URL sections and folders to Vietnamese names', () => {
    expect(categoryFromUrl('https://dantri.com.vn/kinh-doanh/abc-123.htm')).toBe('Kinh doanh');
    expect(categoryFromFolder('the-gioi/a.txt')).toBe('Thế giới');
    expect(categoryFromFolder('a.txt')).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads the common forms', () => {
    expect(parseDate('20201001')).toEqual({ date: '2020-10-01' });
    expect(parseDate('2015-12-18')).toEqual({ date: '2015-12-18' });
    expect(parseDate('18/12/2015')).toEqual({ date: '2015-12-18' });
    expect(parseDate(new Date('2015-12-18T00:00:00Z'))).toEqual({ date: '2015-12-18' });
  });

  it('warns on an impossible or unreadable date instead of crashing', () => {
    expect(parseDate('2015-02-30').warning).toMatch(/no such day/);
    expect(parseDate('ngày 18/12').warning).toMatch(/unreadable/);
  });

  it('takes a date from a file name only when unambiguous', () => {
    expect(dateFromFileName('2017-02-06-vietlott.txt')).toBe('2017-02-06');
    expect(dateFromFileName('20170206_tin.txt')).toBe('2017-02-06');
    expect(dateFromFileName('20170206.txt')).toBeUndefined();
    expect(dateFromFileName('000_cccd129fef1f31bc.txt')).toBeUndefined();
  });

  it('formats dates the Vietnamese way', () => {
    expect(formatDateVi('2015-12-18')).toBe('18 tháng 12, 2015');
  });
});
