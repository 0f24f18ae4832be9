/**
 * The two ways into the studio's dataset step that `setInputFiles` cannot reach: a folder dragged onto the page,
 * and "Choose folder…" (showDirectoryPicker). The <input webkitdirectory> way is covered by studio*.spec.ts.
 *
 * Drag and drop of a real folder: Chromium's DevTools protocol does it. `Input.dispatchDragEvent` with
 * `data.files: ['/abs/folder']` builds the drag data from real paths exactly as a drag from the OS file manager
 * does: a directory path arrives as one item whose `webkitGetAsEntry()` is a directory entry and whose
 * `getAsFileSystemHandle()` is a FileSystemDirectoryHandle of the folder on disk (checked below).
 *
 * Found with these tests: Chromium's directory handles silently leave out names that are not portable (here the
 * HTML-named files: `<`, `>`), while entries and <input webkitdirectory> list them. So drops walk entries, and the
 * handle paths (a drop without entries, showDirectoryPicker) are asserted with that loss spelled out.
 *
 * showDirectoryPicker cannot be answered in headless Chromium (checked on Chromium 156):
 * - without interception the headless shell has no dialog and rejects at once with AbortError ("The user aborted
 *   a request");
 * - with `Page.setInterceptFileChooserDialog` the picker is reported (`Page.fileChooserOpened`, mode selectSingle)
 *   but without a `backendNodeId` (that is only for <input type=file>), so `DOM.setFileInputFiles` has nothing to
 *   target, and the page's promise is rejected with AbortError ("Intercepted by
 *   Page.setInterceptFileChooserDialog()"); Playwright's `filechooser` event never fires for it.
 * So the tests check what is real end to end (the button calls the real picker within the click's user gesture,
 * and a dismissed picker is a silent cancel), and then replace only the native dialog: `showDirectoryPicker`
 * resolves to a real FileSystemDirectoryHandle of the folder on disk, taken from a real drop (above) onto a probe
 * element. From the click on, the studio's own code runs: pickDirectoryHandle → readHandles → the worker's
 * filesOfHandles walk → the dataset reader.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { collectPageErrors } from './consoleErrors.ts';
import { DATASET_DIR, longTasks, openStudio, startLongTaskLog, writeManyFiles } from './fixtures-studio/helpers.ts';

const HTML_NAME = '<img src=x onerror=alert(1)>.py';
const EMPTY_NAME = '<b>empty<i>.go';

/** Real files of the studio fixture (tests/browser/fixtures-studio/dataset), laid out in nested sub-folders. */
const LAYOUT: Record<string, string> = {
  'python/euc_jp.py': 'python/euc_jp.py',
  'python/codecs/iso2022_jp_1.py': 'python/iso2022_jp_1.py',
  'python/codecs/oem.py': 'python/oem.py',
  'python/codecs/utf/utf_16_le.py': 'python/utf_16_le.py',
  'python/wsgiref/__init__.py': 'python/__init__.py',
  'go/abi_amd64.go': 'go/abi_amd64.go',
  'go/net/cgo_bsd.go': 'go/cgo_bsd.go',
  'go/net/tcpsockopt_unix.go': 'go/tcpsockopt_unix.go',
  'go/math/cmplx/isinf.go': 'go/isinf.go',
  'go/internal/poll/fd_writev_illumos.go': 'go/fd_writev_illumos.go',
  'rust/io.rs': 'rust/io.rs',
  'rust/src/main.rs': 'rust/main.rs',
  'rust/src/bridge/closure.rs': 'rust/closure.rs',
  'rust/core/num/i8.rs': 'rust/i8.rs',
  'rust/tests.rs': 'rust/tests.rs',
};
/** Usable files per language: the layout's, plus the HTML-named Python file. */
const COUNTS = { python: 6, go: 5, rust: 5 };
/**
 * What a File System Access directory handle shows of the same folder: Chromium's `values()` leaves out names that
 * are not portable, here both HTML-named files (`<`, `>`): the Python one and the empty Go one.
 */
const HANDLE_COUNTS = { python: 5, go: 5, rust: 5 };
const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

/** Temporary folders of this file's tests: outside test-results/, which a concurrent `playwright test` run wipes. */
const temporary: string[] = [];
test.afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Writes the dataset folder `<tmp>/<name>`: three languages of real source files in nested folders, a Python file
 * whose name and content are HTML, and three files the studio must skip and say why: an empty file (with an HTML
 * name), a binary one deep inside a language folder, and a README outside any language folder.
 */
