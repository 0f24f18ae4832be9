/**
 * WebAssembly text of the studio's f32 matmul kernels (wasm SIMD128), C = op(A)·op(B) (+ bias), for tfjs-wasm's heap,
 * where op is the identity or a transpose (the backward pass's X^T·dY and dY·W^T, read straight from their sources).
 *
 * Why our own: tfjs-wasm's XNNPACK build runs [4096,768]·[768,3072] at ~25 GFLOP/s per core on this project's
 * machines (2-core AMD EPYC, Node 20) and batched products (attention) through a naive loop at ~2. Here both operands
 * are packed into panels first, so that the inner loop walks two pointers with constant offsets:
 *   - a 4×8 register tile (8 accumulators; V8 has 15 allocatable xmm registers, and 5- or 6-row tiles spill:
 *     measured 20–28 against 50 GFLOP/s), 4 A values splatted from one A panel, 2 vectors from one B panel;
 *   - with relaxed SIMD (Chromium, or Node with --experimental-wasm-relaxed-simd) the multiply-add is one fused
 *     f32x4.relaxed_madd: ~50 GFLOP/s per core, ~90% of the 128-bit peak, against ~38 for f32x4.mul + f32x4.add;
 *     packing A alone took the mul+add kernel from ~25 to ~38 (four row pointers to one).
 *
 * Layout (all addresses are byte offsets in the heap; strides in bytes):
 *   A  (m, k) of entry z at a + z·sa + m·lda + 4k, or a + z·sa + k·lda + 4m when transposed (A given as [K][M])
 *   B  (k, n) of entry z at b + z·sb + k·ldb + 4n, or b + z·sb + n·ldb + 4k when transposed (B given as [N][K])
 *   Ap row panels v = z·MP + q (MP = ⌈M/4⌉): ap + v·K·16 holds [K][4] floats, rows past M zero
 *   Bp column panels u = z·P + p (P = ⌈N/8⌉): bp + u·K·32 holds [K][8] floats, columns past N zero
 *   C  (m, n) of entry z at c + z·sc + m·ldc + 4n; bias: P·8 floats (zero-padded) or 0 for none
 * A job packs all of A first (panels [v0, v1) per call, shared by every thread), then each thread packs and computes
 * the B panels it claims: no two threads touch the same panel or output columns.
 *
 * `node scripts/build-wasm-kernels.mjs` assembles this (wabt) into src/core/kernels/wasmKernels.generated.ts.
 */

const get = (name) => `(local.get $${name})`;
const set = (name, value) => `(local.set $${name} ${value})`;
const add = (x, y) => `(i32.add ${x} ${y})`;
const sub = (x, y) => `(i32.sub ${x} ${y})`;
const mul = (x, y) => `(i32.mul ${x} ${y})`;
const c32 = (n) => `(i32.const ${n})`;
const min = (x, y, name) => `${set(name, x)} (if (i32.gt_u ${get(name)} ${y}) (then ${set(name, y)}))`;
const ROWS = [0, 1, 2, 3];
const LANES = [0, 1, 2, 3, 4, 5, 6, 7];

/** Lanes of two vectors, by 32-bit lane index (0–3 the first vector, 4–7 the second), as an i8x16.shuffle. */
const shuffle = (x, y, lanes) => `(i8x16.shuffle ${lanes.flatMap((l) => [0, 1, 2, 3].map((b) => 4 * l + b)).join(' ')} ${x} ${y})`;

/** The 4×4 transpose of four row vectors (locals r0..r3) into locals o0..o3 (columns), through t0..t3. */
const transpose4 = `
      ${set('t0', shuffle(get('r0'), get('r1'), [0, 4, 1, 5]))} ${set('t1', shuffle(get('r0'), get('r1'), [2, 6, 3, 7]))}
      ${set('t2', shuffle(get('r2'), get('r3'), [0, 4, 1, 5]))} ${set('t3', shuffle(get('r2'), get('r3'), [2, 6, 3, 7]))}
      ${set('o0', shuffle(get('t0'), get('t2'), [0, 1, 4, 5]))} ${set('o1', shuffle(get('t0'), get('t2'), [2, 3, 6, 7]))}
      ${set('o2', shuffle(get('t1'), get('t3'), [0, 1, 4, 5]))} ${set('o3', shuffle(get('t1'), get('t3'), [2, 3, 6, 7]))}`;
const transposeLocals = ['r', 't', 'o'].flatMap((p) => ROWS.map((i) => `(local $${p}${i} v128)`)).join(' ');

