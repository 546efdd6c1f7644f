import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointFileName } from './checkpoint';
import { latestCheckpointTime } from './latest-checkpoint';

describe('latestCheckpointTime', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'latest-checkpoint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (seq: number, createdAt: unknown): void =>
    writeFileSync(join(dir, checkpointFileName(seq)), JSON.stringify({ seq, createdAt }));

  it('is null without a folder or without checkpoints in it', () => {
    expect(latestCheckpointTime(join(dir, 'missing'))).toBeNull();
    writeFileSync(join(dir, 'checkpoint-000000001.json.123.tmp'), '{}');
    expect(latestCheckpointTime(dir)).toBeNull();
  });

  it('reads the time of the highest-numbered checkpoint', () => {
    write(9, '2026-01-01T09:00:00.000Z');
    write(10, '2026-01-01T10:00:00.000Z');
    write(2, '2026-01-01T11:00:00.000Z');
    expect(latestCheckpointTime(dir)).toEqual(new Date('2026-01-01T10:00:00.000Z'));
  });

  it('is null when the newest has no readable time', () => {
    write(1, 'gisteren');
    expect(latestCheckpointTime(dir)).toBeNull();
  });
});
