import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineHashes } from '../../src/lib/csp-inline-hashes';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-known'; style-src 'self';"></head><body>${body}</body></html>`;

describe('addInlineHashes', () => {
  it('adds the hash of each inline script to script-src, once', () => {
    const html = addInlineHashes(
      page('<script>a()</script><script>a()</script><script type="module" src="/x.js"></script>'),
    );
    const policy = /content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain(`script-src 'self' 'sha256-known' ${hash('a()')};`);
    expect(policy.split(hash('a()')).length).toBe(2);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('allows exactly the style attributes on the page, decoded as the browser sees them', () => {
    const html = addInlineHashes(
      page('<svg style="--sl-icon-size: 1em;"></svg><p style="font-family:&quot;x&quot;"></p>'),
    );
    const policy = (/content="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&#39;|&quot;/g, (e) =>
      e === '&quot;' ? '"' : "'",
    );
    expect(policy).toContain(
      `style-src-attr 'unsafe-hashes' ${hash('--sl-icon-size: 1em;')} ${hash('font-family:"x"')};`,
    );
  });

  it('leaves pages without a policy alone', () => {
    expect(addInlineHashes('<p style="x">hi</p>')).toBe('<p style="x">hi</p>');
  });
});
