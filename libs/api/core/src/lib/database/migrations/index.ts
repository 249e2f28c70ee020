import { Initial1795893778922 } from './1795893778922-Initial';
import { AddRevisions1795894204789 } from './1795894204789-AddRevisions';
import { LoginThrottlesPerAccountAndAddress1796190256945 } from './1796190256945-LoginThrottlesPerAccountAndAddress';
import { ReviewCyclesCommentsSignOffs1796200550358 } from './1796200550358-ReviewCyclesCommentsSignOffs';
import { AuditHashChain1796201649980 } from './1796201649980-AuditHashChain';
import { ReleasesAndEditions1796201692263 } from './1796201692263-ReleasesAndEditions';
import { Tasks1796212133444 } from './1796212133444-Tasks';
import { PortalPages1796212270668 } from './1796212270668-PortalPages';
import { NotificationsFromAuditLog1796212507261 } from './1796212507261-NotificationsFromAuditLog';
import { AccountsInvitationsAndPasswordResets1796212529443 } from './1796212529443-AccountsInvitationsAndPasswordResets';
import { IndicatorsDataPointsAndFrozenReleaseValues1796212967020 } from './1796212967020-IndicatorsDataPointsAndFrozenReleaseValues';
import { UserLocale1796213000000 } from './1796213000000-UserLocale';
import { RegionalMembers1796300000000 } from './1796300000000-RegionalMembers';
import { ReleaseFrames1796400000000 } from './1796400000000-ReleaseFrames';

/** Every migration, oldest first (maintained by npm run migration:generate). */
export const ALL_MIGRATIONS = [Initial1795893778922, AddRevisions1795894204789, LoginThrottlesPerAccountAndAddress1796190256945, ReviewCyclesCommentsSignOffs1796200550358, AuditHashChain1796201649980, ReleasesAndEditions1796201692263, Tasks1796212133444, PortalPages1796212270668, NotificationsFromAuditLog1796212507261, AccountsInvitationsAndPasswordResets1796212529443, IndicatorsDataPointsAndFrozenReleaseValues1796212967020, UserLocale1796213000000, RegionalMembers1796300000000, ReleaseFrames1796400000000];
