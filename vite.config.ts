/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { normaliseBasePath } from "./scripts/build/base-path.ts";
import { contentSecurityPolicy, spaFallbackPage } from "./scripts/build/static-hosting.ts";

// BASE_PATH lets the build be served from a sub-path of a static host: BASE_PATH=/scfm-atlas/ npm run build.
export default defineConfig({
  base: normaliseBasePath(process.env.BASE_PATH),
  plugins: [react(), contentSecurityPolicy(), spaFallbackPage()],
  preview: { port: 4173 },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
  },
});
