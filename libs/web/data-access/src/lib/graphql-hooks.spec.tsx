import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TypedDocumentNode } from '@urql/core';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { gql, MockedProvider, type MockedResponse } from '../testing';
import { describeError } from './errors';
import { useDataClient, useMutation, useQuery } from './graphql-hooks';

interface Item {
  __typename: 'Item';
  id: string;
  title: string;
}
type ItemsData = { items: { __typename: 'NotificationConnection'; nodes: Item[]; next: string | null } };
type ItemsVariables = { after?: string | null; kind?: string };

const ITEMS: TypedDocumentNode<ItemsData, ItemsVariables> = gql`
  query Items($after: String, $kind: String) {
    items(after: $after, kind: $kind) {
      nodes {
        id
        title
      }
      next
    }
  }
`;
const RENAME: TypedDocumentNode<{ rename: Item }, { id: string; title: string }> = gql`
  mutation Rename($id: ID!, $title: String!) {
    rename(id: $id, title: $title) {
      id
      title
    }
  }
`;

const item = (id: string, title: string): Item => ({ __typename: 'Item', id, title });
const page = (nodes: Item[], next: string | null): ItemsData => ({ items: { __typename: 'NotificationConnection', nodes, next } });
const itemsMock = (variables: ItemsVariables, data: ItemsData, maxUsageCount = 1): MockedResponse => ({
  request: { query: ITEMS, variables },
  result: { data },
  maxUsageCount,
});

function ItemList({ kind }: { kind?: string }) {
  const { data, previousData, loading, error, fetchMore } = useQuery(ITEMS, { variables: kind ? { kind } : {} });
  const shown = data ?? previousData;
  return (
    <section aria-label="Items" aria-busy={loading}>
      {error && <p role="alert">{describeError(error).message}</p>}
      <p>{data ? 'current' : previousData ? 'previous' : 'none'}</p>
      <ul>{shown?.items.nodes.map((i) => <li key={i.id}>{i.title}</li>)}</ul>
      {data?.items.next && (
        <button
          type="button"
          onClick={() =>
            void fetchMore({
              variables: { after: data.items.next },
              updateQuery: (previous, { fetchMoreResult }) => ({
                items: { ...fetchMoreResult.items, nodes: [...previous.items.nodes, ...fetchMoreResult.items.nodes] },
              }),
            })
          }
        >
          More
        </button>
      )}
    </section>
  );
}

function RenameButton({ id, title, refetch = false }: { id: string; title: string; refetch?: boolean }) {
  const [rename] = useMutation(RENAME, refetch ? { refetchQueries: ['Items'], awaitRefetchQueries: true } : {});
  const [said, setSaid] = useState('');
  const go = async () => {
    try {
      await rename({ variables: { id, title } });
      setSaid('Renamed');
    } catch (error) {
      setSaid(`${describeError(error).code}: ${describeError(error).message}`);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void go()}>
        Rename {id}
      </button>
      <output>{said}</output>
    </>
  );
}

