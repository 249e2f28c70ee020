import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FetchSessionContext, type FetchSession } from '@mps/web-data-access';
import type { Role } from '@mps/shared-domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftDownloads } from './draft-downloads';

const session: FetchSession = { getAccessToken: () => 'token-1', refresh: vi.fn(async () => ({ status: 'ok' }) as const) } as unknown as FetchSession;

function renderFor(role: Role | null, isPlatformAdmin = false) {
  render(
    <FetchSessionContext.Provider value={session}>
      <MantineProvider>
        <DraftDownloads profile={{ id: 'p-1', title: 'Migration Profile of Norland', edition: '2024' }} role={role} isPlatformAdmin={isPlatformAdmin} />
      </MantineProvider>
    </FetchSessionContext.Provider>,
  );
}

describe('DraftDownloads', () => {
  const clicked: string[] = [];
  beforeEach(() => {
    clicked.length = 0;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:draft'), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each<[Role | null, boolean]>([
    ['COORDINATOR', false],
    ['FOCAL_POINT', false],
    ['OBSERVER', false],
    [null, true],
  ])('offers the whole draft as PDF and Word to %s (platform admin: %s)', (role, admin) => {
    renderFor(role, admin);
    expect(screen.getByRole('button', { name: 'Download draft (PDF)' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download draft (Word)' })).toBeEnabled();
  });

  it('offers nothing to contributors, who read only the sections of their review cycles', () => {
    renderFor('CONTRIBUTOR');
    expect(screen.queryByRole('button', { name: /Download draft/ })).not.toBeInTheDocument();
  });

  it('fetches the draft with the session token and saves it; a refusal is explained', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(new Blob(['PK']), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    renderFor('OBSERVER');
    await userEvent.click(screen.getByRole('button', { name: 'Download draft (Word)' }));
    await waitFor(() => expect(clicked).toEqual(['Migration Profile of Norland 2024 draft.docx']));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/exports/profiles/p-1.docx?lang=en');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer token-1');

    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 403 })));
    await userEvent.click(screen.getByRole('button', { name: 'Download draft (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only members who read every draft can download the whole draft.');
  });

  it('says when the document is too large to lay out, and when the server is busy with other files', async () => {
    renderFor('OBSERVER');
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 412 })));
    await userEvent.click(screen.getByRole('button', { name: 'Download draft (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This document is too large to be made into a file in one go.');

    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 429, headers: { 'Retry-After': '60' } })));
    await userEvent.click(screen.getByRole('button', { name: 'Download draft (PDF)' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The server is busy making other files. Please try again in a minute.'));
  });
});
