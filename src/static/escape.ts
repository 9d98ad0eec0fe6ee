// SPDX-License-Identifier: EUPL-1.2
/**
 * The static edition's only way to make HTML: a tagged template that escapes every interpolated
 * value unless it is markup this module made itself. Feed text can therefore never become markup,
 * and a forgotten escape call cannot exist (there is none to forget).
 */
import { isSafeUrl } from '../feed/schema.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup that is already safe: only `markup` and `joinHtml` create it. */
export class SafeHtml {
  /** @internal */
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, c => ENTITIES[c]);
}

type Part = SafeHtml | string | number | false | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  return escapeHtml(String(part));
}

/**
 * Builds markup: the literal parts are ours, every `${value}` is escaped (arrays are joined,
 * `false`/`null`/`undefined` render nothing, nested `markup` results stay markup).
 * @example
 * markup`<p title="${name}">${name}</p>` // name "<b>" → <p title="&lt;b&gt;">&lt;b&gt;</p>
 */
export function markup(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Markup produced elsewhere by this module's own code (the QR SVG, JSON-LD): never feed text. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A link target from the feed, or `undefined` when it is not an absolute `http(s):`, `mailto:` or
 * `tel:` URL. The feed validator drops other links already; this is the second fence at the sink.
 */
export function safeHref(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  return isSafeUrl(trimmed) ? trimmed : undefined;
}

/** `tel:` link for a phone number as the feed writes it ("+49 211 555-0100" → "tel:+492115550100"). */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits ? safeHref(`tel:${digits}`) : undefined;
}

/** `mailto:` link for an address the validator accepted as an e-mail address. */
export function mailHref(email: string): string | undefined {
  return /^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? safeHref(`mailto:${email}`) : undefined;
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are written as
 * unicode escapes, so no feed text can close the element or open a comment.
 */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new SafeHtml(json);
}
