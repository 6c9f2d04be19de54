/**
 * The Content-Security-Policy of the built app, as a <meta> tag so it holds on any static host. Scripts come from
 * the app's own origin only: no inline script, no eval, nothing from elsewhere. Workers are the app's own files;
 * images may be data: or blob: URLs because chart downloads draw the SVG into a canvas. Added to the build only:
 * the dev server injects an inline script for hot reload, which this policy would (rightly) refuse.
 */
import type { Plugin } from "vite";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Inline styles stay allowed: React and Recharts position elements with style attributes, and chart downloads
  // write computed styles onto the copied SVG. Styles cannot run code; scripts, the real risk, are locked down.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

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
