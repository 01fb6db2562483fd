import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  EmbeddedFileError,
  lastGoodCopyOf,
  readVerifiedDatabase,
  writeFileAtomically,
} from './embedded-file';

// Real files in a temporary folder: what matters here is what the file system does.
let folder: string;
let file: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'embedded-file-'));
  file = path.join(folder, 'portfolio.sqlite');
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A real SQLite image of several pages, holding `rows` rows. */
async function sqliteImage(rows = 500): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const SQL = await require('sql.js')();
  const database = new SQL.Database();
  database.exec('CREATE TABLE report (id INTEGER PRIMARY KEY, text TEXT)');
  database.exec('CREATE INDEX report_text ON report (text)');
  for (let id = 1; id <= rows; id++)
    database.run('INSERT INTO report VALUES (?, ?)', [id, `status report ${id} `.repeat(5)]);
  const bytes = Buffer.from(database.export());
  database.close();
  return bytes;
}

const filesInFolder = () => fs.readdirSync(folder).sort();

describe('writeFileAtomically', () => {
  it('writes the file whole and leaves no temporary file', () => {
    writeFileAtomically(file, Buffer.from('first'));
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
    expect(filesInFolder()).toEqual(['portfolio.sqlite']);
  });

  it('keeps the previous content as the last good copy, by link, not by rewriting it', () => {
    writeFileAtomically(file, Buffer.from('first'));
    const firstInode = fs.statSync(file).ino;
    writeFileAtomically(file, Buffer.from('second'));
    writeFileAtomically(file, Buffer.from('third'));
    expect(fs.readFileSync(file, 'utf8')).toBe('third');
    expect(fs.readFileSync(lastGoodCopyOf(file), 'utf8')).toBe('second');
    // Each write is a new file: the old one is never truncated or edited in place.
    expect(fs.statSync(file).ino).not.toBe(firstInode);
    expect(fs.statSync(lastGoodCopyOf(file)).ino).not.toBe(fs.statSync(file).ino);
    expect(filesInFolder()).toEqual(['portfolio.sqlite', 'portfolio.sqlite.last-good']);
  });
});

describe('readVerifiedDatabase', () => {
  const refusal = (problem: RegExp) =>
    expect.objectContaining({
      name: 'EmbeddedFileError',
      file,
      message: expect.stringMatching(problem),
    });

  it('returns nothing for a new data folder, so the caller creates and seeds it', async () => {
    await expect(readVerifiedDatabase(path.join(folder, 'new', 'portfolio.sqlite'))).resolves.toBe(
      undefined,
    );
    await expect(readVerifiedDatabase(file)).resolves.toBe(undefined);
  });

  it('returns the bytes of a sound database', async () => {
    const image = await sqliteImage();
    writeFileAtomically(file, image);
    expect(Buffer.from((await readVerifiedDatabase(file))!).equals(image)).toBe(true);
  });

  it('refuses an empty file, names it and says what to do, and leaves it alone', async () => {
    fs.writeFileSync(file, '');
    const error = await readVerifiedDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedFileError);
    expect(error).toEqual(refusal(/empty \(0 bytes\)/));
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/delete it to start again from the documents' data/);
    expect(fs.statSync(file).size).toBe(0);
  });

  it('points at the last good copy when there is one', async () => {
    writeFileAtomically(file, await sqliteImage());
    writeFileAtomically(file, await sqliteImage(600));
    fs.truncateSync(file, 0);
    await expect(readVerifiedDatabase(file)).rejects.toEqual(
      refusal(/Restore the last good copy .*cp .*portfolio\.sqlite\.last-good/),
    );
  });

  it('refuses a file that is not SQLite', async () => {
    fs.writeFileSync(file, 'x'.repeat(5000));
    await expect(readVerifiedDatabase(file)).rejects.toEqual(refusal(/not an SQLite database/));
  });

  it('refuses a truncated file', async () => {
    const image = await sqliteImage();
    fs.writeFileSync(file, image.subarray(0, image.length - 4096));
    await expect(readVerifiedDatabase(file)).rejects.toEqual(refusal(/truncated/));
  });

  it('refuses a file whose pages are damaged, by SQLite integrity check', async () => {
    const image = await sqliteImage();
    const pageSize = image.readUInt16BE(16);
    image.fill(0xa5, pageSize * 2 + 8, pageSize * 4); // pages 3 and 4, keeping the header
    fs.writeFileSync(file, image);
    await expect(readVerifiedDatabase(file)).rejects.toEqual(
      refusal(/integrity check|cannot be read by SQLite/),
    );
    expect(fs.readFileSync(file).equals(image)).toBe(true);
  });

  it('refuses a missing file whose last good copy is there, rather than seeding anew', async () => {
    fs.writeFileSync(lastGoodCopyOf(file), await sqliteImage());
    await expect(readVerifiedDatabase(file)).rejects.toEqual(
      refusal(/is missing but its last good/),
    );
  });

  it('removes what a crash mid-write left behind and opens the file that is still whole', async () => {
    const image = await sqliteImage();
    writeFileAtomically(file, image);
    fs.writeFileSync(`${file}.tmp-12345`, image.subarray(0, 100)); // died before its rename
    fs.writeFileSync(`${lastGoodCopyOf(file)}.tmp`, ''); // died between link and rename
    fs.writeFileSync(path.join(folder, 'governance.sqlite.tmp-1'), 'another file: left alone');
    expect(Buffer.from((await readVerifiedDatabase(file))!).equals(image)).toBe(true);
    expect(filesInFolder()).toEqual(['governance.sqlite.tmp-1', 'portfolio.sqlite']);
  });
});
