// SPDX-License-Identifier: EUPL-1.2
/**
 * The console check for themes the browser cannot repair: reads the colours a widget really
 * uses (after the page's tokens, `light-dark()` and the derived colours) and warns once per
 * failing pair, naming the tokens and the ratio. For browsers without relative colours, or themes
 * that set a dependent token by hand. Every widget runs it once, after it has painted its data
 * (`checkThemeOnce`, from the data footer in the lazy card-extras chunk); see docs/theming.md.
 */
import { CONTRAST_PAIRS, checkColours, describe, type ColourToken, type ContrastResult, type Rgb } from './contrast.js';

const warned = new Set<string>();

/** Failing pairs of the widget's used colours (empty when the theme is AA). */
export function themeProblems(host: Element): ContrastResult[] {
  const root = host.shadowRoot;
  // A removed widget has no computed colours, and in forced colours the system palette replaces
  // every token (the browser keeps it readable): either way every pair would read 1:1.
  if (!root || !host.isConnected || matchMedia('(forced-colors: active)').matches) return [];
  const tokens = new Set<ColourToken>(CONTRAST_PAIRS.flatMap(pair => [pair.foreground, pair.background]));
  const probe = document.createElement('span');
  probe.hidden = true;
  root.append(probe);
  const colours = {} as Record<ColourToken, Rgb>;
  try {
    for (const token of tokens) {
      probe.style.color = token === 'accent-text' ? 'var(--_accent-text, var(--_accent))' : `var(--_${token})`;
      const colour = getComputedStyle(probe).color;
      if (!colour) return [];
      colours[token] = toRgb(colour);
    }
  } finally {
    probe.remove();
  }
  return checkColours(colours).filter(result => !result.ok);
}

/** Warns in the console once per failing pair and page. Returns the failures. */
export function warnThemeProblems(host: Element): ContrastResult[] {
  const problems = themeProblems(host);
  for (const problem of problems) {
    const text = describe(problem);
    if (warned.has(text)) continue;
    warned.add(text);
    console.warn(`<${host.localName}>: theme colours below WCAG AA contrast: ${text}`);
  }
  return problems;
}

const checked = new WeakSet<Element>();

/**
 * Warns about the host's theme once, when the browser is idle after the next frame: the check
 * reads computed styles, which must never hold up the widget's first paint.
 */
export function checkThemeOnce(host: Element): void {
  if (checked.has(host) || typeof requestAnimationFrame === 'undefined') return;
  checked.add(host);
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback));
  requestAnimationFrame(() => idle(() => warnThemeProblems(host)));
}

let context: CanvasRenderingContext2D | null | undefined;
/** Any CSS colour the browser computes (rgb(), oklch(), color(…)) as sRGB bytes, via a 1×1 canvas. */
function toRgb(colour: string): Rgb {
  context ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
  if (!context) return { r: 0, g: 0, b: 0 };
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return { r, g, b };
}
