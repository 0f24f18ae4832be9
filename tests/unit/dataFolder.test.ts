import { describe, expect, it } from 'vitest';
import { DatasetFolderReader, readDatasetFolder, type FileEntry } from '../../src/core/data/datasetFolder.ts';
import { detectRootFolder } from '../../src/core/data/paths.ts';
import { validateDataset } from '../../src/core/data/validateDataset.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (path: string, content: string | Uint8Array): FileEntry => ({
  path,
  bytes: typeof content === 'string' ? utf8(content) : content,
});

/** n small distinct source files for a language. */
const sources = (language: string, n: number, ext = 'txt'): FileEntry[] =>
  Array.from({ length: n }, (_, i) => file(`${language}/f${String(i).padStart(3, '0')}.${ext}`, `// ${language} ${i}\n`));

describe('readDatasetFolder: skip reasons', () => {
  const entries: FileEntry[] = [
    file('python/ok.py', 'print("hi")\n'),
    file('python/nul.bin', new Uint8Array([0x70, 0x00, 0x71])),
    file('python/latin1.py', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])), // "café" in Latin-1
    file('python/empty.py', new Uint8Array(0)),
    file('python/blank.py', ' \n\t\r\n  '),
    file('python/big.py', 'x'.repeat(101)),
    file('python/.DS_Store', 'hidden file'),
    file('.git/config', '[core]\n'),
    file('python/.venv/lib/site.py', 'import os\n'),
    file('__MACOSX/python/._ok.py', 'resource fork'),
    file('README.md', '# dataset\n'),
    file('go/main.go', 'package main\n'),
    file('python/bom16.py', Uint8Array.from([0xff, 0xfe, 0x78, 0, 0x3d, 0, 0x31, 0])), // "x=1" in UTF-16LE with a BOM
    file('python/nobom16.py', Uint8Array.from([0x78, 0, 0x20, 0, 0x3d, 0, 0x20, 0, 0x31, 0])), // "x = 1", no BOM
  ];
  const result = readDatasetFolder(entries, { maxFileBytes: 100 });
  const reasonOf = (path: string) => result.skipped.find((s) => s.path === path)?.reason;

  it('skips and names each reason', () => {
    expect(reasonOf('python/nul.bin')).toBe('binary');
    expect(reasonOf('python/bom16.py')).toBe('utf-16');
    expect(reasonOf('python/nobom16.py')).toBe('utf-16');
    expect(reasonOf('python/latin1.py')).toBe('invalid-utf8');
    expect(reasonOf('python/empty.py')).toBe('empty');
    expect(reasonOf('python/blank.py')).toBe('empty');
    expect(reasonOf('python/big.py')).toBe('too-large');
    expect(result.skipped.find((s) => s.path === 'python/big.py')?.detail).toBe('101 bytes');
    expect(reasonOf('python/.DS_Store')).toBe('hidden');
    expect(reasonOf('.git/config')).toBe('hidden');
    expect(reasonOf('python/.venv/lib/site.py')).toBe('hidden');
    expect(reasonOf('__MACOSX/python/._ok.py')).toBe('hidden');
    expect(reasonOf('README.md')).toBe('root-level');
  });

  it('counts skips per reason and keeps only readable files', () => {
    expect(result.skippedByReason).toEqual({
      binary: 1,
      'invalid-utf8': 1,
      empty: 2,
      'too-large': 1,
      hidden: 4,
      'root-level': 1,
      'utf-16': 2,
    });
    expect(result.skipped).toHaveLength(12);
    expect(result.examples.map((e) => e.path)).toEqual(['go/main.go', 'python/ok.py']);
    expect(result.labelCounts).toEqual([1, 1]);
    // Hidden folders are not languages.
    expect(result.labels).toEqual(['go', 'python']);
  });

  it('accepts a file of exactly the size limit', () => {
    const r = readDatasetFolder([file('a/x', 'y'.repeat(100)), file('b/x', 'z')], { maxFileBytes: 100 });
    expect(r.skipped).toEqual([]);
  });
});

