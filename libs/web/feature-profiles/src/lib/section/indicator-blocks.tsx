import { useQuery, graphql } from '@mps/web-data-access';
import type { IndicatorBlockAttrs } from '@mps/shared-domain';
import { IndicatorBlocksProvider, IndicatorBlockView, useIndicatorBlocks, type IndicatorBlocksSource } from '@mps/web-editor';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

const WorkspaceOfBlocks = createContext<string | null>(null);

export const PROFILE_INDICATOR_FIGURES_QUERY = graphql(`
  query ProfileIndicatorFigures($profileId: ID!, $codes: [String!]!) {
    profileIndicatorFigures(profileId: $profileId, codes: $codes) {
      indicatorCode
      indicatorName
      gmgPart
      definition
      unit
      period
      sex
      ageGroup
      countryCode
      value
      dataGap
      organizationName
      sourceName
      comparability
      selection
      footnote
    }
  }
`);

export const INDICATOR_CHOICES_QUERY = graphql(`
  query IndicatorChoices($workspaceId: ID!) {
    indicators(workspaceId: $workspaceId) {
      id
      code
      name
      unit
    }
  }
`);

/** A table or chart in a draft section, with the live figures of its indicators. */
export function LiveIndicatorBlock({ profileId, attrs }: { profileId: string; attrs: IndicatorBlockAttrs }) {
  const { data, error, refetch } = useQuery(PROFILE_INDICATOR_FIGURES_QUERY, { variables: { profileId, codes: attrs.codes } });
  return (
    <IndicatorBlockView
      attrs={attrs}
      figures={data?.profileIndicatorFigures ?? null}
      failed={Boolean(error && !data)}
      onRetry={() => void refetch()}
    />
  );
}

/** Tables and charts in this profile's sections show its live figures (reading, reviewing and editing). */
export function ProfileIndicatorBlocks({ profileId, workspaceId, children }: { profileId: string; workspaceId: string; children: ReactNode }) {
  const value = useMemo<IndicatorBlocksSource>(
    () => ({ catalogue: null, renderBlock: (attrs) => <LiveIndicatorBlock profileId={profileId} attrs={attrs} /> }),
    [profileId],
  );
  return (
    <WorkspaceOfBlocks.Provider value={workspaceId}>
      <IndicatorBlocksProvider value={value}>{children}</IndicatorBlocksProvider>
    </WorkspaceOfBlocks.Provider>
  );
}

/** While editing: the workspace's catalogue too, for the "Insert indicator table or chart" dialog. */
export function WithIndicatorCatalogue({ children }: { children: ReactNode }) {
  const outer = useIndicatorBlocks();
  const workspaceId = useContext(WorkspaceOfBlocks);
  const { data } = useQuery(INDICATOR_CHOICES_QUERY, { variables: { workspaceId: workspaceId ?? '' }, skip: !workspaceId || !outer });
  const catalogue = data?.indicators;
  const value = useMemo<IndicatorBlocksSource | null>(
    () => (outer ? { ...outer, catalogue: catalogue ? catalogue.map((i) => ({ code: i.code, name: i.name, unit: i.unit })) : null } : null),
    [outer, catalogue],
  );
  return value ? <IndicatorBlocksProvider value={value}>{children}</IndicatorBlocksProvider> : <>{children}</>;
}
