/**
 * zod, configured once before any schema is built: jitless, because zod otherwise probes `new Function` to compile
 * fast parsers, and under the page's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
 * violation on every page that validates (issue 23 §5). The flag is read when a schema is constructed, so every
 * schema module imports zod from here; the linter forbids importing "zod" directly.
 */
import { config, z } from "zod";

config({ jitless: true });

export { z };
