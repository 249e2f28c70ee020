import { FIXTURE_PASSWORD } from '@mps/api-testing';
import type { TestApp } from './test-app';

export const LOGIN = /* GraphQL */ `
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { accessToken refreshToken user { id email } }
  }
`;

/** Signs in through the real API and returns the token pair (tokens are minted at test time, never hard-coded). */
export async function signIn(app: TestApp, email: string, password = FIXTURE_PASSWORD) {
  const res = await app.gql<{ login: { accessToken: string; refreshToken: string; user: { id: string } } }>(LOGIN, {
    email,
    password,
  });
  if (!res.data?.login) throw new Error(`Sign-in failed for ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login;
}
