import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { describe, expect, it } from '@jest/globals';
import { FieldAccess } from '@mps/api-core';
import { undeclaredResolvers } from './resolver-declarations.check';

@Resolver()
class DeclaredResolver {
  @Query(() => String)
  me() {
    return '';
  }

  @ResolveField(() => String)
  @FieldAccess('test')
  name() {
    return '';
  }
}

@Resolver()
class UndeclaredResolver {
  @Query(() => String)
  secretReport() {
    return '';
  }

  @Query(() => String, { name: 'login' })
  wrongType() {
    return '';
  }

  @Mutation(() => String)
  me2() {
    return '';
  }

  @ResolveField(() => String)
  leaky() {
    return '';
  }
}

const discoveryOf = (...instances: object[]) =>
  ({ getProviders: () => instances.map((instance) => ({ name: instance.constructor.name, instance })) }) as unknown as DiscoveryService;

describe('undeclaredResolvers (deny by default at start-up)', () => {
  it('accepts operations listed in OPERATIONS and fields with @FieldAccess', () => {
    expect(undeclaredResolvers(discoveryOf(new DeclaredResolver()), new MetadataScanner())).toEqual([]);
  });

  it('names every operation without an entry, of the wrong type, and every undeclared field resolver', () => {
    expect(undeclaredResolvers(discoveryOf(new UndeclaredResolver()), new MetadataScanner())).toEqual([
      'UndeclaredResolver.secretReport: Query.secretReport has no entry in OPERATIONS',
      'UndeclaredResolver.wrongType: OPERATIONS says login is a Mutation',
      'UndeclaredResolver.me2: Mutation.me2 has no entry in OPERATIONS',
      'UndeclaredResolver.leaky: field resolver without @FieldAccess',
    ]);
  });
});
