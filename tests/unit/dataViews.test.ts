/**
 * Views and windows: what the model reads of a file. Random-lines views are whole lines, of every length, drawn
 * reproducibly from (seed, epoch, path); cuts have their line count; windows cover a long file within a bounded
 * budget and leave a short one exactly as truncation reads it.
 */
import { describe, expect, it } from 'vitest';
import { readDatasetFolder } from '../../src/core/data/datasetFolder.ts';
import { encodeDataset } from '../../src/core/data/encodedDataset.ts';
import { TrainingViews } from '../../src/core/data/trainingViews.ts';
import { codeLines, linesCut, parseEvalViews, randomLinesView } from '../../src/core/data/views.ts';
import { MAX_WINDOWS, textWindows, windowStarts } from '../../src/core/data/windows.ts';
import { Rng } from '../../src/core/random.ts';
import { snippetDataset, tinyTokenizer } from './trainerFixtures.ts';

const tokenizer = tinyTokenizer();
const program = Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? '' : `    value_${i} = compute(${i}, "text ${i}")`)).join('\n');
const codeLineCount = codeLines(program).starts.length;

describe('line views', () => {
  it('finds the lines with code on them', () => {
    const { starts, ends } = codeLines('a\n\n  \nbb\r\nccc');
    expect(starts.map((s, i) => 'a\n\n  \nbb\r\nccc'.slice(s, ends[i]))).toEqual(['a', 'bb\r', 'ccc']);
    expect(codeLines('').starts).toEqual([]);
  });

  it('random-lines views are runs of whole lines, of lengths from one line to the whole file, reproducible', () => {
    const lengths = new Set<number>();
    for (let k = 0; k < 400; k++) {
      const view = randomLinesView(program, Rng.fromSeed(k));
      expect(program.includes(view)).toBe(true);
      expect(view).toBe(randomLinesView(program, Rng.fromSeed(k)));
      // Starts and ends at line boundaries: every line of the view is a whole line of the file.
      for (const line of view.split('\n')) expect(line === '' || program.split('\n').includes(line)).toBe(true);
      lengths.add(codeLines(view).starts.length);
    }
    expect(lengths.has(1)).toBe(true);
    expect(Math.max(...lengths)).toBeGreaterThan(codeLineCount / 2);
    // Log-uniform: as many views under 16 lines as from 16 to the whole file (roughly), not 5% of them.
    const short = [...Array(400).keys()].filter((k) => codeLines(randomLinesView(program, Rng.fromSeed(k))).starts.length < 16).length;
    expect(short).toBeGreaterThan(120);
    expect(short).toBeLessThan(280);
  });

  it('cuts have their number of code lines, and a short file stays whole', () => {
    const cut = linesCut(program, 5, Rng.fromSeed(1));
    expect(codeLines(cut).starts).toHaveLength(5);
    expect(linesCut('a\nb\n', 5, Rng.fromSeed(1))).toBe('a\nb\n');
  });

  it('parses view lists and names an unknown view', () => {
    expect(parseEvalViews('whole, l20,l5,whole')).toEqual(['whole', 'l20', 'l5']);
    expect(() => parseEvalViews('whole,l7')).toThrow(/unknown view "l7"/);
    expect(() => parseEvalViews(' , ')).toThrow(/at least one view/);
  });
});

describe('windows', () => {
  it('reads a short text as one window, exactly as truncation does', () => {
    const text = 'def f(x):\n    return x + 1\n';
    expect(textWindows(tokenizer, text, 64)).toEqual([Int32Array.from(tokenizer.encode(text, { truncation: true, maxLength: 64 }).inputIds)]);
  });

  it('covers a long text with half-overlapping windows, evenly spaced, the last one ending at its end', () => {
    const text = program.slice(0, 3000);
    const all = tokenizer.encode(text, { addSpecialTokens: false }).inputIds;
    const windows = textWindows(tokenizer, text, 64, 64);
    expect(windows.length).toBeGreaterThan(2);
    for (const w of windows) {
      expect(w.length).toBeLessThanOrEqual(64);
      expect([w[0], w.at(-1)]).toEqual([tokenizer.clsTokenId, tokenizer.sepTokenId]);
    }
    expect([...windows[0]!.slice(1, -1)]).toEqual(all.slice(0, 62));
    expect([...windows.at(-1)!.slice(1, -1)]).toEqual(all.slice(-62));
    expect(windowStarts(100, 10, 32)).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]);
    expect(windowStarts(300, 126, 16)).toEqual([0, 58, 116, 174]);
    expect(windowStarts(100, 10, 4)).toEqual([0, 30, 60, 90]); // 19 needed: 4 spread over the whole text
  });

  it('reads a snippet of up to two windows as its two halves', () => {
    const all = tokenizer.encode(program, { addSpecialTokens: false }).inputIds;
    const n = 100; // between one window (62 tokens) and two
    const text = tokenizer.decode(all.slice(0, n));
    const ids = tokenizer.encode(text, { addSpecialTokens: false }).inputIds;
    expect(ids.length).toBeGreaterThan(62);
    const windows = textWindows(tokenizer, text, 64);
    expect(windows.map((w) => [...w.slice(1, -1)])).toEqual([ids.slice(0, Math.ceil(ids.length / 2)), ids.slice(Math.ceil(ids.length / 2))]);
  });

  it('caps the windows and spreads them evenly over a longer text', () => {
    expect(windowStarts(1000, 10, 4)).toEqual([0, 330, 660, 990]);
    const windows = textWindows(tokenizer, program, 32);
    expect(windows).toHaveLength(MAX_WINDOWS);
  });

  it('samples a huge text at line starts instead of tokenizing it whole', () => {
    const huge = `${'x = 1\n'.repeat(200_000)}`; // 1.2 MB
    const windows = textWindows(tokenizer, huge, 32);
    expect(windows.length).toBeLessThanOrEqual(MAX_WINDOWS);
    expect(windows.every((w) => w.length <= 32)).toBe(true);
    const oneLine = 'y'.repeat(2_000_000); // a single line, no newline to snap to
    const bounded = textWindows(tokenizer, oneLine, 32);
    expect(bounded).toHaveLength(1);
    expect(bounded[0]!.length).toBe(32);
  });
});

