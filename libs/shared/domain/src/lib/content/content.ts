import { Node as PMNode } from 'prosemirror-model';
import { contentSchema, HEADING_LEVELS, LINK_PROTOCOLS, MAX_CONTENT_BYTES, MAX_CONTENT_DEPTH } from './content-schema';
import { readIndicatorBlockAttrs, type IndicatorBlockAttrs } from './indicator-block';

export type ContentJson = { type: 'doc'; content?: unknown[] } & Record<string, unknown>;

export class ContentValidationError extends Error {}

export interface RenderedContent {
  /** Canonical JSON: keys sorted, defaults filled; what is stored and hashed. */
  canonical: ContentJson;
  canonicalText: string;
  html: string;
  /** Plain text: blocks separated by a blank line; comment anchors index into it. */
  text: string;
}

/** Whether JSON nests deeper than `max` objects and arrays; without recursion, since the input may be hostile. */
function nestsDeeperThan(json: unknown, max: number): boolean {
  const pending: Array<[unknown, number]> = [[json, 1]];
  while (pending.length) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return false;
}

function byteLength(value: string): number {
  return new TextEncoder().encode(value).length;
}

/** Parses and validates a document; throws ContentValidationError with a message for the person who saved. */
export function parseContent(json: unknown): PMNode {
  if (!json || typeof json !== 'object' || (json as { type?: unknown }).type !== 'doc') {
    throw new ContentValidationError('Content must be a document: {"type":"doc","content":[...]}.');
  }
  if (nestsDeeperThan(json, MAX_CONTENT_DEPTH)) {
    throw new ContentValidationError('Content is nested too deeply: lists, quotes and tables may nest only a few dozen levels.');
  }
  let size: number;
  try {
    size = byteLength(JSON.stringify(json));
  } catch {
    throw new ContentValidationError('Content is not valid JSON.');
  }
  if (size > MAX_CONTENT_BYTES) {
    throw new ContentValidationError(`Content is ${(size / 1024 / 1024).toFixed(1)} MB; a section may hold at most 2 MB.`);
  }
  let doc: PMNode;
  try {
    doc = contentSchema.nodeFromJSON(json);
    doc.check();
  } catch (error) {
    throw new ContentValidationError(`Content does not fit the section format: ${(error as Error).message}`);
  }
  doc.descendants((node) => {
    if (node.type.name === 'heading' && !(HEADING_LEVELS as readonly number[]).includes(node.attrs['level'] as number)) {
      throw new ContentValidationError(`Headings inside a section may be level ${HEADING_LEVELS.join(', ')}.`);
    }
    for (const mark of node.marks) {
      if (mark.type.name === 'link') checkHref(mark.attrs['href']);
    }
    return true;
  });
  return doc;
}

function checkHref(href: unknown): void {
  let protocol: string;
  try {
    protocol = new URL(String(href)).protocol;
  } catch {
    throw new ContentValidationError(`The link "${String(href)}" is not a full address (start it with https://).`);
  }
  if (!(LINK_PROTOCOLS as readonly string[]).includes(protocol)) {
    throw new ContentValidationError(`Links may use http, https or mailto only, not "${protocol}".`);
  }
}

/** JSON with object keys sorted at every level, so equal documents hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** How a document is placed in a page that holds several (the portal's release reader). */
export interface RenderOptions {
  /** Prefix of the footnotes' ids (`<prefix>fn-1`), so that two sections on one page never share an id. */
  idPrefix?: string;
  /** Levels added to the section's own headings (h2-h4), so they sit under the section's heading; at most h6. */
  headingShift?: number;
  /**
   * HTML of a table or chart of indicator figures (escaped by the caller), with the figures the page shows: live
   * for a draft, frozen for a release. Without it a block is written as a placeholder that names what it shows
   * (data-indicator-block holds its checked attributes as JSON), which the web reader fills with live figures.
   */
  indicatorBlock?: (attrs: IndicatorBlockAttrs) => string;
}

/** The stored HTML of an indicator block: a labelled placeholder the reader fills with figures. */
export function indicatorBlockPlaceholder(attrs: IndicatorBlockAttrs): string {
  const label = attrs.caption || `Indicators ${attrs.codes.join(', ')}`;
  return `<figure class="indicator-block" data-indicator-block="${escapeHtml(JSON.stringify(attrs))}"><figcaption>${escapeHtml(label)}</figcaption></figure>`;
}

