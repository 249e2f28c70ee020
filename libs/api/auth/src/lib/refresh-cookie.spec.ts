import type { Request, Response } from 'express';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@mps/api-core';
import { readCookie, RefreshCookie } from './refresh-cookie';

function captured(nodeEnv: 'production' | 'development', secure: boolean) {
  const config = loadConfig({ NODE_ENV: nodeEnv, JWT_SECRET: 'x'.repeat(32) }, '/tmp');
  const calls: Array<{ name: string; value: string; options: Record<string, unknown> }> = [];
  const res = { cookie: (name: string, value: string, options: Record<string, unknown>) => calls.push({ name, value, options }) };
  new RefreshCookie(config).set({ secure } as Request, res as unknown as Response, 'token');
  return calls[0]!.options;
}

describe('RefreshCookie', () => {
  it('is Secure in production even when the request came over http (behind a proxy that does not say so)', () => {
    expect(captured('production', false)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'strict', path: '/graphql' });
  });

  it('is Secure over https outside production, and not over plain http (where the browser would drop it)', () => {
    expect(captured('development', true)['secure']).toBe(true);
    expect(captured('development', false)['secure']).toBe(false);
  });

  it('reads one cookie out of a Cookie header', () => {
    expect(readCookie('a=1; mps_refresh=abc-_123; b=2', 'mps_refresh')).toBe('abc-_123');
    expect(readCookie('xmps_refresh=1', 'mps_refresh')).toBeNull();
    expect(readCookie('mps_refresh=', 'mps_refresh')).toBeNull();
    expect(readCookie(undefined, 'mps_refresh')).toBeNull();
  });
});
