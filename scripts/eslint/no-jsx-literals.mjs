/**
 * ESLint rule `mps/no-jsx-literals`: words written straight into JSX never reach translators, so a screen shows
 * them in English whatever the language. Text children, string children in braces, and the attributes people read
 * or hear (aria-label, title, placeholder, alt, label, description...) must come from i18n (`t(...)`).
 * Allowed: text without letters (punctuation, digits, symbols such as "·", "–", "(", "%"), and anything in
 * `allow` (e.g. brand names). No eslint-plugin-react/-i18next here: this is the one check the project needs.
 */
const LETTER = /\p{L}/u;
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label', 'description', 'error', 'tooltip', 'confirmLabel', 'cancelLabel']);

/** @type {import('eslint').Rule.RuleModule} */
export const noJsxLiterals = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow words written straight into JSX: they must come from i18n' },
    schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: { literal: 'Text "{{text}}" is written into JSX: put it in the library\'s src/i18n/en.json and use t().' },
  },
  create(context) {
    const allow = new Set(context.options[0]?.allow ?? []);
    const check = (node, raw) => {
      const text = String(raw).trim();
      if (!text || !LETTER.test(text) || allow.has(text)) return;
      context.report({ node, messageId: 'literal', data: { text: text.length > 40 ? `${text.slice(0, 40)}…` : text } });
    };
    const isChild = (node) => node.parent && (node.parent.type === 'JSXElement' || node.parent.type === 'JSXFragment');
    return {
      JSXText(node) {
        check(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (!isChild(node)) return;
        const e = node.expression;
        if (e.type === 'Literal' && typeof e.value === 'string') check(node, e.value);
        if (e.type === 'TemplateLiteral' && e.expressions.length === 0) check(node, e.quasis.map((q) => q.value.cooked).join(''));
      },
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
        if (!READ_ATTRIBUTES.has(name) || !node.value) return;
        if (node.value.type === 'Literal') check(node.value, node.value.value);
        if (node.value.type === 'JSXExpressionContainer' && node.value.expression.type === 'Literal' && typeof node.value.expression.value === 'string') {
          check(node.value, node.value.expression.value);
        }
      },
    };
  },
};

export default { rules: { 'no-jsx-literals': noJsxLiterals } };
