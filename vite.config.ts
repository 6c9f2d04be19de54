/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { normaliseBasePath } from "./scripts/build/base-path.ts";
import {
  contentSecurityPolicy,
  HEADER_CONTENT_SECURITY_POLICY,
  spaFallbackPage,
} from "./scripts/build/static-hosting.ts";

// BASE_PATH lets the build be served from a sub-path of a static host: BASE_PATH=/scfm-atlas/ npm run build.
export default defineConfig({
  base: normaliseBasePath(process.env.BASE_PATH),
  plugins: [react(), contentSecurityPolicy(), spaFallbackPage()],
  // The header governs the workers too, which the page's meta policy does not.
  preview: { port: 4173, headers: { "Content-Security-Policy": HEADER_CONTENT_SECURITY_POLICY } },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
  },
});
