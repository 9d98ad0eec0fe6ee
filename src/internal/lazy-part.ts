// SPDX-License-Identifier: EUPL-1.2
/**
 * A lazily imported part that every widget on the page shares (card extras: the data footer,
 * holiday names, the Share action). Until it is there, callers render without it and are told
 * once when it arrives. A part that fails to load (a dropped connection on a phone) stays away
 * and tells nobody: re-rendering on a failure would ask again and render again, forever, and
 * freeze the page.
 */
export function lazyPart<T>(importer: () => Promise<T>): (ready: () => void) => T | undefined {
  let part: T | undefined;
  let loading: Promise<void> | undefined;
  let failed = false;
  return ready => {
    if (part || failed) return part;
    loading ??= importer().then(
      module => void (part = module),
      () => void (failed = true),
    );
    void loading.then(() => part && ready());
    return part;
  };
}
