import { describe, it } from '@jest/globals';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
// @ts-expect-error -- a plain ES module without types, loaded by eslint.config.mjs
import { noJsxLiterals } from './no-jsx-literals.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } });

describe('mps/no-jsx-literals', () => {
  tester.run('no-jsx-literals', noJsxLiterals, {
    valid: [
      { code: 'const a = <p>{t("x.y")}</p>;' },
      { code: 'const a = <p>{count} · {total} – (%)</p>;' },
      { code: 'const a = <Button aria-label={t("close")} variant="light">{t("ok")}</Button>;' },
      { code: 'const a = <p>PDF</p>;', options: [{ allow: ['PDF'] }] },
    ],
    invalid: [
      { code: 'const a = <p>Save the section</p>;', errors: [{ messageId: 'literal' }] },
      { code: 'const a = <p>{"Save"}</p>;', errors: [{ messageId: 'literal' }] },
      { code: 'const a = <Button aria-label="Close dialog" />;', errors: [{ messageId: 'literal' }] },
      { code: 'const a = <TextInput placeholder={"name@ministry.gov"} />;', errors: [{ messageId: 'literal' }] },
      { code: 'const a = <p>Сохранить</p>;', errors: [{ messageId: 'literal' }] },
    ],
  });
});
