/**
 * Cleans HTML pasted from Word, Google Docs and web pages before the editor's
 * schema parses it: keeps structure (headings, lists, tables, bold, italic,
 * links, footnotes) and drops Office junk (comments, <style>, <o:p>, mso- styles,
 * classes). Whatever the schema does not know is dropped by the parser itself.
 */

const MARKER_ATTR = 'data-mps-list-marker';

function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Word writes list bullets and numbers as text inside "supportLists" conditionals: keep them as a marker. */
function markListMarkers(html: string): string {
  const toMarker = (_: string, inner: string) => `<span ${MARKER_ATTR}="${escapeAttr(textOfHtml(inner))}"></span>`;
  return html
    .replace(/<!--\[if !supportLists\]-->([\s\S]*?)<!--\[endif\]-->/gi, toMarker)
    .replace(/<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi, toMarker);
}

function stripOfficeMarkup(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if[\s\S]*?<!\[endif\]>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?o:p[^>]*>/gi, '')
    .replace(/<\/?(?:o|v|w|m|st1|x):[a-z][^>]*>/gi, '');
}

const ORDERED_MARKER = /^\(?([0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,5})[.)]$/i;

/** Word's "MsoListParagraph" paragraphs (mso-list: l0 level1) become real nested lists. */
function convertWordLists(doc: Document): void {
  const isListParagraph = (el: Element | null): el is HTMLElement =>
    !!el && el.tagName === 'P' && /mso-list:\s*l\d+/i.test(el.getAttribute('style') ?? '');
  const nextElement = (el: Element): Element | null => {
    let node = el.nextSibling;
    while (node && node.nodeType === 3 && !(node.textContent ?? '').trim()) node = node.nextSibling;
    return node && node.nodeType === 1 ? (node as Element) : null;
  };

  for (const first of Array.from(doc.querySelectorAll('p'))) {
    if (!first.isConnected || !isListParagraph(first)) continue;
    const run: HTMLElement[] = [];
    for (let el: Element | null = first; isListParagraph(el); el = nextElement(el)) run.push(el);

    const stack: Array<{ level: number; list: HTMLElement; kind: string }> = [];
    const anchor = doc.createElement('div');
    first.before(anchor);
    for (const item of run) {
      const level = Number(/level(\d+)/i.exec(item.getAttribute('style') ?? '')?.[1] ?? '1');
      const markerEl = item.querySelector(`[${MARKER_ATTR}]`);
      const marker = markerEl?.getAttribute(MARKER_ATTR) ?? '';
      markerEl?.remove();
      const ordered = ORDERED_MARKER.test(marker);
      const listId = /mso-list:\s*(l\d+)/i.exec(item.getAttribute('style') ?? '')?.[1] ?? '';
      const kind = `${listId}:${ordered ? 'ol' : 'ul'}`;
      while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
      // Another Word list (or another kind of marker) at the same level starts a new list.
      if (stack.length && stack[stack.length - 1]!.level === level && stack[stack.length - 1]!.kind !== kind) stack.pop();
      let top = stack[stack.length - 1];
      if (!top || top.level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        const parentItem = top?.list.lastElementChild;
        if (top && parentItem) parentItem.append(list);
        else anchor.append(list);
        top = { level, list, kind };
        stack.push(top);
      }
      const li = doc.createElement('li');
      const p = doc.createElement('p');
      while (item.firstChild) p.append(item.firstChild);
      li.append(p);
      top.list.append(li);
      item.remove();
    }
    anchor.replaceWith(...Array.from(anchor.childNodes));
  }
  // Markers left outside list paragraphs carry no meaning.
  doc.querySelectorAll(`[${MARKER_ATTR}]`).forEach((el) => el.remove());
}

