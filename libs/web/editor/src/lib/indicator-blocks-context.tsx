import type { IndicatorBlockAttrs } from '@mps/shared-domain';
import { createContext, useContext, type ReactNode } from 'react';

/** An indicator of the catalogue as the insert dialog offers it. */
export interface CatalogueChoice {
  code: string;
  name: string;
  unit: string;
}

/**
 * What the page around the editor gives it for tables and charts of indicator figures: the catalogue to choose from
 * and how to draw a block with its figures (live for a draft). The editor library knows no GraphQL; without a
 * provider the toolbar offers no indicator button and blocks show what they name.
 */
export interface IndicatorBlocksSource {
  /** Null while it loads. */
  catalogue: CatalogueChoice[] | null;
  renderBlock(attrs: IndicatorBlockAttrs): ReactNode;
}

const IndicatorBlocksContext = createContext<IndicatorBlocksSource | null>(null);

export function IndicatorBlocksProvider({ value, children }: { value: IndicatorBlocksSource; children: ReactNode }) {
  return <IndicatorBlocksContext.Provider value={value}>{children}</IndicatorBlocksContext.Provider>;
}

export function useIndicatorBlocks(): IndicatorBlocksSource | null {
  return useContext(IndicatorBlocksContext);
}
