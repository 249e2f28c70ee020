/**
 * HTML written by our own templates (the portal's pages, the server's first paint of a section page). Every
 * interpolated value is escaped unless it is already `SafeHtml` (made by `html` itself, or `trusted` for HTML our own
 * renderer produced, such as renderContent's output), so stored text (titles, names, notes, reasons) can never become
 * markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolated = SafeHtml | string | number | null | undefined | false | readonly Interpolated[];

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function part(value: Interpolated): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(part).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => (out += part(value) + strings[i + 1]));
  return new SafeHtml(out);
}

/** HTML that our own code produced and escaped already (renderContent). Never for stored or request text. */
export const trusted = (value: string) => new SafeHtml(value);
