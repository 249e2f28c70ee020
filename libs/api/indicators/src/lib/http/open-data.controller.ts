import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@mps/api-core';
import { OpenDataService } from '../services/open-data.service';

/**
 * GET /open-data/releases/:id/indicators.csv and .json (OPERATIONS.openDataIndicators): public, published releases
 * only (404 otherwise); 200 with the header line alone (an empty list) when the release froze no figures.
 */
@Controller('open-data/releases')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Public()
  @Get(':id/indicators.csv')
  async csv(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const file = await this.openData.load(id);
    this.send(res, this.openData.fileName(file, 'csv'), 'text/csv; charset=utf-8', this.openData.csv(file));
  }

  @Public()
  @Get(':id/indicators.json')
  async json(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const file = await this.openData.load(id);
    this.send(res, this.openData.fileName(file, 'json'), 'application/json; charset=utf-8', JSON.stringify(this.openData.json(file)));
  }

  private send(res: Response, fileName: string, contentType: string, body: string): void {
    res.status(200);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `inline; filename="${fileName}"`);
    // A published release never changes, but it can be withdrawn: caches may keep it for a few minutes only.
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end(body);
  }
}
