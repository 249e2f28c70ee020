import { MantineProvider } from '@mantine/core';
import { MockedProvider } from '@mps/web-data-access/testing';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReleaseDetail } from './release-detail';
import { RELEASE_QUERY } from './releases-documents';

const published = {
  request: { query: RELEASE_QUERY, variables: { id: 'r-1' } },
  result: {
    data: {
      release: {
        __typename: 'Release',
        id: 'r-1',
        version: '2019.1',
        notes: null,
        status: 'PUBLISHED',
        createdAt: '2020-03-01T10:00:00.000Z',
        publishedAt: '2020-03-04T10:00:00.000Z',
        withdrawnAt: null,
        withdrawalReason: null,
        profileTitle: 'Migration Profile of Norland',
        edition: '2019',
        sections: [{ __typename: 'ReleaseSection', sectionId: 's-0', number: '', title: 'Executive summary', depth: 0, revisionNumber: 2 }],
      },
    },
  },
};

function renderDetail() {
  render(
    <MockedProvider mocks={[published]}>
      <MantineProvider>
        <ReleaseDetail releaseId="r-1" workspaceId="w-1" mayManage />
      </MantineProvider>
    </MockedProvider>,
  );
}

describe('ReleaseDetail downloads', () => {
  const clicked: Array<{ href: string; download: string }> = [];
  beforeEach(() => {
    clicked.length = 0;
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:file'), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('links the indicator figures of a published release as open data, CSV and JSON', async () => {
    renderDetail();
    expect(await screen.findByRole('link', { name: 'Indicator figures as open data (CSV)' })).toHaveAttribute('href', '/open-data/releases/r-1/indicators.csv');
    expect(screen.getByRole('link', { name: 'Indicator figures as open data (JSON)' })).toHaveAttribute('href', '/open-data/releases/r-1/indicators.json');
  });

  it('downloads the PDF under the name the server gives, showing that the file is being prepared', async () => {
    let answer!: (response: Response) => void;
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: 'Download PDF' }));
    expect(fetchMock).toHaveBeenCalledWith('/exports/releases/r-1.pdf?lang=en', expect.anything());
    expect(await screen.findByText('Preparing the file… a long profile can take up to a minute.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download Word' })).toBeDisabled();
    answer(
      new Response(new Blob(['%PDF-']), {
        status: 200,
        headers: { 'content-disposition': `attachment; filename="Migration-Profile-2019.pdf"; filename*=UTF-8''Migration%20Profile%20of%20Norland%202019%20release%202019.1.pdf` },
      }),
    );
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:file', download: 'Migration Profile of Norland 2019 release 2019.1.pdf' }]));
    expect(screen.queryByText('Preparing the file… a long profile can take up to a minute.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download Word' })).toBeEnabled();
  });

  it('says in words when the Word file cannot be downloaded, and lets the person try again', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ error: { code: 'NOT_FOUND' } }), { status: 404 }));
    vi.stubGlobal('fetch', fetchMock);
    renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: 'Download Word' }));
    expect(fetchMock).toHaveBeenCalledWith('/exports/releases/r-1.docx?lang=en', expect.anything());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be downloaded');
    expect(alert).toHaveTextContent('We could not find this.');
    expect(clicked).toEqual([]);
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('offline'))));
    await userEvent.click(screen.getByRole('button', { name: 'Download Word' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We could not reach the server.');
  });
});
