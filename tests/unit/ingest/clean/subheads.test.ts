import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/lib/ingest/article.ts';
import { isHeadingShaped, ledeIndex, markSubheads } from '../../../../src/lib/ingest/clean/subheads.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const c = (text: string): Block => ({ kind: 'caption', text });
const kinds = (blocks: Block[]) => {
  markSubheads(blocks);
  return blocks.map((b) => b.kind);
};
const SENTENCE = 'Vào chiều qua, chiếc xe bus chở các cầu thủ Chelsea đã bị chặn lại bởi đám đông người hâm mộ.';
const ANOTHER = 'Thực tế, không phải tới thời điểm này, những CĐV mới bày tỏ sự phản đối.';

describe('isHeadingShaped', () => {
  it.each(['Sự phản đối gay gắt của người hâm mộ', '1. Nội soi dạ dày và đại tràng cùng lúc', 'Món mực nhảy múa (Nhật Bản)', 'Bước 3: Viết bài', '"Vàng ròng" hút khách du lịch'])(
    'a short line without final punctuation: %s',
    (line) => expect(isHeadingShaped(line)).toBe(true),
  );

  it.each([
    ['a sentence', 'Chelsea thua 0-1.'],
    ['a quotation', '"Tôi sẽ ở lại."'],
    ['one word', 'Hà'],
    ['half a sentence cut at a quote', '"Cơ hội kinh doanh không phải do'],
    ['a continuation', 'giấy phép mà ra'],
    ['a list', 'Dự bị: Ederson, Ake, Jesus, Aguero, Zinchenko'],
    ['a caption', 'Một vụ phóng tên lửa của Nga (Ảnh minh họa: Sputnik)'],
    ['a long line', 'Một dòng rất dài '.repeat(6)],
  ])('not %s', (_, line) => expect(isHeadingShaped(line)).toBe(false));
});

describe('markSubheads', () => {
  it('makes a short line between paragraphs a subhead', () => {
    expect(kinds([p(SENTENCE), p('Sự phản đối gay gắt của người hâm mộ'), p(ANOTHER)])).toEqual(['paragraph', 'subhead', 'paragraph']);
  });

  it('looks past captions for the neighbours', () => {
    expect(kinds([p(SENTENCE), c('Người hâm mộ Chelsea. Ảnh: AP'), p('Sự phản đối gay gắt'), p(ANOTHER)])).toEqual([
      'paragraph', 'caption', 'subhead', 'paragraph',
    ]);
  });

  it('takes a subhead at the top of a body of several paragraphs', () => {
    expect(kinds([p('Sự phản đối gay gắt của người hâm mộ'), p(SENTENCE), p(ANOTHER)])[0]).toBe('subhead');
  });

  it('leaves a lede without full stop above a one-line body (the baomoi shape)', () => {
    expect(kinds([p('Sau 91 năm dòng xe Phantom của Rolls-Royce sẽ chính thức dừng lại'), p(SENTENCE)])[0]).toBe('paragraph');
  });

  it('leaves runs of short lines (lists) and the last line (a byline) as paragraphs', () => {
    expect(kinds([p(SENTENCE), p('Ngành Y đa khoa'), p('Ngành Dược học'), p(ANOTHER), p('Hồng Hạnh')])).toEqual([
      'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph',
    ]);
  });

  it('needs a following line that reads as running text', () => {
    expect(kinds([p(SENTENCE), p('EM4-Kế toán'), p('5'), p(ANOTHER)])[1]).toBe('paragraph');
  });
});

describe('ledeIndex', () => {
  it('skips subheads, captions and short lines at the top', () => {
    const blocks = [c('Một vụ phóng tên lửa của Nga (Ảnh minh họa: Sputnik)'), p('Ông nông dân ở Bình Định'), p('Bỏ phố vào rừng'), p(SENTENCE), p(ANOTHER)];
    expect(ledeIndex(blocks)).toBe(3);
  });

  it('takes the first of two paragraphs whatever its shape', () => {
    expect(ledeIndex([p('Sau 91 năm dòng xe Phantom sẽ dừng lại'), p(SENTENCE)])).toBe(0);
  });

  it('finds none for a lone paragraph', () => {
    expect(ledeIndex([c('Ảnh: AP'), p(SENTENCE)])).toBe(-1);
  });
});
