import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadUserInputError, isUuid, NotFoundError } from '@mps/api-core';
import { AccessService, Actor } from '@mps/api-iam';
import { ProfileEntity } from '@mps/api-profiles';
import { DocumentFigure, INDICATOR_BLOCK_LIMITS, readIndicatorBlockAttrs } from '@mps/shared-domain';
import { ReleaseDataFreezer } from './release-data.freezer';

/**
 * The live figures a draft's tables and charts show (issue 11 item 5): the figures of the given indicator codes,
 * worked out as preparing a release would freeze them now (chosen figures, differing ones side by side, footnotes).
 * Releases show their frozen figures instead, through ReleaseDocumentService.
 */
@Injectable()
export class DocumentFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly freezer: ReleaseDataFreezer,
  ) {}

  async live(actor: Actor, profileId: string, codes: readonly string[]): Promise<DocumentFigure[]> {
    const profile = isUuid(profileId) ? await this.dataSource.getRepository(ProfileEntity).findOne({ where: { id: profileId } }) : null;
    if (!profile) throw new NotFoundError('Profile');
    await this.access.authorize(actor, 'profileIndicatorFigures', profile.workspaceId, 'Profile');
    // The same rule as a block's own codes: a few stable codes, nothing else reaches the database.
    if (!readIndicatorBlockAttrs({ codes })) {
      throw new BadUserInputError(`Give 1 to ${INDICATOR_BLOCK_LIMITS.codesMax} indicator codes, each once, like IMM.STOCK.`, 'codes');
    }
    const wanted = new Set(codes);
    const figures = await this.freezer.figures(this.dataSource.manager, { kind: 'DRAFT', workspaceId: profile.workspaceId, profileId: profile.id });
    return figures.filter((f) => wanted.has(f.indicatorCode));
  }
}
