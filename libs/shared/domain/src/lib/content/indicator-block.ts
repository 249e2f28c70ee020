import { SEXES, type Sex } from '../indicators/indicator-terms';

/**
 * A table or chart of indicator figures placed in a section's text (the content schema's `indicatorBlock` node).
 * The block stores what to show, never the figures: a draft shows the live figures, a release the figures it froze
 * when it was prepared (docs/adr/0016), so a later data change never alters a published release.
 *
 * Every attribute is checked when a document is read (hostile values refuse the save) and unknown attributes are
 * dropped, as for every other node.
 */
export const INDICATOR_BLOCK_DISPLAYS = ['table', 'chart'] as const;
export type IndicatorBlockDisplay = (typeof INDICATOR_BLOCK_DISPLAYS)[number];

export const INDICATOR_BLOCK_LIMITS = { codesMax: 8, periodsMax: 30, captionMax: 300, ageGroupMax: 20 } as const;

const CODE_RE = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;
const PERIOD_RE = /^(19|20)\d{2}(-((19|20)\d{2}|Q[1-4]|0[1-9]|1[0-2]))?$/;
const AGE_GROUP_RE = /^[0-9A-Za-z+ -]*$/;
const COUNTRY_RE = /^([A-Z]{2})?$/;

export interface IndicatorBlockAttrs {
  /** Indicator codes, in the order the table lists them. */
  codes: string[];
  /** Reference periods to show; empty: every period with a figure. */
  periods: string[];
  sex: Sex;
  /** '' : all ages. */
  ageGroup: string;
  /** '' : all countries. */
  countryCode: string;
  display: IndicatorBlockDisplay;
  /** '' : a caption made of the indicators' names. */
  caption: string;
}

const list = (what: string, max: number, re: RegExp, min: number) => (value: unknown): void => {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    throw new RangeError(`${what} must be a list of ${min ? `${min} to ` : 'at most '}${max} values.`);
  }
  for (const item of value) {
    if (typeof item !== 'string' || !re.test(item)) throw new RangeError(`${what}: "${String(item).slice(0, 40)}" is not allowed.`);
  }
  if (new Set(value).size !== value.length) throw new RangeError(`${what} lists a value twice.`);
};
const matching = (what: string, re: RegExp, max: number) => (value: unknown): void => {
  if (typeof value !== 'string' || value.length > max || !re.test(value)) throw new RangeError(`${what} is not allowed: "${String(value).slice(0, 40)}".`);
};
const oneOf = (what: string, allowed: readonly string[]) => (value: unknown): void => {
  if (typeof value !== 'string' || !allowed.includes(value)) throw new RangeError(`${what} may be ${allowed.join(', ')}.`);
};
const caption = (value: unknown): void => {
  if (typeof value !== 'string' || value.length > INDICATOR_BLOCK_LIMITS.captionMax) {
    throw new RangeError(`A table caption must be text of at most ${INDICATOR_BLOCK_LIMITS.captionMax} characters.`);
  }
};

/** The node's attribute specs (ProseMirror `attrs`), shared by the server's schema. */
export const INDICATOR_BLOCK_ATTRS = {
  codes: { default: [], validate: list('Indicator codes', INDICATOR_BLOCK_LIMITS.codesMax, CODE_RE, 1) },
  periods: { default: [], validate: list('Periods', INDICATOR_BLOCK_LIMITS.periodsMax, PERIOD_RE, 0) },
  sex: { default: 'TOTAL', validate: oneOf('Sex', SEXES) },
  ageGroup: { default: '', validate: matching('The age group', AGE_GROUP_RE, INDICATOR_BLOCK_LIMITS.ageGroupMax) },
  countryCode: { default: '', validate: matching('The country', COUNTRY_RE, 2) },
  display: { default: 'table', validate: oneOf('The display', INDICATOR_BLOCK_DISPLAYS) },
  caption: { default: '', validate: caption },
} as const;

/**
 * The block's attributes if they are valid, else null: for values read back from HTML (the web reader) or from
 * stored JSON written before a rule changed. Never throws.
 */
export function readIndicatorBlockAttrs(raw: unknown): IndicatorBlockAttrs | null {
  if (!raw || typeof raw !== 'object') return null;
  const source = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(INDICATOR_BLOCK_ATTRS)) {
    const value = source[name] === undefined ? spec.default : source[name];
    try {
      spec.validate(value);
    } catch {
      return null;
    }
    out[name] = Array.isArray(value) ? [...value] : value;
  }
  return out as unknown as IndicatorBlockAttrs;
}
