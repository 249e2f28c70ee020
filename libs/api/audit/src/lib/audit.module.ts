import { Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { AuditCsvController } from './http/audit-csv.controller';
import { AuditLogResolver } from './resolvers/audit-log.resolver';
import { AuditLogService } from './services/audit-log.service';

/**
 * Reading the audit trail: the `auditLog` and `auditChainStatus` queries and the CSV download. Writing stays in
 * @mps/api-core's AuditService, which every domain calls inside its own transactions.
 */
@Module({
  imports: [IamModule],
  providers: [AuditLogService, AuditLogResolver],
  controllers: [AuditCsvController],
})
export class AuditModule {}