/** The tile: rows × 8 outputs (`mr` ≤ 4 rows and `nc` ≤ 8 columns kept) of one A panel times one B panel. */
function tileKernel(fma) {
  const madd = (c, a, b) => (fma ? `(f32x4.relaxed_madd ${a} ${b} ${c})` : `(f32x4.add ${c} (f32x4.mul ${a} ${b}))`);
  const acc = ROWS.flatMap((i) => [`c${i}0`, `c${i}1`]);
  const rowOut = (i) => add(get('c'), mul(get('ldc'), c32(i)));
  const step = ROWS.map(
    (i) => `${set('va', `(v128.load32_splat offset=${4 * i} ${get('pa')})`)}
      ${set(`c${i}0`, madd(get(`c${i}0`), get('va'), get('b0')))}
      ${set(`c${i}1`, madd(get(`c${i}1`), get('va'), get('b1')))}`,
  ).join('\n      ');
  const fullStores = ROWS.map((i) => `(v128.store ${rowOut(i)} ${get(`c${i}0`)}) (v128.store offset=16 ${rowOut(i)} ${get(`c${i}1`)})`).join('\n      ');
  const edgeStores = ROWS.map(
    (i) => `(if (i32.gt_u ${get('mr')} ${c32(i)}) (then
        ${LANES.map((j) => `(if (i32.gt_u ${get('nc')} ${c32(j)}) (then (f32.store offset=${4 * j} ${rowOut(i)} (f32x4.extract_lane ${j % 4} ${get(`c${i}${j >> 2}`)}))))`).join('\n        ')}))`,
  ).join('\n      ');
  return `
  (func $tile (param $pa i32) (param $pb i32) (param $bias i32) (param $K i32) (param $c i32) (param $ldc i32) (param $mr i32) (param $nc i32)
    (local $va v128) (local $b0 v128) (local $b1 v128) (local $end i32) ${acc.map((a) => `(local $${a} v128)`).join(' ')}
    (if ${get('bias')} (then
      ${ROWS.map((i) => `${set(`c${i}0`, `(v128.load ${get('bias')})`)} ${set(`c${i}1`, `(v128.load offset=16 ${get('bias')})`)}`).join('\n      ')}))
    ${set('end', add(get('pb'), mul(get('K'), c32(32))))}
    (loop $k
      ${set('b0', `(v128.load ${get('pb')})`)}
      ${set('b1', `(v128.load offset=16 ${get('pb')})`)}
      ${step}
      ${set('pa', add(get('pa'), c32(16)))}
      ${set('pb', add(get('pb'), c32(32)))}
      (br_if $k (i32.lt_u ${get('pb')} ${get('end')})))
    (if (i32.and (i32.eq ${get('mr')} ${c32(4)}) (i32.eq ${get('nc')} ${c32(8)})) (then
      ${fullStores})
    (else
      ${edgeStores})))`;
}

/**
 * The scalar rest of a panel being packed: for k from `k` to K, `width` floats (lanes `first`.. of the source, the
 * `valid` real ones, zeros past them) at `dst`. Lane j of k is at src + k·ld + 4·(first + j) where the source holds the
 * lanes side by side (`contiguous` non-zero), else at src + (first + j)·ld + 4k.
 */
const restOfPanel = ({ what, lane, width, valid, first, ld, contiguous }) => `;; The rest (${what}), a float at a time.
      (block $restDone (loop $rest
        (br_if $restDone (i32.ge_u ${get('k')} ${get('K')}))
        ${set(lane, c32(0))}
        (loop $lanes
          (f32.store ${add(get('dst'), mul(get(lane), c32(4)))}
            (if (result f32) (i32.lt_u ${get(lane)} ${get(valid)})
              (then (f32.load (select
                ${add(add(get('src'), mul(get('k'), get(ld))), mul(add(get(first), get(lane)), c32(4)))}
                ${add(add(get('src'), mul(add(get(first), get(lane)), get(ld))), mul(get('k'), c32(4)))}
                ${contiguous})))
              (else (f32.const 0))))
          ${set(lane, add(get(lane), c32(1)))}
          (br_if $lanes (i32.lt_u ${get(lane)} ${c32(width)})))
        ${set('dst', add(get('dst'), c32(4 * width)))}
        ${set('k', add(get('k'), c32(1)))}
        (br $rest)))`;

/**
 * `packA`: A row panels [v0, v1). Each k of a panel is 4 floats (rows 4q..4q+3); a transposed A has them side by side,
 * a plain one in 4 rows, taken 4 k at a time and transposed in registers.
 */