describe('readDatasetFolder: labels and text', () => {
  it('sorts labels by code unit and labels examples accordingly, from any depth', () => {
    const r = readDatasetFolder([
      file('ruby/a.rb', 'puts 1'),
      file('go/x/y/z.go', 'package z'),
      file('c++/a.cpp', 'int main(){}'),
      file('javascript/lib/a.js', 'let a'),
      file('Zig/a.zig', 'const a = 1;'),
    ]);
    expect(r.labels).toEqual(['Zig', 'c++', 'go', 'javascript', 'ruby']);
    for (const e of r.examples) expect(r.labels[e.label]).toBe(e.path.split('/')[0]);
    expect(r.examples.find((e) => e.path === 'go/x/y/z.go')!.label).toBe(2);
  });

  it('keeps the text exactly: BOM, CRLF and non-ASCII survive', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# café\r\nx = 1\r\n')]);
    const r = readDatasetFolder([file('python/a.py', bytes), file('go/a.go', 'package a')]);
    expect(r.examples.find((e) => e.path === 'python/a.py')!.text).toBe('\ufeff# café\r\nx = 1\r\n');
  });

  it("optionally applies Python read_text()'s universal newlines", () => {
    const r = readDatasetFolder([file('python/a.py', 'a\r\nb\rc\n'), file('go/a.go', 'x')], { newlines: 'universal' });
    expect(r.examples.find((e) => e.path === 'python/a.py')!.text).toBe('a\nb\nc\n');
  });

  it('does not depend on the order of the entries', () => {
    const entries = [...sources('python', 5), ...sources('go', 4), file('README', 'x'), file('go/bad', new Uint8Array([0]))];
    expect(readDatasetFolder([...entries].reverse())).toEqual(readDatasetFolder(entries));
  });

  it('reports language folders in which nothing was readable, and gives them no label', () => {
    const r = readDatasetFolder([
      ...sources('python', 5),
      ...sources('go', 5),
      file('rust/a.rs', new Uint8Array([1, 0, 2])),
      file('rust/b.rs', new Uint8Array([0xff])),
    ]);
    expect(r.labels).toEqual(['go', 'python']);
    expect(r.emptyLanguages).toEqual([{ name: 'rust', skipped: { binary: 1, 'invalid-utf8': 1 } }]);
  });
});

describe('root folder detection', () => {
  it("strips the browser's picked-folder name so paths match the CLI's", () => {
    const plain = [...sources('python', 3), ...sources('go', 3), file('README.md', 'hi')];
    const wrapped = plain.map((e) => ({ ...e, path: `myfolder/${e.path}` }));
    expect(detectRootFolder(wrapped.map((e) => e.path))).toBe('myfolder');
    const fromBrowser = readDatasetFolder(wrapped);
    const fromCli = readDatasetFolder(plain);
    expect(fromBrowser.root).toBe('myfolder');
    expect(fromCli.root).toBeNull();
    expect({ ...fromBrowser, root: null }).toEqual(fromCli);
    expect(fromBrowser.skipped).toEqual([{ path: 'README.md', reason: 'root-level' }]);
  });

  it('does not strip when there is no single wrapper', () => {
    expect(detectRootFolder(['python/a.py', 'go/b.go'])).toBeNull();
    expect(detectRootFolder(['python/a.py', 'python/b.py'])).toBeNull(); // one language, files directly in it
    expect(detectRootFolder(['top/python/a.py', 'README'])).toBeNull();
    expect(detectRootFolder([])).toBeNull();
    expect(detectRootFolder(['data\\python\\a.py', 'data\\go\\b.go'])).toBe('data'); // Windows separators
  });

  it('accepts an explicit root and rejects paths outside it', () => {
    const r = readDatasetFolder([file('ds/python/a.py', 'x'), file('ds/go/a.go', 'y')], { root: 'ds' });
    expect(r.examples.map((e) => e.path)).toEqual(['go/a.go', 'python/a.py']);
    // root: null keeps the top folder as the language.
    expect(readDatasetFolder([file('ds/python/a.py', 'x')], { root: null }).labels).toEqual(['ds']);
    expect(() => readDatasetFolder([file('other/python/a.py', 'x')], { root: 'ds' })).toThrow(/not inside/);
  });
});

