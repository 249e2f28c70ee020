import type { Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { HEADING_LEVELS, LINK_PROTOCOLS } from '@mps/shared-domain';
import { Footnote } from './footnote';
import { IndicatorBlock } from './indicator-block';

/** True for the addresses the server accepts in a link: full http, https or mailto URLs. */
export function isAllowedHref(href: string | null | undefined): boolean {
  if (!href) return false;
  try {
    return (LINK_PROTOCOLS as readonly string[]).includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * Turns what a person typed into a link address the server accepts, or null:
 * "example.org" becomes "https://example.org", "name@ministry.gov" a mailto link.
 */
export function normaliseHref(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  if (isAllowedHref(value)) return value;
  if (/^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(value)) return `mailto:${value}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return null; // another protocol (javascript:, ftp:...)
  const withHttps = `https://${value.replace(/^\/+/, '')}`;
  return isAllowedHref(withHttps) && /\.[a-z]{2,}/i.test(withHttps) ? withHttps : null;
}

export interface ContentExtensionOptions {
  placeholder?: string;
  describeFootnote?: (text: string) => string;
}

/**
 * The editor's extensions: exactly the nodes and marks of the server's content
 * schema (libs/shared/domain content-schema.ts), nothing more. A unit test
 * compares the resulting schema with CONTENT_NODE_TYPES / CONTENT_MARK_TYPES.
 */
export function createContentExtensions(options: ContentExtensionOptions = {}): Extensions {
  const extensions: Extensions = [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      heading: { levels: [...HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: [],
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
        isAllowedUri: (url) => isAllowedHref(url),
        shouldAutoLink: (url) => isAllowedHref(url) || isAllowedHref(`https://${url}`),
      },
    }),
    Table.configure({ resizable: false, allowTableNodeSelection: false }),
    TableRow,
    TableHeader,
    TableCell,
    Footnote.configure(options.describeFootnote ? { describe: options.describeFootnote } : {}),
    IndicatorBlock,
  ];
  if (options.placeholder) extensions.push(Placeholder.configure({ placeholder: options.placeholder }));
  return extensions;
}
