import { describe, expect, it } from 'vitest';
import { nameLatentSections } from '../../../src/lib/browse/latent-sections.ts';

const unnamed = (n: number) => `Chủ đề ${n + 1}`;
const item = (headline: string, section?: number) => ({ headline, section });
const latest = [
  item('Đội tuyển bóng đá Việt Nam thắng Thái Lan', 0),
  item('Bệnh nhân ung thư được cứu sống nhờ ca mổ hiếm', 1),
  item('HLV Park: bóng đá Việt Nam còn phải học hỏi', 0),
  item('Phát hiện sớm ung thư phổi của người hút thuốc', 1),
  item('Bóng đá nữ giành vé dự World Cup', 0),
  item('Ăn gì để phòng ung thư dạ dày', 1),
  item('Giá vàng hôm nay tăng mạnh', 2),
  item('Trời nắng nóng ở Hà Nội'),
  item('Một tin lẻ loi', 3),
];

describe('nameLatentSections', () => {
  it('names each section by the headline words most its own, as written, keeping the newest-first order', () => {
    const groups = nameLatentSections(latest, (a) => a.section, { minArticles: 2, unnamed });
    expect(groups.map((g) => [g.name, g.slug, g.items.length])).toEqual([
      ['Bóng đá, Việt Nam', 'bong-da-viet-nam', 3],
      ['Ung thư', 'ung-thu', 3],
    ]);
    expect(groups[0]!.items).toEqual([latest[0], latest[2], latest[4]]);
  });

  it('keeps a section of one article out, names a section with no shared word by its number, and gives unique names', () => {
    const groups = nameLatentSections(latest, (a) => a.section, { minArticles: 1, unnamed });
    expect(groups.map((g) => g.name)).toEqual(['Bóng đá, Việt Nam', 'Ung thư', 'Chủ đề 3', 'Chủ đề 4']);
    const twins = [item('Giá xăng tăng', 0), item('Giá xăng giảm', 0), item('Giá xăng đứng yên', 1), item('Giá xăng lại tăng', 1), item('Mưa to')];
    const names = nameLatentSections(twins, (a) => a.section, { minArticles: 2, unnamed }).map((g) => g.name);
    expect(new Set(names).size).toBe(2);
  });

  it('reads a name from the oldest stories of a section, so news arriving at the top does not rename it', () => {
    const old = Array.from({ length: 1000 }, (_, i) => item(`Bóng đá: trận ${i} của giải hạng Nhất`, 0));
    const others = Array.from({ length: 200 }, (_, i) => item(`Thời tiết ngày ${i} ở Huế`, 1));
    const news = Array.from({ length: 1500 }, (_, i) => item(`Giá vàng phiên ${i} tăng mạnh`, 0));
    const name = (list: typeof old) => nameLatentSections(list, (a) => a.section, { minArticles: 2, unnamed })[0]!.name;
    const before = name([...old, ...others]);
    expect(before).toMatch(/^Bóng đá/);
    // Newest first: 1,500 stories on gold now outnumber the football ones in the same section.
    expect(name([...news, ...old, ...others])).toBe(before);
    expect(name([...news, ...old.slice(0, 10), ...others])).toMatch(/^Giá vàng/);
  });

  it('keeps a brand as written', () => {
    const phones = [item('iPhone 12 giảm giá', 0), item('Mở hộp iPhone 12 Pro', 0), item('Giá vàng tăng'), item('Mưa to ở Huế')];
    expect(nameLatentSections(phones, (a) => a.section, { minArticles: 2, unnamed }).map((g) => g.name)).toEqual(['iPhone']);
  });

  it('never names a section by a function word', () => {
    const groups = nameLatentSections(
      [item('Nhan sắc của hoa hậu', 0), item('Chồng của hoa hậu', 0), item('Cú đúp của Messi'), item('Giá của vàng')],
      (a) => a.section,
      { minArticles: 2, unnamed },
    );
    expect(groups.map((g) => g.name)).toEqual(['Hoa hậu']);
  });
});
