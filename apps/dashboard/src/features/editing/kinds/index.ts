import type { RecordKind } from '../kind';
import { REGISTRY_KINDS } from './registry';
import { WORKFLOW_KINDS } from './workflow';

/** Every record kind with a form. */
export const RECORD_KINDS: readonly RecordKind[] = [...WORKFLOW_KINDS, ...REGISTRY_KINDS];

export function recordKind(key: string): RecordKind {
  const kind = RECORD_KINDS.find((k) => k.key === key);
  if (!kind) throw new Error(`No form for ${key}`);
  return kind;
}