async function writeDataset(name = 'my-dataset'): Promise<string> {
  const parent = await mkdtemp(path.join(tmpdir(), 'codeberta-drop-'));
  temporary.push(parent);
  const root = path.join(parent, name);
  const put = async (relative: string, content: string | Uint8Array) => {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), content);
  };
  for (const [to, from] of Object.entries(LAYOUT)) await put(to, await readFile(path.join(DATASET_DIR, from)));
  const shiftJis = await readFile(path.join(DATASET_DIR, 'python/shift_jis.py'), 'utf8');
  await put(`python/${HTML_NAME}`, `# <img src=x onerror=alert(2)> <script>alert(3)</script>\n${shiftJis}`);
  await put(`go/${EMPTY_NAME}`, '');
  await put('rust/assets/logo.png', new Uint8Array([...PNG_HEADER, ...Array.from({ length: 64 }, (_, i) => i)]));
  await put('README.md', '# My dataset\n\nOne folder per language.\n');
  return root;
}

type DragType = 'dragEnter' | 'dragOver' | 'drop' | 'dragCancel';
type DragData = { items: { mimeType: string; data: string }[]; files?: string[]; dragOperationsMask: number };

/** Paths on disk as the drag data of a drag from the file manager (copy only, as a file manager offers). */
const filesDrag = (paths: string[]): DragData => ({ items: [], files: paths, dragOperationsMask: 1 });

async function drag(cdp: CDPSession, type: DragType, at: { x: number; y: number }, data: DragData): Promise<void> {
  await cdp.send('Input.dispatchDragEvent', { type, x: at.x, y: at.y, data });
}

/** A full drag: enter, hover, drop, at `at` (viewport coordinates). */
async function dropAt(cdp: CDPSession, at: { x: number; y: number }, data: DragData): Promise<void> {
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await drag(cdp, type, at, data);
}

async function dropzoneCenter(page: Page): Promise<{ x: number; y: number }> {
  const zone = page.getByTestId('dataset-dropzone');
  await zone.scrollIntoViewIfNeeded();
  const box = (await zone.boundingBox())!;
  // Upper part of the zone: its title, not a button (drops on children bubble up anyway).
  return { x: box.x + box.width / 2, y: box.y + 15 };
}

interface DroppedItem {
  kind: string;
  entry: { name: string; isDirectory: boolean } | null;
  handle: { name: string; kind: string } | null;
}

/**
 * Records, in the capture phase (before the studio's handler), what each drop's items are: their entry
 * (webkitGetAsEntry) and their File System Access handle, where the page has those APIs.
 */
async function recordDrops(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Item = DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileSystemHandle | null> };
    const w = window as unknown as { __drops: Promise<DroppedItem[]>[] };
    w.__drops = [];
    window.addEventListener(
      'drop',
      (event) => {
        const items = Array.from(event.dataTransfer?.items ?? [], (item: Item) => {
          const entry = item.kind === 'file' && item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
          const handle = item.kind === 'file' && item.getAsFileSystemHandle ? item.getAsFileSystemHandle() : null;
          return { kind: item.kind, entry: entry && { name: entry.name, isDirectory: entry.isDirectory }, handle };
        });
        w.__drops.push(
          Promise.all(items.map(async (i) => ({ ...i, handle: await i.handle?.then((h) => h && { name: h.name, kind: h.kind }) ?? null }))),
        );
      },
      { capture: true },
    );
  });
}
const drops = (page: Page) => page.evaluate(() => Promise.all((window as unknown as { __drops: Promise<DroppedItem[]>[] }).__drops));

/** Alerts would mean that a file's name or content was rendered as HTML. */
function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/**
 * The summary of `writeDataset`'s folder, whichever way it came in. `throughHandles`: it came as a File System
 * Access handle, which hides the two HTML-named files (see HANDLE_COUNTS).
 */
