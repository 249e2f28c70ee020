import { Group, Text, UnstyledButton } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES, type Locale } from '@mps/shared-domain';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeferredMenu } from '@mps/web-ui';
import { changeLocale, currentLocale } from './language';

export interface LanguageSwitcherProps {
  /** After the interface has switched, e.g. to remember the choice on the account. */
  onChange?(lng: Locale): void;
  /** Only the icon (narrow headers); the accessible name still says the language. */
  compact?: boolean;
  /** `header`: white on the dark header bar; `drawer`: dark text in the navigation drawer of narrow screens. */
  tone?: 'header' | 'drawer';
}

/**
 * The interface language, in the header of every page (signed in or not). Each language is named in itself
 * (English, Français, Español, Русский, العربية) and marked with its `lang` so screen readers read it right; the
 * items line up with the page's own direction.
 */
export function LanguageSwitcher({ onChange, compact = false, tone = 'header' }: LanguageSwitcherProps) {
  const colour = tone === 'header' ? '#fff' : 'var(--mantine-color-text)';
  const { t } = useTranslation();
  const current = currentLocale();
  const name = LOCALE_NATIVE_NAMES[current];
  const choose = async (lng: Locale) => {
    if (lng === current) return;
    await changeLocale(lng);
    onChange?.(lng);
  };
  return (
    <DeferredMenu
      position={tone === 'header' ? 'bottom-end' : 'bottom-start'}
      width={200}
      shadow="md"
      withinPortal
      button={
        <UnstyledButton
          aria-label={t('language.current', { name })}
          style={{ color: colour, borderRadius: 6, padding: '4px 6px', minHeight: 44, minWidth: 44 }}
        >
          <Group gap={6} wrap="nowrap" justify={tone === 'header' ? 'center' : 'flex-start'}>
            <IconLanguage size={20} aria-hidden />
            {!compact ? (
              <>
                <Text span size="sm" fw={600} c={colour} lang={current}>
                  {name}
                </Text>
                <IconChevronDown size={16} aria-hidden />
              </>
            ) : null}
          </Group>
        </UnstyledButton>
      }
    >
      {(Menu) => (
        <Menu.Dropdown>
          <Menu.Label>{t('language.label')}</Menu.Label>
          {LOCALES.map((lng) => (
            <Menu.Item
              key={lng}
              // Mantine's items are always role="menuitem": the chosen one says so with aria-current and a check mark.
              aria-current={lng === current ? 'true' : undefined}
              lang={lng}
              rightSection={lng === current ? <IconCheck size={16} aria-hidden /> : null}
              onClick={() => void choose(lng)}
            >
              {LOCALE_NATIVE_NAMES[lng]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      )}
    </DeferredMenu>
  );
}