describe('DatasetFolderReader (incremental)', () => {
  it('gives the same result as readDatasetFolder and counts progress', () => {
    const entries = [...sources('python', 6), ...sources('go', 5), file('go/.hidden', 'x')];
    const reader = new DatasetFolderReader(null);
    entries.forEach((entry, i) => {
      reader.add(entry);
      expect(reader.processed).toBe(i + 1);
    });
    expect(reader.finish()).toEqual(readDatasetFolder(entries, { root: null }));
    expect(() => reader.finish()).toThrow(/already/);
    expect(() => reader.add(entries[0]!)).toThrow(/already/);
  });

  it('prechecks path and size before any bytes are read', () => {
    const reader = new DatasetFolderReader('root', { maxFileBytes: 10 });
    expect(reader.precheck('root/.git/HEAD', 5)).toBe('hidden');
    expect(reader.precheck('root/notes.txt', 5)).toBe('root-level');
    expect(reader.precheck('root/python/huge.py', 11)).toBe('too-large');
    expect(reader.precheck('root/python/a.py', 10)).toBeNull();
    expect(reader.add(file('root/python/a.py', 'print()'))).toBeNull();
    reader.addUnreadable('root/go/locked.go', 'EACCES');
    expect(reader.add(file('root/go/a.go', 'package a'))).toBeNull();
    const r = reader.finish();
    expect(r.skippedByReason).toEqual({ hidden: 1, 'root-level': 1, 'too-large': 1, unreadable: 1 });
    expect(r.skipped.find((s) => s.reason === 'unreadable')).toEqual({ path: 'go/locked.go', reason: 'unreadable', detail: 'EACCES' });
    expect(r.labelCounts).toEqual([1, 1]);
  });

  it('reads 10,000 files across 8 languages', () => {
    const languages = ['c', 'go', 'java', 'javascript', 'php', 'python', 'ruby', 'rust'];
    const body = utf8('function f(x) { return x * 2; }\n'.repeat(20));
    const entries = Array.from({ length: 10_000 }, (_, i) => ({
      path: `data/${languages[i % languages.length]}/dir${i % 37}/file${i}.src`,
      bytes: body,
    }));
    const r = readDatasetFolder(entries);
    expect(r.examples).toHaveLength(10_000);
    expect(r.labels).toEqual([...languages].sort());
    expect(r.labelCounts).toEqual(new Array(8).fill(1250));
  });
});

describe('validateDataset', () => {
  const validate = (entries: FileEntry[]) => validateDataset(readDatasetFolder(entries, { root: null }));

  it('accepts a healthy dataset without errors or warnings', () => {
    expect(validate([...sources('python', 8), ...sources('go', 6), file('.git/HEAD', 'ref')])).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('explains an empty folder or one with only loose files', () => {
    expect(validate([]).errors).toEqual([expect.stringMatching(/^No language sub-folders/)]);
    const loose = validate([file('a.py', 'x'), file('b.py', 'y')]);
    expect(loose.errors).toHaveLength(1);
    expect(loose.errors[0]).toMatch(/No language sub-folders.*2 files lie directly in the folder/);
  });

  it('needs at least two languages', () => {
    const v = validate(sources('python', 10));
    expect(v.errors).toEqual([expect.stringMatching(/at least two languages; found only "python" \(10 files\)/)]);
  });

  it('flags languages with too few files for a split', () => {
    const v = validate([...sources('python', 10), ...sources('go', 4), ...sources('ruby', 1)]);
    expect(v.errors).toEqual([expect.stringMatching(/at least 5; "go" has 4, "ruby" has 1/)]);
  });

  it('treats folder names as data: "__proto__" and "constructor" are counted like "python"', () => {
    const v = validate([...sources('python', 10), ...sources('__proto__', 4), ...sources('constructor', 3)]);
    expect(v.errors).toEqual([expect.stringMatching(/at least 5; "__proto__" has 4, "constructor" has 3/)]);
    const folder = readDatasetFolder([...sources('__proto__', 6), ...sources('go', 6)], { root: null });
    expect(folder.labels).toEqual(['__proto__', 'go']);
    expect(folder.labelCounts).toEqual([6, 6]);
  });

  it('warns about very unbalanced classes', () => {
    const v = validate([...sources('python', 55), ...sources('go', 5)]);
    expect(v.errors).toEqual([]);
    expect(v.warnings).toEqual([expect.stringMatching(/very unbalanced: "python" has 55 files but "go" only 5 \(11\.0×\)/)]);
    expect(validate([...sources('python', 50), ...sources('go', 5)]).warnings).toEqual([]); // exactly 10×
  });

  it('warns about language folders without readable files and about skipped files', () => {
    const v = validate([...sources('python', 5), ...sources('go', 5), file('rust/a.rs', new Uint8Array([0]))]);
    expect(v.errors).toEqual([]);
    expect(v.warnings).toEqual([
      'Language folder "rust" has no readable files (1 binary); it is ignored.',
      '1 file skipped: 1 binary.',
    ]);
  });
});