/** Renders validated content to HTML. Everything is escaped; only our own tags and attributes are written. */
export function renderContent(json: unknown, options: RenderOptions = {}): RenderedContent {
  const doc = parseContent(json);
  const idPrefix = (options.idPrefix ?? '').replace(/[^A-Za-z0-9._-]/g, '');
  const headingShift = Math.max(0, Math.trunc(options.headingShift ?? 0));
  const canonical = doc.toJSON() as ContentJson;
  const footnotes: string[] = [];

  const inline = (node: PMNode): string => {
    if (node.isText) {
      let html = escapeHtml(node.text ?? '');
      for (const mark of node.marks) {
        if (mark.type.name === 'bold') html = `<strong>${html}</strong>`;
        else if (mark.type.name === 'italic') html = `<em>${html}</em>`;
        else if (mark.type.name === 'link') {
          html = `<a href="${escapeHtml(String(mark.attrs['href']))}" rel="noopener noreferrer nofollow">${html}</a>`;
        }
      }
      return html;
    }
    if (node.type.name === 'hardBreak') return '<br>';
    if (node.type.name === 'footnote') {
      footnotes.push(String(node.attrs['text'] ?? ''));
      const n = footnotes.length;
      return `<sup class="footnote-ref"><a href="#${idPrefix}fn-${n}" id="${idPrefix}fnref-${n}">${n}</a></sup>`;
    }
    return '';
  };
  const children = (node: PMNode) => {
    let out = '';
    node.forEach((child) => (out += child.isInline ? inline(child) : block(child)));
    return out;
  };
  const cellAttrs = (node: PMNode) =>
    `${node.attrs['colspan'] > 1 ? ` colspan="${Number(node.attrs['colspan'])}"` : ''}${node.attrs['rowspan'] > 1 ? ` rowspan="${Number(node.attrs['rowspan'])}"` : ''}`;
  const block = (node: PMNode): string => {
    switch (node.type.name) {
      case 'paragraph':
        return `<p>${children(node)}</p>`;
      case 'heading': {
        const level = Math.min(6, Number(node.attrs['level']) + headingShift);
        return `<h${level}>${children(node)}</h${level}>`;
      }
      case 'blockquote':
        return `<blockquote>${children(node)}</blockquote>`;
      case 'bulletList':
        return `<ul>${children(node)}</ul>`;
      case 'orderedList': {
        const start = Number(node.attrs['start']);
        return `<ol${start !== 1 ? ` start="${start}"` : ''}>${children(node)}</ol>`;
      }
      case 'listItem':
        return `<li>${children(node)}</li>`;
      case 'table':
        return `<table><tbody>${children(node)}</tbody></table>`;
      case 'tableRow':
        return `<tr>${children(node)}</tr>`;
      case 'tableHeader':
        return `<th${cellAttrs(node)}>${children(node)}</th>`;
      case 'tableCell':
        return `<td${cellAttrs(node)}>${children(node)}</td>`;
      case 'indicatorBlock': {
        const attrs = readIndicatorBlockAttrs(node.attrs);
        if (!attrs) return '';
        return options.indicatorBlock ? options.indicatorBlock(attrs) : indicatorBlockPlaceholder(attrs);
      }
      default:
        return children(node);
    }
  };

  let html = children(doc);
  if (footnotes.length) {
    html += `<ol class="footnotes">${footnotes
      .map((text, i) => `<li id="${idPrefix}fn-${i + 1}">${escapeHtml(text)} <a href="#${idPrefix}fnref-${i + 1}" aria-label="Back to the text">↩</a></li>`)
      .join('')}</ol>`;
  }
  return { canonical, canonicalText: canonicalJson(canonical), html, text: plainText(doc) };
}

/** Plain text of a document: blocks joined by a blank line, table cells by a tab. */
export function plainText(doc: PMNode): string {
  const blocks: string[] = [];
  const walk = (node: PMNode) => {
    if (node.isTextblock) {
      let line = '';
      node.forEach((child) => {
        if (child.isText) line += child.text;
        else if (child.type.name === 'hardBreak') line += '\n';
        else if (child.type.name === 'footnote') line += `[${String(child.attrs['text'] ?? '')}]`;
      });
      blocks.push(line);
      return;
    }
    node.forEach(walk);
  };
  walk(doc);
  return blocks.join('\n\n');
}
