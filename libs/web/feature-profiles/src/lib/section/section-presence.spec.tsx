import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { SectionPresenceRegion, type PresentPersonView } from './section-presence';

const renderInMantine = (ui: ReactElement) => render(ui, { wrapper: MantineProvider });

const amina: PresentPersonView = { userId: 'a', displayName: 'Amina Diallo', organizationAcronym: 'MIA', activity: 'EDITING' };
const bruno: PresentPersonView = { userId: 'b', displayName: 'Bruno Keller', organizationAcronym: null, activity: 'VIEWING' };

describe('SectionPresenceRegion', () => {
  it('keeps an empty polite status region in the page while nobody else is there', () => {
    renderInMantine(<SectionPresenceRegion others={[]} editing={false} />);
    const region = screen.getByRole('status', { name: 'Others on this section' });
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
  });

  it('names each person with their organisation and what they are doing', () => {
    renderInMantine(<SectionPresenceRegion others={[amina, bruno]} editing={false} />);
    const region = screen.getByRole('status', { name: 'Others on this section' });
    expect(region).toHaveTextContent('Amina Diallo (MIA) is editing this section');
    expect(region).toHaveTextContent('Bruno Keller is viewing this section');
  });

  it('warns an editor that someone else is editing too', () => {
    renderInMantine(<SectionPresenceRegion others={[amina]} editing />);
    expect(screen.getByRole('status', { name: 'Others on this section' })).toHaveTextContent(
      'Amina Diallo (MIA) is editing this section too: agree who saves first, or your changes may conflict',
    );
  });

  it('names a few and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, i): PresentPersonView => ({ userId: `u${i}`, displayName: `Person ${i}`, activity: 'VIEWING' }));
    renderInMantine(<SectionPresenceRegion others={many} editing={false} />);
    const region = screen.getByRole('status', { name: 'Others on this section' });
    expect(region).toHaveTextContent('Person 3 is viewing this section');
    expect(region).not.toHaveTextContent('Person 4');
    expect(region).toHaveTextContent('and 3 more people have this section open');
  });
});
