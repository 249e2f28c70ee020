import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The rule sets every screen is held to: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Best-practice rules held to as well: all content inside landmarks. */
const BEST_PRACTICE_RULES = ['region'];

export interface CheckA11yOptions {
  /**
   * The interface language the page is shown in ("en", "ar"...): named in the failure message, and the expected
   * `lang` of the document, so that a run in another language checks what it should. Defaults to "en".
   */
  locale?: string;
  /** Parts of the page to leave out (CSS selectors), e.g. a third-party widget. Use sparingly, with a reason. */
  exclude?: string[];
}

interface Finding {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown; failureSummary?: string; html: string }>;
}

function describe(findings: Finding[]): string {
  return findings
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    - ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Runs axe on the page as it stands and fails on any critical or serious violation of WCAG 2.1 A/AA and on any
 * content outside landmarks (`region`), listing each finding with the elements concerned; and fails on any badge
 * (status, count) that has no words, only a colour. `label` names the screen
 * state in the failure ("profile section, editing, 375 px").
 *
 * The check is soft (the journey carries on and fails at its end), so that one run reports every screen's findings.
 * Call it once the screen has settled (after the assertion that shows its content). Moderate and minor findings
 * other than `region` are not failures.
 */
export async function checkA11y(page: Page, label: string, options: CheckA11yOptions = {}): Promise<void> {
  const locale = options.locale ?? 'en';
  const where = `${label} [${locale}, ${page.viewportSize()?.width ?? '?'} px, ${new URL(page.url()).pathname}]`;
  const lang = await page.evaluate(() => document.documentElement.lang);
  expect(lang.split('-')[0], `the document's language on ${where}`).toBe(locale.split('-')[0]);

  // One pass of axe: the WCAG rules by tag, and the best-practice rules switched on beside them (axe runs a rule
  // enabled in `rules` even when `runOnly` names tags); two passes cost nearly twice as much. In the page itself
  // (legacy mode): the default runs each frame apart and then opens a blank page to merge the results, which took
  // more time than the rules (about 2 s a check against 1 s on two cores). The app has no frames to reach.
  const bestPractice = Object.fromEntries(BEST_PRACTICE_RULES.map((rule) => [rule, { enabled: true }]));
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ rules: bestPractice }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();

  const failing: Finding[] = results.violations.filter(
    (v) => BEST_PRACTICE_RULES.includes(v.id) || v.impact === 'critical' || v.impact === 'serious',
  );
  // Soft: the journey goes on, so that one run lists the findings of every screen it visits; it still fails.
  expect.soft(failing.length, `Accessibility findings on ${where}:\n${describe(failing)}`).toBe(0);

  // Status is never shown by colour alone: every badge on the screen says its status in words.
  const mute = await page
    .locator('.mantine-Badge-root:visible, [data-status-badge]:visible')
    .evaluateAll((badges) =>
      badges
        // Outline rows out of sight are not rendered yet (content-visibility: auto), and unrendered text has no
        // innerText: their words are read from the markup.
        .filter((b) => !((b.checkVisibility({ contentVisibilityAuto: true }) ? (b as HTMLElement).innerText : b.textContent) ?? '').trim() && !b.getAttribute('aria-label'))
        .map((b) => b.outerHTML.slice(0, 160)),
    );
  expect.soft(mute, `badges without words (colour alone) on ${where}`).toEqual([]);
}
