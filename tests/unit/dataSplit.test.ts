import { describe, expect, it } from 'vitest';
import { projectCountsByLabel, projectOf, stratifiedSplit, stratumSizes, type DatasetSplit, type SplitItem } from '../../src/core/data/split.ts';
import { Rng, shuffle } from '../../src/core/random.ts';

/** Files per label: a big class, mid-sized ones, and the tiny edge cases. */
const COUNTS = [50, 23, 7, 5, 3, 2, 1];
const items: SplitItem[] = COUNTS.flatMap((n, label) =>
  Array.from({ length: n }, (_, i) => ({ path: `lang${label}/file${i}.txt`, label })),
);

const pathsOf = (split: DatasetSplit, source: readonly SplitItem[]) => ({
  train: split.train.map((i) => source[i]!.path),
  validation: split.validation.map((i) => source[i]!.path),
  test: split.test.map((i) => source[i]!.path),
});

describe('stratumSizes', () => {
  it('takes round(n · fraction) per part, at least one when possible, never all', () => {
    expect(stratumSizes(50, 0.2, 0.1)).toEqual({ train: 36, validation: 4, test: 10 });
    expect(stratumSizes(23, 0.2, 0.1)).toEqual({ train: 16, validation: 2, test: 5 }); // 4.6 → 5, 1.8 → 2
    expect(stratumSizes(5, 0.2, 0.1)).toEqual({ train: 3, validation: 1, test: 1 });
    expect(stratumSizes(3, 0.2, 0.1)).toEqual({ train: 1, validation: 1, test: 1 });
    expect(stratumSizes(2, 0.2, 0.1)).toEqual({ train: 1, validation: 0, test: 1 });
    expect(stratumSizes(1, 0.2, 0.1)).toEqual({ train: 1, validation: 0, test: 0 });
    expect(stratumSizes(10, 0, 0)).toEqual({ train: 10, validation: 0, test: 0 });
  });
});

describe('stratifiedSplit', () => {
  const split = stratifiedSplit(items);

  it('partitions the items: no overlap, nothing lost', () => {
    const all = [...split.train, ...split.validation, ...split.test];
    expect(new Set(all).size).toBe(items.length);
    expect(all).toHaveLength(items.length);
  });

  it('is stratified: every label gets its share of each part', () => {
    COUNTS.forEach((n, label) => {
      const count = (part: number[]) => part.filter((i) => items[i]!.label === label).length;
      expect({ train: count(split.train), validation: count(split.validation), test: count(split.test) }).toEqual(
        stratumSizes(n, 0.2, 0.1),
      );
    });
    // Overall close to the seed's proportions.
    expect(split.test.length / items.length).toBeCloseTo(0.2, 1);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(stratifiedSplit(items)).toEqual(split);
    expect(stratifiedSplit(items, { seed: 42 })).toEqual(split); // 42 is the default, as in the seed
    expect(stratifiedSplit(items, { seed: 7 }).test).not.toEqual(split.test);
  });

  it('does not depend on input order (browser and CLI list folders differently)', () => {
    for (const seed of [1, 2, 3]) {
      const permuted = shuffle([...items], Rng.fromSeed(seed));
      expect(pathsOf(stratifiedSplit(permuted), permuted)).toEqual(pathsOf(split, items));
    }
  });

  it('returns each part in path order', () => {
    for (const part of [split.train, split.validation, split.test]) {
      const paths = part.map((i) => items[i]!.path);
      expect(paths).toEqual([...paths].sort());
    }
  });

  it('keeps the other languages\' split when files are added to one language', () => {
    const more = [...items, { path: 'lang0/zz-new.txt', label: 0 }];
    const before = pathsOf(split, items);
    const after = pathsOf(stratifiedSplit(more), more);
    const notLang0 = (paths: string[]) => paths.filter((p) => !p.startsWith('lang0/'));
    expect(notLang0(after.test)).toEqual(notLang0(before.test));
    expect(notLang0(after.validation)).toEqual(notLang0(before.validation));
  });

  it('honours custom fractions and rejects invalid ones', () => {
    const s = stratifiedSplit(items, { testSize: 0.5, validationSplit: 0 });
    expect(s.validation).toEqual([]);
    expect(s.test.filter((i) => items[i]!.label === 0)).toHaveLength(25);
    expect(() => stratifiedSplit(items, { testSize: 1 })).toThrow(RangeError);
    expect(() => stratifiedSplit(items, { validationSplit: -0.1 })).toThrow(RangeError);
    expect(stratifiedSplit([])).toEqual({ train: [], validation: [], test: [] });
  });
});