const packA = `
  (func (export "packA") (param $a i32) (param $lda i32) (param $sa i32) (param $trans i32) (param $K i32) (param $M i32)
    (param $ap i32) (param $v0 i32) (param $v1 i32)
    (local $v i32) (local $MP i32) (local $z i32) (local $m0 i32) (local $mr i32) (local $src i32) (local $dst i32)
    (local $k i32) (local $i i32) (local $k4 i32) (local $s i32) ${transposeLocals}
    ${set('MP', `(i32.shr_u ${add(get('M'), c32(3))} ${c32(2)})`)}
    ${set('k4', `(i32.and ${get('K')} ${c32(-4)})`)}
    ${set('v', get('v0'))}
    (block $done (loop $panels
      (br_if $done (i32.ge_u ${get('v')} ${get('v1')}))
      ${set('z', `(i32.div_u ${get('v')} ${get('MP')})`)}
      ${set('m0', mul(sub(get('v'), mul(get('z'), get('MP'))), c32(4)))}
      ${min(sub(get('M'), get('m0')), c32(4), 'mr')}
      ${set('src', add(get('a'), mul(get('z'), get('sa'))))}
      ${set('dst', add(get('ap'), mul(mul(get('v'), get('K')), c32(16))))}
      ${set('k', c32(0))}
      (if (i32.eq ${get('mr')} ${c32(4)}) (then
        (if ${get('trans')} (then
          ${set('s', add(get('src'), mul(get('m0'), c32(4))))}
          (loop $ks
            (v128.store ${get('dst')} (v128.load ${get('s')}))
            ${set('s', add(get('s'), get('lda')))}
            ${set('dst', add(get('dst'), c32(16)))}
            ${set('k', add(get('k'), c32(1)))}
            (br_if $ks (i32.lt_u ${get('k')} ${get('K')}))))
        (else
          ${set('s', add(get('src'), mul(get('m0'), get('lda'))))}
          (block $quadsDone (loop $quads
            (br_if $quadsDone (i32.ge_u ${get('k')} ${get('k4')}))
            ${ROWS.map((i) => set(`r${i}`, `(v128.load ${add(get('s'), mul(get('lda'), c32(i)))})`)).join(' ')}
            ${transpose4}
            ${ROWS.map((i) => `(v128.store offset=${16 * i} ${get('dst')} ${get(`o${i}`)})`).join(' ')}
            ${set('s', add(get('s'), c32(16)))}
            ${set('dst', add(get('dst'), c32(64)))}
            ${set('k', add(get('k'), c32(4)))}
            (br $quads)))))))
      ${restOfPanel({ what: 'k past the last 4, or a panel of fewer than 4 rows', lane: 'i', width: 4, valid: 'mr', first: 'm0', ld: 'lda', contiguous: get('trans') })}
      ${set('v', add(get('v'), c32(1)))}
      (br $panels))))`;

/**
 * `packB`: B column panels [u0, u1). Each k of a panel is 8 floats (columns 8p..8p+7): side by side in a plain B, in
 * 8 rows of a transposed one (taken 4 k at a time, two 4×4 transposes).
 */
const packB = `
  (func (export "packB") (param $b i32) (param $ldb i32) (param $sb i32) (param $trans i32) (param $K i32) (param $N i32)
    (param $bp i32) (param $u0 i32) (param $u1 i32)
    (local $u i32) (local $P i32) (local $z i32) (local $n0 i32) (local $nc i32) (local $src i32) (local $dst i32)
    (local $k i32) (local $j i32) (local $k4 i32) (local $half i32) (local $s i32) ${transposeLocals}
    ${set('P', `(i32.shr_u ${add(get('N'), c32(7))} ${c32(3)})`)}
    ${set('k4', `(i32.and ${get('K')} ${c32(-4)})`)}
    ${set('u', get('u0'))}
    (block $done (loop $panels
      (br_if $done (i32.ge_u ${get('u')} ${get('u1')}))
      ${set('z', `(i32.div_u ${get('u')} ${get('P')})`)}
      ${set('n0', mul(sub(get('u'), mul(get('z'), get('P'))), c32(8)))}
      ${min(sub(get('N'), get('n0')), c32(8), 'nc')}
      ${set('src', add(get('b'), mul(get('z'), get('sb'))))}
      ${set('dst', add(get('bp'), mul(mul(get('u'), get('K')), c32(32))))}
      ${set('k', c32(0))}
      (if (i32.eq ${get('nc')} ${c32(8)}) (then
        (if ${get('trans')} (then
          ${set('s', add(get('src'), mul(get('n0'), get('ldb'))))}
          (block $quadsDone (loop $quads
            (br_if $quadsDone (i32.ge_u ${get('k')} ${get('k4')}))
            ${set('half', c32(0))}
            (loop $halves
              ${ROWS.map((i) => set(`r${i}`, `(v128.load ${add(get('s'), mul(get('ldb'), add(get('half'), c32(i))))})`)).join(' ')}
              ${transpose4}
              ${ROWS.map((i) => `(v128.store offset=${32 * i} ${add(get('dst'), mul(get('half'), c32(4)))} ${get(`o${i}`)})`).join(' ')}
              ${set('half', add(get('half'), c32(4)))}
              (br_if $halves (i32.lt_u ${get('half')} ${c32(8)})))
            ${set('s', add(get('s'), c32(16)))}
            ${set('dst', add(get('dst'), c32(128)))}
            ${set('k', add(get('k'), c32(4)))}
            (br $quads))))
        (else
          ${set('s', add(get('src'), mul(get('n0'), c32(4))))}
          (loop $ks
            (v128.store ${get('dst')} (v128.load ${get('s')}))
            (v128.store offset=16 ${get('dst')} (v128.load offset=16 ${get('s')}))
            ${set('s', add(get('s'), get('ldb')))}
            ${set('dst', add(get('dst'), c32(32)))}
            ${set('k', add(get('k'), c32(1)))}
            (br_if $ks (i32.lt_u ${get('k')} ${get('K')})))))))
      ${restOfPanel({ what: 'k past the last 4, or a panel of fewer than 8 columns', lane: 'j', width: 8, valid: 'nc', first: 'n0', ld: 'ldb', contiguous: `(i32.eqz ${get('trans')})` })}
      ${set('u', add(get('u'), c32(1)))}
      (br $panels))))`;

