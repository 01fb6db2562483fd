import path from 'node:path';
import { readJson } from './seed';

/**
 * The organisations the API knows (virksomheter): the portfolio's transcribed register,
 * which no mutation changes. Governance and architecture store organisation ids without
 * owning organisations; they check a reference against this register before storing it,
 * so that every stored reference resolves and a list never fails on one that does not.
 * (Same place from src/ under ts-jest and from dist/ when built.)
 */
const REGISTER_FILE = path.join(
  __dirname,
  '..',
  '..',
  'subgraphs',
  'portfolio',
  'data',
  'organisations.json',
);

let registered: Set<string> | undefined;

export function isRegisteredOrganisation(id: string): boolean {
  registered ??= new Set(readJson<{ id: string }[]>(REGISTER_FILE).map((o) => o.id));
  return registered.has(id);
}