describe('project split', () => {
  /** python: 8 projects of uneven sizes plus loose files; go: 2 projects (too few); ruby: no sub-folders. */
  const projectItems: SplitItem[] = [
    ...[12, 9, 7, 5, 4, 3, 2, 2].flatMap((n, p) => Array.from({ length: n }, (_, i) => ({ path: `python/proj${p}/src/f${i}.py`, label: 0 }))),
    ...Array.from({ length: 3 }, (_, i) => ({ path: `python/loose${i}.py`, label: 0 })),
    ...Array.from({ length: 10 }, (_, i) => ({ path: `go/${i < 5 ? 'a' : 'b'}/f${i}.go`, label: 1 })),
    ...Array.from({ length: 10 }, (_, i) => ({ path: `ruby/f${i}.rb`, label: 2 })),
  ];

  it('keeps every project on one side, each part with a project, sizes near the target', () => {
    const split = stratifiedSplit(projectItems, { splitBy: 'project' });
    const sideOf = new Map<string, string>();
    for (const [part, indices] of Object.entries(split)) {
      if (part === 'fileSplitLabels') continue;
      for (const i of indices as number[]) {
        if (projectItems[i]!.label !== 0) continue;
        const p = projectOf(projectItems[i]!.path);
        expect(sideOf.get(p) ?? part, p).toBe(part);
        sideOf.set(p, part);
      }
    }
    const python = (part: number[]) => part.filter((i) => projectItems[i]!.label === 0).length;
    expect(python(split.test)).toBeGreaterThan(0);
    expect(python(split.validation)).toBeGreaterThan(0);
    expect(Math.abs(python(split.test) - 9)).toBeLessThanOrEqual(3); // 20% of 47 files ≈ 9
    expect(split.fileSplitLabels).toEqual([1, 2]); // go has 2 projects, ruby 1 (its loose files)
    expect([projectOf('python/proj0/src/f.py'), projectOf('python/f.py')]).toEqual(['proj0', '']);
    // What the dataset summary shows: projects per language (the loose files count as one).
    expect(projectCountsByLabel(projectItems)).toEqual(new Map([[0, 9], [1, 2], [2, 1]]));
  });

  it('with only 3 projects, holds one out for test and draws validation files from the 2 training projects', () => {
    const three: SplitItem[] = [10, 8, 6].flatMap((n, p) => Array.from({ length: n }, (_, i) => ({ path: `c/p${p}/f${i}.c`, label: 0 })));
    const split = stratifiedSplit(three, { splitBy: 'project', seed: 5 });
    const projects = (part: number[]) => new Set(part.map((i) => projectOf(three[i]!.path)));
    expect(projects(split.test).size).toBe(1);
    expect(projects(split.train).size).toBe(2);
    expect([...projects(split.validation)].every((p) => projects(split.train).has(p))).toBe(true);
    expect(split.validation.length).toBeGreaterThan(0);
    expect(split.fileSplitLabels).toEqual([]);
  });

  it('is seeded and independent of input order', () => {
    const a = stratifiedSplit(projectItems, { splitBy: 'project', seed: 3 });
    const reversed = [...projectItems].reverse();
    expect(pathsOf(stratifiedSplit(reversed, { splitBy: 'project', seed: 3 }), reversed)).toEqual(pathsOf(a, projectItems));
    const seeds = new Set([1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(pathsOf(stratifiedSplit(projectItems, { splitBy: 'project', seed }), projectItems).test)));
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('falls back to the file split for languages with fewer than 3 projects (as the seed splits them)', () => {
    const project = stratifiedSplit(projectItems, { splitBy: 'project' });
    const file = stratifiedSplit(projectItems, { splitBy: 'file' });
    const part = (s: DatasetSplit, label: number) => pathsOf(s, projectItems).test.filter((p) => projectItems.find((x) => x.path === p)!.label === label);
    expect(part(project, 1)).toEqual(part(file, 1));
    expect(part(project, 2)).toEqual(part(file, 2));
    expect(file.fileSplitLabels).toBeUndefined();
  });
});
