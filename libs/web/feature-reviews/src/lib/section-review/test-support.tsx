// Fixtures and a render helper for this folder's component tests (not shipped: only specs import it).
import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { AuthContext, type AuthContextValue } from '@mps/web-data-access';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { ReviewScopeProvider } from './review-scope';
import { SECTION_REVIEW_QUERY, SECTION_THREADS_QUERY } from './section-review-documents';

// jsdom has no font loading API; Mantine's autosizing text areas listen to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
  });
}

export const ORGS = {
  mol: { __typename: 'Organization', id: 'o-mol', name: 'Ministry of Labour', acronym: 'MoL' },
  cso: { __typename: 'Organization', id: 'o-cso', name: 'Migrant Rights Centre', acronym: 'MRC' },
  uni: { __typename: 'Organization', id: 'o-uni', name: 'State University', acronym: null },
} as const;

export const USERS = {
  focal: { __typename: 'User', id: 'u-focal', displayName: 'Ana Focal' },
  cso: { __typename: 'User', id: 'u-cso', displayName: 'Ion Civil' },
  uni: { __typename: 'User', id: 'u-uni', displayName: 'Dana Academic' },
} as const;

export const REVISION = {
  id: 'r-2',
  number: 2,
  text: 'Emigration rose sharply in 2023.\n\nRemittances fell.',
  content: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Emigration ' },
          { type: 'text', text: 'rose sharply', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' in 2023.' },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Remittances fell.' }] },
    ],
  },
};

type Overrides = Record<string, unknown>;

export function comment(id: string, overrides: Overrides = {}) {
  return {
    __typename: 'Comment',
    id,
    parentId: null,
    body: `Body of ${id}`,
    createdAt: '2026-11-20T10:00:00.000Z',
    internal: false,
    resolved: false,
    canResolve: false,
    canAnswer: false,
    author: USERS.cso,
    organization: ORGS.cso,
    anchor: null,
    suggestion: null,
    suggestionAppliedIn: null,
    disposition: null,
    dispositionBy: null,
    reviewCycle: { __typename: 'ReviewCycle', id: 'c-1', status: 'OPEN' },
    replies: [],
    ...overrides,
  };
}

export const anchor = (start: number, end: number, overrides: Overrides = {}) => ({
  __typename: 'TextAnchor',
  revisionId: REVISION.id,
  start,
  end,
  quote: REVISION.text.slice(start, end),
  orphaned: false,
  ...overrides,
});

export function signOff(id: string, org: { id: string }, overrides: Overrides = {}) {
  return {
    __typename: 'SignOff',
    id,
    decision: 'APPROVE',
    note: null,
    stale: false,
    superseded: false,
    organization: { __typename: 'Organization', id: org.id },
    user: USERS.focal,
    revision: { __typename: 'Revision', id: REVISION.id, number: REVISION.number },
    ...overrides,
  };
}

export function reviewSection(overrides: Overrides = {}) {
  return {
    __typename: 'Section',
    id: 's-1',
    status: 'IN_REVIEW',
    canComment: true,
    canSignOff: false,
    currentRevision: { __typename: 'Revision', id: REVISION.id, number: REVISION.number },
    requiredSignatories: [],
    signOffs: [],
    signOffHistory: [],
    reviewCycles: [
      { __typename: 'ReviewCycle', id: 'c-1', title: 'Consultation on chapter A', status: 'OPEN', closesAt: '2026-12-15T17:00:00.000Z' },
    ],
    comments: [],
    ...overrides,
  };
}

/** The two requests of the review side (sign-off state; threads) answering with this section. */
export function sectionReviewMocks(section: Overrides, times = 5): MockedResponse[] {
  const { comments = [], ...rest } = section as { comments?: unknown[] } & Overrides;
  return [
    { request: { query: SECTION_REVIEW_QUERY, variables: { id: 's-1' } }, result: { data: { section: rest } }, maxUsageCount: times },
    {
      request: { query: SECTION_THREADS_QUERY, variables: { id: 's-1' } },
      result: { data: { section: { __typename: 'Section', id: 's-1', comments } } },
      maxUsageCount: times,
    },
  ];
}

/** Renders `ui` inside the section's review scope, at `address` (a link to a thread: `/…?thread=t-1`). */
export function renderWithReview(ui: ReactElement, mocks: MockedResponse[], userId = USERS.focal.id, address = '/profiles/p-1/sections/s-1') {
  const auth = { user: { id: userId } } as unknown as AuthContextValue;
  return render(
    <MemoryRouter initialEntries={[address]}>
      <MockedProvider mocks={mocks}>
        <AuthContext.Provider value={auth}>
          <MantineProvider>
            <ReviewScopeProvider sectionId="s-1">{ui}</ReviewScopeProvider>
          </MantineProvider>
        </AuthContext.Provider>
      </MockedProvider>
    </MemoryRouter>,
  );
}
