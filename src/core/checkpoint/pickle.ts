/**
 * A safe Python unpickler for the subset of the pickle format that `torch.save` emits (protocol 2, and
 * the common protocol 3-5 opcodes). Nothing is ever executed: GLOBAL only yields what `findClass`
 * returns for an allow-listed name (anything else throws, naming the global), and REDUCE/BUILD only
 * work on those allow-listed JS stand-ins. Opcodes that could construct arbitrary objects (INST, OBJ,
 * NEWOBJ, EXT*) are refused.
 *
 * Value mapping: None → null, bool → boolean, int → number (bigint past 2^53), float → number,
 * str → string, bytes → Uint8Array, list/tuple → array, dict → Map, set → Set.
 */

/** What REDUCE may call: only objects handed out by `findClass`. */
export class PickleCallable {
  constructor(
    readonly qualifiedName: string,
    readonly call: (args: unknown[]) => unknown,
  ) {}
}

export interface UnpickleOptions {
  /** Resolves GLOBAL `module.name`; must throw for anything not allow-listed. Default: refuse everything. */
  findClass?: (module: string, name: string) => unknown;
  /** Resolves BINPERSID/PERSID ids (torch storages). Default: refuse. */
  persistentLoad?: (pid: unknown) => unknown;
}

export interface UnpickleResult {
  value: unknown;
  /** Offset just past the STOP opcode (torch's legacy format concatenates several pickles). */
  end: number;
}

