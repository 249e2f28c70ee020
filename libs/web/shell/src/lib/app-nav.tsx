import { isLocale, portalPaths } from '@mps/shared-domain';
import type { Abilities } from '@mps/web-data-access';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import classes from './app-nav.module.css';
import { visibleNavItems } from './nav-items';

export interface AppNavProps {
  abilities: Pick<Abilities, 'can' | 'isPlatformAdmin'>;
  onNavigate?: () => void;
  /**
   * Whether the list is its own navigation landmark (the default). The app's sidebar is itself the "Main" landmark,
   * so that the workspace switcher and the workspace block around the list sit inside it: it passes false.
   */
  landmark?: boolean;
}

/** The main navigation landmark. The public portal is served by the server, not the app: a plain link loads it. */
export function AppNav({ abilities, onNavigate, landmark = true }: AppNavProps) {
  const { t, i18n } = useTranslation();
  const items = visibleNavItems(abilities);
  const Container = landmark ? 'nav' : 'div';
  return (
    <Container aria-label={landmark ? t('nav.label') : undefined}>
      <ul className={classes.list}>
        {items.map((item) => {
          const Icon = item.icon;
          return (
            <li key={item.key}>
              <NavLink to={item.to} className={classes.link} onClick={onNavigate}>
                <Icon size={20} stroke={1.75} aria-hidden />
                <span>{t(`nav.${item.key}`)}</span>
              </NavLink>
            </li>
          );
        })}
        <li className={classes.separated}>
          <a href={portalPaths.home(isLocale(i18n.language) ? i18n.language : undefined)} className={classes.link}>
            <IconWorld size={20} stroke={1.75} aria-hidden />
            <span>{t('nav.portal')}</span>
          </a>
        </li>
      </ul>
    </Container>
  );
}
