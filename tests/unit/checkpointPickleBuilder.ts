/**
 * Test helper: assembles pickle programs opcode by opcode (no Python here), so tests can build valid
 * torch state-dict pickles with chosen shapes/strides and hostile ones that must be refused.
 */
const enc = new TextEncoder();

const le = (n: number, bytes: number) => Array.from({ length: bytes }, (_, i) => Math.floor(n / 256 ** i) % 256);

export const op = {
  proto: (v = 2) => [0x80, v],
  stop: () => [0x2e],
  mark: () => [0x28],
  none: () => [0x4e],
  true: () => [0x88],
  false: () => [0x89],
  binint: (v: number) => [0x4a, ...le(v >>> 0, 4)],
  binint1: (v: number) => [0x4b, v],
  binint2: (v: number) => [0x4d, ...le(v, 2)],
  /** Minimal little-endian two's complement, as Python's LONG1 encoder writes it. */
  long1: (v: bigint) => {
    const out: number[] = [];
    let x = v;
    for (;;) {
      out.push(Number(x & 0xffn));
      x >>= 8n;
      const sign = out[out.length - 1]! & 0x80;
      if ((x === 0n && !sign) || (x === -1n && sign)) break;
    }
    return [0x8a, out.length, ...out];
  },
  binfloat: (v: number) => {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, false);
    return [0x47, ...b];
  },
  str: (s: string) => {
    const b = enc.encode(s);
    return b.length < 256 ? [0x8c, b.length, ...b] : [0x58, ...le(b.length, 4), ...b];
  },
  binunicode: (s: string) => {
    const b = enc.encode(s);
    return [0x58, ...le(b.length, 4), ...b];
  },
  shortBinbytes: (b: number[]) => [0x43, b.length, ...b],
  global: (module: string, name: string) => [0x63, ...enc.encode(`${module}\n${name}\n`)],
  stackGlobal: () => [0x93],
  reduce: () => [0x52],
  build: () => [0x62],
  binpersid: () => [0x51],
  emptyTuple: () => [0x29],
  tuple: () => [0x74],
  tuple1: () => [0x85],
  tuple2: () => [0x86],
  tuple3: () => [0x87],
  emptyList: () => [0x5d],
  append: () => [0x61],
  appends: () => [0x65],
  emptyDict: () => [0x7d],
  setitem: () => [0x73],
  setitems: () => [0x75],
  binput: (i: number) => [0x71, i],
  binget: (i: number) => [0x68, i],
  longBinput: (i: number) => [0x72, ...le(i, 4)],
  longBinget: (i: number) => [0x6a, ...le(i, 4)],
  memoize: () => [0x94],
  frame: (n: number) => [0x95, ...le(n, 8)],
};

export const pickle = (...parts: number[][]) => new Uint8Array(parts.flat());

export interface FakeTensor {
  name: string;
  storageType: string; // 'FloatStorage', 'HalfStorage', ...
  key: string;
  storageNumel: number;
  offset: number;
  shape: number[];
  stride: number[];
  /** Legacy format only: `(root_key, offset, numel)` view metadata. */
  view?: [string, number, number];
  legacy?: boolean;
}

const intTuple = (xs: number[]) => [...op.mark(), ...xs.flatMap((x) => (x < 256 ? op.binint1(x) : op.binint(x))), ...op.tuple()];

/** `{name: _rebuild_tensor_v2(persistent storage, offset, shape, stride, False, OrderedDict())}` as torch.save writes it. */
export function stateDictPickle(tensors: FakeTensor[]): Uint8Array {
  const body = tensors.flatMap((t) => [
    ...op.binunicode(t.name),
    ...op.global('torch._utils', '_rebuild_tensor_v2'),
    ...op.mark(),
    ...op.mark(),
    ...op.binunicode('storage'),
    ...op.global('torch', t.storageType),
    ...op.binunicode(t.key),
    ...op.binunicode('cpu'),
    ...op.binint(t.storageNumel),
    ...(t.legacy ? (t.view ? [...op.binunicode(t.view[0]), ...op.binint(t.view[1]), ...op.binint(t.view[2]), ...op.tuple3()] : op.none()) : []),
    ...op.tuple(),
    ...op.binpersid(),
    ...op.binint(t.offset),
    ...intTuple(t.shape),
    ...intTuple(t.stride),
    ...op.false(),
    ...op.global('collections', 'OrderedDict'),
    ...op.emptyTuple(),
    ...op.reduce(),
    ...op.tuple(),
    ...op.reduce(),
  ]);
  return pickle(op.proto(2), op.emptyDict(), op.mark(), body, op.setitems(), op.stop());
}

/** The legacy-format preamble: magic number, protocol version and sys-info pickles. */
export function legacyPreamble(): Uint8Array {
  return pickle(
    op.proto(2), op.long1(0x1950a86a20f9469cfc6cn), op.stop(),
    op.proto(2), op.binint2(1001), op.stop(),
    op.proto(2), op.emptyDict(), op.mark(), op.binunicode('protocol_version'), op.binint2(1001),
    op.binunicode('little_endian'), op.true(), op.setitems(), op.stop(),
  );
}

export const concatBytes = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
};

export const int64le = (n: number) => new Uint8Array(new BigInt64Array([BigInt(n)]).buffer);