describe('training views', () => {
  const data = snippetDataset();
  const options = { views: 'random-lines' as const, viewsPerFile: 2, seed: 42 };

  it('draws each epoch anew, the same for the same (seed, epoch), every file viewsPerFile times', () => {
    const views = new TrainingViews(data, tokenizer, options);
    expect(views.size).toBe(2 * data.split.train.length);
    const epoch0 = views.forEpoch(0).map((ids) => [...ids]);
    const epoch1 = views.forEpoch(1).map((ids) => [...ids]);
    expect(epoch1).not.toEqual(epoch0);
    expect(new TrainingViews(data, tokenizer, options).forEpoch(0).map((ids) => [...ids])).toEqual(epoch0);
    expect(new TrainingViews(data, tokenizer, { ...options, seed: 7 }).forEpoch(0).map((ids) => [...ids])).not.toEqual(epoch0);
    const sources = views.sources(0);
    for (let j = 0; j < views.size; j++) {
      expect(views.labels[j]).toBe(data.exampleLabels[sources[j]!.file]);
      expect(epoch0[j]!.length).toBeLessThanOrEqual(data.maxLength);
    }
  });

  it('balanced: every language the same share of each epoch, small ones as more views, large ones in turns', () => {
    // 30 python files, 10 go, 4 ruby: the share is ⌈train / 3⌉ each.
    const encoder = new TextEncoder();
    const entries = Object.entries({ python: 30, go: 10, ruby: 4 }).flatMap(([language, count]) =>
      Array.from({ length: count }, (_, i) => ({ path: `${language}/f${i}.txt`, bytes: encoder.encode(`${program.slice(i * 40, i * 40 + 800)}\n# ${language} ${i}`) })),
    );
    const data = encodeDataset(readDatasetFolder(entries, { root: null }), tokenizer, { maxLength: 64, testSize: 0.2, validationSplit: 0, seed: 42, splitBy: 'file' });
    const n = data.split.train.length;
    const counts = new Map<number, number>();
    for (const i of data.split.train) counts.set(data.exampleLabels[i]!, (counts.get(data.exampleLabels[i]!) ?? 0) + 1);
    const languages = counts.size;
    const balanced = new TrainingViews(data, tokenizer, { ...options, viewsPerFile: 1, balanceLanguages: true });
    const share = Math.ceil(n / languages);
    expect(balanced.size).toBe(share * languages);
    for (const epoch of [0, 1]) {
      const sources = balanced.sources(epoch);
      const perLanguage = new Map<number, { files: Set<number>; pairs: Set<string> }>();
      sources.forEach(({ file, view }, j) => {
        const label = data.exampleLabels[file]!;
        expect(balanced.labels[j]).toBe(label); // the same layout every epoch
        const entry = perLanguage.get(label) ?? { files: new Set(), pairs: new Set() };
        entry.files.add(file);
        entry.pairs.add(`${file}/${view}`);
        perLanguage.set(label, entry);
      });
      for (const [label, { files, pairs }] of perLanguage) {
        expect(pairs.size).toBe(share); // never the same view of the same file twice in an epoch
        expect(files.size).toBe(Math.min(share, counts.get(label)!));
      }
    }
    // A language with more files than its share reads a different subset each epoch; reproducibly.
    expect(balanced.sources(1)).toEqual(new TrainingViews(data, tokenizer, { ...options, viewsPerFile: 1, balanceLanguages: true }).sources(1));
    const python = (epoch: number) => balanced.sources(epoch).filter((s) => data.exampleLabels[s.file] === data.labels.indexOf('python')).map((s) => s.file);
    expect(new Set(python(1))).not.toEqual(new Set(python(0)));
  });

  it('reads the heads in head mode', () => {
    const heads = new TrainingViews(data, undefined, { views: 'head', viewsPerFile: 1, seed: 42 });
    expect(heads.forEpoch(3)).toEqual(data.split.train.map((i) => data.tokenIds[i]));
    expect(() => new TrainingViews(data, undefined, { ...options })).toThrow(/need the tokenizer/);
    expect(() => new TrainingViews(data, tokenizer, { ...options, viewsPerFile: 0 })).toThrow(/integer ≥ 1/);
  });
});
