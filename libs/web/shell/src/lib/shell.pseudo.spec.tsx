import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { abilitiesFor } from '@mps/web-data-access';
import { enablePseudoLocale, untranslatedTexts } from '@mps/web-util';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppNav } from './app-nav';
import { UserMenu } from './user-menu';

/** The frame of every signed-in page in a pseudo-locale: only text from i18n, or the person's own name and e-mail. */
describe('shell in a pseudo-locale', () => {
  let pseudo: ReturnType<typeof enablePseudoLocale> | null = null;
  afterEach(() => {
    pseudo?.restore();
    pseudo = null;
  });

  it('the main navigation of every role and the account menu show only text from i18n', async () => {
    pseudo = enablePseudoLocale();
    render(
      <MantineProvider>
        <MemoryRouter initialEntries={['/my-work']}>
          {(['COORDINATOR', 'FOCAL_POINT', 'CONTRIBUTOR', 'OBSERVER'] as const).map((role) => (
            <AppNav key={role} abilities={abilitiesFor(role, false)} />
          ))}
          <UserMenu displayName="Amina Diallo" email="amina@ministry.example" isPlatformAdmin onSignOut={() => undefined} />
        </MemoryRouter>
      </MantineProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: /Amina Diallo/ }));
    // The menu opens through Mantine's transition timers: on a starved CI machine (2 cores shared with builds)
    // that once took longer than the usual 5 s wait.
    await screen.findByRole('menu', {}, { timeout: 20_000 });
    expect(untranslatedTexts(document.body, ['Amina Diallo', 'amina@ministry.example', 'AD'])).toEqual([]);
    expect(pseudo.missingKeys).toEqual([]);
  }, 30_000);
});
