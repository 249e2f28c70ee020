import type { Menu as MantineMenu, MenuProps } from '@mantine/core';
import { useMounted } from '@mantine/hooks';
import { cloneElement, useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { whenIdle } from '../when-idle';

type MenuComponent = typeof MantineMenu;

const loadMenu = () => import('./mantine-menu').then((m) => m.Menu);

type MenuOptions = Omit<MenuProps, 'children' | 'opened' | 'onChange' | 'defaultOpened' | 'id'>;

export interface DeferredMenuProps extends MenuOptions {
  /** The menu's button, exactly as it shows before and after the menu's code has arrived. */
  button: ReactElement<Record<string, unknown>>;
  /** The dropdown, written with the Menu it is given (`Menu.Dropdown`, `Menu.Item`…). */
  children(Menu: MenuComponent): ReactNode;
}

/** What happened to the button before the menu's code arrived. */
interface Early {
  clicked: boolean;
  focused: boolean;
}

/**
 * A Mantine menu whose code (Menu, Popover and Floating UI: the larger part of what a header's menus cost) is not part
 * of the screen's first load (docs/adr/0033): it is fetched when the browser is first idle, or at once when someone
 * uses the button before that. Until then the button shows as it will, with the same name and `aria-haspopup`; used
 * early, it opens the menu as soon as the code is there, and keeps the focus.
 */
export function DeferredMenu({ button, children, ...options }: DeferredMenuProps) {
  const id = useId();
  const [Menu, setMenu] = useState<MenuComponent | null>(null);
  const [early, setEarly] = useState<Early>({ clicked: false, focused: false });
  const load = useCallback(() => {
    void loadMenu().then(
      (menu) => {
        // The button is about to be drawn again inside the menu: it keeps the focus it had.
        const focused = document.activeElement instanceof HTMLElement && document.activeElement.id === id;
        setEarly((was) => ({ ...was, focused: was.focused || focused }));
        setMenu(() => menu);
      },
      () => undefined,
    );
  }, [id]);
  useEffect(() => whenIdle(load), [load]);

  // A press on the button while its code arrives: the button is drawn again inside the menu between the press and
  // the release, and the browser does not count a release on the new button as a click (it was pressed on the old
  // one). Releasing it there opens the menu all the same.
  const pressed = useRef(false);
  useEffect(() => {
    const placeholder = Menu ? null : document.getElementById(id);
    if (!placeholder) return undefined;
    const press = () => {
      pressed.current = true;
      document.addEventListener('pointerup', () => (pressed.current = false), { once: true });
    };
    placeholder.addEventListener('pointerdown', press);
    return () => placeholder.removeEventListener('pointerdown', press);
  }, [Menu, id]);
  useLayoutEffect(() => {
    if (!Menu || !pressed.current) return undefined;
    // Captured: before the listener above marks the press over.
    const release = (event: PointerEvent) => {
      if (event.target instanceof Node && document.getElementById(id)?.contains(event.target)) setEarly((was) => ({ ...was, clicked: true }));
    };
    document.addEventListener('pointerup', release, { once: true, capture: true });
    return () => document.removeEventListener('pointerup', release, { capture: true });
  }, [Menu, id]);

  if (!Menu) {
    return cloneElement(button, {
      id,
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      // Until the menu's code is there (tests and the journeys can wait for it to go).
      'data-deferred': true,
      onClick: () => {
        setEarly((was) => ({ ...was, clicked: true }));
        load();
      },
    });
  }
  return (
    <LoadedMenu Menu={Menu} id={id} early={early} options={options} button={button}>
      {children(Menu)}
    </LoadedMenu>
  );
}

function LoadedMenu({ Menu, id, early, options, button, children }: { Menu: MenuComponent; id: string; early: Early; options: MenuOptions; button: ReactElement; children: ReactNode }) {
  const mounted = useMounted();
  // null until the person opens or closes it; an early click opens it once it has mounted (closed, so that it gives
  // the focus back to its button when it closes).
  const [opened, setOpened] = useState<boolean | null>(null);
  // Before the menu opens (a layout effect): the menu notes the focused element when it opens, to return focus to it.
  useLayoutEffect(() => {
    if (early.focused) document.getElementById(id)?.focus();
  }, [early.focused, id]);
  return (
    <Menu {...options} id={id} opened={opened ?? (early.clicked && mounted)} onChange={setOpened}>
      <Menu.Target>{button}</Menu.Target>
      {children}
    </Menu>
  );
}
