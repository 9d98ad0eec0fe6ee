// SPDX-License-Identifier: EUPL-1.2
/** Walking valibot schema objects alongside data: shared by the validator's repair step and the unknown-field check. */

/** The parts of a valibot schema object that the walks read. */
export interface SchemaNode {
  type: string;
  wrapped?: SchemaNode;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  value?: SchemaNode;
  items?: SchemaNode[];
  options?: SchemaNode[];
  key?: string;
  literal?: unknown;
}

export function unwrap(schema: SchemaNode): SchemaNode {
  let current = schema;
  while (current.wrapped) current = current.wrapped;
  return current;
}

const isObject = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data);

/** For a union or variant, the branch the data was meant for; otherwise the schema itself. */
export function pickBranch(schema: SchemaNode, data: unknown): SchemaNode {
  const options = schema.options ?? [];
  if (schema.type === 'variant') {
    const tag = isObject(data) ? data[schema.key!] : undefined;
    return options.find(option => option.entries?.[schema.key!]?.literal === tag) ?? schema;
  }
  if (schema.type === 'union') {
    const wanted = isObject(data) ? ['object', 'record'] : Array.isArray(data) ? ['array', 'tuple'] : [typeof data];
    const candidates = options.map(unwrap).filter(option => wanted.includes(option.type));
    // Several object shapes (a street address or one on request): the one sharing most keys.
    const shared = (option: SchemaNode) => (isObject(data) && option.entries ? Object.keys(data).filter(key => key in option.entries!).length : 0);
    return candidates.reduce<SchemaNode | undefined>((best, option) => (!best || shared(option) > shared(best) ? option : best), undefined) ?? schema;
  }
  return schema;
}
