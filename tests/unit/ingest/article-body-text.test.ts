import { describe, expect, it } from 'vitest';
import { articleOpening } from '../../../src/lib/ingest/article-body-text.ts';

describe('articleOpening', () => {
  it('is the first paragraph of a text article, past captions and subheads', () => {
    const blocks = [
      { kind: 'caption' as const, text: 'Ảnh: AP' },
      { kind: 'subhead' as const, text: 'Tình hình' },
      { kind: 'paragraph' as const, text: 'Đoạn đầu tiên.' },
      { kind: 'paragraph' as const, text: 'Đoạn hai.' },
    ];
    expect(articleOpening({ blocks })).toBe('Đoạn đầu tiên.');
  });

  it('is the text of Markdown HTML, tags dropped and spaces folded', () => {
    expect(articleOpening({ blocks: [], html: '<p>Đà Nẵng <em>mưa</em> lớn</p>\n<p>Tiếp</p>' })).toBe('Đà Nẵng mưa lớn Tiếp');
  });

  it('is absent when there is no paragraph, and never longer than a feed or excerpt needs', () => {
    expect(articleOpening({ blocks: [{ kind: 'caption', text: 'Ảnh' }] })).toBeUndefined();
    expect(articleOpening({ blocks: [{ kind: 'paragraph', text: 'chữ '.repeat(1000) }] })!.length).toBe(1000);
  });
});