describe('the data hooks', () => {
  it('show a mutation\'s answer wherever its object appears (the normalised cache)', async () => {
    render(
      <MockedProvider
        mocks={[itemsMock({}, page([item('1', 'One')], null)), { request: { query: RENAME, variables: { id: '1', title: 'Uno' } }, result: { data: { rename: item('1', 'Uno') } } }]}
      >
        <ItemList />
        <RenameButton id="1" title="Uno" />
      </MockedProvider>,
    );
    expect(await screen.findByText('One')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rename 1' }));
    expect(await screen.findByText('Uno')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Renamed');
  });

  it('throw a mutation\'s refusal with its code and message, and change nothing', async () => {
    render(
      <MockedProvider
        mocks={[
          itemsMock({}, page([item('1', 'One')], null)),
          {
            request: { query: RENAME, variables: { id: '1', title: 'Uno' } },
            result: { errors: [{ message: 'Someone saved first.', extensions: { code: 'CONFLICT' } }] },
          },
        ]}
      >
        <ItemList />
        <RenameButton id="1" title="Uno" />
      </MockedProvider>,
    );
    await screen.findByText('One');
    await userEvent.click(screen.getByRole('button', { name: 'Rename 1' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('CONFLICT: Someone saved first.'));
    expect(screen.getByText('One')).toBeInTheDocument();
  });

  it('ask the queries a mutation names again, by operation name, before the mutation is done', async () => {
    render(
      <MockedProvider
        mocks={[
          itemsMock({}, page([item('1', 'One')], null)),
          { request: { query: RENAME, variables: { id: '1', title: 'Uno' } }, result: { data: { rename: item('1', 'Uno') } } },
          itemsMock({}, page([item('1', 'Uno'), item('2', 'Two')], null)),
        ]}
      >
        <ItemList />
        <RenameButton id="1" title="Uno" refetch />
      </MockedProvider>,
    );
    await screen.findByText('One');
    await userEvent.click(screen.getByRole('button', { name: 'Rename 1' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Renamed'));
    // awaitRefetchQueries: the list the server sent again is on screen when the mutation resolves.
    expect(screen.getByText('Two')).toBeInTheDocument();
  });

  it('give data only for the variables asked, and the other answer as previousData meanwhile', async () => {
    function Switcher() {
      const [kind, setKind] = useState('a');
      return (
        <>
          <button type="button" onClick={() => setKind('b')}>
            Kind b
          </button>
          <ItemList kind={kind} />
        </>
      );
    }
    render(
      <MockedProvider
        mocks={[itemsMock({ kind: 'a' }, page([item('1', 'One')], null)), { ...itemsMock({ kind: 'b' }, page([item('2', 'Two')], null)), delay: 50 }]}
      >
        <Switcher />
      </MockedProvider>,
    );
    await screen.findByText('One');
    await userEvent.click(screen.getByRole('button', { name: 'Kind b' }));
    expect(screen.getByText('previous')).toBeInTheDocument();
    expect(screen.getByText('One')).toBeInTheDocument();
    expect(await screen.findByText('Two')).toBeInTheDocument();
    expect(screen.getByText('current')).toBeInTheDocument();
  });

  it('join further pages after the first, and keep them following the cache', async () => {
    render(
      <MockedProvider
        mocks={[
          itemsMock({}, page([item('1', 'One')], 'c1')),
          itemsMock({ after: 'c1' }, page([item('2', 'Two')], null)),
          { request: { query: RENAME, variables: { id: '2', title: 'Dos' } }, result: { data: { rename: item('2', 'Dos') } } },
        ]}
      >
        <ItemList />
        <RenameButton id="2" title="Dos" />
      </MockedProvider>,
    );
    await screen.findByText('One');
    await userEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(await screen.findByText('Two')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['One', 'Two']);
    await userEvent.click(screen.getByRole('button', { name: 'Rename 2' }));
    expect(await screen.findByText('Dos')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['One', 'Dos']);
  });

  it('write to the cache as if the server had answered (writeQuery), for every screen showing it', async () => {
    function Writer() {
      const client = useDataClient();
      return (
        <button type="button" onClick={() => client.writeQuery({ query: ITEMS, variables: {}, data: page([item('9', 'Nine')], null) })}>
          Write
        </button>
      );
    }
    render(
      <MockedProvider mocks={[itemsMock({}, page([item('1', 'One')], null))]}>
        <ItemList />
        <Writer />
      </MockedProvider>,
    );
    await screen.findByText('One');
    await userEvent.click(screen.getByRole('button', { name: 'Write' }));
    expect(await screen.findByText('Nine')).toBeInTheDocument();
  });

  it('answer a request nobody expected with an error that names it', async () => {
    render(
      <MockedProvider mocks={[]}>
        <ItemList />
      </MockedProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('No mocked response for Items');
  });
});
