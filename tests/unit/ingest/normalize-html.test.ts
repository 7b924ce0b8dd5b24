import { describe, expect, it } from 'vitest';
import { normalizeHtmlFragment } from '../../../src/lib/ingest/normalize-html.ts';

describe('normalizeHtmlFragment', () => {
  it('closes a paragraph before a block, as a browser does', () => {
    expect(normalizeHtmlFragment('<p>a <div>b</div></p>')).toBe('<p>a </p><div>b</div><p></p>');
  });

  it('splits a link nested in a link', () => {
    expect(normalizeHtmlFragment('<a href="/x">a <a href="/y">b</a></a>')).toBe('<a href="/x">a </a><a href="/y">b</a>');
  });

  it('moves stray content out of a table and adds the implied tbody', () => {
    expect(normalizeHtmlFragment('<table><tr><td>ô</td></tr><p>p</p></table>')).toBe(
      '<p>p</p><table><tbody><tr><td>ô</td></tr></tbody></table>',
    );
  });

  it('keeps valid HTML and Vietnamese text as they are', () => {
    const html = '<p>Đà Nẵng <strong>mưa</strong> &amp; <a href="https://vov.vn">VOV</a></p>';
    expect(normalizeHtmlFragment(html)).toBe(html);
  });
});
