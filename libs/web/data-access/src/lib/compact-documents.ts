/**
 * GraphQL documents in a compact form for the production build (apps/web/vite.config.mts writes each generated
 * document this way and the app decodes it once, when its module first runs; docs/adr/0029). A document AST spells
 * every name as `{kind: 'Name', value}` and every node's kind: as JSON, some 20 times its query text. Here a node is
 * `[shape, ...values]`, its shape (kind and keys, from a table of every shape the generated documents use) saying
 * how to rebuild it, and a Name node is its bare string. Decoding gives back the same AST (same keys in the same
 * order, a test checks every generated document), so the GraphQL client prints, caches and matches exactly what it did.
 *
 * No imports: the build's config loads this file by path, outside the app's aliases.
 */

/** How a key holds its value: a node, a list of nodes, or a plain value (a string, a boolean, null). */
type FieldTag = 'n' | 'a' | 's';
/** A node kind and its keys after `kind`, in order. */
export type DocumentShape = readonly [kind: string, ...fields: Array<readonly [key: string, tag: FieldTag]>];

type AstNode = { kind: string } & Record<string, unknown>;

const isNode = (value: unknown): value is AstNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind === 'string';

/** A Name node alone is written as its string. */
const isPlainName = (node: AstNode) => node.kind === 'Name' && typeof node['value'] === 'string' && Object.keys(node).length === 2;

function tagOf(value: unknown, where: string): FieldTag {
  if (Array.isArray(value)) {
    if (!value.every(isNode)) throw new Error(`compact-documents: ${where} is a list of something other than nodes`);
    return 'a';
  }
  if (isNode(value)) return 'n';
  if (value === null || ['string', 'boolean', 'number'].includes(typeof value)) return 's';
  throw new Error(`compact-documents: ${where} holds an object that is no AST node`);
}

function shapeOf(node: AstNode): DocumentShape {
  const keys = Object.keys(node);
  if (keys[0] !== 'kind') throw new Error(`compact-documents: a ${node.kind} node whose first key is not kind`);
  return [node.kind, ...keys.slice(1).map((key) => [key, tagOf(node[key], `${node.kind}.${key}`)] as const)];
}

const shapeKey = ([kind, ...fields]: DocumentShape) => [kind, ...fields.map(([key, tag]) => `${key}:${tag}`)].join(' ');

/** Every shape the documents use, in the order first met (the same documents give the same table). */
export function documentShapes(documents: readonly unknown[]): DocumentShape[] {
  const shapes = new Map<string, DocumentShape>();
  const visit = (node: AstNode) => {
    if (isPlainName(node)) return;
    const shape = shapeOf(node);
    if (!shapes.has(shapeKey(shape))) shapes.set(shapeKey(shape), shape);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (isNode(value)) visit(value);
    }
  };
  for (const document of documents) {
    if (!isNode(document)) throw new Error('compact-documents: a document that is no AST node');
    visit(document);
  }
  return [...shapes.values()];
}

/** A document AST in the compact form, with `shapes` from documentShapes (which must have seen it). */
export function encodeDocument(document: unknown, shapes: readonly DocumentShape[]): unknown {
  const index = new Map(shapes.map((shape, i) => [shapeKey(shape), i]));
  const encode = (node: AstNode): unknown => {
    if (isPlainName(node)) return node['value'];
    const key = shapeKey(shapeOf(node));
    const id = index.get(key);
    if (id === undefined) throw new Error(`compact-documents: no shape for ${key}`);
    return [id, ...Object.keys(node).slice(1).map((key) => {
      const value = node[key];
      return Array.isArray(value) ? value.map(encode) : isNode(value) ? encode(value) : value;
    })];
  };
  if (!isNode(document)) throw new Error('compact-documents: a document that is no AST node');
  return encode(document);
}

/** The document AST back from its compact form. */
export function decodeDocument(encoded: unknown, shapes: readonly DocumentShape[]): unknown {
  const decode = (value: unknown): unknown => {
    if (typeof value === 'string') return { kind: 'Name', value };
    const [id, ...values] = value as [number, ...unknown[]];
    const [kind, ...fields] = shapes[id]!;
    const node: Record<string, unknown> = { kind };
    fields.forEach(([key, tag], i) => {
      const field = values[i];
      node[key] = tag === 'n' ? decode(field) : tag === 'a' ? (field as unknown[]).map(decode) : field;
    });
    return node;
  };
  return decode(encoded);
}
