import { Modal, type ModalProps } from '@mantine/core';
import { useMounted } from '@mantine/hooks';

/**
 * Mantine's Modal, mounted closed and opened on the next render: it notes the element that had focus when it opens,
 * to give focus back when it closes, only on a change of `opened` (a modal mounted open would not return focus).
 */
export function LoadedModal({ opened, ...props }: ModalProps) {
  const mounted = useMounted();
  return <Modal {...props} opened={opened && mounted} />;
}