/** Word (#_ftn1) and Google Docs (#ftnt1) footnotes become footnote markers carrying their note text. */
function convertFootnotes(doc: Document): void {
  const refs = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href]')).filter((a) =>
    /^#_?ftnt?\d+$/i.test(a.getAttribute('href') ?? ''),
  );
  const containers = new Set<Element>();
  for (const ref of refs) {
    const targetId = (ref.getAttribute('href') ?? '').slice(1);
    const target = doc.getElementById(targetId) ?? doc.querySelector(`a[name="${CSS.escape(targetId)}"]`);
    if (!target) continue;
    const container = target.closest('p') ?? target.parentElement;
    if (!container) continue;
    const backLink = container.querySelector('a[href^="#"]');
    const clone = container.cloneNode(true) as Element;
    const cloneBack = backLink ? clone.querySelector('a[href^="#"]') : null;
    cloneBack?.remove();
    const text = (clone.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
    const sup = doc.createElement('sup');
    sup.setAttribute('data-footnote', '');
    sup.setAttribute('data-text', text);
    const parentSup = ref.parentElement?.tagName === 'SUP' && ref.parentElement.childNodes.length === 1 ? ref.parentElement : null;
    (parentSup ?? ref).replaceWith(sup);
    containers.add(container);
  }
  for (const container of containers) {
    const wrapper = container.closest('div');
    container.remove();
    if (wrapper && !(wrapper.textContent ?? '').trim()) wrapper.remove();
  }
  doc.querySelectorAll('[style*="mso-element:footnote-list"], [style*="mso-element: footnote-list"]').forEach((el) => {
    if (!(el.textContent ?? '').trim()) el.remove();
  });
}

/** Level 1 is the section's own title: Word's Heading 1 becomes level 2; levels 5 and 6 become 4. */
function mapHeadings(doc: Document): void {
  const rename = (el: Element, tag: string) => {
    const next = doc.createElement(tag);
    while (el.firstChild) next.append(el.firstChild);
    el.replaceWith(next);
  };
  doc.querySelectorAll('h1').forEach((el) => rename(el, 'h2'));
  doc.querySelectorAll('h5, h6').forEach((el) => rename(el, 'h4'));
}

const KEPT_ATTRIBUTES = new Set(['href', 'colspan', 'rowspan', 'start', 'data-footnote', 'data-text']);

/** Keeps only bold and italic from inline styles (Google Docs wraps everything in <b style="font-weight:normal">). */
function keepEmphasis(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const [rawName, ...rest] = declaration.split(':');
    const name = rawName?.trim().toLowerCase();
    const value = rest.join(':').trim().toLowerCase();
    if (name === 'font-weight' && /^(bold|bolder|[5-9]00|normal|400)$/.test(value)) kept.push(`font-weight:${value}`);
    if (name === 'font-style' && /^(italic|normal)$/.test(value)) kept.push(`font-style:${value}`);
  }
  return kept.join(';');
}

function cleanAttributes(doc: Document): void {
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'style') {
        const style = keepEmphasis(attr.value);
        if (style) el.setAttribute('style', style);
        else el.removeAttribute('style');
      } else if (!KEPT_ATTRIBUTES.has(attr.name)) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

export function cleanPastedHtml(html: string): string {
  if (typeof DOMParser === 'undefined') return html;
  const prepared = stripOfficeMarkup(markListMarkers(html));
  const doc = new DOMParser().parseFromString(prepared, 'text/html');
  doc.querySelectorAll('style, script, meta, link, title, xml, template, object, iframe').forEach((el) => el.remove());
  convertFootnotes(doc);
  convertWordLists(doc);
  mapHeadings(doc);
  cleanAttributes(doc);
  // Word's empty anchors (bookmarks) and spans carry nothing.
  doc.querySelectorAll('a:not([href])').forEach((el) => el.replaceWith(...Array.from(el.childNodes)));
  doc.querySelectorAll('span:not([style])').forEach((el) => el.replaceWith(...Array.from(el.childNodes)));
  return doc.body.innerHTML;
}
