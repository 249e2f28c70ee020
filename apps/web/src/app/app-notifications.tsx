import { useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';

/**
 * Where notices appear (Mantine's container, with its transitions), in its own chunk: providers.tsx mounts it once
 * the first screen has painted. Its own module, so that the chunk holds the container only: the store that
 * `notifications.show()` writes to stays with the screens that import it.
 * Notices appear at the top corner where a line starts to read: right in English, left in Arabic.
 */
export default function AppNotifications() {
  const { dir } = useDirection();
  return <Notifications position={dir === 'rtl' ? 'top-left' : 'top-right'} limit={3} autoClose={6000} />;
}
