/**
 * What tests/browser/pages/parity.ts leaves on `window.__parity` for parity.spec.ts to read.
 * Types only: the page and the spec run in different worlds (browser, Node) and share no values.
 */
export interface ParityCheck {
  name: string;
  maxAbsErr: number;
  relErr?: number;
  /** The rule, as text (e.g. "|a−b| ≤ 1e-5 + 1e-4·|b|"): tolerances differ in kind between checks. */
  tolerance: string;
  pass: boolean;
}

export type ParityOutcome =
  | {
      ok: true;
      requested: string;
      backend: string;
      adapter?: string;
      checks: ParityCheck[];
      seconds: { init: number; load: number; parity: number };
    }
  | { ok: false; requested: string; error: string };

declare global {
  interface Window {
    __parity?: ParityOutcome;
  }
}
