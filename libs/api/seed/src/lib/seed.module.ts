import { Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ProfilesModule } from '@mps/api-profiles';
import { SeedService } from './seed.service';

@Module({ imports: [IamModule, ProfilesModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