/**
 * `gemm`: the C columns of B panels [u0, u1), all M rows, in blocks of `mcp` row panels (a block of packed A, ~512 KB,
 * stays in L2 while the B panels pass; each B panel, K·32 bytes, stays in L1/L2 while the block's row panels pass).
 */
const gemm = `
  (func (export "gemm") (param $ap i32) (param $bp i32) (param $K i32) (param $M i32) (param $N i32) (param $bias i32)
    (param $c i32) (param $ldc i32) (param $sc i32) (param $mcp i32) (param $u0 i32) (param $u1 i32)
    (local $P i32) (local $MP i32) (local $qb i32) (local $qend i32) (local $q i32) (local $u i32) (local $z i32) (local $p i32)
    (local $nc i32) (local $mr i32) (local $aZ i32) (local $bU i32) (local $cU i32) (local $biasU i32) (local $panelA i32)
    ${set('P', `(i32.shr_u ${add(get('N'), c32(7))} ${c32(3)})`)}
    ${set('MP', `(i32.shr_u ${add(get('M'), c32(3))} ${c32(2)})`)}
    ${set('panelA', mul(get('K'), c32(16)))}
    (block $blocksDone (loop $blocks
      (br_if $blocksDone (i32.ge_u ${get('qb')} ${get('MP')}))
      ${min(add(get('qb'), get('mcp')), get('MP'), 'qend')}
      ${set('u', get('u0'))}
      (block $unitsDone (loop $units
        (br_if $unitsDone (i32.ge_u ${get('u')} ${get('u1')}))
        ${set('z', `(i32.div_u ${get('u')} ${get('P')})`)}
        ${set('p', sub(get('u'), mul(get('z'), get('P'))))}
        ${min(sub(get('N'), mul(get('p'), c32(8))), c32(8), 'nc')}
        ${set('aZ', add(get('ap'), mul(mul(get('z'), get('MP')), get('panelA'))))}
        ${set('bU', add(get('bp'), mul(mul(get('u'), get('K')), c32(32))))}
        ${set('cU', add(add(get('c'), mul(get('z'), get('sc'))), mul(get('p'), c32(32))))}
        ${set('biasU', `(select ${add(get('bias'), mul(get('p'), c32(32)))} ${c32(0)} ${get('bias')})`)}
        ${set('q', get('qb'))}
        (loop $rowPanels
          ${min(sub(get('M'), mul(get('q'), c32(4))), c32(4), 'mr')}
          (call $tile ${add(get('aZ'), mul(get('q'), get('panelA')))} ${get('bU')} ${get('biasU')} ${get('K')}
            ${add(get('cU'), mul(mul(get('q'), c32(4)), get('ldc')))} ${get('ldc')} ${get('mr')} ${get('nc')})
          ${set('q', add(get('q'), c32(1)))}
          (br_if $rowPanels (i32.lt_u ${get('q')} ${get('qend')})))
        ${set('u', add(get('u'), c32(1)))}
        (br $units)))
      ${set('qb', get('qend'))}
      (br $blocks))))`;

/** The matmul functions: the tile, `packA`, `packB` and `gemm`; `fma` uses relaxed SIMD's fused multiply-add. */
export const gemmWat = ({ fma }) => tileKernel(fma) + packA + packB + gemm;
