import { useMutation, SET_MY_LOCALE_MUTATION, useAuth } from '@mps/web-data-access';
import { isLocale, type Locale } from '@mps/shared-domain';
import { changeLocale, currentLocale, LanguageSwitcher, LOCALE_STORAGE_KEY } from '@mps/web-util';
import { useCallback, useEffect, useRef } from 'react';

/** Active queries whose answers the API words in the account's language (by operation name). */
export const LOCALE_WORDED_QUERIES = ['ReleaseReadiness'];

function chosenInThisBrowser(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The language switcher of signed-in pages, and the account's language: after sign-in the language the person chose
 * on the account wins (on any device); an account that has none yet takes the one chosen in this browser before
 * sign-in. A choice made here is remembered on the account.
 */
export function AccountLanguage({ tone = 'header' }: { tone?: 'header' | 'drawer' }) {
  const { user } = useAuth();
  const [save] = useMutation(SET_MY_LOCALE_MUTATION);
  const synced = useRef<string | null>(null);
  // Some answers are worded by the API in the account's language (the release gate's blockers): the ones on screen
  // are asked again once the new language is saved.
  const remember = useCallback(
    (lng: Locale) => void save({ variables: { locale: lng }, refetchQueries: LOCALE_WORDED_QUERIES }).catch(() => undefined),
    [save],
  );

  useEffect(() => {
    if (!user || synced.current === user.id) return;
    synced.current = user.id;
    if (isLocale(user.locale)) {
      if (user.locale !== currentLocale()) void changeLocale(user.locale);
    } else {
      const chosen = chosenInThisBrowser();
      if (chosen) remember(chosen);
    }
  }, [user, remember]);

  return <LanguageSwitcher tone={tone} onChange={remember} />;
}
