import { describe, expect, it } from 'vitest';
import { unpickle, UnpicklingError } from '../../src/core/checkpoint/pickle.ts';
import { findTorchClass, unpickleTorch, TensorRef } from '../../src/core/checkpoint/torchPickle.ts';
import { op, pickle } from './checkpointPickleBuilder.ts';

const enc = new TextEncoder();
const torchOptions = { findClass: findTorchClass, persistentLoad: (pid: unknown) => ({ pid }) };

describe('pickle: values', () => {
  it('decodes the scalar opcodes torch state dicts use', () => {
    const program = pickle(
      op.proto(2), op.mark(),
      op.none(), op.true(), op.false(),
      op.binint(-5), op.binint1(200), op.binint2(0x1234),
      op.long1(119547037146038801333356n), op.long1(-129n), op.long1(0n),
      op.binfloat(1e-5), op.str('Ġ=héllo'), op.binunicode(''), op.shortBinbytes([1, 2, 255]),
      op.tuple(), op.stop(),
    );
    expect(unpickle(program).value).toEqual([
      null, true, false, -5, 200, 0x1234, 119547037146038801333356n, -129, 0, 1e-5, 'Ġ=héllo', '', new Uint8Array([1, 2, 255]),
    ]);
  });

  it('builds lists, tuples and dicts and shares memoized objects', () => {
    const program = pickle(
      op.proto(4), op.frame(60),
      op.emptyDict(), op.binput(0), op.mark(),
      op.str('list'), op.emptyList(), op.binput(1), op.binint1(1), op.append(), op.mark(), op.binint1(2), op.binint1(3), op.appends(),
      op.str('pair'), op.binint1(7), op.binint1(8), op.tuple2(), op.memoize(),
      op.str('again'), op.binget(1),
      op.str('far'), op.binint2(9), op.longBinput(70000), op.longBinget(70000), op.tuple2(),
      op.setitems(),
      op.str('one'), op.binint1(1), op.tuple1(), op.setitem(),
      op.stop(),
    );
    const value = unpickle(program).value as Map<string, unknown>;
    expect([...value.keys()]).toEqual(['list', 'pair', 'again', 'far', 'one']);
    expect(value.get('list')).toEqual([1, 2, 3]);
    expect(value.get('again')).toBe(value.get('list')); // BINGET returns the same object, like Python
    expect(value.get('pair')).toEqual([7, 8]);
    expect(value.get('far')).toEqual([9, 9]);
    expect(value.get('one')).toEqual([1]);
  });

  it('reports where a stream ends so consecutive pickles can be read', () => {
    const two = pickle(op.proto(2), op.binint1(1), op.stop(), op.proto(2), op.binint1(2), op.stop());
    const first = unpickle(two);
    expect(first).toEqual({ value: 1, end: 5 });
    expect(unpickle(two, {}, first.end).value).toBe(2);
  });

  it('refuses truncated and malformed programs with a clear error', () => {
    expect(() => unpickle(pickle(op.proto(2), op.binint1(1)))).toThrow(/truncated/);
    expect(() => unpickle(pickle(op.proto(2), [0x58, 10, 0, 0, 0, 0x41]))).toThrow(/truncated/);
    expect(() => unpickle(pickle(op.proto(2), op.binget(3), op.stop()))).toThrow(/memo key 3/);
    expect(() => unpickle(pickle(op.proto(2), op.tuple(), op.stop()))).toThrow(/no MARK/);
    expect(() => unpickle(pickle(op.proto(2), [0xff], op.stop()))).toThrow(/opcode 0xff/);
    expect(() => unpickle(pickle(op.proto(2), op.stop()))).toThrow(/stack underflow/);
  });
});

