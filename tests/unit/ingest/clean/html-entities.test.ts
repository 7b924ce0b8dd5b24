import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../../src/lib/ingest/clean/html-entities.ts';

describe('decodeHtmlEntities', () => {
  it.each([
    ['Tối 29/4,&nbsp;Sở Y tế', 'Tối 29/4, Sở Y tế'],
    ['&nbspTối 29/4', ' Tối 29/4'],
    ['chỉ số với tin&nbsptức dịch', 'chỉ số với tin tức dịch'],
    ['Bộ VH-TT&ampDL', 'Bộ VH-TT&DL'],
    ['F&amp;B', 'F&B'],
    ['ông nói &quot;không&quot;', 'ông nói "không"'],
    ['&#8220;Dịch bệnh&#8221;', '“Dịch bệnh”'],
    ['&#x201C;Dịch bệnh&#x201d;', '“Dịch bệnh”'],
    ['Vi&#7879;t Nam', 'Việt Nam'],
    ['H&agrave; N&ocirc;&#803;i', 'Hà Nội'],
    ['chờ&hellip;', 'chờ…'],
  ])('reads %j as %j', (input, output) => {
    expect(decodeHtmlEntities(input).text).toBe(output);
  });

  it('keeps markup as text: the characters come back, no element does', () => {
    expect(decodeHtmlEntities('&lt;script&gt;alert(1)&lt;/script&gt;').text).toBe('<script>alert(1)</script>');
  });

  it('decodes once: a doubly encoded entity becomes the entity as text', () => {
    expect(decodeHtmlEntities('&amp;lt;b&amp;gt;').text).toBe('&lt;b&gt;');
  });

  it.each(['Bộ NN&PTNT', 'Sở GD&ĐT', 'R&D', 'ký hiệu &TT;', '&#0;', '&#xD800;', 'AT&T'])('leaves %j alone', (text) => {
    expect(decodeHtmlEntities(text)).toEqual({ text, removed: [] });
  });

  it('never makes a new line out of a numeric line feed', () => {
    expect(decodeHtmlEntities('một&#10;hai').text).toBe('một hai');
  });

  it('reports each spelling once with its count', () => {
    expect(decodeHtmlEntities('a&nbsp;b&nbsp;c&nbspd &amp; &#8220;').removed).toEqual([
      { text: '&nbsp;', reason: 'HTML entity left by the scraper: read as a space (2 times)' },
      { text: '&nbsp', reason: 'HTML entity left by the scraper: read as a space' },
      { text: '&amp;', reason: 'HTML entity left by the scraper: read as "&"' },
      { text: '&#8220;', reason: 'HTML entity left by the scraper: read as "“"' },
    ]);
  });
});
