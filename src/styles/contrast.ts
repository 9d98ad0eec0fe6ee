// SPDX-License-Identifier: EUPL-1.2
/**
 * WCAG 2.2 contrast for themes: pure functions, no DOM, so the widgets (`theme-check.ts`), the
 * embed configurator and the tests share one definition. A configurator shows `checkTheme()`'s
 * ratios and emits a theme only when it returns no failure.
 */

/** A colour as 0–255 sRGB channels. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The colour tokens a theme sets, by the part after `--welcome-color-` (`accent`, `on-accent`, …). */
export type ThemeColours = Partial<Record<ColourToken, string>>;

export type ColourToken =
  | 'text' | 'text-muted' | 'surface' | 'surface-alt' | 'border' | 'border-subtle' | 'accent' | 'on-accent'
  | 'accent-soft' | 'accent-text' | 'success' | 'success-soft' | 'warning' | 'warning-soft' | 'danger'
  | 'danger-soft' | 'focus';

/** One pair the widgets draw on each other, with the ratio WCAG asks for. */
export interface ContrastPair {
  foreground: ColourToken;
  background: ColourToken;
  /** 4.5 for text, 3 for borders and the focus ring (WCAG 1.4.3, 1.4.11). */
  required: number;
}

export interface ContrastResult extends ContrastPair {
  ratio: number;
  ok: boolean;
}

/** The defaults of `tokens.ts` (light scheme), for tokens a theme leaves out. */
export const DEFAULT_COLOURS: Required<Omit<ThemeColours, 'accent-text'>> = {
  text: '#1d2430',
  'text-muted': '#4a5565',
  surface: '#ffffff',
  'surface-alt': '#f3f5f8',
  border: '#7d8796',
  'border-subtle': '#d5dae1',
  accent: '#0a5fa8',
  'on-accent': '#ffffff',
  'accent-soft': '#e3effa',
  success: '#1b6b35',
  'success-soft': '#e2f3e7',
  warning: '#8a4b00',
  'warning-soft': '#fdf0dc',
  danger: '#b3261e',
  'danger-soft': '#fbe9e7',
  focus: '#c2410c',
};

const text = (foreground: ColourToken, ...backgrounds: ColourToken[]): ContrastPair[] =>
  backgrounds.map(background => ({ foreground, background, required: 4.5 }));
const graphic = (foreground: ColourToken, ...backgrounds: ColourToken[]): ContrastPair[] =>
  backgrounds.map(background => ({ foreground, background, required: 3 }));

/** Every combination the widgets render (see the components' styles). */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  ...text('text', 'surface', 'surface-alt', 'accent-soft', 'success-soft', 'warning-soft', 'danger-soft'),
  ...text('text-muted', 'surface', 'surface-alt'),
  ...text('accent-text', 'surface', 'surface-alt', 'accent-soft'),
  ...text('on-accent', 'accent'),
  ...text('success', 'surface', 'success-soft'),
  ...text('warning', 'surface', 'warning-soft'),
  ...text('danger', 'surface', 'danger-soft'),
  ...graphic('border', 'surface', 'surface-alt'),
  ...graphic('accent', 'surface'),
  ...graphic('focus', 'surface', 'surface-alt'),
];

/** Parses `#rgb`, `#rrggbb` (alpha ignored) and `rgb()`/`rgba()` with numbers; else `null`. */
export function parseColour(value: string): Rgb | null {
  const css = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(css)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex.slice(0, 3)].map(c => c + c).join('') : hex.slice(0, 6);
    return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(css);
  return rgb ? { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) } : null;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 to 21. Accepts colours or CSS strings `parseColour` understands. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const [la, lb] = [a, b].map(c => luminance(typeof c === 'string' ? mustParse(c) : c));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `weight` (0–1) of `a` mixed into `b` in sRGB, as CSS `color-mix(in srgb, a weight, b)`. */
export function mix(a: Rgb, b: Rgb, weight: number): Rgb {
  const channel = (x: number, y: number) => Math.round(x * weight + y * (1 - weight));
  return { r: channel(a.r, b.r), g: channel(a.g, b.g), b: channel(a.b, b.b) };
}

/** `#rrggbb` of a colour. */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map(c => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Black or white, whichever reads better on `background` (what the widgets derive for
 * `--welcome-color-on-accent` where the browser can).
 */
export function readableOn(background: Rgb | string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
}

/**
 * Checks a theme: the given tokens over the defaults, with the dependent colours the widgets
 * derive when a theme leaves them out (tint 10 % accent on the surface, accent text = accent).
 * Returns every pair with its ratio; `ok` is false where it is below WCAG AA.
 *
 * @example
 * checkTheme({ accent: '#E30613', 'surface-alt': '#f3f5f8' }).filter(result => !result.ok)
 */
export function checkTheme(theme: ThemeColours): ContrastResult[] {
  return checkColours(resolveColours(theme));
}

/** Every pair of already resolved colours (e.g. read from a rendered widget) with its ratio. */
export function checkColours(colours: Record<ColourToken, Rgb>): ContrastResult[] {
  return CONTRAST_PAIRS.map(pair => {
    const ratio = contrastRatio(colours[pair.foreground], colours[pair.background]);
    return { ...pair, ratio, ok: ratio >= pair.required - 1e-9 };
  });
}

/** The theme's colours with the defaults and the derived tokens filled in. */
export function resolveColours(theme: ThemeColours): Record<ColourToken, Rgb> {
  const given = (token: ColourToken): Rgb | undefined => {
    const value = theme[token];
    return value ? mustParse(value) : undefined;
  };
  const colours = {} as Record<ColourToken, Rgb>;
  for (const token of Object.keys(DEFAULT_COLOURS) as (keyof typeof DEFAULT_COLOURS)[]) colours[token] = given(token) ?? mustParse(DEFAULT_COLOURS[token]);
  if (theme.accent && !theme['accent-soft']) colours['accent-soft'] = mix(colours.accent, colours.surface, 0.1);
  colours['accent-text'] = given('accent-text') ?? colours.accent;
  return colours;
}

/**
 * The theme with its missing dependent colours filled in so that it passes: text on the accent
 * (black or white), the tint (10 % accent on the surface) and the accent as text (the accent
 * mixed toward the text colour until it reads on the surface, the alternate surface and the
 * tint). What a configurator emits; the widgets derive the same in CSS where browsers can.
 */
export function completeTheme(theme: ThemeColours): ThemeColours {
  const done: ThemeColours = { ...theme };
  const colours = resolveColours(done);
  done['on-accent'] ??= readableOn(colours.accent);
  done['accent-soft'] ??= toHex(colours['accent-soft']);
  if (!done['accent-text']) {
    const backgrounds = [colours.surface, colours['surface-alt'], colours['accent-soft']];
    let text = colours.accent;
    for (let step = 1; step <= 20 && backgrounds.some(background => contrastRatio(text, background) < 4.5); step++) {
      text = mix(colours.text, colours.accent, step / 20);
    }
    done['accent-text'] = toHex(text);
  }
  if (!done.focus && theme.accent) done.focus = done['accent-text'];
  return done;
}

/** A one-line description of a failing pair, as the console warning and the configurator show it. */
export function describe(result: ContrastResult): string {
  return `--welcome-color-${result.foreground} on --welcome-color-${result.background}: ${result.ratio.toFixed(2)}:1 (needs ${result.required}:1)`;
}

function mustParse(value: string): Rgb {
  const rgb = parseColour(value);
  if (!rgb) throw new TypeError(`Not a colour this check understands: ${value}`);
  return rgb;
}