describe('pickle: refuses code execution', () => {
  // Classic payloads, as `pickle.dumps` of a __reduce__ returning (os.system, ("...",)) would write them.
  const callWith = (global: number[]) =>
    pickle(op.proto(2), global, op.mark(), op.binunicode('touch /tmp/pwned'), op.tuple(), op.reduce(), op.stop());
  const stackGlobal = (module: string, name: string) => [...op.str(module), ...op.str(name), ...op.stackGlobal()];

  it.each([
    ['os', 'system'],
    ['posix', 'system'],
    ['nt', 'system'],
    ['builtins', 'eval'],
    ['builtins', 'exec'],
    ['__builtin__', 'eval'],
    ['subprocess', 'Popen'],
    ['collections', 'Counter'],
    ['torch._utils', '_rebuild_from_type_v2'],
    ['torch', 'load'],
    ['numpy.core.multiarray', '_reconstruct'],
  ])('refuses GLOBAL %s.%s by name', (module, name) => {
    for (const program of [callWith(op.global(module, name)), callWith(stackGlobal(module, name))]) {
      expect(() => unpickle(program, torchOptions)).toThrow(UnpicklingError);
      expect(() => unpickle(program, torchOptions)).toThrow(`${module}.${name} is not allowed`);
    }
  });

  it('refuses every global when no allow-list is given', () => {
    expect(() => unpickle(callWith(op.global('collections', 'OrderedDict')))).toThrow(/collections.OrderedDict is not allowed/);
  });

  it('refuses object-construction opcodes (INST, OBJ, NEWOBJ, EXT1)', () => {
    const inst = pickle(op.proto(0), op.mark(), [0x69, ...enc.encode('os\nsystem\n')], op.stop());
    const obj = pickle(op.proto(2), op.mark(), op.global('collections', 'OrderedDict'), [0x6f], op.stop());
    const newobj = pickle(op.proto(2), op.global('collections', 'OrderedDict'), op.emptyTuple(), [0x81], op.stop());
    const ext1 = pickle(op.proto(2), [0x82, 1], op.stop());
    for (const program of [inst, obj, newobj, ext1]) expect(() => unpickle(program, torchOptions)).toThrow(/disallowed opcode/);
  });

  it('refuses REDUCE on anything but an allow-listed callable', () => {
    const program = pickle(op.proto(2), op.str('os.system'), op.emptyTuple(), op.reduce(), op.stop());
    expect(() => unpickle(program, torchOptions)).toThrow(/not an allowed callable/);
  });

  it('refuses BUILD on non-dict objects (no attribute setting on anything else)', () => {
    const program = pickle(op.proto(2), op.emptyList(), op.emptyDict(), op.build(), op.stop());
    expect(() => unpickle(program, torchOptions)).toThrow(/BUILD/);
  });
});

describe('pickle: torch allow-list', () => {
  it('rebuilds tensor references and OrderedDicts (with their dropped _metadata state)', () => {
    const program = pickle(
      op.proto(2), op.global('collections', 'OrderedDict'), op.emptyTuple(), op.reduce(), op.mark(),
      op.str('w'), op.global('torch._utils', '_rebuild_parameter'), op.mark(),
      op.global('torch._utils', '_rebuild_tensor_v2'), op.mark(),
      op.mark(), op.str('storage'), op.global('torch', 'HalfStorage'), op.str('3'), op.str('cpu'), op.binint1(6), op.tuple(), op.binpersid(),
      op.binint1(0), op.binint1(2), op.binint1(3), op.tuple2(), op.binint1(3), op.binint1(1), op.tuple2(), op.false(),
      op.global('collections', 'OrderedDict'), op.emptyTuple(), op.reduce(), op.tuple(), op.reduce(),
      op.true(), op.global('collections', 'OrderedDict'), op.emptyTuple(), op.reduce(), op.tuple(), op.reduce(),
      op.setitems(),
      op.emptyDict(), op.str('_metadata'), op.emptyDict(), op.setitem(), op.build(),
      op.stop(),
    );
    const value = unpickleTorch(program).value as Map<string, TensorRef>;
    const w = value.get('w')!;
    expect(w).toBeInstanceOf(TensorRef);
    expect(w.storage).toMatchObject({ key: '3', dtype: 'F16', numel: 6, location: 'cpu' });
    expect(w.shape).toEqual([2, 3]);
    expect(w.stride).toEqual([3, 1]);
  });
});
