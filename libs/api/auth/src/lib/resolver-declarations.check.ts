import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { FIELD_ACCESS_METADATA } from '@mps/api-core';
import { OPERATIONS, OperationEntry } from '@mps/shared-domain';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Fails the start when a resolver is not declared: a root operation without
 * an OPERATIONS entry of the same type, or a field resolver without
 * @FieldAccess. The guard would deny the former anyway; the latter it never sees.
 */
@Injectable()
export class ResolverDeclarationsCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const problems = undeclaredResolvers(this.discovery, this.scanner);
    if (problems.length > 0) {
      throw new Error(`Undeclared GraphQL resolvers (deny by default):\n  - ${problems.join('\n  - ')}`);
    }
  }
}

export function undeclaredResolvers(discovery: DiscoveryService, scanner: MetadataScanner): string[] {
  const problems: string[] = [];
  const operations = OPERATIONS as Record<string, OperationEntry>;
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[method] as object;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      const where = `${String(wrapper.name)}.${method}`;
      if (type && ROOT_TYPES.has(type)) {
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        const entry = operations[name];
        if (!entry) problems.push(`${where}: ${type}.${name} has no entry in OPERATIONS`);
        else if (entry.type !== type) problems.push(`${where}: OPERATIONS says ${name} is a ${entry.type}`);
      } else if (Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler)) {
        if (!Reflect.getMetadata(FIELD_ACCESS_METADATA, handler)) problems.push(`${where}: field resolver without @FieldAccess`);
      }
    }
  }
  return problems;
}
