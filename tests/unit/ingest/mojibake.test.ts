import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/lib/ingest/mojibake.ts';

/** What a tool does to UTF-8 text when it reads it as Windows-1252 and saves it again. */
const breakText = (text: string) => new TextDecoder('windows-1252').decode(Buffer.from(text, 'utf8'));
const seed = readFileSync(new URL('../../fixtures/seeds/000_cccd129fef1f31bc.txt', import.meta.url), 'utf8');
const SENTENCE = 'Nga và Pháp sẽ duy trì liên lạc với “Đà Nẵng” – người dân ở đó nói rằng họ đồng ý…';

describe('repairMojibake', () => {
  it('repairs a whole article broken once', () => {
    const broken = breakText(seed);
    expect(broken).toContain('PhÃ¡p');
    expect(repairMojibake(broken)?.text).toBe(seed);
  });

  it('puts back the Windows-1252 punctuation “ ” – … and letters whose byte has no Windows-1252 character', () => {
    const repair = repairMojibake(breakText(SENTENCE));
    expect(repair?.text).toBe(SENTENCE);
    expect(repair?.example).toEqual(['vÃ', 'và']);
  });

  it('repairs text decoded as strict Latin-1 (C1 controls instead of “ and ”)', () => {
    expect(repairMojibake(Buffer.from(SENTENCE, 'utf8').toString('latin1'))?.text).toBe(SENTENCE);
  });

  it('repairs text broken twice', () => {
    expect(repairMojibake(breakText(breakText(SENTENCE)))?.text).toBe(SENTENCE);
  });

  it('repairs sequences whose last byte was lost: ” without 0x9D, Đ without 0x90, à whose no-break space became a space', () => {
    const lossy = breakText(SENTENCE).replace(/[\u0080-\u009f]/g, '').replace(/\u00a0/g, ' ');
    expect(lossy).toContain('vÃ  PhÃ¡p');
    // ờ and ọ lost 0x9D and 0x8D: several letters end that way, so those two stay as they are.
    expect(repairMojibake(lossy)?.text).toBe(SENTENCE.replace('người', 'ngưá»i').replace('họ', 'há»'));
    expect(repairMojibake(breakText('Nhiều hàng hóa vào cảng Đà Nẵng').replace(/\u00a0/g, ' '))?.text).toBe(
      'Nhiều hàng hóa vào cảng Đà Nẵng',
    );
  });

  it('repairs the broken part of a file and leaves the correct part as written', () => {
    const mixed = `${seed}\n\n${breakText(SENTENCE)}\n\nNGÃ BA Đồng Lộc, ĐÃ XONG`;
    expect(repairMojibake(mixed)?.text).toBe(`${seed}\n\n${SENTENCE}\n\nNGÃ BA Đồng Lộc, ĐÃ XONG`);
  });

  it.each([
    ['correct Vietnamese', seed],
    ['capitals that are Vietnamese letters', 'NGÃ BA HUẾ: Â, Ê, Ô VÀ Ư'],
    ['French', 'Le café était très animé à Noël ; « Ça coûte 5 € », dit-il — ôtez-vous de là.'],
    ['German', 'Grüße aus Köln: die Straße über der Brücke ist schön, Äpfel kosten 3 €.'],
    ['Portuguese', 'SÃO PAULO não é Lisboa; ação, coração, mãe'],
    ['French broken as mojibake', breakText('Le café était très animé à Noël, ça coûte cher.')],
  ])('leaves %s untouched', (_, text) => {
    expect(repairMojibake(text)).toBeUndefined();
  });
});
