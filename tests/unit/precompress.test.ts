import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve('scripts/precompress.mjs');
const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('scripts/precompress.mjs', () => {
  it('writes a .gz beside each text file that unpacks to it, skips the tiny and the binary, and drops stale copies', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'precompress-'));
    const page = `<!doctype html><p>${'合同检查清单 contract checklist '.repeat(200)}</p>`;
    await mkdir(path.join(dir, 'tools', 'contract'), { recursive: true });
    await writeFile(path.join(dir, 'tools', 'contract', 'index.html'), page);
    await writeFile(path.join(dir, 'tiny.css'), 'a{}');
    await writeFile(path.join(dir, 'tiny.css.gz'), 'an older, larger build wrote this');
    await writeFile(path.join(dir, 'gone.js.gz'), 'the file it belonged to is gone');
    await writeFile(path.join(dir, 'logo.png'), Buffer.alloc(4096, 7));

    const out = execFileSync(process.execPath, [script, dir], { encoding: 'utf8' });

    const gz = await readFile(path.join(dir, 'tools', 'contract', 'index.html.gz'));
    expect(gunzipSync(gz).toString('utf8')).toBe(page);
    expect(gz.length).toBeLessThan(Buffer.byteLength(page) / 10);
    expect(await exists(path.join(dir, 'tiny.css.gz'))).toBe(false);
    expect(await exists(path.join(dir, 'gone.js.gz'))).toBe(false);
    expect(await exists(path.join(dir, 'logo.png.gz'))).toBe(false);
    expect(out).toMatch(/^precompress: 1 file,/);
  });

  it('says what to do when there is no built site', () => {
    expect(() =>
      execFileSync(process.execPath, [script, path.join(tmpdir(), 'no-such-dist-here')], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toThrow(/does not exist; run `npm run build` first/);
  });
});
