import type { ModalProps } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { whenIdle } from '../when-idle';

const loadModal = () => import('./loaded-modal');
const Loaded = lazy(() => loadModal().then((m) => ({ default: m.LoadedModal })));

/**
 * Mantine's Modal with its code (Portal, FocusTrap, ScrollArea, Floating UI: some 15 KB gzipped) out of the screen's
 * first load (docs/adr/0033): fetched when the browser is first idle, or when the dialog first opens if that comes
 * sooner. A dialog is never part of a first paint; nothing is rendered until it has been opened once.
 */
export function LazyModal(props: ModalProps) {
  // Once opened, it stays mounted: closing runs its transition and gives the focus back.
  const [used, setUsed] = useState(props.opened);
  if (props.opened && !used) setUsed(true);
  useEffect(() => whenIdle(() => void loadModal().catch(() => undefined)), []);
  if (!used && !props.opened) return null;
  return (
    <Suspense fallback={null}>
      <Loaded {...props} />
    </Suspense>
  );
}
