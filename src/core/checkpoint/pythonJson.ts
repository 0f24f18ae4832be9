/**
 * JSON text exactly as Python's `json.dumps(obj, indent=2, sort_keys=True)` writes it, which is how
 * transformers' `PretrainedConfig.save_pretrained` writes config.json: keys sorted (by code point), ASCII
 * only (`ensure_ascii`), floats in Python's `repr` (`1e-05`, not JS's `1e-5`). Numbers that are integral
 * in JS are written as integers (JSON cannot tell 1.0 from 1 once parsed; both load the same).
 */

/** Python's repr(float) for a non-integral finite number. */
export function pythonFloatRepr(x: number): string {
  const [mantissa, exponentText] = x.toExponential().split('e') as [string, string]; // shortest round-trip digits
  const exponent = Number(exponentText);
  // repr switches to scientific notation outside 1e-4 <= |x| < 1e16, with a signed 2+ digit exponent.
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return String(x); // JS uses the same shortest digits in plain notation for this range
}

const pythonNumber = (x: number): string => {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? String(x) : BigInt(x).toString();
  return pythonFloatRepr(x);
};

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** ensure_ascii: everything outside printable ASCII becomes \uXXXX (UTF-16 units, lower-case hex). */
const pythonString = (s: string): string =>
  `"${s.replace(/["\\\u0000-\u001f\u007f-\uffff]/g, (c) =>
    SHORT_ESCAPES[c] ?? (c === '\u007f' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  )}"`;

const compareCodePoints = (a: string, b: string) => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

function write(value: unknown, indent: string, step: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return pythonString(value);
  const inner = indent + step;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + write(v, inner, step)).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined) // as JSON.stringify: absent, not null
      .sort(([a], [b]) => compareCodePoints(a, b));
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${pythonString(k)}: ${write(v, inner, step)}`).join(',\n')}\n${indent}}`;
  }
  throw new Error(`cannot write a ${typeof value} as JSON`);
}

/** `json.dumps(value, indent=2, sort_keys=True) + "\n"`, as HF writes config.json. */
export const toPythonJson = (value: unknown, indentWidth = 2): string => `${write(value, '', ' '.repeat(indentWidth))}\n`;
