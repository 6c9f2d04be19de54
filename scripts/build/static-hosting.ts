/**
 * What the build adds so dist/ can be put on any static host as it is: a Content-Security-Policy in the page and a
 * copy of index.html as 404.html (GitHub Pages serves that for every path it has no file for, so /models/<id>
 * still opens the app).
 */
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin } from "vite";

/**
 * Scripts and workers from the app's own origin only. Images may be data: and blob: URLs (a chart's PNG is drawn
 * from an SVG data: URL); inline styles are allowed because the chart downloads copy computed styles onto the SVG.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * The same policy as an HTTP header, for the host to send with every response. A meta tag governs only the page:
 * a worker takes its policy from its own script's response headers, and `frame-ancestors` (no framing, against
 * clickjacking) is ignored in a meta tag. `vite preview` (`npm start`) sends it; see the README for other hosts.
 */
export const HEADER_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Only in the build: the dev server injects inline scripts for hot reload. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: "scfm-atlas:content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export function spaFallbackPage(): Plugin {
  return {
    name: "scfm-atlas:spa-fallback-page",
    apply: "build",
    async writeBundle(options, bundle) {
      if (!options.dir || !("index.html" in bundle)) return;
      await copyFile(join(options.dir, "index.html"), join(options.dir, "404.html"));
    },
  };
}
