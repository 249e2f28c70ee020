import { createContext } from 'react';
import type { DataClient } from './graphql-client';

/** The app's GraphQL client, provided by DataProvider (graphql-hooks.tsx). */
export const DataClientContext = createContext<DataClient | null>(null);
