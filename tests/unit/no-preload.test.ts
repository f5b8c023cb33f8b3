import { describe, expect, it } from 'vitest';
import { slimHelper } from '../../src/integrations/no-preload.mjs';

describe('the one-line preload helper', () => {
  const vite =
    'var e=function(){return 1},a=function(a,o,s){let c=Promise.resolve();return c.then(()=>a())};export{a as t};';

  it('keeps the export name Vite gave the helper', () => {
    const slim = slimHelper(vite) as string;
    expect(slim).toContain('export{preload as t}');
    expect(slim.length).toBeLessThan(80);
  });

  it('calls the loader and returns its promise, as the helper does with nothing to preload', async () => {
    const slim = slimHelper(vite) as string;
    const url = `data:text/javascript,${encodeURIComponent(slim)}`;
    const { t: preload } = (await import(/* @vite-ignore */ url)) as {
      t: (load: () => Promise<string>) => Promise<string>;
    };
    await expect(preload(() => Promise.resolve('module'))).resolves.toBe('module');
  });

  it('leaves a module it does not recognise alone', () => {
    expect(slimHelper('export{a as t,b as n};')).toBeUndefined();
    expect(slimHelper('export default 1;')).toBeUndefined();
  });
});
