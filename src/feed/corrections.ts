// SPDX-License-Identifier: EUPL-1.2
/**
 * "Report a mistake" links from `meta.corrections`. Pure and tiny, so the card views can import
 * it without the validator. Nothing is requested until the visitor follows the link, and the
 * link carries only what names the entry (kind, id, name, the page) — nothing about the visitor.
 */
import type { FeedMeta } from './schema.js';

/** The entry a report is about. */
export interface CorrectionTarget {
  /** `welcomePoint` or `offer`; fills `{type}`. */
  type: 'welcomePoint' | 'offer';
  /** Fills `{id}`. */
  id: string;
  /** The entry's name in the visitor's language; fills `{name}`. */
  name: string;
  /** The page the visitor is on (`location.href`), for the mail body. */
  page?: string;
}

/** Texts of a prefilled mail, in the visitor's language (the UI passes them from its translations). */
export interface CorrectionMailText {
  /** Default `Correction: <name>`. */
  subject?: string;
  /** Shown above the entry details; default asks what is wrong. */
  intro?: string;
}

const PLACEHOLDER = /\{(type|id|name)\}/g;

/**
 * The link for a "Report a mistake" button: the corrections form URL with `{type}`, `{id}` and
 * `{name}` filled in (URL-encoded), else a mailto with subject and body prefilled; undefined
 * when the feed has no `meta.corrections`. The feed's URL has been checked by the validator
 * (http(s) only); a filled-in value cannot change the scheme, which is checked again anyway.
 * @example
 * correctionLink({ url: 'https://example.org/report?entry={type}:{id}' }, { type: 'offer', id: 'o 1', name: 'Café' })
 * // { kind: 'url', href: 'https://example.org/report?entry=offer:o%201' }
 */
export function correctionLink(
  corrections: FeedMeta['corrections'],
  target: CorrectionTarget,
  text: CorrectionMailText = {},
): { kind: 'url' | 'email'; href: string } | undefined {
  if (corrections?.url) {
    const href = corrections.url.replace(PLACEHOLDER, (_, key: 'type' | 'id' | 'name') => encodeURIComponent(target[key]));
    if (/^https?:/i.test(href)) return { kind: 'url', href };
  }
  if (corrections?.email) {
    const subject = text.subject ?? `Correction: ${target.name}`;
    const body = [
      text.intro ?? 'What is wrong, and what is right?',
      '',
      '',
      '---',
      `${target.type}: ${target.id} (${target.name})`,
      ...(target.page ? [target.page] : []),
    ].join('\n');
    // RFC 6068: hfields are percent-encoded; line breaks in a body are %0D%0A.
    const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
    return { kind: 'email', href: `mailto:${encodeURIComponent(corrections.email).replace('%40', '@')}?subject=${encode(subject)}&body=${encode(body)}` };
  }
  return undefined;
}
