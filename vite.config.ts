/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// BASE_PATH lets the build be served from a sub-path of a static host (e.g. /scfm-atlas/).
export default defineConfig({
  base: process.env.BASE_PATH ?? "/",
  plugins: [react()],
  preview: { port: 4173 },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
  },
});
