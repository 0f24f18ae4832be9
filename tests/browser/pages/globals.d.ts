/** Set by vite.config.ts `define` (dev server only): URL prefix of ../shared/fixtures, through Vite's /@fs route. */
declare const __FIXTURES_URL__: string;
