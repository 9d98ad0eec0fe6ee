// SPDX-License-Identifier: EUPL-1.2
/** How the validator names a place in the feed and what is wrong there, in words for city editors. */
import type * as v from 'valibot';
import type { Key } from './repair.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `offers[17].schedule[0].opens`; odd keys as `title["de DE"]`. */
export function formatPath(path: Key[]): string {
  return path
    .map(key => (typeof key === 'number' ? `[${key}]` : IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`))
    .join('');
}

const TYPE_NAMES: Record<string, string> = {
  Object: 'an object',
  Array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

export function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return truncate(JSON.stringify(value) ?? typeof value);
}

/** valibot's default messages, rephrased for city editors; our own messages pass through. */
export function messageOf(issue: v.BaseIssue<unknown>): string {
  const { message, expected, received, type } = issue;
  if (!message.startsWith('Invalid ')) return message;
  if (type === 'object' && received === 'undefined') return 'is missing';
  if (['picklist', 'literal', 'variant'].includes(type)) return `${truncate(received)} is not one of ${expected?.replace(/^\(|\)$/g, '').split(' | ').join(', ')}`;
  if (message.startsWith('Invalid type')) return `expected ${TYPE_NAMES[expected ?? ''] ?? expected}, got ${truncate(received)}`;
  return message.replace(/^Invalid \w+: Expected (.*) but received (.*)$/, 'expected $1, got $2');
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
