/** Types for find-chromium.mjs, so TypeScript scripts (the benchmark) can use it. */
export function findOrInstallChromium(): Promise<{ path: string; bundled: boolean }>;
