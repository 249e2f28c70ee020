import { Module } from '@nestjs/common';
import { IamModule } from '@mps/api-iam';
import { ProfilesModule } from '@mps/api-profiles';
import { ReleasesModule } from '@mps/api-releases';
import { ReviewsModule } from '@mps/api-reviews';
import { TasksModule } from '@mps/api-tasks';
import { DemoIndicatorSeeder } from './demo-indicators';
import { DemoRegionalSeeder } from './demo-regional';
import { DemoReleaseSeeder } from './demo-releases';
import { DemoReviewSeeder } from './demo-reviews';
import { DemoTaskSeeder } from './demo-tasks';
import { SeedService } from './seed.service';

@Module({
  imports: [IamModule, ProfilesModule, ReviewsModule, ReleasesModule, TasksModule],
  providers: [SeedService, DemoReviewSeeder, DemoReleaseSeeder, DemoTaskSeeder, DemoIndicatorSeeder, DemoRegionalSeeder],
  exports: [SeedService],
})
export class SeedModule {}
