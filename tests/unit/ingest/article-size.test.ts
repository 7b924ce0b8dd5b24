import { describe, expect, it } from 'vitest';
import { limitArticleText } from '../../../src/lib/ingest/article-size.ts';

describe('limitArticleText', () => {
  it('leaves a text within the limit alone', () => {
    expect(limitArticleText('Câu một. Câu hai.', 17)).toEqual({ text: 'Câu một. Câu hai.' });
  });

  it('cuts at the last paragraph break near the limit', () => {
    const text = `${'a'.repeat(95)}\n${'b'.repeat(50)}`;
    expect(limitArticleText(text, 100)).toEqual({ text: 'a'.repeat(95), totalChars: 146 });
  });

  it('else at the last sentence end, else at a space, never mid-word', () => {
    const sentences = 'Đây là một câu dài. '.repeat(10);
    const cut = limitArticleText(sentences, 110);
    expect(cut.text).toBe('Đây là một câu dài. '.repeat(5).trimEnd());
    expect(cut.totalChars).toBe(sentences.length);
    const words = 'chữ '.repeat(40);
    expect(limitArticleText(words, 50).text).toBe('chữ '.repeat(12).trimEnd());
  });

  it('cuts at the limit when there is nowhere better', () => {
    expect(limitArticleText('x'.repeat(300), 100)).toEqual({ text: 'x'.repeat(100), totalChars: 300 });
  });
});
