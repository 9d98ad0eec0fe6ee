// SPDX-License-Identifier: EUPL-1.2
/** Types for the review page module, so TypeScript tests can import it. */
export interface ReviewLocale {
  tag: string;
  name: string;
  english: string;
  dir: 'ltr' | 'rtl';
}
export interface ReviewFile {
  format: 'welcome-widgets-review';
  version: 1;
  locale: string;
  reviewer: string;
  native: boolean;
  date: string;
  comments: string;
  units: Array<{ id: string; target: string; previous: string; english: string }>;
}
export const LOCALES: readonly ReviewLocale[];
/** Mounts the review page into `root`; resolves once the strings of the first locale are shown. */
export function mountReview(
  root: HTMLElement,
  options: { xliffBase: string | URL; feed: string; locale?: string },
): Promise<{ reviewFile(): ReviewFile }>;
