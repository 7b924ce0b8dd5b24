import { describe, expect, it } from 'vitest';
import { dropMissingImages, mediaFileName, publishLocalImages, resolveMediaPath } from '../../../src/lib/ingest/media.ts';

describe('local images of Markdown articles', () => {
  it('resolves a relative image against the article folder', () => {
    expect(resolveMediaPath('tin/bai.md', 'anh/cau.jpg')).toBe('tin/anh/cau.jpg');
    expect(resolveMediaPath('tin/bai.md', './anh/c%E1%BA%A7u.PNG')).toBe('tin/anh/cầu.PNG');
    expect(resolveMediaPath('tin/bai.md', '../chung/logo.webp')).toBe('chung/logo.webp');
  });

  it('leaves remote, site-absolute, escaping and non-image paths alone', () => {
    for (const src of ['https://x.vn/a.jpg', '//x.vn/a.jpg', '/a.jpg', '../../etc/a.jpg', 'a.svg', 'a.txt', 'data:image/png;base64,AA']) {
      expect(resolveMediaPath('tin/bai.md', src), src).toBeUndefined();
    }
  });

  it('names published images in ASCII, apart from each other', () => {
    expect(mediaFileName('tin/Ảnh cầu.JPG')).toMatch(/^anh-cau-[0-9a-f]{8}\.jpg$/);
    expect(mediaFileName('a/x.png')).not.toBe(mediaFileName('b/x.png'));
  });

  it('points local images at their copies and lists them once', () => {
    const { html, media } = publishLocalImages(
      '<p><img src="anh/cau.jpg" alt="Cầu"><img src="https://x.vn/b.jpg" alt=""><img src="anh/cau.jpg" alt=""></p>',
      'tin/bai.md',
    );
    expect(media).toEqual(['tin/anh/cau.jpg']);
    expect(html).toContain(`<img src="../media/${mediaFileName('tin/anh/cau.jpg')}" alt="Cầu">`);
    expect(html).toContain('<img src="https://x.vn/b.jpg"');
  });
});

describe('missing images', () => {
  it('drops only local images whose file was not published', () => {
    const html = '<p><img src="../media/a-11111111.jpg" alt="A"><img src="../media/b-22222222.jpg" alt="B"><img src="https://x.vn/c.jpg" alt="C"></p>';
    expect(dropMissingImages(html, new Set(['a-11111111.jpg']))).toBe('<p><img src="../media/a-11111111.jpg" alt="A"><img src="https://x.vn/c.jpg" alt="C"></p>');
  });
});
