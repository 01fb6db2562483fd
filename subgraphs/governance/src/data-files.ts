import path from 'node:path';
import { readJson } from '@ehelse/shared/db';

const DATA_DIR = path.join(__dirname, '..', 'data');

/** Reads one transcribed JSON file of data/ (see data/README.md). */
export const dataFile = <T>(file: string) => readJson<T>(path.join(DATA_DIR, file));