async function expectDatasetSummary(page: Page, name: string, { throughHandles = false } = {}): Promise<void> {
  const counts = throughHandles ? HANDLE_COUNTS : COUNTS;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const skippedCount = throughHandles ? 2 : 3;
  const summary = page.getByTestId('dataset-summary');
  await expect(summary).toBeVisible();
  await expect(summary.locator('.summary-head strong')).toHaveText(name);
  await expect(summary.locator('.summary-head')).toContainText(`${total} files`);
  await expect(summary.locator('.summary-head')).toContainText('3 languages');
  await expect(summary.locator('[data-language]')).toHaveCount(3);
  for (const [language, count] of Object.entries(counts)) {
    await expect(summary.locator(`[data-language="${language}"] .language-count`)).toHaveText(new RegExp(`^${count} ·`));
  }
  await expect(summary).toHaveAttribute('data-valid', 'true');
  await expect(page.getByTestId('dataset-messages')).toContainText(
    `${skippedCount} files skipped: 1 outside any language folder, ${throughHandles ? '' : '1 empty, '}1 binary`,
  );
  const skipped = page.getByTestId('dataset-skipped');
  await skipped.locator('summary').click();
  await expect(skipped.locator('summary')).toHaveText(`${skippedCount} files skipped`);
  await expect(skipped.locator('li')).toHaveCount(skippedCount);
  await expect(skipped.locator('li', { hasText: 'README.md' })).toContainText('outside any language folder');
  await expect(skipped.locator('li', { hasText: 'rust/assets/logo.png' })).toContainText('binary');
  if (!throughHandles) {
    // Names with HTML are text: the exact string is visible, and no element was made of it.
    await expect(skipped.getByText(`go/${EMPTY_NAME}`, { exact: true })).toBeVisible();
    await expect(skipped.locator('li', { hasText: `go/${EMPTY_NAME}` })).toContainText('empty');
  }
  await expect(page.locator('main img, main b, main i, main script')).toHaveCount(0);
}

