import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatTime } from '@mps/web-ui';
import { LiveNoticeRegion } from './live-notice';

/** Renders inside Mantine's provider (i18n is initialised by the test setup), as the ui library's tests do. */
const renderInMantine = (ui: ReactElement) => render(ui, { wrapper: MantineProvider });

const at = '2024-05-03T14:02:00.000Z';

describe('LiveNoticeRegion', () => {
  it('keeps an empty polite status region in the page, ready to be announced', () => {
    renderInMantine(<LiveNoticeRegion notice={null} onDismiss={() => undefined} />);
    const region = screen.getByRole('status', { name: 'Changes by others' });
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
  });

  it('says who saved a new version of the section being read, and can be dismissed', async () => {
    const onDismiss = vi.fn();
    renderInMantine(
      <LiveNoticeRegion notice={{ kind: 'updated', sectionId: 's', actorName: 'Ana Coordinator', at }} onDismiss={onDismiss} />,
    );
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent(
      `Updated: Ana Coordinator saved a new version at ${formatTime(at)}`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('reassures the person editing, and stays until the draft is saved or closed', () => {
    renderInMantine(
      <LiveNoticeRegion notice={{ kind: 'newer-while-editing', sectionId: 's', actorName: null, at }} onDismiss={() => undefined} />,
    );
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent(
      `Someone saved a newer version at ${formatTime(at)}. Your draft is safe: when you save, you will compare both versions.`,
    );
    expect(screen.queryByRole('button', { name: 'Dismiss this notice' })).not.toBeInTheDocument();
  });

  it('says who commented on or signed off the open section, and can be dismissed', () => {
    const { rerender } = renderInMantine(
      <LiveNoticeRegion notice={{ kind: 'commented', sectionId: 's', actorName: 'Ion Civil', at }} onDismiss={() => undefined} />,
    );
    const region = screen.getByRole('status', { name: 'Changes by others' });
    expect(region).toHaveTextContent(`Ion Civil commented on this section at ${formatTime(at)}.`);
    expect(screen.getByRole('button', { name: 'Dismiss this notice' })).toBeInTheDocument();
    rerender(<LiveNoticeRegion notice={{ kind: 'signed-off', sectionId: 's', actorName: 'Ana Focal', at }} onDismiss={() => undefined} />);
    expect(screen.getByRole('status', { name: 'Changes by others' })).toHaveTextContent(`Ana Focal signed off this section at ${formatTime(at)}.`);
  });
});
