// SPDX-License-Identifier: EUPL-1.2
/**
 * The validator's repairs: for an issue valibot reports in an entry, the smallest value around it
 * that may be removed without breaking its parent (an optional field, a list item, a language of
 * a text), and the entry without those values. Pure functions over the schema and the data.
 */
import type * as v from 'valibot';
import * as schema from './schema.js';
import { pickBranch, unwrap } from './schema-walk.js';
import type { SchemaNode } from './schema-walk.js';

/** A key of a JSON path: an object's field or a list's index. */
export type Key = string | number;

/** The keys of an issue's path. */
export const pathOf = (issue: v.BaseIssue<unknown>): Key[] => (issue.path ?? []).map(item => item.key as Key);

/** Values that are only meaningful whole: a geometry with one ring removed would draw a wrong shape. */
const ATOMIC = new Set<SchemaNode>([schema.Geometry]);

/**
 * A union issue (e.g. a Text that is neither a string nor a valid object of texts) carries the
 * issues of each branch. When the input had the shape of one branch, its deeper issues say far
 * more ("title.de: must be text") than the union's summary, so report those instead.
 */
export function expandUnion(issue: v.BaseIssue<unknown>): Array<v.BaseIssue<unknown>> {
  if (issue.type !== 'union' || !issue.issues) return [issue];
  // Branch issues carry paths relative to the union.
  const deeper = issue.issues
    .filter(inner => inner.path?.length || inner.kind === 'validation')
    .map(inner => ({ ...inner, path: [...(issue.path ?? []), ...(inner.path ?? [])] }) as v.BaseIssue<unknown>);
  return deeper.length ? deeper.flatMap(expandUnion) : [issue];
}

/**
 * How many leading keys of `path` name a value that may be removed without breaking its
 * parent: an optional field, a list item or a language of a text. 0 when only dropping the
 * whole entry helps. Walks the schema alongside the data.
 */
export function droppablePrefix(root: SchemaNode, path: Key[], value: unknown): number {
  let current: SchemaNode | undefined = root;
  let data = value;
  let cut = 0;
  for (let i = 0; i < path.length && current; i++) {
    const unwrapped = unwrap(current);
    if (ATOMIC.has(unwrapped)) break;
    current = pickBranch(unwrapped, data);
    const key = path[i];
    switch (current.type) {
      case 'object': {
        const child: SchemaNode | undefined = current.entries?.[key];
        if (!child) return cut;
        if (isOptional(child)) cut = i + 1;
        current = child;
        break;
      }
      case 'array':
        cut = i + 1;
        current = current.item;
        break;
      case 'record':
        cut = i + 1;
        current = current.value;
        break;
      case 'tuple':
        current = current.items?.[key as number];
        break;
      default:
        return cut;
    }
    data = data && typeof data === 'object' ? (data as Record<Key, unknown>)[key] : undefined;
  }
  return cut;
}

function isOptional(schema: SchemaNode): boolean {
  return ['optional', 'exact_optional', 'nullish', 'undefinedable'].includes(schema.type);
}

/** A deep copy of `value` without the values at `paths`: array items are spliced out, object keys deleted. */
export function remove(value: unknown, paths: Key[][]): unknown {
  const copy = structuredClone(value);
  const REMOVED = Symbol('removed');
  const touched = new Set<unknown[]>();
  for (const path of paths) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) {
      parent = parent && typeof parent === 'object' ? (parent as Record<Key, unknown>)[key] : undefined;
    }
    if (!parent || typeof parent !== 'object') continue;
    const last = path[path.length - 1];
    if (Array.isArray(parent)) {
      // Mark first, splice later: the other paths still use the original indices.
      parent[last as number] = REMOVED;
      touched.add(parent);
    } else {
      delete (parent as Record<Key, unknown>)[last];
    }
  }
  for (const array of touched) {
    const kept = array.filter(item => item !== REMOVED);
    array.length = 0;
    array.push(...kept);
  }
  return copy;
}
