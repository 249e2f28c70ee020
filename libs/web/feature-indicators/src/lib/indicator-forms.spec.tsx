import { MantineProvider } from '@mantine/core';
import type { MockedResponse } from '@mps/web-data-access/testing';
import { MockedProvider } from '@mps/web-data-access/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FigureFormModal, IndicatorFormModal } from './indicator-forms';
import { CREATE_INDICATOR_MUTATION, RECORD_DATA_POINT_MUTATION, WORKSPACE_FOR_FORMS_QUERY } from './forms-documents';

const workspace: MockedResponse = {
  request: { query: WORKSPACE_FOR_FORMS_QUERY, variables: { id: 'w-1' } },
  result: {
    data: {
      workspace: {
        __typename: 'Workspace',
        id: 'w-1',
        organizations: [
          { __typename: 'Organization', id: 'o-nbs', name: 'National Bureau of Statistics', acronym: 'NBS' },
          { __typename: 'Organization', id: 'o-mia', name: 'Ministry of Internal Affairs', acronym: 'MIA' },
        ],
        profiles: [],
      },
    },
  },
  maxUsageCount: 5,
};

function renderIn(ui: React.ReactNode, mocks: MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <MantineProvider>{ui}</MantineProvider>
    </MockedProvider>,
  );
}

const indicator = { id: 'i-1', code: 'IMM.STOCK', name: 'Migrant stock', unit: 'persons' };

describe('indicator forms', () => {
  it('checks a new indicator before sending it, then adds it with an upper-case code', async () => {
    const onClose = vi.fn();
    const create: MockedResponse = {
      request: {
        query: CREATE_INDICATOR_MUTATION,
        variables: {
          input: {
            code: 'EMI.FLOW',
            name: 'Emigrants',
            unit: 'persons',
            definition: 'Citizens who left to live abroad.',
            internationalReference: null,
            gmgPart: 'II',
            sdgTarget: null,
            gcmObjective: null,
            toBeConfirmed: true,
            workspaceId: 'w-1',
          },
        },
      },
      result: { data: { createIndicator: { __typename: 'Indicator', id: 'i-2', code: 'EMI.FLOW' } } },
    };
    renderIn(<IndicatorFormModal opened onClose={onClose} workspaceId="w-1" />, [create]);
    await userEvent.click(await screen.findByRole('button', { name: 'Add the indicator' }));
    expect(await screen.findAllByText(/Enter/)).not.toHaveLength(0);
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: /^Code/ }), { target: { value: 'emi.flow' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Indicator/ }), { target: { value: 'Emigrants' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Unit/ }), { target: { value: 'persons' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Definition/ }), { target: { value: 'Citizens who left to live abroad.' } });
    await userEvent.click(screen.getAllByLabelText(/^GMG common set/)[0]!);
    await userEvent.click(await screen.findByRole('option', { name: /^Part II:/, hidden: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Add the indicator' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('lets a focal point enter a figure for their own organisation only, and asks why a figure is partly comparable', async () => {
    const onClose = vi.fn();
    const record: MockedResponse = {
      request: {
        query: RECORD_DATA_POINT_MUTATION,
        variables: {
          input: {
            period: '2023',
            sex: 'TOTAL',
            ageGroup: null,
            countryCode: null,
            value: 43100,
            dataGap: false,
            unit: 'persons',
            sourceType: 'SURVEY',
            sourceName: 'Labour force survey 2023',
            nationalDefinition: null,
            comparability: 'PARTLY_COMPARABLE',
            comparabilityNote: 'Residents of 12 months or more only.',
            note: null,
            indicatorId: 'i-1',
            organizationId: 'o-nbs',
          },
        },
      },
      result: { data: { recordDataPoint: { __typename: 'DataPoint', id: 'd-1', value: 43100, period: '2023' } } },
    };
    renderIn(
      <FigureFormModal opened onClose={onClose} workspaceId="w-1" indicator={indicator} ownOrganizationId="o-nbs" mayChooseOrganization={false} />,
      [workspace, record],
    );
    const organisation = (await screen.findAllByLabelText(/^Supplied by/))[0]!;
    await waitFor(() => expect(organisation).toHaveValue('National Bureau of Statistics (NBS)'));
    expect(organisation).toBeDisabled();
    expect(screen.getByText('Focal points enter figures for their own organisation.')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('textbox', { name: /^Period/ }), { target: { value: '2023' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Value/ }), { target: { value: '43100' } });
    await userEvent.click(screen.getAllByLabelText(/^Kind of source/)[0]!);
    await userEvent.click(await screen.findByRole('option', { name: 'Survey', hidden: true }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Name of the source/ }), { target: { value: 'Labour force survey 2023' } });
    await userEvent.click(screen.getAllByLabelText(/^Comparability/)[0]!);
    await userEvent.click(await screen.findByRole('option', { name: 'Partly comparable', hidden: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Save the figure' }));
    expect(onClose).not.toHaveBeenCalled();
    const reason = await screen.findByRole('textbox', { name: /^Why it is not fully comparable/ });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(reason, { target: { value: 'Residents of 12 months or more only.' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save the figure' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
