import type { ComponentType } from 'react';
import { EditRecordScreen } from '../features/editing/EditRecordScreen';
import { recordKind } from '../features/editing/kinds';

const pages = new Map<string, ComponentType>();

/** The new/edit page of one record kind (`projects/new`, `projects/:id/edit`). */
export function editRecordPage(key: string): ComponentType {
  let page = pages.get(key);
  if (!page) {
    const kind = recordKind(key);
    page = function EditRecordPage() {
      return <EditRecordScreen kind={kind} />;
    };
    pages.set(key, page);
  }
  return page;
}
