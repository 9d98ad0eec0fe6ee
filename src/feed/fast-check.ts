// SPDX-License-Identifier: EUPL-1.2
/**
 * A fast yes/no check compiled from the same valibot schemas, so the common case (a valid
 * entry) costs no allocations: valibot builds a new output object and a dataset per value,
 * which made validating a 10,000-offer feed 3× slower than parsing its JSON, mostly in garbage
 * collection. When this check says yes, the entry is valid *and* valibot's output would equal
 * the input (no unknown keys to strip, no defaults to fill, nothing to trim), so the input can
 * be used as is. Everything else — including any schema or action this file does not know —
 * answers no and goes through valibot, which stays the single authority for what is valid and
 * for the messages. A test checks both agree on the sample, generated and broken feeds.
 */
import type { GenericSchema } from 'valibot';

type Check = (value: unknown) => boolean;

/** The parts of valibot schema and action objects read here. */
interface Node {
  kind?: string;
  type: string;
  pipe?: Node[];
  wrapped?: Node;
  default?: unknown;
  fallback?: unknown;
  entries?: Record<string, Node>;
  item?: Node;
  items?: Node[];
  key?: Node | string;
  value?: Node;
  options?: unknown[];
  literal?: unknown;
  requirement?: unknown;
}

const NEVER: Check = () => false;
const compiled = new WeakMap<object, Check>();
const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish', 'undefinedable']);
/** Keys valibot's record schema leaves out of its output. */
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True only when `value` certainly passes `schema` unchanged; false means "ask valibot".
 * @example
 * const output = fastCheck(schema.Offer)(entry) ? entry : v.parse(schema.Offer, entry);
 */
export function fastCheck(schema: GenericSchema): Check {
  return compile(schema);
}

function compile(schema: Node): Check {
  let check = compiled.get(schema);
  if (!check) {
    // Registered before compiling children so recursive schemas would terminate.
    compiled.set(schema, value => check!(value));
    check = build(schema);
    compiled.set(schema, check);
  }
  return check;
}

function build(schema: Node): Check {
  if (schema.fallback !== undefined) return NEVER;
  if (schema.pipe) {
    const [base, ...actions] = schema.pipe;
    const checks = [compile(base), ...actions.map(action)];
    if (checks.includes(NEVER)) return NEVER;
    return value => {
      for (const check of checks) if (!check(value)) return false;
      return true;
    };
  }
  if (OPTIONAL.has(schema.type)) {
    const inner = compile(schema.wrapped!);
    const noDefault = schema.default === undefined;
    return schema.type === 'nullish'
      ? value => (value === undefined || value === null ? noDefault : inner(value))
      : value => (value === undefined ? noDefault : inner(value));
  }
  switch (schema.type) {
    case 'string':
      return value => typeof value === 'string';
    case 'number':
      return value => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return value => typeof value === 'boolean';
    case 'literal':
      return value => value === schema.literal;
    case 'picklist': {
      const options = new Set(schema.options);
      return value => options.has(value);
    }
    case 'unknown':
    case 'any':
      return () => true;
    case 'object':
      return objectCheck(schema.entries!);
    case 'array': {
      const item = compile(schema.item!);
      return value => {
        if (!Array.isArray(value)) return false;
        for (const entry of value) if (!item(entry)) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = schema.items!.map(compile);
      // Extra items would be stripped by valibot: not "unchanged", so let valibot handle them.
      return value => Array.isArray(value) && value.length === items.length && items.every((item, i) => item(value[i]));
    }
    case 'record': {
      const key = compile(schema.key as Node);
      const item = compile(schema.value!);
      return value => {
        if (!isPlainObject(value)) return false;
        for (const name in value) if (UNSAFE_KEYS.has(name) || !key(name) || !item(value[name])) return false;
        return true;
      };
    }
    case 'union': {
      const options = (schema.options as Node[]).map(compile);
      return value => options.some(option => option(value));
    }
    case 'variant':
      return variantCheck(schema.key as string, schema.options as Node[]);
    default:
      return NEVER;
  }
}

function objectCheck(entries: Record<string, Node>): Check {
  const fields = Object.entries(entries).map(([key, node]) => ({
    key,
    check: compile(node),
    // A missing key is fine only for an optional field that valibot would not fill with a default.
    mayBeMissing: OPTIONAL.has(node.type) && node.default === undefined,
  }));
  const known = new Set(Object.keys(entries));
  return value => {
    if (!isPlainObject(value)) return false;
    for (const key in value) if (!known.has(key)) return false;
    for (const { key, check, mayBeMissing } of fields) {
      if (!(key in value)) {
        if (!mayBeMissing) return false;
      } else if (!check(value[key])) {
        return false;
      }
    }
    return true;
  };
}

function variantCheck(key: string, options: Node[]): Check {
  const byTag = new Map<unknown, Check>();
  for (const option of options) {
    const tag = option.entries?.[key];
    if (option.type !== 'object' || tag?.type !== 'literal') return NEVER;
    byTag.set(tag.literal, compile(option));
  }
  return value => isPlainObject(value) && (byTag.get(value[key])?.(value) ?? false);
}

/** A pipe action as a check; transformations other than an already-trimmed trim are "ask valibot". */
function action(node: Node): Check {
  // Titles, descriptions and other metadata document the schema; valibot skips them too.
  if (node.kind === 'metadata') return () => true;
  const requirement = node.requirement;
  switch (node.type) {
    case 'regex':
    case 'email':
    case 'iso_date':
    case 'iso_date_time': {
      const pattern = requirement as RegExp;
      return value => pattern.test(value as string);
    }
    case 'check':
    case 'integer':
      return requirement as Check;
    case 'min_length':
      return value => (value as { length: number }).length >= (requirement as number);
    case 'max_length':
      return value => (value as { length: number }).length <= (requirement as number);
    case 'min_entries':
      return value => Object.keys(value as object).length >= (requirement as number);
    case 'min_value':
      return value => (value as number) >= (requirement as number);
    case 'max_value':
      return value => (value as number) <= (requirement as number);
    case 'trim':
      return value => typeof value === 'string' && value === value.trim();
    default:
      return NEVER;
  }
}
