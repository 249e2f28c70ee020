import { Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ProfilesModule } from '@mps/api-profiles';
import { ReviewsModule } from '@mps/api-reviews';
import { DemoReviewSeeder } from './demo-reviews';
import { SeedService } from './seed.service';

@Module({ imports: [IamModule, ProfilesModule, ReviewsModule], providers: [SeedService, DemoReviewSeeder], exports: [SeedService] })
export class SeedModule {}
