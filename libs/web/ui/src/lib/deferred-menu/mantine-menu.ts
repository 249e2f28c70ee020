// Mantine's Menu in a chunk of its own, fetched by DeferredMenu.
export { Menu } from '@mantine/core';
