/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentSecurityPolicy } from "./scripts/build/content-security-policy";

// BASE_PATH lets the build be served from a sub-path of a static host (e.g. /scfm-atlas/).
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [react(), contentSecurityPolicy()],
  preview: { port: 4173 },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
  },
});
