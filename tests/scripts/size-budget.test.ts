// scripts/size-budget.ts on a made-up build: what it adds up, and when it fails.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, measure, overBudget, report, sizeOf } from '../../scripts/size-budget.ts';

async function fakeBuild(launcherBytes: Buffer): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), 'huquq-size-'));
  await mkdir(join(dist, 'chunks'));
  await writeFile(join(dist, 'widget.js'), launcherBytes);
  await writeFile(join(dist, 'chunks', 'panel-abc.js'), 'export const mountPanel = () => {};'.repeat(50));
  await writeFile(join(dist, 'chunks', 'lang-en-1.js'), 'export default {"title":"Your rights"}');
  await writeFile(
    join(dist, 'chunks', 'lang-ru-2.js'),
    'export default {"title":"Ваши права","more":"Ещё немного текста"}',
  );
  return dist;
}

describe('size budget', () => {
  it('counts widget.js, the panel and the largest language as the first answer', async () => {
    const m = await measure(await fakeBuild(Buffer.from('console.log(1)')));
    expect(m.largestLang).toBe('ru');
    expect(m.firstAnswer.gzip).toBe(m.launcher.gzip + m.panel.gzip + m.langs.ru!.gzip);
    expect(m.firstAnswer.raw).toBe(m.launcher.raw + m.panel.raw + m.langs.ru!.raw);
    expect(overBudget(m)).toEqual([]);
    expect(report(m)).toMatch(/^widget\.js \(launcher\)\s+14\s+\d+\s+\d+$/m);
  });

  it('fails a launcher over 6 KB gzip, saying by how much', async () => {
    // Random bytes do not compress, so 7 KB of them stay over 6 KB gzip.
    const m = await measure(await fakeBuild(randomBytes(7 * 1024)));
    expect(m.launcher.gzip).toBeGreaterThan(BUDGET.launcher);
    expect(overBudget(m)[0]).toMatch(/^widget\.js is 7\.\d\d KB gzip, over the 6\.00 KB budget$/);
  });

  it('fails a development build, which names source files', async () => {
    const dist = await fakeBuild(Buffer.from('console.log(1)'));
    await writeFile(
      join(dist, 'chunks', 'panel-abc.js'),
      'jsxDEV(Card, {}, void 0, false, { fileName: "/repo/widget/panel/Card.tsx", lineNumber: 3 })',
    );
    const m = await measure(dist);
    expect(m.development).toBe(true);
    expect(overBudget(m)).toEqual([
      'the panel is a development build (it names source files): build with mode "production"',
    ]);
  });

  it('measures brotli below gzip for text', () => {
    const s = sizeOf(Buffer.from('the same words again and again '.repeat(200)));
    expect(s.brotli).toBeLessThan(s.gzip);
    expect(s.gzip).toBeLessThan(s.raw);
  });
});
