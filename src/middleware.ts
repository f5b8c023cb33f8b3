import { defineMiddleware } from 'astro:middleware';
import { addInlineHashes } from '@lib/csp-inline-hashes';

/**
 * Every HTML page leaves the renderer with the hashes of its own inline scripts and style attributes
 * added to its Content-Security-Policy (see src/lib/csp-inline-hashes.ts). Done here, as each page is
 * rendered, rather than by reading and rewriting every file of dist/ after the build: that second pass
 * cost about 1 s per 1,000 pages (`npm run bench:build`).
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(addInlineHashes(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
