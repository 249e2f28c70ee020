import { Module } from '@nestjs/common';

/** The indicator catalogue, data points with provenance and comparability, imports, open data and regional comparison. */
@Module({})
export class IndicatorsModule {}