test.describe('dragging a folder onto the studio', () => {
  test.setTimeout(60_000);

  test('a real folder dropped on the drop zone is read recursively, every file counted or explained', async ({ page }) => {
    const errors = collectPageErrors(page);
    const dialogs = collectDialogs(page);
    const folder = await writeDataset();
    await openStudio(page);
    await recordDrops(page);
    const zone = page.getByTestId('dataset-dropzone');
    const cdp = await page.context().newCDPSession(page);
    const at = await dropzoneCenter(page);

    // Feedback while the folder hovers over the zone.
    await expect(zone).toHaveAttribute('data-dragging', 'false');
    await drag(cdp, 'dragEnter', at, filesDrag([folder]));
    await drag(cdp, 'dragOver', at, filesDrag([folder]));
    await expect(zone).toHaveAttribute('data-dragging', 'true');
    await expect(zone).toHaveClass(/\bdragging\b/);
    await expect(zone.locator('.dropzone-title')).toHaveText('Release to read the folder');
    await page.screenshot({ path: 'test-results/studio-folder-dragover.png' });

    await drag(cdp, 'drop', at, filesDrag([folder]));
    await expect(zone).toHaveAttribute('data-dragging', 'false');
    // What Chromium made of the path: one item, a directory entry and a directory handle, as from a file manager.
    const folderItem = { kind: 'file', entry: { name: 'my-dataset', isDirectory: true }, handle: { name: 'my-dataset', kind: 'directory' } };
    expect(await drops(page)).toEqual([[folderItem]]);
    // Walked through its entries: the HTML-named files too (one read, one skipped as empty).
    await expectDatasetSummary(page, 'my-dataset');
    await page.screenshot({ path: 'test-results/studio-folder-dropped.png' });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('where a drop has no entries, its directory handle is walked in the worker', async ({ page }) => {
    const errors = collectPageErrors(page);
    const dialogs = collectDialogs(page);
    // No browser ships getAsFileSystemHandle without webkitGetAsEntry today; this reaches the studio's fallback.
    await page.addInitScript(() => {
      delete (DataTransferItem.prototype as { webkitGetAsEntry?: unknown }).webkitGetAsEntry;
    });
    const folder = await writeDataset();
    await openStudio(page);
    expect(await page.evaluate(() => 'webkitGetAsEntry' in DataTransferItem.prototype)).toBe(false);
    await recordDrops(page);
    const cdp = await page.context().newCDPSession(page);
    await dropAt(cdp, await dropzoneCenter(page), filesDrag([folder]));
    expect(await drops(page)).toEqual([[{ kind: 'file', entry: null, handle: { name: 'my-dataset', kind: 'directory' } }]]);
    await expectDatasetSummary(page, 'my-dataset', { throughHandles: true });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('loose files or text dropped instead of a folder get a clear message; a drop beside the zone is refused', async ({ page }) => {
    const errors = collectPageErrors(page);
    const folder = await writeDataset();
    await openStudio(page);
    const cdp = await page.context().newCDPSession(page);
    const at = await dropzoneCenter(page);
    const message = page.getByTestId('dataset-error');

    await dropAt(cdp, at, filesDrag([path.join(folder, 'python/euc_jp.py'), path.join(folder, 'go/abi_amd64.go')]));
    await expect(message).toHaveText(
      '2 files were dropped, not a folder: drop the dataset folder itself (one sub-folder per language, e.g. python/, go/), or use Choose folder….',
    );
    await expect(page.getByTestId('dataset-summary')).toHaveCount(0);

    await dropAt(cdp, at, filesDrag([path.join(folder, 'rust/io.rs')]));
    await expect(message).toContainText('A single file was dropped, not a folder');

    await dropAt(cdp, at, { items: [{ mimeType: 'text/plain', data: 'print("hello")' }], dragOperationsMask: 1 });
    await expect(message).toContainText('Nothing to read: drop a folder of source code');

    // Dropped beside the zone: refused. Unrefused, Chromium opens a dropped file itself (headless: in a new tab;
    // a window: in this tab), and the studio's session is gone.
    const opened: string[] = [];
    page.context().on('page', (p) => opened.push(p.url()));
    const url = page.url();
    const header = (await page.locator('.app-header').boundingBox())!;
    const beside = { x: header.x + header.width / 2, y: header.y + header.height / 2 };
    await dropAt(cdp, beside, filesDrag([path.join(folder, 'python/euc_jp.py')]));
    await dropAt(cdp, beside, filesDrag([folder]));
    await page.waitForTimeout(1000); // a tab, were one opened, opens within this (about 100 ms here)
    expect(opened).toEqual([]);
    expect(page.url()).toBe(url);
    await expect(message).toContainText('Nothing to read'); // unchanged: the drop never reached the studio

    // The zone still works afterwards.
    await dropAt(cdp, at, filesDrag([folder]));
    await expectDatasetSummary(page, 'my-dataset');
    await expect(message).toHaveCount(0);
    expect(errors).toEqual([]);
  });
  test('a dropped folder of 10,000 files is walked without freezing the page', async ({ page }) => {
    const errors = collectPageErrors(page);
    const parent = await mkdtemp(path.join(tmpdir(), 'codeberta-drop-'));
    temporary.push(parent);
    const root = path.join(parent, 'many-files');
    await writeManyFiles(root, 25); // 25 sub-folders of 100 files per language
    await openStudio(page);
    await startLongTaskLog(page);
    const since = await page.evaluate(() => performance.now());
    const started = Date.now();
    const cdp = await page.context().newCDPSession(page);
    await dropAt(cdp, await dropzoneCenter(page), filesDrag([root]));
    const summary = page.getByTestId('dataset-summary');
    await expect(summary).toContainText('10,000 files', { timeout: 50_000 });
    await expect(summary.locator('[data-language]')).toHaveCount(4);
    const tasks = await longTasks(page, since);
    console.log(`[studio] 10,000-file folder drop: ${Date.now() - started} ms; long tasks (ms): ${JSON.stringify(tasks)}`);
    expect(Math.max(0, ...tasks)).toBeLessThan(400);
    expect(errors).toEqual([]);
  });
});

test.describe('"Choose folder…"', () => {
  test.setTimeout(60_000);

  test('calls the real showDirectoryPicker in the click; a dismissed picker is a silent cancel', async ({ page }) => {
    const errors = collectPageErrors(page);
    await openStudio(page);
    expect(await page.evaluate(() => typeof (window as { showDirectoryPicker?: unknown }).showDirectoryPicker)).toBe('function');
    // Observe the real picker's outcome without replacing it (the wrapper calls it synchronously, in the gesture).
    await page.evaluate(() => {
      const w = window as unknown as { showDirectoryPicker: (...a: unknown[]) => Promise<unknown>; __picker: string[] };
      const real = w.showDirectoryPicker;
      w.__picker = [];
      w.showDirectoryPicker = function (this: unknown, ...args: unknown[]) {
        w.__picker.push(`called ${JSON.stringify(args)}`);
        const result = real.apply(this, args);
        result.then(
          () => w.__picker.push('resolved'),
          (err: Error) => w.__picker.push(`rejected ${err.name}: ${err.message}`),
        );
        return result;
      };
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    const opened = new Promise<{ mode: string; backendNodeId?: number }>((resolve) => cdp.once('Page.fileChooserOpened', resolve));
    await cdp.send('Page.setInterceptFileChooserDialog', { enabled: true });

    await page.getByTestId('dataset-pick').click();
    // Chromium reports the directory picker, with no <input> to answer it through (see the header).
    const chooser = await opened;
    expect(chooser.mode).toBe('selectSingle');
    expect(chooser.backendNodeId).toBeUndefined();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __picker: string[] }).__picker)).toEqual([
      'called [{"mode":"read"}]',
      expect.stringMatching(/^rejected AbortError: .*Intercepted by Page\.setInterceptFileChooserDialog/),
    ]);
    await cdp.send('Page.setInterceptFileChooserDialog', { enabled: false });
    // Cancelling is not an error: nothing is shown, and the step is as it was.
    await expect(page.getByTestId('dataset-error')).toHaveCount(0);
    await expect(page.getByTestId('dataset-summary')).toHaveCount(0);
    await expect(page.getByTestId('dataset-pick')).toBeEnabled();
    expect(errors).toEqual([]);
  });

  test('reads the folder handle the picker returns (a real directory handle, walked in the worker)', async ({ page }) => {
    const errors = collectPageErrors(page);
    const dialogs = collectDialogs(page);
    const folder = await writeDataset('picked-dataset');
    await openStudio(page);

    // A real FileSystemDirectoryHandle of the folder on disk: dropped (as above) onto a probe laid over the page.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'handle-probe';
      Object.assign(probe.style, { position: 'fixed', inset: '0', zIndex: '2147483647' });
      probe.addEventListener('dragover', (event) => event.preventDefault());
      probe.addEventListener('drop', (event) => {
        event.preventDefault();
        event.stopPropagation();
        const item = event.dataTransfer!.items[0] as DataTransferItem & { getAsFileSystemHandle(): Promise<unknown> };
        (window as unknown as { __handle: Promise<unknown> }).__handle = item.getAsFileSystemHandle();
        probe.remove();
      });
      document.body.append(probe);
    });
    const cdp = await page.context().newCDPSession(page);
    await dropAt(cdp, { x: 20, y: 20 }, filesDrag([folder]));
    await expect(page.locator('#handle-probe')).toHaveCount(0);
    const handle = await page.evaluate(async () => {
      const h = (await (window as unknown as { __handle: Promise<FileSystemDirectoryHandle> }).__handle)!;
      return { kind: h.kind, name: h.name, isHandle: h instanceof FileSystemDirectoryHandle };
    });
    expect(handle).toEqual({ kind: 'directory', name: 'picked-dataset', isHandle: true });
    await expect(page.getByTestId('dataset-summary')).toHaveCount(0); // the probe kept the drop from the studio

    // Only the native dialog is replaced: it "returns" that handle.
    await page.evaluate(() => {
      const w = window as unknown as { showDirectoryPicker: (o: unknown) => Promise<unknown>; __handle: Promise<unknown>; __pickerOptions: unknown[] };
      w.__pickerOptions = [];
      w.showDirectoryPicker = (options) => {
        w.__pickerOptions.push(options);
        return w.__handle;
      };
    });
    await page.getByTestId('dataset-pick').click();
    await expectDatasetSummary(page, 'picked-dataset', { throughHandles: true });
    expect(await page.evaluate(() => (window as unknown as { __pickerOptions: unknown[] }).__pickerOptions)).toEqual([{ mode: 'read' }]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('without showDirectoryPicker (Firefox, Safari) opens the folder input instead', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.addInitScript(() => {
      delete (Window.prototype as { showDirectoryPicker?: unknown }).showDirectoryPicker;
      delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
    });
    const folder = await writeDataset();
    await openStudio(page);
    expect(await page.evaluate(() => 'showDirectoryPicker' in window)).toBe(false);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('dataset-pick').click()]);
    expect(await chooser.element().getAttribute('data-testid')).toBe('dataset-input');
    await chooser.setFiles(folder);
    await expectDatasetSummary(page, 'my-dataset');
    expect(errors).toEqual([]);
  });
});
