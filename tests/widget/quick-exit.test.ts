import { afterEach, describe, expect, it } from 'vitest';
import { exitKeys, leave } from '../../widget/quick-exit.ts';
import { forgetAll, rememberedLang, rememberLang } from '../../widget/storage.ts';

const key = (k: string, repeat = false) => new KeyboardEvent('keydown', { key: k, repeat });

function presses(keys: [string, number][]) {
  let now = 0;
  let exits = 0;
  const onKey = exitKeys(
    () => exits++,
    () => now,
  );
  for (const [k, at] of keys) {
    now = at;
    onKey(key(k));
  }
  return exits;
}

describe('quick-exit keys', () => {
  it('leave on Esc twice within a short time', () => {
    expect(
      presses([
        ['Escape', 0],
        ['Escape', 500],
      ]),
    ).toBe(1);
    expect(
      presses([
        ['Escape', 0],
        ['Escape', 2000],
      ]),
    ).toBe(0);
  });

  it('leave on Shift three times in a row', () => {
    expect(
      presses([
        ['Shift', 0],
        ['Shift', 300],
        ['Shift', 600],
      ]),
    ).toBe(1);
    expect(
      presses([
        ['Shift', 0],
        ['Shift', 300],
        ['Shift', 3000],
      ]),
    ).toBe(0);
  });

  it('do not count presses separated by typing (Shift for capitals)', () => {
    expect(
      presses([
        ['Shift', 0],
        ['H', 100],
        ['Shift', 200],
        ['I', 300],
        ['Shift', 400],
      ]),
    ).toBe(0);
    expect(
      presses([
        ['Escape', 0],
        ['a', 100],
        ['Escape', 200],
      ]),
    ).toBe(0);
  });

  it('ignore a held-down key repeating', () => {
    let exits = 0;
    const onKey = exitKeys(
      () => exits++,
      () => 0,
    );
    onKey(key('Escape'));
    onKey(key('Escape', true));
    onKey(key('Escape', true));
    expect(exits).toBe(0);
  });
});

describe('leave', () => {
  afterEach(() => localStorage.clear());

  it("forgets only the widget's storage and replaces the page with the safe URL", () => {
    rememberLang('ar');
    localStorage.setItem('partner-cart', '3 items');
    const replaced: string[] = [];
    leave('https://example.org/weather', { replace: (url: string | URL) => void replaced.push(String(url)) });
    expect(replaced).toEqual(['https://example.org/weather']);
    expect(rememberedLang()).toBeUndefined();
    expect(localStorage.getItem('partner-cart')).toBe('3 items');
  });

  it('storage helpers survive a browser that refuses storage', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(() => rememberLang('tr')).not.toThrow();
      expect(rememberedLang()).toBeUndefined();
      expect(() => forgetAll()).not.toThrow();
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });
});