export class UnpicklingError extends Error {
  override name = 'UnpicklingError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

const refuseGlobal = (module: string, name: string): never => {
  throw new UnpicklingError(`pickle: global ${module}.${name} is not allowed`);
};

/** Little-endian two's-complement integer of `bytes` as number (or bigint past 2^53). */
function decodeLong(bytes: Uint8Array): number | bigint {
  if (bytes.length === 0) return 0;
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  if (bytes[bytes.length - 1]! & 0x80) v -= 1n << BigInt(8 * bytes.length);
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

/** Runs the pickle program starting at `start` up to its STOP. */
export function unpickle(bytes: Uint8Array, options: UnpickleOptions = {}, start = 0): UnpickleResult {
  const findClass = options.findClass ?? refuseGlobal;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = start;
  let opPos = start;
  let stack: unknown[] = [];
  const metastack: unknown[][] = [];
  const memo = new Map<number, unknown>();

  const fail = (problem: string): never => {
    throw new UnpicklingError(`pickle: ${problem} (at byte ${opPos})`);
  };
  const need = (n: number) => {
    if (n < 0 || pos + n > bytes.length) fail(`truncated: needs ${n} more bytes, ${bytes.length - pos} left`);
  };
  const u8 = () => (need(1), bytes[pos++]!);
  const u16 = () => (need(2), (pos += 2), view.getUint16(pos - 2, true));
  const u32 = () => (need(4), (pos += 4), view.getUint32(pos - 4, true));
  const i32 = () => (need(4), (pos += 4), view.getInt32(pos - 4, true));
  const u64 = () => {
    need(8);
    const v = view.getUint32(pos, true) + view.getUint32(pos + 4, true) * 2 ** 32;
    pos += 8;
    if (!Number.isSafeInteger(v)) fail('8-byte length too large');
    return v;
  };
  const take = (n: number) => (need(n), (pos += n), bytes.subarray(pos - n, pos));
  const line = () => {
    const nl = bytes.indexOf(0x0a, pos);
    if (nl < 0) fail('truncated: missing newline');
    const s = latin1.decode(bytes.subarray(pos, nl));
    pos = nl + 1;
    return s;
  };
  const text = (n: number) => {
    const raw = take(n);
    try {
      return utf8.decode(raw);
    } catch {
      return fail('string is not valid UTF-8');
    }
  };
  const pop = () => (stack.length === 0 ? fail('stack underflow') : stack.pop());
  const top = () => (stack.length === 0 ? fail('stack underflow') : stack[stack.length - 1]);
  const popMark = () => {
    const items = stack;
    const prev = metastack.pop();
    if (!prev) fail('no MARK on the stack');
    stack = prev!;
    return items;
  };
  const memoGet = (i: number) => (memo.has(i) ? memo.get(i) : fail(`memo key ${i} is not defined`));
  const memoPut = (i: number) => memo.set(i, top());
  const asMap = (target: unknown) => (target instanceof Map ? target : fail('SETITEM(S) target is not a dict'));
  const asList = (target: unknown) => (Array.isArray(target) ? target : fail('APPEND(S) target is not a list'));
  const parseDecimalInt = (s: string): number | bigint => {
    const digits = s.endsWith('L') ? s.slice(0, -1) : s;
    if (!/^[-+]?\d+$/.test(digits)) fail(`invalid integer literal ${JSON.stringify(s)}`);
    const v = BigInt(digits);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  };
  const global = (module: string, name: string) => {
    if (!/^[\w.]+$/.test(module) || !/^[\w.]+$/.test(name)) fail(`malformed global name ${module} ${name}`);
    return findClass(module, name);
  };
  const persistent = (pid: unknown) =>
    options.persistentLoad ? options.persistentLoad(pid) : fail('persistent ids are not supported here');

  for (;;) {
    opPos = pos;
    const op = u8();
    switch (op) {
      case 0x80: // PROTO
        if (u8() > 5) fail('unsupported pickle protocol');
        break;
      case 0x95: // FRAME: a length hint only
        u64();
        break;
      case 0x2e: // STOP
        return { value: pop(), end: pos };
      case 0x28: // MARK
        metastack.push(stack);
        stack = [];
        break;
      case 0x30: // POP
        if (stack.length) stack.pop();
        else popMark();
        break;
      case 0x31: // POP_MARK
        popMark();
        break;
      case 0x32: // DUP
        stack.push(top());
        break;
      case 0x4e: // NONE
        stack.push(null);
        break;
      case 0x88: // NEWTRUE
        stack.push(true);
        break;
      case 0x89: // NEWFALSE
        stack.push(false);
        break;
      case 0x49: {
        // INT (text); protocol 0 writes bools as I01/I00
        const s = line();
        stack.push(s === '01' ? true : s === '00' ? false : parseDecimalInt(s));
        break;
      }
      case 0x4a: // BININT
        stack.push(i32());
        break;
      case 0x4b: // BININT1
        stack.push(u8());
        break;
      case 0x4d: // BININT2
        stack.push(u16());
        break;
      case 0x4c: // LONG (text)
        stack.push(parseDecimalInt(line()));
        break;
      case 0x8a: // LONG1
        stack.push(decodeLong(take(u8())));
        break;
      case 0x8b: {
        // LONG4
        const n = i32();
        if (n < 0) fail('negative LONG4 length');
        stack.push(decodeLong(take(n)));
        break;
      }
      case 0x47: // BINFLOAT: big-endian float64
        need(8);
        stack.push(view.getFloat64(pos, false));
        pos += 8;
        break;
      case 0x46: {
        // FLOAT (text)
        const v = Number(line());
        if (Number.isNaN(v)) fail('invalid float literal');
        stack.push(v);
        break;
      }
      case 0x58: // BINUNICODE
        stack.push(text(u32()));
        break;
      case 0x8c: // SHORT_BINUNICODE
        stack.push(text(u8()));
        break;
      case 0x8d: // BINUNICODE8
        stack.push(text(u64()));
        break;
      case 0x54: {
        // BINSTRING (Python 2 str): read as latin-1, which round-trips every byte
        const n = i32();
        if (n < 0) fail('negative BINSTRING length');
        stack.push(latin1.decode(take(n)));
        break;
      }
      case 0x55: // SHORT_BINSTRING
        stack.push(latin1.decode(take(u8())));
        break;
      case 0x42: // BINBYTES
        stack.push(take(u32()).slice());
        break;
      case 0x43: // SHORT_BINBYTES
        stack.push(take(u8()).slice());
        break;
      case 0x8e: // BINBYTES8
        stack.push(take(u64()).slice());
        break;
      case 0x5d: // EMPTY_LIST
        stack.push([]);
        break;
      case 0x61: {
        // APPEND
        const v = pop();
        asList(top()).push(v);
        break;
      }
      case 0x65: {
        // APPENDS
        const items = popMark();
        const list = asList(top());
        for (const item of items) list.push(item);
        break;
      }
      case 0x6c: {
        // LIST. popMark() before touching `stack`: it replaces the array `stack` names.
        const items = popMark();
        stack.push(items);
        break;
      }
      case 0x29: // EMPTY_TUPLE
        stack.push([]);
        break;
      case 0x74: {
        // TUPLE
        const items = popMark();
        stack.push(items);
        break;
      }
      case 0x85: // TUPLE1
        stack.push([pop()]);
        break;
      case 0x86: {
        // TUPLE2
        const b = pop();
        const a = pop();
        stack.push([a, b]);
        break;
      }
      case 0x87: {
        // TUPLE3
        const c = pop();
        const b = pop();
        const a = pop();
        stack.push([a, b, c]);
        break;
      }
      case 0x7d: // EMPTY_DICT
        stack.push(new Map());
        break;
      case 0x64: {
        // DICT
        const items = popMark();
        if (items.length % 2) fail('DICT with an odd number of items');
        const dict = new Map();
        for (let i = 0; i < items.length; i += 2) dict.set(items[i], items[i + 1]);
        stack.push(dict);
        break;
      }
      case 0x73: {
        // SETITEM
        const value = pop();
        const key = pop();
        asMap(top()).set(key, value);
        break;
      }
      case 0x75: {
        // SETITEMS
        const items = popMark();
        if (items.length % 2) fail('SETITEMS with an odd number of items');
        const dict = asMap(top());
        for (let i = 0; i < items.length; i += 2) dict.set(items[i], items[i + 1]);
        break;
      }
      case 0x8f: // EMPTY_SET
        stack.push(new Set());
        break;
      case 0x90: {
        // ADDITEMS
        const items = popMark();
        const set = top();
        if (!(set instanceof Set)) fail('ADDITEMS target is not a set');
        for (const item of items) (set as Set<unknown>).add(item);
        break;
      }
      case 0x91: {
        // FROZENSET
        const items = popMark();
        stack.push(new Set(items));
        break;
      }
      case 0x67: // GET (text)
        stack.push(memoGet(Number(parseDecimalInt(line()))));
        break;
      case 0x68: // BINGET
        stack.push(memoGet(u8()));
        break;
      case 0x6a: // LONG_BINGET
        stack.push(memoGet(u32()));
        break;
      case 0x70: // PUT (text)
        memoPut(Number(parseDecimalInt(line())));
        break;
      case 0x71: // BINPUT
        memoPut(u8());
        break;
      case 0x72: // LONG_BINPUT
        memoPut(u32());
        break;
      case 0x94: // MEMOIZE
        memoPut(memo.size);
        break;
      case 0x63: {
        // GLOBAL "module\nname\n"
        const module = line();
        stack.push(global(module, line()));
        break;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (typeof module !== 'string' || typeof name !== 'string') fail('STACK_GLOBAL needs two strings');
        stack.push(global(module as string, name as string));
        break;
      }
      case 0x52: {
        // REDUCE: callable(*args), callable from the allow-list only
        const args = pop();
        const callable = pop();
        if (!(callable instanceof PickleCallable)) fail('REDUCE on something that is not an allowed callable');
        if (!Array.isArray(args)) fail('REDUCE arguments are not a tuple');
        stack.push((callable as PickleCallable).call(args as unknown[]));
        break;
      }
      case 0x62: {
        // BUILD: only dict subclasses (OrderedDict) get a state, and their attributes (torch's
        // `_metadata` version info) do not matter for the data, so it is dropped.
        pop();
        if (!(top() instanceof Map)) fail('BUILD on an object that is not a dict');
        break;
      }
      case 0x51: // BINPERSID
        stack.push(persistent(pop()));
        break;
      case 0x50: // PERSID (text)
        stack.push(persistent(line()));
        break;
      default:
        fail(`unsupported or disallowed opcode 0x${op.toString(16).padStart(2, '0')}`);
    }
  }
}
