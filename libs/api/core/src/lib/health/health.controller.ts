import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../http/public.decorator';

const DB_TIMEOUT_MS = 2000;

/** Liveness and readiness for load balancers: 200 when the database answers, 503 when it does not. */
@Controller()
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    let database: 'up' | 'down' = 'down';
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), DB_TIMEOUT_MS).unref()),
      ]);
      database = 'up';
    } catch {
      database = 'down';
    }
    res.status(database === 'up' ? 200 : 503).json({
      status: database === 'up' ? 'ok' : 'error',
      database,
      latencyMs: Date.now() - started,
      uptimeSeconds: Math.round(process.uptime()),
    });
  }
}
