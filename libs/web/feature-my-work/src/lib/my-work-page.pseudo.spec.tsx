import { afterEach, describe, expect, it } from 'vitest';
import { enablePseudoLocale, untranslatedTexts } from '@mps/web-util';
import { formatDate, formatDateTime } from '@mps/web-ui';
import { MyWorkView } from './my-work-page';
import { iso, taskProfile, task, work, renderView, cycle } from './my-work-page.spec-support';


/** Data the screen shows as it is (names, titles, dates formatted by Intl): everything else must come from i18n. */
const DATA = [
  'Migration Profile of Norland', 'National Bureau of Statistics', 'NBS', 'Send the survey tables', 'Draft A.1 Key data',
  'Key data', 'Emigration', 'Consultation on migration trends', 'Consultation', 'Republic of Norland', 'A.1', 'A.4',
  'Ministry of Internal Affairs', 'MIA',
  ...[-4, -2, 3, 5].flatMap((d) => [formatDate(iso(d)), formatDateTime(iso(d))]),
];

describe('My work in a pseudo-locale', () => {
  let pseudo: ReturnType<typeof enablePseudoLocale> | null = null;
  afterEach(() => {
    pseudo?.restore();
    pseudo = null;
  });

  it.each(['FOCAL_POINT', 'COORDINATOR'])('shows no text that does not come from i18n (%s)', (role) => {
    pseudo = enablePseudoLocale();
    renderView(
      <MyWorkView
        userId="u-1"
        workspaceName="Republic of Norland"
        onCreate={role === 'COORDINATOR' ? () => undefined : null}
        work={work({
          role,
          tasks: [task({ id: 't-late', overdue: true, dueAt: iso(-2) }), task({ id: 't-draft', title: 'Draft A.1 Key data', automatic: true, dueAt: null, section: { __typename: 'Section', id: 's-1', number: 'A.1', title: 'Key data' } })],
          openTaskCount: 2,
          overdueTasks: role === 'COORDINATOR' ? [task({ id: 't-late2', overdue: true, dueAt: iso(-4) })] : [],
          overdueTaskCount: role === 'COORDINATOR' ? 1 : 0,
          sections: [{ __typename: 'Section', id: 's-4', number: 'A.4', title: 'Emigration', status: 'IN_REVIEW', profile: taskProfile }],
          signOffsDue: [{ __typename: 'SignOffDue', section: { __typename: 'Section', id: 's-4', number: 'A.4', title: 'Emigration', profile: { __typename: 'Profile', id: 'p-1' } }, reviewCycle: { __typename: 'ReviewCycle', id: 'c-1', title: 'Consultation', closesAt: iso(3) } }],
          closingCycles: [cycle],
        })}
      />,
    );
    expect(untranslatedTexts(document.body, DATA)).toEqual([]);
    expect(pseudo.missingKeys).toEqual([]);
  });
});
