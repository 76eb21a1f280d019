import { describe, expect, it } from 'vitest';
import { paragraphSpans, remapSpan } from '../../renderer/sources/textCorrection';
import { splitParagraphs } from '../../core/analyse/text/sentences';

describe('paragraphSpans', () => {
  it('gives one trimmed span per non-empty line, like the engine', () => {
    const text = '  First line. \n\n\tSecond line\r\n   \nThird';
    expect(paragraphSpans(text)).toEqual(splitParagraphs(text));
    expect(paragraphSpans(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First line.',
      'Second line',
      'Third',
    ]);
  });
});

describe('remapSpan', () => {
  const oldText = 'Intro.\n"We will rebuild," the mayor said.';
  const quote = { start: 7, end: 25 };

  it('follows a quote moved by an inserted paragraph', () => {
    const newText = 'Intro.\nA paragraph Readability dropped.\n"We will rebuild," the mayor said.';
    const moved = remapSpan(oldText, newText, quote);
    expect(moved).not.toBeNull();
    expect(newText.slice(moved!.start, moved!.end)).toBe('"We will rebuild,"');
    expect(moved!.start).toBe(40);
  });

  it('picks the occurrence nearest the old offset', () => {
    const text = 'ab ab ab';
    expect(remapSpan(text, 'x' + text, { start: 3, end: 5 })).toEqual({ start: 4, end: 6 });
  });

  it('drops a cite whose string the correction removed', () => {
    expect(remapSpan(oldText, 'Intro.\nThe mayor said nothing.', quote)).toBeNull();
  });
});
