/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    isPlatformAdmin\n    locale\n    memberships {\n      id\n      role\n      active\n      workspace {\n        id\n        name\n        slug\n      }\n      organization {\n        id\n        name\n        acronym\n        kind\n      }\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query MyWorkspaces {\n    workspaces {\n      id\n      name\n      slug\n      kind\n      countryCode\n      myRole\n    }\n  }\n": typeof types.MyWorkspacesDocument,
    "\n  query AdminWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      organizations {\n        ...OrganisationRowFields\n      }\n      members {\n        ...MemberRowFields\n      }\n      invitations {\n        ...MemberRowFields\n      }\n    }\n  }\n": typeof types.AdminWorkspaceDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation RenameOrganization($id: ID!, $name: String!, $acronym: String) {\n    renameOrganization(id: $id, name: $name, acronym: $acronym) {\n      ...OrganisationRowFields\n    }\n  }\n": typeof types.RenameOrganizationDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...MemberRowFields\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberRowFields\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation DeactivateMember($membershipId: ID!) {\n    deactivateMember(membershipId: $membershipId) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ResendInvitation($membershipId: ID!) {\n    resendInvitation(membershipId: $membershipId) {\n      ...MemberRowFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation CancelInvitation($membershipId: ID!) {\n    cancelInvitation(membershipId: $membershipId) {\n      id\n      status\n    }\n  }\n": typeof types.CancelInvitationDocument,
    "\n  fragment MemberRowFields on Membership {\n    id\n    role\n    active\n    status\n    createdAt\n    invitation {\n      email\n      sentAt\n      expiresAt\n      expired\n      sendCount\n    }\n    user {\n      id\n      email\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.MemberRowFieldsFragmentDoc,
    "\n  fragment OrganisationRowFields on Organization {\n    id\n    name\n    acronym\n    kind\n    createdAt\n  }\n": typeof types.OrganisationRowFieldsFragmentDoc,
    "\n  fragment AuditEventRowFields on AuditEvent {\n    id\n    at\n    action\n    subjectType\n    subjectId\n    data\n    sequence\n    hash\n    previousHash\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.AuditEventRowFieldsFragmentDoc,
    "\n  query AuditLog($workspaceId: ID!, $first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...AuditEventRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditWorkspaceDocument,
    "\n  query AuditChainStatus($workspaceId: ID!) {\n    auditChainStatus(workspaceId: $workspaceId) {\n      ok\n      events\n      brokenAtSequence\n      checkedAt\n    }\n  }\n": typeof types.AuditChainStatusDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    workspaceName\n    organizationName\n    role\n    expiresAt\n    hasAccount\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationByTokenDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      ...InvitationFields\n    }\n  }\n": typeof types.MyInvitationsDocument,
    "\n  mutation AcceptMyInvitation($membershipId: ID!) {\n    acceptMyInvitation(membershipId: $membershipId) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptMyInvitationDocument,
    "\n  mutation DeclineMyInvitation($membershipId: ID!) {\n    declineMyInvitation(membershipId: $membershipId)\n  }\n": typeof types.DeclineMyInvitationDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, input: $input) {\n      id\n      code\n      name\n      unit\n      definition\n      internationalReference\n      gmgPart\n      sdgTarget\n      gcmObjective\n      toBeConfirmed\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation RecordDataPoint($input: RecordDataPointInput!) {\n    recordDataPoint(input: $input) {\n      id\n      value\n      period\n    }\n  }\n": typeof types.RecordDataPointDocument,
    "\n  mutation AdoptIndicatorCatalogue($input: AdoptIndicatorCatalogueInput!) {\n    adoptIndicatorCatalogue(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.AdoptIndicatorCatalogueDocument,
    "\n  mutation FollowCatalogueVersion($profileId: ID!, $catalogueVersionId: ID!) {\n    followCatalogueVersion(profileId: $profileId, catalogueVersionId: $catalogueVersionId) {\n      id\n      number\n    }\n  }\n": typeof types.FollowCatalogueVersionDocument,
    "\n  query IndicatorFormsWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      organizations {\n        id\n        name\n        acronym\n      }\n      profiles {\n        id\n        title\n        edition\n        catalogueVersion {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.IndicatorFormsWorkspaceDocument,
    "\n  query WorkspaceIndicators($workspaceId: ID!) {\n    indicators(workspaceId: $workspaceId) {\n      id\n      code\n      name\n      unit\n      gmgPart\n      toBeConfirmed\n      dataPoints {\n        id\n        period\n      }\n    }\n    differingFigures(workspaceId: $workspaceId, unresolvedOnly: true) {\n      indicatorId\n      period\n      sex\n      ageGroup\n      countryCode\n      indicator {\n        id\n        code\n        name\n      }\n    }\n    indicatorCatalogueVersions(workspaceId: $workspaceId) {\n      id\n      number\n      decision\n      adoptedOn\n    }\n  }\n": typeof types.WorkspaceIndicatorsDocument,
    "\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      id\n      code\n      name\n      unit\n      definition\n      internationalReference\n      gmgPart\n      sdgTarget\n      gcmObjective\n      toBeConfirmed\n      dataPoints {\n        id\n        value\n        dataGap\n        unit\n        period\n        sex\n        ageGroup\n        countryCode\n        sourceType\n        sourceName\n        nationalDefinition\n        comparability\n        comparabilityNote\n        note\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      differingFigures {\n        period\n        sex\n        ageGroup\n        countryCode\n        figures {\n          id\n          value\n          dataGap\n          unit\n          sourceType\n          sourceName\n          nationalDefinition\n          comparability\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n        resolution {\n          chosenDataPointId\n          footnote\n          resolvedAt\n        }\n      }\n    }\n  }\n": typeof types.IndicatorDetailDocument,
    "\n  query IndicatorSeries($indicatorId: ID!) {\n    indicatorSeries(indicatorId: $indicatorId) {\n      points {\n        period\n        value\n        dataGap\n        organizationName\n        comparability\n        differing\n      }\n      editions {\n        releaseId\n        version\n        edition\n        points {\n          period\n          value\n          dataGap\n          organizationName\n          differing\n        }\n      }\n    }\n  }\n": typeof types.IndicatorSeriesDocument,
    "\n  mutation ResolveDifferingFigures($input: ResolveDifferingFiguresInput!) {\n    resolveDifferingFigures(input: $input) {\n      period\n      resolution {\n        chosenDataPointId\n        footnote\n        resolvedAt\n      }\n    }\n  }\n": typeof types.ResolveDifferingFiguresDocument,
    "\n  query IndicatorImportPreview($input: IndicatorDataFileInput!) {\n    indicatorImportPreview(input: $input) {\n      fileName\n      rowCount\n      addCount\n      replaceCount\n      problemCount\n      problems {\n        row\n        column\n        message\n      }\n      rows {\n        row\n        indicatorCode\n        period\n        value\n        dataGap\n        unit\n        sex\n        ageGroup\n        countryCode\n        organizationName\n        sourceType\n        comparability\n        replaces\n      }\n    }\n  }\n": typeof types.IndicatorImportPreviewDocument,
    "\n  mutation ImportIndicatorData($input: IndicatorDataFileInput!) {\n    importIndicatorData(input: $input) {\n      id\n      fileName\n      addedCount\n      replacedCount\n    }\n  }\n": typeof types.ImportIndicatorDataDocument,
    "\n  query RegionalComparison($workspaceId: ID!, $indicatorCodes: [String!]!) {\n    regionalComparison(workspaceId: $workspaceId, indicatorCodes: $indicatorCodes) {\n      workspaceId\n      countries {\n        workspaceId\n        name\n        countryCode\n        releases {\n          id\n          version\n          edition\n          profileTitle\n          publishedAt\n        }\n      }\n      available {\n        code\n        name\n      }\n      indicators {\n        code\n        name\n        unit\n        internationalReference\n        definitionsDiffer\n        definitions {\n          workspaceId\n          definition\n          internationalReference\n        }\n      }\n      periods\n      cells {\n        indicatorCode\n        workspaceId\n        period\n        releaseVersion\n        flags\n        figures {\n          value\n          dataGap\n          unit\n          organizationName\n          sourceType\n          sourceName\n          definition\n          comparability\n          comparabilityNote\n          footnote\n        }\n      }\n    }\n  }\n": typeof types.RegionalComparisonDocument,
    "\n  query RegionalMembers($workspaceId: ID!, $withCandidates: Boolean!) {\n    regionalMembers(workspaceId: $workspaceId) {\n      workspaceId\n      name\n      countryCode\n      addedAt\n    }\n    regionalMemberCandidates(workspaceId: $workspaceId) @include(if: $withCandidates) {\n      workspaceId\n      name\n      countryCode\n    }\n  }\n": typeof types.RegionalMembersDocument,
    "\n  mutation AddRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {\n    addRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {\n      workspaceId\n      name\n    }\n  }\n": typeof types.AddRegionalMemberDocument,
    "\n  mutation RemoveRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {\n    removeRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {\n      workspaceId\n      name\n    }\n  }\n": typeof types.RemoveRegionalMemberDocument,
    "\n  fragment MyWorkTask on Task {\n    id\n    title\n    description\n    status\n    dueAt\n    overdue\n    automatic\n    statusChoices\n    profile {\n      id\n      title\n    }\n    section {\n      id\n      number\n      title\n    }\n    reviewCycle {\n      id\n    }\n    assignee {\n      id\n      displayName\n    }\n    assigneeOrganization {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.MyWorkTaskFragmentDoc,
    "\n  query MyWork($workspaceId: ID!) {\n    myWork(workspaceId: $workspaceId) {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n      tasks {\n        ...MyWorkTask\n      }\n      openTaskCount\n      overdueTasks {\n        ...MyWorkTask\n      }\n      overdueTaskCount\n      sections {\n        id\n        number\n        title\n        status\n        profile {\n          id\n          title\n        }\n      }\n      signOffsDue {\n        section {\n          id\n          number\n          title\n          profile {\n            id\n          }\n        }\n        reviewCycle {\n          id\n          title\n          closesAt\n        }\n      }\n      threadsAwaitingReply {\n        id\n        body\n        anchor {\n          quote\n        }\n        author {\n          id\n          displayName\n        }\n        organization {\n          id\n          name\n          acronym\n        }\n        section {\n          id\n          number\n          title\n          profile {\n            id\n          }\n        }\n      }\n      threadsAwaitingReplyCount\n      closingCycles {\n        id\n        title\n        closesAt\n        profile {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {\n    setTaskStatus(id: $id, status: $status) {\n      ...MyWorkTask\n    }\n  }\n": typeof types.SetTaskStatusDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...MyWorkTask\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  query TaskFormOptions($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      profiles {\n        id\n        title\n        edition\n        sections {\n          id\n          number\n          title\n          archived\n        }\n      }\n      organizations {\n        id\n        name\n        acronym\n      }\n      members {\n        id\n        role\n        active\n        user {\n          id\n          displayName\n        }\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": typeof types.TaskFormOptionsDocument,
    "\n  subscription MyWorkEvents($profileId: ID!) {\n    profileEvents(profileId: $profileId) {\n      type\n      taskId\n      actor {\n        id\n      }\n    }\n  }\n": typeof types.MyWorkEventsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    link\n    dueAt\n    createdAt\n    readAt\n    workspaceId\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationFields\n      }\n      hasNextPage\n      endCursor\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($email: EmailNotificationMode!) {\n    updateNotificationPreferences(email: $email) {\n      email\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n    }\n  }\n": typeof types.NotificationEventsDocument,
    "\n  fragment RevisionSummaryFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    restoredFromId\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.RevisionSummaryFieldsFragmentDoc,
    "\n  fragment RevisionDialogFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    html\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.RevisionDialogFieldsFragmentDoc,
    "\n  query RevisionContent($id: ID!) {\n    revision(id: $id) {\n      ...RevisionDialogFields\n    }\n  }\n": typeof types.RevisionContentDocument,
    "\n  fragment OutlineSectionFields on Section {\n    id\n    parentId\n    number\n    numbered\n    title\n    position\n    depth\n    status\n    canEdit\n    assignedOrganizations {\n      id\n      name\n      acronym\n    }\n    openThreadCount\n    signOffProgress {\n      reviewCycleId\n      required\n      approved\n      changesRequested\n    }\n  }\n": typeof types.OutlineSectionFieldsFragmentDoc,
    "\n  query ProfileScreen($id: ID!) {\n    profile(id: $id) {\n      id\n      title\n      edition\n      createdAt\n      workspace {\n        id\n        name\n        myRole\n        organizations {\n          id\n          name\n          acronym\n        }\n      }\n      sections {\n        ...OutlineSectionFields\n      }\n      reviewCycles {\n        ...ReviewCycleNoticeFields\n      }\n    }\n  }\n": typeof types.ProfileScreenDocument,
    "\n  fragment RevisionFullFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    restoredFromId\n    html\n    text\n    content\n    contentHash\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.RevisionFullFieldsFragmentDoc,
    "\n  query SectionContent($id: ID!) {\n    section(id: $id) {\n      id\n      title\n      number\n      status\n      canEdit\n      assignedOrganizations {\n        id\n        name\n        acronym\n      }\n      currentRevision {\n        ...RevisionFullFields\n      }\n      revisions {\n        ...RevisionSummaryFields\n      }\n    }\n  }\n": typeof types.SectionContentDocument,
    "\n  query DiffRevisions($fromId: ID!, $toId: ID!) {\n    diffRevisions(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        number\n        content\n      }\n      to {\n        id\n        number\n        content\n      }\n    }\n  }\n": typeof types.DiffRevisionsDocument,
    "\n  fragment SectionAfterSaveFields on Section {\n    id\n    status\n    currentRevision {\n      id\n    }\n    revisions {\n      ...RevisionSummaryFields\n    }\n  }\n": typeof types.SectionAfterSaveFieldsFragmentDoc,
    "\n  mutation SaveSection($input: SaveSectionInput!) {\n    saveSection(input: $input) {\n      id\n      number\n      ...RevisionFullFields\n      section {\n        ...SectionAfterSaveFields\n      }\n    }\n  }\n": typeof types.SaveSectionDocument,
    "\n  mutation RestoreRevision($sectionId: ID!, $revisionId: ID!, $baseRevisionId: ID!) {\n    restoreRevision(sectionId: $sectionId, revisionId: $revisionId, baseRevisionId: $baseRevisionId) {\n      id\n      number\n      ...RevisionFullFields\n      section {\n        ...SectionAfterSaveFields\n      }\n    }\n  }\n": typeof types.RestoreRevisionDocument,
    "\n  mutation AddSection($input: AddSectionInput!) {\n    addSection(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.AddSectionDocument,
    "\n  mutation RenameSection($id: ID!, $title: String!) {\n    renameSection(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n": typeof types.RenameSectionDocument,
    "\n  mutation MoveSection($input: MoveSectionInput!) {\n    moveSection(input: $input) {\n      id\n      parentId\n      position\n    }\n  }\n": typeof types.MoveSectionDocument,
    "\n  mutation ArchiveSection($id: ID!) {\n    archiveSection(id: $id) {\n      id\n      archived\n    }\n  }\n": typeof types.ArchiveSectionDocument,
    "\n  mutation AssignSection($sectionId: ID!, $organizationIds: [ID!]!) {\n    assignSection(sectionId: $sectionId, organizationIds: $organizationIds) {\n      id\n      canEdit\n      assignedOrganizations {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": typeof types.AssignSectionDocument,
    "\n  subscription ProfileEvents($profileId: ID!) {\n    profileEvents(profileId: $profileId) {\n      type\n      profileId\n      sectionId\n      commentId\n      reviewCycleId\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ProfileEventsDocument,
    "\n  subscription SectionPresence($sectionId: ID!, $activity: PresenceActivity!) {\n    sectionPresence(sectionId: $sectionId, activity: $activity) {\n      sectionId\n      shown\n      others {\n        userId\n        displayName\n        organizationAcronym\n        activity\n      }\n    }\n  }\n": typeof types.SectionPresenceDocument,
    "\n  query WorkspaceProfiles($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n        createdAt\n        sections {\n          id\n        }\n        releases {\n          id\n          version\n          status\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceProfilesDocument,
    "\n  mutation CreateProfile($input: CreateProfileInput!) {\n    createProfile(input: $input) {\n      id\n      title\n      edition\n    }\n  }\n": typeof types.CreateProfileDocument,
    "\n  mutation StartNextEdition($input: StartNextEditionInput!) {\n    startNextEdition(input: $input) {\n      id\n      title\n      edition\n    }\n  }\n": typeof types.StartNextEditionDocument,
    "\n  fragment ReviewCycleNoticeFields on ReviewCycle {\n    id\n    title\n    status\n    closesAt\n    closedAt\n  }\n": typeof types.ReviewCycleNoticeFieldsFragmentDoc,
    "\n  query ProfileIndicatorFigures($profileId: ID!, $codes: [String!]!) {\n    profileIndicatorFigures(profileId: $profileId, codes: $codes) {\n      indicatorCode\n      indicatorName\n      gmgPart\n      definition\n      unit\n      period\n      sex\n      ageGroup\n      countryCode\n      value\n      dataGap\n      organizationName\n      sourceName\n      comparability\n      selection\n      footnote\n    }\n  }\n": typeof types.ProfileIndicatorFiguresDocument,
    "\n  query IndicatorChoices($workspaceId: ID!) {\n    indicators(workspaceId: $workspaceId) {\n      id\n      code\n      name\n      unit\n    }\n  }\n": typeof types.IndicatorChoicesDocument,
    "\n  query WorkspaceReleases($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n        releases {\n          id\n          version\n          status\n          createdAt\n          publishedAt\n          withdrawnAt\n          withdrawalReason\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceReleasesDocument,
    "\n  query ReleaseReadiness($profileId: ID!) {\n    releaseReadiness(profileId: $profileId) {\n      ready\n      items {\n        kind\n        message\n        sectionId\n        reviewCycleId\n      }\n    }\n  }\n": typeof types.ReleaseReadinessDocument,
    "\n  query ReleaseDetail($id: ID!) {\n    release(id: $id) {\n      id\n      version\n      notes\n      status\n      createdAt\n      publishedAt\n      withdrawnAt\n      withdrawalReason\n      profileTitle\n      edition\n      sections {\n        sectionId\n        number\n        title\n        depth\n        revisionNumber\n      }\n    }\n  }\n": typeof types.ReleaseDetailDocument,
    "\n  mutation PrepareRelease($input: PrepareReleaseInput!) {\n    prepareRelease(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.PrepareReleaseDocument,
    "\n  mutation PublishRelease($id: ID!) {\n    publishRelease(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishReleaseDocument,
    "\n  mutation WithdrawRelease($id: ID!, $reason: String!) {\n    withdrawRelease(id: $id, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": typeof types.WithdrawReleaseDocument,
    "\n  fragment MatrixOrganisationFields on Organization {\n    id\n    name\n    acronym\n  }\n": typeof types.MatrixOrganisationFieldsFragmentDoc,
    "\n  fragment SignOffMatrixRowFields on SignOffMatrixRow {\n    section {\n      id\n      number\n      title\n      status\n    }\n    cells {\n      awaiting\n      decision\n      stale\n      organization {\n        id\n      }\n      signOff {\n        id\n        decision\n        createdAt\n        note\n        revisionNumber\n      }\n    }\n  }\n": typeof types.SignOffMatrixRowFieldsFragmentDoc,
    "\n  fragment OpenCycleOrganisationFields on Organization {\n    id\n    name\n    acronym\n    kind\n  }\n": typeof types.OpenCycleOrganisationFieldsFragmentDoc,
    "\n  fragment OpenCycleSectionFields on Section {\n    id\n    parentId\n    position\n    number\n    title\n    status\n    archived\n    reviewCycles {\n      id\n      title\n      status\n      closesAt\n    }\n  }\n": typeof types.OpenCycleSectionFieldsFragmentDoc,
    "\n  fragment ResponsesMatrixCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n    section {\n      id\n      number\n      title\n    }\n    anchor {\n      quote\n      orphaned\n    }\n    suggestion {\n      text\n      status\n      declineReason\n    }\n    disposition {\n      value\n      reason\n      recordedAt\n    }\n    suggestionAppliedIn {\n      id\n      number\n    }\n  }\n": typeof types.ResponsesMatrixCommentFieldsFragmentDoc,
    "\n  query ReviewCyclesList($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      profiles {\n        id\n        title\n        edition\n        reviewCycles {\n          ...ReviewCycleListItemFields\n        }\n      }\n    }\n  }\n": typeof types.ReviewCyclesListDocument,
    "\n  query OpenCycleWorkspace($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n      }\n      organizations {\n        ...OpenCycleOrganisationFields\n      }\n    }\n  }\n": typeof types.OpenCycleWorkspaceDocument,
    "\n  query OpenCycleProfile($profileId: ID!) {\n    profile(id: $profileId) {\n      id\n      title\n      edition\n      sections {\n        ...OpenCycleSectionFields\n      }\n    }\n  }\n": typeof types.OpenCycleProfileDocument,
    "\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      id\n      title\n      status\n      closesAt\n    }\n  }\n": typeof types.OpenReviewCycleDocument,
    "\n  query ReviewCyclePage($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      ...ReviewCycleHeaderFields\n      progress {\n        ...ReviewCycleProgressFields\n      }\n      participants {\n        id\n        name\n        acronym\n        kind\n      }\n      requiredSignatories {\n        id\n        name\n        acronym\n        kind\n      }\n      sections {\n        id\n        number\n        title\n        status\n      }\n      profile {\n        id\n        title\n        edition\n        workspace {\n          id\n          name\n          myRole\n        }\n      }\n    }\n  }\n": typeof types.ReviewCyclePageDocument,
    "\n  query ReviewCycleMatrices($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      requiredSignatories {\n        ...MatrixOrganisationFields\n      }\n      signOffMatrix {\n        ...SignOffMatrixRowFields\n      }\n      commentResponses {\n        ...ResponsesMatrixCommentFields\n      }\n    }\n  }\n": typeof types.ReviewCycleMatricesDocument,
    "\n  mutation CloseReviewCycle($id: ID!) {\n    closeReviewCycle(id: $id) {\n      id\n      ...ReviewCycleHeaderFields\n    }\n  }\n": typeof types.CloseReviewCycleDocument,
    "\n  fragment ReviewCycleHeaderFields on ReviewCycle {\n    title\n    status\n    canComment\n    openedAt\n    openedBy {\n      id\n      displayName\n    }\n    closesAt\n    closedAt\n    closedAutomatically\n    closedBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ReviewCycleHeaderFieldsFragmentDoc,
    "\n  fragment ReviewCycleProgressFields on ReviewCycleProgress {\n    comments\n    threads\n    threadsResolved\n    dispositionsNeeded\n    dispositionsRecorded\n    signOffsExpected\n    signOffsGiven\n    sections\n    sectionsApproved\n    sectionsChangesRequested\n  }\n": typeof types.ReviewCycleProgressFieldsFragmentDoc,
    "\n  fragment ReviewCycleListItemFields on ReviewCycle {\n    id\n    title\n    status\n    openedAt\n    closesAt\n    closedAt\n    closedAutomatically\n    progress {\n      sections\n      sectionsApproved\n      signOffsExpected\n      signOffsGiven\n      threads\n      threadsResolved\n    }\n  }\n": typeof types.ReviewCycleListItemFieldsFragmentDoc,
    "\n  fragment ReviewCommentFields on Comment {\n    id\n    parentId\n    body\n    createdAt\n    internal\n    resolved\n    canResolve\n    canAnswer\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n    anchor {\n      revisionId\n      start\n      end\n      quote\n      orphaned\n    }\n    suggestion {\n      text\n      status\n      declineReason\n    }\n    suggestionAppliedIn {\n      id\n      number\n    }\n    disposition {\n      value\n      reason\n    }\n    dispositionBy {\n      id\n      displayName\n    }\n    reviewCycle {\n      id\n      status\n    }\n  }\n": typeof types.ReviewCommentFieldsFragmentDoc,
    "\n  fragment ReviewReplyFields on Comment {\n    id\n    parentId\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n": typeof types.ReviewReplyFieldsFragmentDoc,
    "\n  fragment ReviewThreadFields on Comment {\n    ...ReviewCommentFields\n    replies {\n      ...ReviewReplyFields\n    }\n  }\n": typeof types.ReviewThreadFieldsFragmentDoc,
    "\n  fragment ReviewSignOffFields on SignOff {\n    id\n    decision\n    note\n    stale\n    superseded\n    organization {\n      id\n    }\n    user {\n      id\n      displayName\n    }\n    revision {\n      id\n      number\n    }\n  }\n": typeof types.ReviewSignOffFieldsFragmentDoc,
    "\n  query SectionReview($id: ID!) {\n    section(id: $id) {\n      id\n      status\n      canComment\n      canSignOff\n      currentRevision {\n        id\n        number\n      }\n      requiredSignatories {\n        id\n        name\n        acronym\n      }\n      signOffs {\n        ...ReviewSignOffFields\n      }\n      signOffHistory {\n        ...ReviewSignOffFields\n      }\n      reviewCycles {\n        id\n        title\n        status\n        closesAt\n      }\n    }\n  }\n": typeof types.SectionReviewDocument,
    "\n  query SectionThreads($id: ID!) {\n    section(id: $id) {\n      id\n      comments(includeResolved: true) {\n        ...ReviewThreadFields\n      }\n    }\n  }\n": typeof types.SectionThreadsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      ...ReviewCommentFields\n    }\n  }\n": typeof types.ResolveCommentDocument,
    "\n  mutation DeclineSuggestion($commentId: ID!, $reason: String!) {\n    declineSuggestion(commentId: $commentId, reason: $reason) {\n      ...ReviewCommentFields\n    }\n  }\n": typeof types.DeclineSuggestionDocument,
    "\n  mutation SetCommentDisposition($input: SetCommentDispositionInput!) {\n    setCommentDisposition(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n": typeof types.SetCommentDispositionDocument,
    "\n  mutation SignOff($input: SignOffInput!) {\n    signOff(input: $input) {\n      ...ReviewSignOffFields\n      section {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SignOffDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n      slug\n      kind\n      countryCode\n      myRole\n      createdAt\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  mutation CreateFirstOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateFirstOrganizationDocument,
    "\n  mutation AddFirstCoordinator($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddFirstCoordinatorDocument,
};
const documents: Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    isPlatformAdmin\n    locale\n    memberships {\n      id\n      role\n      active\n      workspace {\n        id\n        name\n        slug\n      }\n      organization {\n        id\n        name\n        acronym\n        kind\n      }\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query MyWorkspaces {\n    workspaces {\n      id\n      name\n      slug\n      kind\n      countryCode\n      myRole\n    }\n  }\n": types.MyWorkspacesDocument,
    "\n  query AdminWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      organizations {\n        ...OrganisationRowFields\n      }\n      members {\n        ...MemberRowFields\n      }\n      invitations {\n        ...MemberRowFields\n      }\n    }\n  }\n": types.AdminWorkspaceDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation RenameOrganization($id: ID!, $name: String!, $acronym: String) {\n    renameOrganization(id: $id, name: $name, acronym: $acronym) {\n      ...OrganisationRowFields\n    }\n  }\n": types.RenameOrganizationDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...MemberRowFields\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberRowFields\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation DeactivateMember($membershipId: ID!) {\n    deactivateMember(membershipId: $membershipId) {\n      id\n      active\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ResendInvitation($membershipId: ID!) {\n    resendInvitation(membershipId: $membershipId) {\n      ...MemberRowFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation CancelInvitation($membershipId: ID!) {\n    cancelInvitation(membershipId: $membershipId) {\n      id\n      status\n    }\n  }\n": types.CancelInvitationDocument,
    "\n  fragment MemberRowFields on Membership {\n    id\n    role\n    active\n    status\n    createdAt\n    invitation {\n      email\n      sentAt\n      expiresAt\n      expired\n      sendCount\n    }\n    user {\n      id\n      email\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n": types.MemberRowFieldsFragmentDoc,
    "\n  fragment OrganisationRowFields on Organization {\n    id\n    name\n    acronym\n    kind\n    createdAt\n  }\n": types.OrganisationRowFieldsFragmentDoc,
    "\n  fragment AuditEventRowFields on AuditEvent {\n    id\n    at\n    action\n    subjectType\n    subjectId\n    data\n    sequence\n    hash\n    previousHash\n    actor {\n      id\n      displayName\n    }\n  }\n": types.AuditEventRowFieldsFragmentDoc,
    "\n  query AuditLog($workspaceId: ID!, $first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...AuditEventRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditWorkspaceDocument,
    "\n  query AuditChainStatus($workspaceId: ID!) {\n    auditChainStatus(workspaceId: $workspaceId) {\n      ok\n      events\n      brokenAtSequence\n      checkedAt\n    }\n  }\n": types.AuditChainStatusDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    workspaceName\n    organizationName\n    role\n    expiresAt\n    hasAccount\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) {\n      ...InvitationFields\n    }\n  }\n": types.InvitationByTokenDocument,
    "\n  query MyInvitations {\n    myInvitations {\n      ...InvitationFields\n    }\n  }\n": types.MyInvitationsDocument,
    "\n  mutation AcceptMyInvitation($membershipId: ID!) {\n    acceptMyInvitation(membershipId: $membershipId) {\n      id\n      status\n    }\n  }\n": types.AcceptMyInvitationDocument,
    "\n  mutation DeclineMyInvitation($membershipId: ID!) {\n    declineMyInvitation(membershipId: $membershipId)\n  }\n": types.DeclineMyInvitationDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      code\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, input: $input) {\n      id\n      code\n      name\n      unit\n      definition\n      internationalReference\n      gmgPart\n      sdgTarget\n      gcmObjective\n      toBeConfirmed\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation RecordDataPoint($input: RecordDataPointInput!) {\n    recordDataPoint(input: $input) {\n      id\n      value\n      period\n    }\n  }\n": types.RecordDataPointDocument,
    "\n  mutation AdoptIndicatorCatalogue($input: AdoptIndicatorCatalogueInput!) {\n    adoptIndicatorCatalogue(input: $input) {\n      id\n      number\n    }\n  }\n": types.AdoptIndicatorCatalogueDocument,
    "\n  mutation FollowCatalogueVersion($profileId: ID!, $catalogueVersionId: ID!) {\n    followCatalogueVersion(profileId: $profileId, catalogueVersionId: $catalogueVersionId) {\n      id\n      number\n    }\n  }\n": types.FollowCatalogueVersionDocument,
    "\n  query IndicatorFormsWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      organizations {\n        id\n        name\n        acronym\n      }\n      profiles {\n        id\n        title\n        edition\n        catalogueVersion {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.IndicatorFormsWorkspaceDocument,
    "\n  query WorkspaceIndicators($workspaceId: ID!) {\n    indicators(workspaceId: $workspaceId) {\n      id\n      code\n      name\n      unit\n      gmgPart\n      toBeConfirmed\n      dataPoints {\n        id\n        period\n      }\n    }\n    differingFigures(workspaceId: $workspaceId, unresolvedOnly: true) {\n      indicatorId\n      period\n      sex\n      ageGroup\n      countryCode\n      indicator {\n        id\n        code\n        name\n      }\n    }\n    indicatorCatalogueVersions(workspaceId: $workspaceId) {\n      id\n      number\n      decision\n      adoptedOn\n    }\n  }\n": types.WorkspaceIndicatorsDocument,
    "\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      id\n      code\n      name\n      unit\n      definition\n      internationalReference\n      gmgPart\n      sdgTarget\n      gcmObjective\n      toBeConfirmed\n      dataPoints {\n        id\n        value\n        dataGap\n        unit\n        period\n        sex\n        ageGroup\n        countryCode\n        sourceType\n        sourceName\n        nationalDefinition\n        comparability\n        comparabilityNote\n        note\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      differingFigures {\n        period\n        sex\n        ageGroup\n        countryCode\n        figures {\n          id\n          value\n          dataGap\n          unit\n          sourceType\n          sourceName\n          nationalDefinition\n          comparability\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n        resolution {\n          chosenDataPointId\n          footnote\n          resolvedAt\n        }\n      }\n    }\n  }\n": types.IndicatorDetailDocument,
    "\n  query IndicatorSeries($indicatorId: ID!) {\n    indicatorSeries(indicatorId: $indicatorId) {\n      points {\n        period\n        value\n        dataGap\n        organizationName\n        comparability\n        differing\n      }\n      editions {\n        releaseId\n        version\n        edition\n        points {\n          period\n          value\n          dataGap\n          organizationName\n          differing\n        }\n      }\n    }\n  }\n": types.IndicatorSeriesDocument,
    "\n  mutation ResolveDifferingFigures($input: ResolveDifferingFiguresInput!) {\n    resolveDifferingFigures(input: $input) {\n      period\n      resolution {\n        chosenDataPointId\n        footnote\n        resolvedAt\n      }\n    }\n  }\n": types.ResolveDifferingFiguresDocument,
    "\n  query IndicatorImportPreview($input: IndicatorDataFileInput!) {\n    indicatorImportPreview(input: $input) {\n      fileName\n      rowCount\n      addCount\n      replaceCount\n      problemCount\n      problems {\n        row\n        column\n        message\n      }\n      rows {\n        row\n        indicatorCode\n        period\n        value\n        dataGap\n        unit\n        sex\n        ageGroup\n        countryCode\n        organizationName\n        sourceType\n        comparability\n        replaces\n      }\n    }\n  }\n": types.IndicatorImportPreviewDocument,
    "\n  mutation ImportIndicatorData($input: IndicatorDataFileInput!) {\n    importIndicatorData(input: $input) {\n      id\n      fileName\n      addedCount\n      replacedCount\n    }\n  }\n": types.ImportIndicatorDataDocument,
    "\n  query RegionalComparison($workspaceId: ID!, $indicatorCodes: [String!]!) {\n    regionalComparison(workspaceId: $workspaceId, indicatorCodes: $indicatorCodes) {\n      workspaceId\n      countries {\n        workspaceId\n        name\n        countryCode\n        releases {\n          id\n          version\n          edition\n          profileTitle\n          publishedAt\n        }\n      }\n      available {\n        code\n        name\n      }\n      indicators {\n        code\n        name\n        unit\n        internationalReference\n        definitionsDiffer\n        definitions {\n          workspaceId\n          definition\n          internationalReference\n        }\n      }\n      periods\n      cells {\n        indicatorCode\n        workspaceId\n        period\n        releaseVersion\n        flags\n        figures {\n          value\n          dataGap\n          unit\n          organizationName\n          sourceType\n          sourceName\n          definition\n          comparability\n          comparabilityNote\n          footnote\n        }\n      }\n    }\n  }\n": types.RegionalComparisonDocument,
    "\n  query RegionalMembers($workspaceId: ID!, $withCandidates: Boolean!) {\n    regionalMembers(workspaceId: $workspaceId) {\n      workspaceId\n      name\n      countryCode\n      addedAt\n    }\n    regionalMemberCandidates(workspaceId: $workspaceId) @include(if: $withCandidates) {\n      workspaceId\n      name\n      countryCode\n    }\n  }\n": types.RegionalMembersDocument,
    "\n  mutation AddRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {\n    addRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {\n      workspaceId\n      name\n    }\n  }\n": types.AddRegionalMemberDocument,
    "\n  mutation RemoveRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {\n    removeRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {\n      workspaceId\n      name\n    }\n  }\n": types.RemoveRegionalMemberDocument,
    "\n  fragment MyWorkTask on Task {\n    id\n    title\n    description\n    status\n    dueAt\n    overdue\n    automatic\n    statusChoices\n    profile {\n      id\n      title\n    }\n    section {\n      id\n      number\n      title\n    }\n    reviewCycle {\n      id\n    }\n    assignee {\n      id\n      displayName\n    }\n    assigneeOrganization {\n      id\n      name\n      acronym\n    }\n  }\n": types.MyWorkTaskFragmentDoc,
    "\n  query MyWork($workspaceId: ID!) {\n    myWork(workspaceId: $workspaceId) {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n      tasks {\n        ...MyWorkTask\n      }\n      openTaskCount\n      overdueTasks {\n        ...MyWorkTask\n      }\n      overdueTaskCount\n      sections {\n        id\n        number\n        title\n        status\n        profile {\n          id\n          title\n        }\n      }\n      signOffsDue {\n        section {\n          id\n          number\n          title\n          profile {\n            id\n          }\n        }\n        reviewCycle {\n          id\n          title\n          closesAt\n        }\n      }\n      threadsAwaitingReply {\n        id\n        body\n        anchor {\n          quote\n        }\n        author {\n          id\n          displayName\n        }\n        organization {\n          id\n          name\n          acronym\n        }\n        section {\n          id\n          number\n          title\n          profile {\n            id\n          }\n        }\n      }\n      threadsAwaitingReplyCount\n      closingCycles {\n        id\n        title\n        closesAt\n        profile {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.MyWorkDocument,
    "\n  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {\n    setTaskStatus(id: $id, status: $status) {\n      ...MyWorkTask\n    }\n  }\n": types.SetTaskStatusDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...MyWorkTask\n    }\n  }\n": types.CreateTaskDocument,
    "\n  query TaskFormOptions($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      profiles {\n        id\n        title\n        edition\n        sections {\n          id\n          number\n          title\n          archived\n        }\n      }\n      organizations {\n        id\n        name\n        acronym\n      }\n      members {\n        id\n        role\n        active\n        user {\n          id\n          displayName\n        }\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n": types.TaskFormOptionsDocument,
    "\n  subscription MyWorkEvents($profileId: ID!) {\n    profileEvents(profileId: $profileId) {\n      type\n      taskId\n      actor {\n        id\n      }\n    }\n  }\n": types.MyWorkEventsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    link\n    dueAt\n    createdAt\n    readAt\n    workspaceId\n    actor {\n      id\n      displayName\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationFields\n      }\n      hasNextPage\n      endCursor\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($email: EmailNotificationMode!) {\n    updateNotificationPreferences(email: $email) {\n      email\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n    }\n  }\n": types.NotificationEventsDocument,
    "\n  fragment RevisionSummaryFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    restoredFromId\n    author {\n      id\n      displayName\n    }\n  }\n": types.RevisionSummaryFieldsFragmentDoc,
    "\n  fragment RevisionDialogFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    html\n    author {\n      id\n      displayName\n    }\n  }\n": types.RevisionDialogFieldsFragmentDoc,
    "\n  query RevisionContent($id: ID!) {\n    revision(id: $id) {\n      ...RevisionDialogFields\n    }\n  }\n": types.RevisionContentDocument,
    "\n  fragment OutlineSectionFields on Section {\n    id\n    parentId\n    number\n    numbered\n    title\n    position\n    depth\n    status\n    canEdit\n    assignedOrganizations {\n      id\n      name\n      acronym\n    }\n    openThreadCount\n    signOffProgress {\n      reviewCycleId\n      required\n      approved\n      changesRequested\n    }\n  }\n": types.OutlineSectionFieldsFragmentDoc,
    "\n  query ProfileScreen($id: ID!) {\n    profile(id: $id) {\n      id\n      title\n      edition\n      createdAt\n      workspace {\n        id\n        name\n        myRole\n        organizations {\n          id\n          name\n          acronym\n        }\n      }\n      sections {\n        ...OutlineSectionFields\n      }\n      reviewCycles {\n        ...ReviewCycleNoticeFields\n      }\n    }\n  }\n": types.ProfileScreenDocument,
    "\n  fragment RevisionFullFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    restoredFromId\n    html\n    text\n    content\n    contentHash\n    author {\n      id\n      displayName\n    }\n  }\n": types.RevisionFullFieldsFragmentDoc,
    "\n  query SectionContent($id: ID!) {\n    section(id: $id) {\n      id\n      title\n      number\n      status\n      canEdit\n      assignedOrganizations {\n        id\n        name\n        acronym\n      }\n      currentRevision {\n        ...RevisionFullFields\n      }\n      revisions {\n        ...RevisionSummaryFields\n      }\n    }\n  }\n": types.SectionContentDocument,
    "\n  query DiffRevisions($fromId: ID!, $toId: ID!) {\n    diffRevisions(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        number\n        content\n      }\n      to {\n        id\n        number\n        content\n      }\n    }\n  }\n": types.DiffRevisionsDocument,
    "\n  fragment SectionAfterSaveFields on Section {\n    id\n    status\n    currentRevision {\n      id\n    }\n    revisions {\n      ...RevisionSummaryFields\n    }\n  }\n": types.SectionAfterSaveFieldsFragmentDoc,
    "\n  mutation SaveSection($input: SaveSectionInput!) {\n    saveSection(input: $input) {\n      id\n      number\n      ...RevisionFullFields\n      section {\n        ...SectionAfterSaveFields\n      }\n    }\n  }\n": types.SaveSectionDocument,
    "\n  mutation RestoreRevision($sectionId: ID!, $revisionId: ID!, $baseRevisionId: ID!) {\n    restoreRevision(sectionId: $sectionId, revisionId: $revisionId, baseRevisionId: $baseRevisionId) {\n      id\n      number\n      ...RevisionFullFields\n      section {\n        ...SectionAfterSaveFields\n      }\n    }\n  }\n": types.RestoreRevisionDocument,
    "\n  mutation AddSection($input: AddSectionInput!) {\n    addSection(input: $input) {\n      id\n      title\n    }\n  }\n": types.AddSectionDocument,
    "\n  mutation RenameSection($id: ID!, $title: String!) {\n    renameSection(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n": types.RenameSectionDocument,
    "\n  mutation MoveSection($input: MoveSectionInput!) {\n    moveSection(input: $input) {\n      id\n      parentId\n      position\n    }\n  }\n": types.MoveSectionDocument,
    "\n  mutation ArchiveSection($id: ID!) {\n    archiveSection(id: $id) {\n      id\n      archived\n    }\n  }\n": types.ArchiveSectionDocument,
    "\n  mutation AssignSection($sectionId: ID!, $organizationIds: [ID!]!) {\n    assignSection(sectionId: $sectionId, organizationIds: $organizationIds) {\n      id\n      canEdit\n      assignedOrganizations {\n        id\n        name\n        acronym\n      }\n    }\n  }\n": types.AssignSectionDocument,
    "\n  subscription ProfileEvents($profileId: ID!) {\n    profileEvents(profileId: $profileId) {\n      type\n      profileId\n      sectionId\n      commentId\n      reviewCycleId\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n": types.ProfileEventsDocument,
    "\n  subscription SectionPresence($sectionId: ID!, $activity: PresenceActivity!) {\n    sectionPresence(sectionId: $sectionId, activity: $activity) {\n      sectionId\n      shown\n      others {\n        userId\n        displayName\n        organizationAcronym\n        activity\n      }\n    }\n  }\n": types.SectionPresenceDocument,
    "\n  query WorkspaceProfiles($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n        createdAt\n        sections {\n          id\n        }\n        releases {\n          id\n          version\n          status\n        }\n      }\n    }\n  }\n": types.WorkspaceProfilesDocument,
    "\n  mutation CreateProfile($input: CreateProfileInput!) {\n    createProfile(input: $input) {\n      id\n      title\n      edition\n    }\n  }\n": types.CreateProfileDocument,
    "\n  mutation StartNextEdition($input: StartNextEditionInput!) {\n    startNextEdition(input: $input) {\n      id\n      title\n      edition\n    }\n  }\n": types.StartNextEditionDocument,
    "\n  fragment ReviewCycleNoticeFields on ReviewCycle {\n    id\n    title\n    status\n    closesAt\n    closedAt\n  }\n": types.ReviewCycleNoticeFieldsFragmentDoc,
    "\n  query ProfileIndicatorFigures($profileId: ID!, $codes: [String!]!) {\n    profileIndicatorFigures(profileId: $profileId, codes: $codes) {\n      indicatorCode\n      indicatorName\n      gmgPart\n      definition\n      unit\n      period\n      sex\n      ageGroup\n      countryCode\n      value\n      dataGap\n      organizationName\n      sourceName\n      comparability\n      selection\n      footnote\n    }\n  }\n": types.ProfileIndicatorFiguresDocument,
    "\n  query IndicatorChoices($workspaceId: ID!) {\n    indicators(workspaceId: $workspaceId) {\n      id\n      code\n      name\n      unit\n    }\n  }\n": types.IndicatorChoicesDocument,
    "\n  query WorkspaceReleases($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n        releases {\n          id\n          version\n          status\n          createdAt\n          publishedAt\n          withdrawnAt\n          withdrawalReason\n        }\n      }\n    }\n  }\n": types.WorkspaceReleasesDocument,
    "\n  query ReleaseReadiness($profileId: ID!) {\n    releaseReadiness(profileId: $profileId) {\n      ready\n      items {\n        kind\n        message\n        sectionId\n        reviewCycleId\n      }\n    }\n  }\n": types.ReleaseReadinessDocument,
    "\n  query ReleaseDetail($id: ID!) {\n    release(id: $id) {\n      id\n      version\n      notes\n      status\n      createdAt\n      publishedAt\n      withdrawnAt\n      withdrawalReason\n      profileTitle\n      edition\n      sections {\n        sectionId\n        number\n        title\n        depth\n        revisionNumber\n      }\n    }\n  }\n": types.ReleaseDetailDocument,
    "\n  mutation PrepareRelease($input: PrepareReleaseInput!) {\n    prepareRelease(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.PrepareReleaseDocument,
    "\n  mutation PublishRelease($id: ID!) {\n    publishRelease(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n": types.PublishReleaseDocument,
    "\n  mutation WithdrawRelease($id: ID!, $reason: String!) {\n    withdrawRelease(id: $id, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": types.WithdrawReleaseDocument,
    "\n  fragment MatrixOrganisationFields on Organization {\n    id\n    name\n    acronym\n  }\n": types.MatrixOrganisationFieldsFragmentDoc,
    "\n  fragment SignOffMatrixRowFields on SignOffMatrixRow {\n    section {\n      id\n      number\n      title\n      status\n    }\n    cells {\n      awaiting\n      decision\n      stale\n      organization {\n        id\n      }\n      signOff {\n        id\n        decision\n        createdAt\n        note\n        revisionNumber\n      }\n    }\n  }\n": types.SignOffMatrixRowFieldsFragmentDoc,
    "\n  fragment OpenCycleOrganisationFields on Organization {\n    id\n    name\n    acronym\n    kind\n  }\n": types.OpenCycleOrganisationFieldsFragmentDoc,
    "\n  fragment OpenCycleSectionFields on Section {\n    id\n    parentId\n    position\n    number\n    title\n    status\n    archived\n    reviewCycles {\n      id\n      title\n      status\n      closesAt\n    }\n  }\n": types.OpenCycleSectionFieldsFragmentDoc,
    "\n  fragment ResponsesMatrixCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n    section {\n      id\n      number\n      title\n    }\n    anchor {\n      quote\n      orphaned\n    }\n    suggestion {\n      text\n      status\n      declineReason\n    }\n    disposition {\n      value\n      reason\n      recordedAt\n    }\n    suggestionAppliedIn {\n      id\n      number\n    }\n  }\n": types.ResponsesMatrixCommentFieldsFragmentDoc,
    "\n  query ReviewCyclesList($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      profiles {\n        id\n        title\n        edition\n        reviewCycles {\n          ...ReviewCycleListItemFields\n        }\n      }\n    }\n  }\n": types.ReviewCyclesListDocument,
    "\n  query OpenCycleWorkspace($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n      }\n      organizations {\n        ...OpenCycleOrganisationFields\n      }\n    }\n  }\n": types.OpenCycleWorkspaceDocument,
    "\n  query OpenCycleProfile($profileId: ID!) {\n    profile(id: $profileId) {\n      id\n      title\n      edition\n      sections {\n        ...OpenCycleSectionFields\n      }\n    }\n  }\n": types.OpenCycleProfileDocument,
    "\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      id\n      title\n      status\n      closesAt\n    }\n  }\n": types.OpenReviewCycleDocument,
    "\n  query ReviewCyclePage($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      ...ReviewCycleHeaderFields\n      progress {\n        ...ReviewCycleProgressFields\n      }\n      participants {\n        id\n        name\n        acronym\n        kind\n      }\n      requiredSignatories {\n        id\n        name\n        acronym\n        kind\n      }\n      sections {\n        id\n        number\n        title\n        status\n      }\n      profile {\n        id\n        title\n        edition\n        workspace {\n          id\n          name\n          myRole\n        }\n      }\n    }\n  }\n": types.ReviewCyclePageDocument,
    "\n  query ReviewCycleMatrices($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      requiredSignatories {\n        ...MatrixOrganisationFields\n      }\n      signOffMatrix {\n        ...SignOffMatrixRowFields\n      }\n      commentResponses {\n        ...ResponsesMatrixCommentFields\n      }\n    }\n  }\n": types.ReviewCycleMatricesDocument,
    "\n  mutation CloseReviewCycle($id: ID!) {\n    closeReviewCycle(id: $id) {\n      id\n      ...ReviewCycleHeaderFields\n    }\n  }\n": types.CloseReviewCycleDocument,
    "\n  fragment ReviewCycleHeaderFields on ReviewCycle {\n    title\n    status\n    canComment\n    openedAt\n    openedBy {\n      id\n      displayName\n    }\n    closesAt\n    closedAt\n    closedAutomatically\n    closedBy {\n      id\n      displayName\n    }\n  }\n": types.ReviewCycleHeaderFieldsFragmentDoc,
    "\n  fragment ReviewCycleProgressFields on ReviewCycleProgress {\n    comments\n    threads\n    threadsResolved\n    dispositionsNeeded\n    dispositionsRecorded\n    signOffsExpected\n    signOffsGiven\n    sections\n    sectionsApproved\n    sectionsChangesRequested\n  }\n": types.ReviewCycleProgressFieldsFragmentDoc,
    "\n  fragment ReviewCycleListItemFields on ReviewCycle {\n    id\n    title\n    status\n    openedAt\n    closesAt\n    closedAt\n    closedAutomatically\n    progress {\n      sections\n      sectionsApproved\n      signOffsExpected\n      signOffsGiven\n      threads\n      threadsResolved\n    }\n  }\n": types.ReviewCycleListItemFieldsFragmentDoc,
    "\n  fragment ReviewCommentFields on Comment {\n    id\n    parentId\n    body\n    createdAt\n    internal\n    resolved\n    canResolve\n    canAnswer\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n    anchor {\n      revisionId\n      start\n      end\n      quote\n      orphaned\n    }\n    suggestion {\n      text\n      status\n      declineReason\n    }\n    suggestionAppliedIn {\n      id\n      number\n    }\n    disposition {\n      value\n      reason\n    }\n    dispositionBy {\n      id\n      displayName\n    }\n    reviewCycle {\n      id\n      status\n    }\n  }\n": types.ReviewCommentFieldsFragmentDoc,
    "\n  fragment ReviewReplyFields on Comment {\n    id\n    parentId\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n": types.ReviewReplyFieldsFragmentDoc,
    "\n  fragment ReviewThreadFields on Comment {\n    ...ReviewCommentFields\n    replies {\n      ...ReviewReplyFields\n    }\n  }\n": types.ReviewThreadFieldsFragmentDoc,
    "\n  fragment ReviewSignOffFields on SignOff {\n    id\n    decision\n    note\n    stale\n    superseded\n    organization {\n      id\n    }\n    user {\n      id\n      displayName\n    }\n    revision {\n      id\n      number\n    }\n  }\n": types.ReviewSignOffFieldsFragmentDoc,
    "\n  query SectionReview($id: ID!) {\n    section(id: $id) {\n      id\n      status\n      canComment\n      canSignOff\n      currentRevision {\n        id\n        number\n      }\n      requiredSignatories {\n        id\n        name\n        acronym\n      }\n      signOffs {\n        ...ReviewSignOffFields\n      }\n      signOffHistory {\n        ...ReviewSignOffFields\n      }\n      reviewCycles {\n        id\n        title\n        status\n        closesAt\n      }\n    }\n  }\n": types.SectionReviewDocument,
    "\n  query SectionThreads($id: ID!) {\n    section(id: $id) {\n      id\n      comments(includeResolved: true) {\n        ...ReviewThreadFields\n      }\n    }\n  }\n": types.SectionThreadsDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      ...ReviewCommentFields\n    }\n  }\n": types.ResolveCommentDocument,
    "\n  mutation DeclineSuggestion($commentId: ID!, $reason: String!) {\n    declineSuggestion(commentId: $commentId, reason: $reason) {\n      ...ReviewCommentFields\n    }\n  }\n": types.DeclineSuggestionDocument,
    "\n  mutation SetCommentDisposition($input: SetCommentDispositionInput!) {\n    setCommentDisposition(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n": types.SetCommentDispositionDocument,
    "\n  mutation SignOff($input: SignOffInput!) {\n    signOff(input: $input) {\n      ...ReviewSignOffFields\n      section {\n        id\n        status\n      }\n    }\n  }\n": types.SignOffDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n      slug\n      kind\n      countryCode\n      myRole\n      createdAt\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  mutation CreateFirstOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n": types.CreateFirstOrganizationDocument,
    "\n  mutation AddFirstCoordinator($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": types.AddFirstCoordinatorDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    isPlatformAdmin\n    locale\n    memberships {\n      id\n      role\n      active\n      workspace {\n        id\n        name\n        slug\n      }\n      organization {\n        id\n        name\n        acronym\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    isPlatformAdmin\n    locale\n    memberships {\n      id\n      role\n      active\n      workspace {\n        id\n        name\n        slug\n      }\n      organization {\n        id\n        name\n        acronym\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      accessToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkspaces {\n    workspaces {\n      id\n      name\n      slug\n      kind\n      countryCode\n      myRole\n    }\n  }\n"): (typeof documents)["\n  query MyWorkspaces {\n    workspaces {\n      id\n      name\n      slug\n      kind\n      countryCode\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      organizations {\n        ...OrganisationRowFields\n      }\n      members {\n        ...MemberRowFields\n      }\n      invitations {\n        ...MemberRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      myRole\n      organizations {\n        ...OrganisationRowFields\n      }\n      members {\n        ...MemberRowFields\n      }\n      invitations {\n        ...MemberRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganisationRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrganization($id: ID!, $name: String!, $acronym: String) {\n    renameOrganization(id: $id, name: $name, acronym: $acronym) {\n      ...OrganisationRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrganization($id: ID!, $name: String!, $acronym: String) {\n    renameOrganization(id: $id, name: $name, acronym: $acronym) {\n      ...OrganisationRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...MemberRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      ...MemberRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      ...MemberRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($membershipId: ID!) {\n    deactivateMember(membershipId: $membershipId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($membershipId: ID!) {\n    deactivateMember(membershipId: $membershipId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($membershipId: ID!) {\n    resendInvitation(membershipId: $membershipId) {\n      ...MemberRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($membershipId: ID!) {\n    resendInvitation(membershipId: $membershipId) {\n      ...MemberRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelInvitation($membershipId: ID!) {\n    cancelInvitation(membershipId: $membershipId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelInvitation($membershipId: ID!) {\n    cancelInvitation(membershipId: $membershipId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRowFields on Membership {\n    id\n    role\n    active\n    status\n    createdAt\n    invitation {\n      email\n      sentAt\n      expiresAt\n      expired\n      sendCount\n    }\n    user {\n      id\n      email\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRowFields on Membership {\n    id\n    role\n    active\n    status\n    createdAt\n    invitation {\n      email\n      sentAt\n      expiresAt\n      expired\n      sendCount\n    }\n    user {\n      id\n      email\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationRowFields on Organization {\n    id\n    name\n    acronym\n    kind\n    createdAt\n  }\n"): (typeof documents)["\n  fragment OrganisationRowFields on Organization {\n    id\n    name\n    acronym\n    kind\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventRowFields on AuditEvent {\n    id\n    at\n    action\n    subjectType\n    subjectId\n    data\n    sequence\n    hash\n    previousHash\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AuditEventRowFields on AuditEvent {\n    id\n    at\n    action\n    subjectType\n    subjectId\n    data\n    sequence\n    hash\n    previousHash\n    actor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($workspaceId: ID!, $first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...AuditEventRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($workspaceId: ID!, $first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...AuditEventRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      members {\n        id\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditChainStatus($workspaceId: ID!) {\n    auditChainStatus(workspaceId: $workspaceId) {\n      ok\n      events\n      brokenAtSequence\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  query AuditChainStatus($workspaceId: ID!) {\n    auditChainStatus(workspaceId: $workspaceId) {\n      ok\n      events\n      brokenAtSequence\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    workspaceName\n    organizationName\n    role\n    expiresAt\n    hasAccount\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    workspaceName\n    organizationName\n    role\n    expiresAt\n    hasAccount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query InvitationByToken($token: String!) {\n    invitation(token: $token) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInvitations {\n    myInvitations {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query MyInvitations {\n    myInvitations {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMyInvitation($membershipId: ID!) {\n    acceptMyInvitation(membershipId: $membershipId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptMyInvitation($membershipId: ID!) {\n    acceptMyInvitation(membershipId: $membershipId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMyInvitation($membershipId: ID!) {\n    declineMyInvitation(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation DeclineMyInvitation($membershipId: ID!) {\n    declineMyInvitation(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, input: $input) {\n      id\n      code\n      name\n      unit\n      definition\n      internationalReference\n      gmgPart\n      sdgTarget\n      gcmObjective\n      toBeConfirmed\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($id: ID!, $input: IndicatorInput!) {\n    updateIndicator(id: $id, input: $input) {\n      id\n      code\n      name\n      unit\n      definition\n      internationalReference\n      gmgPart\n      sdgTarget\n      gcmObjective\n      toBeConfirmed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDataPoint($input: RecordDataPointInput!) {\n    recordDataPoint(input: $input) {\n      id\n      value\n      period\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDataPoint($input: RecordDataPointInput!) {\n    recordDataPoint(input: $input) {\n      id\n      value\n      period\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptIndicatorCatalogue($input: AdoptIndicatorCatalogueInput!) {\n    adoptIndicatorCatalogue(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptIndicatorCatalogue($input: AdoptIndicatorCatalogueInput!) {\n    adoptIndicatorCatalogue(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowCatalogueVersion($profileId: ID!, $catalogueVersionId: ID!) {\n    followCatalogueVersion(profileId: $profileId, catalogueVersionId: $catalogueVersionId) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation FollowCatalogueVersion($profileId: ID!, $catalogueVersionId: ID!) {\n    followCatalogueVersion(profileId: $profileId, catalogueVersionId: $catalogueVersionId) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorFormsWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      organizations {\n        id\n        name\n        acronym\n      }\n      profiles {\n        id\n        title\n        edition\n        catalogueVersion {\n          id\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorFormsWorkspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      organizations {\n        id\n        name\n        acronym\n      }\n      profiles {\n        id\n        title\n        edition\n        catalogueVersion {\n          id\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceIndicators($workspaceId: ID!) {\n    indicators(workspaceId: $workspaceId) {\n      id\n      code\n      name\n      unit\n      gmgPart\n      toBeConfirmed\n      dataPoints {\n        id\n        period\n      }\n    }\n    differingFigures(workspaceId: $workspaceId, unresolvedOnly: true) {\n      indicatorId\n      period\n      sex\n      ageGroup\n      countryCode\n      indicator {\n        id\n        code\n        name\n      }\n    }\n    indicatorCatalogueVersions(workspaceId: $workspaceId) {\n      id\n      number\n      decision\n      adoptedOn\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceIndicators($workspaceId: ID!) {\n    indicators(workspaceId: $workspaceId) {\n      id\n      code\n      name\n      unit\n      gmgPart\n      toBeConfirmed\n      dataPoints {\n        id\n        period\n      }\n    }\n    differingFigures(workspaceId: $workspaceId, unresolvedOnly: true) {\n      indicatorId\n      period\n      sex\n      ageGroup\n      countryCode\n      indicator {\n        id\n        code\n        name\n      }\n    }\n    indicatorCatalogueVersions(workspaceId: $workspaceId) {\n      id\n      number\n      decision\n      adoptedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      id\n      code\n      name\n      unit\n      definition\n      internationalReference\n      gmgPart\n      sdgTarget\n      gcmObjective\n      toBeConfirmed\n      dataPoints {\n        id\n        value\n        dataGap\n        unit\n        period\n        sex\n        ageGroup\n        countryCode\n        sourceType\n        sourceName\n        nationalDefinition\n        comparability\n        comparabilityNote\n        note\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      differingFigures {\n        period\n        sex\n        ageGroup\n        countryCode\n        figures {\n          id\n          value\n          dataGap\n          unit\n          sourceType\n          sourceName\n          nationalDefinition\n          comparability\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n        resolution {\n          chosenDataPointId\n          footnote\n          resolvedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorDetail($id: ID!) {\n    indicator(id: $id) {\n      id\n      code\n      name\n      unit\n      definition\n      internationalReference\n      gmgPart\n      sdgTarget\n      gcmObjective\n      toBeConfirmed\n      dataPoints {\n        id\n        value\n        dataGap\n        unit\n        period\n        sex\n        ageGroup\n        countryCode\n        sourceType\n        sourceName\n        nationalDefinition\n        comparability\n        comparabilityNote\n        note\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n      differingFigures {\n        period\n        sex\n        ageGroup\n        countryCode\n        figures {\n          id\n          value\n          dataGap\n          unit\n          sourceType\n          sourceName\n          nationalDefinition\n          comparability\n          organization {\n            id\n            name\n            acronym\n          }\n        }\n        resolution {\n          chosenDataPointId\n          footnote\n          resolvedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSeries($indicatorId: ID!) {\n    indicatorSeries(indicatorId: $indicatorId) {\n      points {\n        period\n        value\n        dataGap\n        organizationName\n        comparability\n        differing\n      }\n      editions {\n        releaseId\n        version\n        edition\n        points {\n          period\n          value\n          dataGap\n          organizationName\n          differing\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorSeries($indicatorId: ID!) {\n    indicatorSeries(indicatorId: $indicatorId) {\n      points {\n        period\n        value\n        dataGap\n        organizationName\n        comparability\n        differing\n      }\n      editions {\n        releaseId\n        version\n        edition\n        points {\n          period\n          value\n          dataGap\n          organizationName\n          differing\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveDifferingFigures($input: ResolveDifferingFiguresInput!) {\n    resolveDifferingFigures(input: $input) {\n      period\n      resolution {\n        chosenDataPointId\n        footnote\n        resolvedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveDifferingFigures($input: ResolveDifferingFiguresInput!) {\n    resolveDifferingFigures(input: $input) {\n      period\n      resolution {\n        chosenDataPointId\n        footnote\n        resolvedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorImportPreview($input: IndicatorDataFileInput!) {\n    indicatorImportPreview(input: $input) {\n      fileName\n      rowCount\n      addCount\n      replaceCount\n      problemCount\n      problems {\n        row\n        column\n        message\n      }\n      rows {\n        row\n        indicatorCode\n        period\n        value\n        dataGap\n        unit\n        sex\n        ageGroup\n        countryCode\n        organizationName\n        sourceType\n        comparability\n        replaces\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorImportPreview($input: IndicatorDataFileInput!) {\n    indicatorImportPreview(input: $input) {\n      fileName\n      rowCount\n      addCount\n      replaceCount\n      problemCount\n      problems {\n        row\n        column\n        message\n      }\n      rows {\n        row\n        indicatorCode\n        period\n        value\n        dataGap\n        unit\n        sex\n        ageGroup\n        countryCode\n        organizationName\n        sourceType\n        comparability\n        replaces\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportIndicatorData($input: IndicatorDataFileInput!) {\n    importIndicatorData(input: $input) {\n      id\n      fileName\n      addedCount\n      replacedCount\n    }\n  }\n"): (typeof documents)["\n  mutation ImportIndicatorData($input: IndicatorDataFileInput!) {\n    importIndicatorData(input: $input) {\n      id\n      fileName\n      addedCount\n      replacedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionalComparison($workspaceId: ID!, $indicatorCodes: [String!]!) {\n    regionalComparison(workspaceId: $workspaceId, indicatorCodes: $indicatorCodes) {\n      workspaceId\n      countries {\n        workspaceId\n        name\n        countryCode\n        releases {\n          id\n          version\n          edition\n          profileTitle\n          publishedAt\n        }\n      }\n      available {\n        code\n        name\n      }\n      indicators {\n        code\n        name\n        unit\n        internationalReference\n        definitionsDiffer\n        definitions {\n          workspaceId\n          definition\n          internationalReference\n        }\n      }\n      periods\n      cells {\n        indicatorCode\n        workspaceId\n        period\n        releaseVersion\n        flags\n        figures {\n          value\n          dataGap\n          unit\n          organizationName\n          sourceType\n          sourceName\n          definition\n          comparability\n          comparabilityNote\n          footnote\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionalComparison($workspaceId: ID!, $indicatorCodes: [String!]!) {\n    regionalComparison(workspaceId: $workspaceId, indicatorCodes: $indicatorCodes) {\n      workspaceId\n      countries {\n        workspaceId\n        name\n        countryCode\n        releases {\n          id\n          version\n          edition\n          profileTitle\n          publishedAt\n        }\n      }\n      available {\n        code\n        name\n      }\n      indicators {\n        code\n        name\n        unit\n        internationalReference\n        definitionsDiffer\n        definitions {\n          workspaceId\n          definition\n          internationalReference\n        }\n      }\n      periods\n      cells {\n        indicatorCode\n        workspaceId\n        period\n        releaseVersion\n        flags\n        figures {\n          value\n          dataGap\n          unit\n          organizationName\n          sourceType\n          sourceName\n          definition\n          comparability\n          comparabilityNote\n          footnote\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionalMembers($workspaceId: ID!, $withCandidates: Boolean!) {\n    regionalMembers(workspaceId: $workspaceId) {\n      workspaceId\n      name\n      countryCode\n      addedAt\n    }\n    regionalMemberCandidates(workspaceId: $workspaceId) @include(if: $withCandidates) {\n      workspaceId\n      name\n      countryCode\n    }\n  }\n"): (typeof documents)["\n  query RegionalMembers($workspaceId: ID!, $withCandidates: Boolean!) {\n    regionalMembers(workspaceId: $workspaceId) {\n      workspaceId\n      name\n      countryCode\n      addedAt\n    }\n    regionalMemberCandidates(workspaceId: $workspaceId) @include(if: $withCandidates) {\n      workspaceId\n      name\n      countryCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {\n    addRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {\n      workspaceId\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AddRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {\n    addRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {\n      workspaceId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {\n    removeRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {\n      workspaceId\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRegionalMember($workspaceId: ID!, $memberWorkspaceId: ID!) {\n    removeRegionalMember(workspaceId: $workspaceId, memberWorkspaceId: $memberWorkspaceId) {\n      workspaceId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyWorkTask on Task {\n    id\n    title\n    description\n    status\n    dueAt\n    overdue\n    automatic\n    statusChoices\n    profile {\n      id\n      title\n    }\n    section {\n      id\n      number\n      title\n    }\n    reviewCycle {\n      id\n    }\n    assignee {\n      id\n      displayName\n    }\n    assigneeOrganization {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment MyWorkTask on Task {\n    id\n    title\n    description\n    status\n    dueAt\n    overdue\n    automatic\n    statusChoices\n    profile {\n      id\n      title\n    }\n    section {\n      id\n      number\n      title\n    }\n    reviewCycle {\n      id\n    }\n    assignee {\n      id\n      displayName\n    }\n    assigneeOrganization {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork($workspaceId: ID!) {\n    myWork(workspaceId: $workspaceId) {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n      tasks {\n        ...MyWorkTask\n      }\n      openTaskCount\n      overdueTasks {\n        ...MyWorkTask\n      }\n      overdueTaskCount\n      sections {\n        id\n        number\n        title\n        status\n        profile {\n          id\n          title\n        }\n      }\n      signOffsDue {\n        section {\n          id\n          number\n          title\n          profile {\n            id\n          }\n        }\n        reviewCycle {\n          id\n          title\n          closesAt\n        }\n      }\n      threadsAwaitingReply {\n        id\n        body\n        anchor {\n          quote\n        }\n        author {\n          id\n          displayName\n        }\n        organization {\n          id\n          name\n          acronym\n        }\n        section {\n          id\n          number\n          title\n          profile {\n            id\n          }\n        }\n      }\n      threadsAwaitingReplyCount\n      closingCycles {\n        id\n        title\n        closesAt\n        profile {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWork($workspaceId: ID!) {\n    myWork(workspaceId: $workspaceId) {\n      role\n      organization {\n        id\n        name\n        acronym\n      }\n      tasks {\n        ...MyWorkTask\n      }\n      openTaskCount\n      overdueTasks {\n        ...MyWorkTask\n      }\n      overdueTaskCount\n      sections {\n        id\n        number\n        title\n        status\n        profile {\n          id\n          title\n        }\n      }\n      signOffsDue {\n        section {\n          id\n          number\n          title\n          profile {\n            id\n          }\n        }\n        reviewCycle {\n          id\n          title\n          closesAt\n        }\n      }\n      threadsAwaitingReply {\n        id\n        body\n        anchor {\n          quote\n        }\n        author {\n          id\n          displayName\n        }\n        organization {\n          id\n          name\n          acronym\n        }\n        section {\n          id\n          number\n          title\n          profile {\n            id\n          }\n        }\n      }\n      threadsAwaitingReplyCount\n      closingCycles {\n        id\n        title\n        closesAt\n        profile {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {\n    setTaskStatus(id: $id, status: $status) {\n      ...MyWorkTask\n    }\n  }\n"): (typeof documents)["\n  mutation SetTaskStatus($id: ID!, $status: TaskStatus!) {\n    setTaskStatus(id: $id, status: $status) {\n      ...MyWorkTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...MyWorkTask\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...MyWorkTask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskFormOptions($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      profiles {\n        id\n        title\n        edition\n        sections {\n          id\n          number\n          title\n          archived\n        }\n      }\n      organizations {\n        id\n        name\n        acronym\n      }\n      members {\n        id\n        role\n        active\n        user {\n          id\n          displayName\n        }\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskFormOptions($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      profiles {\n        id\n        title\n        edition\n        sections {\n          id\n          number\n          title\n          archived\n        }\n      }\n      organizations {\n        id\n        name\n        acronym\n      }\n      members {\n        id\n        role\n        active\n        user {\n          id\n          displayName\n        }\n        organization {\n          id\n          name\n          acronym\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyWorkEvents($profileId: ID!) {\n    profileEvents(profileId: $profileId) {\n      type\n      taskId\n      actor {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyWorkEvents($profileId: ID!) {\n    profileEvents(profileId: $profileId) {\n      type\n      taskId\n      actor {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    link\n    dueAt\n    createdAt\n    readAt\n    workspaceId\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    link\n    dueAt\n    createdAt\n    readAt\n    workspaceId\n    actor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationFields\n      }\n      hasNextPage\n      endCursor\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      nodes {\n        id\n        ...NotificationFields\n      }\n      hasNextPage\n      endCursor\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($email: EmailNotificationMode!) {\n    updateNotificationPreferences(email: $email) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($email: EmailNotificationMode!) {\n    updateNotificationPreferences(email: $email) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationEvents {\n    notificationEvents {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionSummaryFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    restoredFromId\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionSummaryFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    restoredFromId\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionDialogFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    html\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionDialogFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    html\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevisionContent($id: ID!) {\n    revision(id: $id) {\n      ...RevisionDialogFields\n    }\n  }\n"): (typeof documents)["\n  query RevisionContent($id: ID!) {\n    revision(id: $id) {\n      ...RevisionDialogFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutlineSectionFields on Section {\n    id\n    parentId\n    number\n    numbered\n    title\n    position\n    depth\n    status\n    canEdit\n    assignedOrganizations {\n      id\n      name\n      acronym\n    }\n    openThreadCount\n    signOffProgress {\n      reviewCycleId\n      required\n      approved\n      changesRequested\n    }\n  }\n"): (typeof documents)["\n  fragment OutlineSectionFields on Section {\n    id\n    parentId\n    number\n    numbered\n    title\n    position\n    depth\n    status\n    canEdit\n    assignedOrganizations {\n      id\n      name\n      acronym\n    }\n    openThreadCount\n    signOffProgress {\n      reviewCycleId\n      required\n      approved\n      changesRequested\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileScreen($id: ID!) {\n    profile(id: $id) {\n      id\n      title\n      edition\n      createdAt\n      workspace {\n        id\n        name\n        myRole\n        organizations {\n          id\n          name\n          acronym\n        }\n      }\n      sections {\n        ...OutlineSectionFields\n      }\n      reviewCycles {\n        ...ReviewCycleNoticeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileScreen($id: ID!) {\n    profile(id: $id) {\n      id\n      title\n      edition\n      createdAt\n      workspace {\n        id\n        name\n        myRole\n        organizations {\n          id\n          name\n          acronym\n        }\n      }\n      sections {\n        ...OutlineSectionFields\n      }\n      reviewCycles {\n        ...ReviewCycleNoticeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionFullFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    restoredFromId\n    html\n    text\n    content\n    contentHash\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionFullFields on Revision {\n    id\n    number\n    createdAt\n    summary\n    restoredFromId\n    html\n    text\n    content\n    contentHash\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionContent($id: ID!) {\n    section(id: $id) {\n      id\n      title\n      number\n      status\n      canEdit\n      assignedOrganizations {\n        id\n        name\n        acronym\n      }\n      currentRevision {\n        ...RevisionFullFields\n      }\n      revisions {\n        ...RevisionSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionContent($id: ID!) {\n    section(id: $id) {\n      id\n      title\n      number\n      status\n      canEdit\n      assignedOrganizations {\n        id\n        name\n        acronym\n      }\n      currentRevision {\n        ...RevisionFullFields\n      }\n      revisions {\n        ...RevisionSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiffRevisions($fromId: ID!, $toId: ID!) {\n    diffRevisions(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        number\n        content\n      }\n      to {\n        id\n        number\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiffRevisions($fromId: ID!, $toId: ID!) {\n    diffRevisions(fromId: $fromId, toId: $toId) {\n      from {\n        id\n        number\n        content\n      }\n      to {\n        id\n        number\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SectionAfterSaveFields on Section {\n    id\n    status\n    currentRevision {\n      id\n    }\n    revisions {\n      ...RevisionSummaryFields\n    }\n  }\n"): (typeof documents)["\n  fragment SectionAfterSaveFields on Section {\n    id\n    status\n    currentRevision {\n      id\n    }\n    revisions {\n      ...RevisionSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSection($input: SaveSectionInput!) {\n    saveSection(input: $input) {\n      id\n      number\n      ...RevisionFullFields\n      section {\n        ...SectionAfterSaveFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSection($input: SaveSectionInput!) {\n    saveSection(input: $input) {\n      id\n      number\n      ...RevisionFullFields\n      section {\n        ...SectionAfterSaveFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreRevision($sectionId: ID!, $revisionId: ID!, $baseRevisionId: ID!) {\n    restoreRevision(sectionId: $sectionId, revisionId: $revisionId, baseRevisionId: $baseRevisionId) {\n      id\n      number\n      ...RevisionFullFields\n      section {\n        ...SectionAfterSaveFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreRevision($sectionId: ID!, $revisionId: ID!, $baseRevisionId: ID!) {\n    restoreRevision(sectionId: $sectionId, revisionId: $revisionId, baseRevisionId: $baseRevisionId) {\n      id\n      number\n      ...RevisionFullFields\n      section {\n        ...SectionAfterSaveFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSection($input: AddSectionInput!) {\n    addSection(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation AddSection($input: AddSectionInput!) {\n    addSection(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameSection($id: ID!, $title: String!) {\n    renameSection(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation RenameSection($id: ID!, $title: String!) {\n    renameSection(id: $id, title: $title) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSection($input: MoveSectionInput!) {\n    moveSection(input: $input) {\n      id\n      parentId\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSection($input: MoveSectionInput!) {\n    moveSection(input: $input) {\n      id\n      parentId\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveSection($id: ID!) {\n    archiveSection(id: $id) {\n      id\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveSection($id: ID!) {\n    archiveSection(id: $id) {\n      id\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSection($sectionId: ID!, $organizationIds: [ID!]!) {\n    assignSection(sectionId: $sectionId, organizationIds: $organizationIds) {\n      id\n      canEdit\n      assignedOrganizations {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSection($sectionId: ID!, $organizationIds: [ID!]!) {\n    assignSection(sectionId: $sectionId, organizationIds: $organizationIds) {\n      id\n      canEdit\n      assignedOrganizations {\n        id\n        name\n        acronym\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProfileEvents($profileId: ID!) {\n    profileEvents(profileId: $profileId) {\n      type\n      profileId\n      sectionId\n      commentId\n      reviewCycleId\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ProfileEvents($profileId: ID!) {\n    profileEvents(profileId: $profileId) {\n      type\n      profileId\n      sectionId\n      commentId\n      reviewCycleId\n      at\n      actor {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SectionPresence($sectionId: ID!, $activity: PresenceActivity!) {\n    sectionPresence(sectionId: $sectionId, activity: $activity) {\n      sectionId\n      shown\n      others {\n        userId\n        displayName\n        organizationAcronym\n        activity\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SectionPresence($sectionId: ID!, $activity: PresenceActivity!) {\n    sectionPresence(sectionId: $sectionId, activity: $activity) {\n      sectionId\n      shown\n      others {\n        userId\n        displayName\n        organizationAcronym\n        activity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceProfiles($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n        createdAt\n        sections {\n          id\n        }\n        releases {\n          id\n          version\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceProfiles($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n        createdAt\n        sections {\n          id\n        }\n        releases {\n          id\n          version\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProfile($input: CreateProfileInput!) {\n    createProfile(input: $input) {\n      id\n      title\n      edition\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProfile($input: CreateProfileInput!) {\n    createProfile(input: $input) {\n      id\n      title\n      edition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartNextEdition($input: StartNextEditionInput!) {\n    startNextEdition(input: $input) {\n      id\n      title\n      edition\n    }\n  }\n"): (typeof documents)["\n  mutation StartNextEdition($input: StartNextEditionInput!) {\n    startNextEdition(input: $input) {\n      id\n      title\n      edition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCycleNoticeFields on ReviewCycle {\n    id\n    title\n    status\n    closesAt\n    closedAt\n  }\n"): (typeof documents)["\n  fragment ReviewCycleNoticeFields on ReviewCycle {\n    id\n    title\n    status\n    closesAt\n    closedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileIndicatorFigures($profileId: ID!, $codes: [String!]!) {\n    profileIndicatorFigures(profileId: $profileId, codes: $codes) {\n      indicatorCode\n      indicatorName\n      gmgPart\n      definition\n      unit\n      period\n      sex\n      ageGroup\n      countryCode\n      value\n      dataGap\n      organizationName\n      sourceName\n      comparability\n      selection\n      footnote\n    }\n  }\n"): (typeof documents)["\n  query ProfileIndicatorFigures($profileId: ID!, $codes: [String!]!) {\n    profileIndicatorFigures(profileId: $profileId, codes: $codes) {\n      indicatorCode\n      indicatorName\n      gmgPart\n      definition\n      unit\n      period\n      sex\n      ageGroup\n      countryCode\n      value\n      dataGap\n      organizationName\n      sourceName\n      comparability\n      selection\n      footnote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorChoices($workspaceId: ID!) {\n    indicators(workspaceId: $workspaceId) {\n      id\n      code\n      name\n      unit\n    }\n  }\n"): (typeof documents)["\n  query IndicatorChoices($workspaceId: ID!) {\n    indicators(workspaceId: $workspaceId) {\n      id\n      code\n      name\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceReleases($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n        releases {\n          id\n          version\n          status\n          createdAt\n          publishedAt\n          withdrawnAt\n          withdrawalReason\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceReleases($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n        releases {\n          id\n          version\n          status\n          createdAt\n          publishedAt\n          withdrawnAt\n          withdrawalReason\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseReadiness($profileId: ID!) {\n    releaseReadiness(profileId: $profileId) {\n      ready\n      items {\n        kind\n        message\n        sectionId\n        reviewCycleId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReleaseReadiness($profileId: ID!) {\n    releaseReadiness(profileId: $profileId) {\n      ready\n      items {\n        kind\n        message\n        sectionId\n        reviewCycleId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseDetail($id: ID!) {\n    release(id: $id) {\n      id\n      version\n      notes\n      status\n      createdAt\n      publishedAt\n      withdrawnAt\n      withdrawalReason\n      profileTitle\n      edition\n      sections {\n        sectionId\n        number\n        title\n        depth\n        revisionNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReleaseDetail($id: ID!) {\n    release(id: $id) {\n      id\n      version\n      notes\n      status\n      createdAt\n      publishedAt\n      withdrawnAt\n      withdrawalReason\n      profileTitle\n      edition\n      sections {\n        sectionId\n        number\n        title\n        depth\n        revisionNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrepareRelease($input: PrepareReleaseInput!) {\n    prepareRelease(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PrepareRelease($input: PrepareReleaseInput!) {\n    prepareRelease(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRelease($id: ID!) {\n    publishRelease(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishRelease($id: ID!) {\n    publishRelease(id: $id) {\n      id\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRelease($id: ID!, $reason: String!) {\n    withdrawRelease(id: $id, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawRelease($id: ID!, $reason: String!) {\n    withdrawRelease(id: $id, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatrixOrganisationFields on Organization {\n    id\n    name\n    acronym\n  }\n"): (typeof documents)["\n  fragment MatrixOrganisationFields on Organization {\n    id\n    name\n    acronym\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignOffMatrixRowFields on SignOffMatrixRow {\n    section {\n      id\n      number\n      title\n      status\n    }\n    cells {\n      awaiting\n      decision\n      stale\n      organization {\n        id\n      }\n      signOff {\n        id\n        decision\n        createdAt\n        note\n        revisionNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SignOffMatrixRowFields on SignOffMatrixRow {\n    section {\n      id\n      number\n      title\n      status\n    }\n    cells {\n      awaiting\n      decision\n      stale\n      organization {\n        id\n      }\n      signOff {\n        id\n        decision\n        createdAt\n        note\n        revisionNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenCycleOrganisationFields on Organization {\n    id\n    name\n    acronym\n    kind\n  }\n"): (typeof documents)["\n  fragment OpenCycleOrganisationFields on Organization {\n    id\n    name\n    acronym\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpenCycleSectionFields on Section {\n    id\n    parentId\n    position\n    number\n    title\n    status\n    archived\n    reviewCycles {\n      id\n      title\n      status\n      closesAt\n    }\n  }\n"): (typeof documents)["\n  fragment OpenCycleSectionFields on Section {\n    id\n    parentId\n    position\n    number\n    title\n    status\n    archived\n    reviewCycles {\n      id\n      title\n      status\n      closesAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponsesMatrixCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n    section {\n      id\n      number\n      title\n    }\n    anchor {\n      quote\n      orphaned\n    }\n    suggestion {\n      text\n      status\n      declineReason\n    }\n    disposition {\n      value\n      reason\n      recordedAt\n    }\n    suggestionAppliedIn {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment ResponsesMatrixCommentFields on Comment {\n    id\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n    section {\n      id\n      number\n      title\n    }\n    anchor {\n      quote\n      orphaned\n    }\n    suggestion {\n      text\n      status\n      declineReason\n    }\n    disposition {\n      value\n      reason\n      recordedAt\n    }\n    suggestionAppliedIn {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCyclesList($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      profiles {\n        id\n        title\n        edition\n        reviewCycles {\n          ...ReviewCycleListItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewCyclesList($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      profiles {\n        id\n        title\n        edition\n        reviewCycles {\n          ...ReviewCycleListItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCycleWorkspace($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n      }\n      organizations {\n        ...OpenCycleOrganisationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenCycleWorkspace($workspaceId: ID!) {\n    workspace(id: $workspaceId) {\n      id\n      name\n      profiles {\n        id\n        title\n        edition\n      }\n      organizations {\n        ...OpenCycleOrganisationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCycleProfile($profileId: ID!) {\n    profile(id: $profileId) {\n      id\n      title\n      edition\n      sections {\n        ...OpenCycleSectionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenCycleProfile($profileId: ID!) {\n    profile(id: $profileId) {\n      id\n      title\n      edition\n      sections {\n        ...OpenCycleSectionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      id\n      title\n      status\n      closesAt\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {\n    openReviewCycle(input: $input) {\n      id\n      title\n      status\n      closesAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCyclePage($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      ...ReviewCycleHeaderFields\n      progress {\n        ...ReviewCycleProgressFields\n      }\n      participants {\n        id\n        name\n        acronym\n        kind\n      }\n      requiredSignatories {\n        id\n        name\n        acronym\n        kind\n      }\n      sections {\n        id\n        number\n        title\n        status\n      }\n      profile {\n        id\n        title\n        edition\n        workspace {\n          id\n          name\n          myRole\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewCyclePage($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      ...ReviewCycleHeaderFields\n      progress {\n        ...ReviewCycleProgressFields\n      }\n      participants {\n        id\n        name\n        acronym\n        kind\n      }\n      requiredSignatories {\n        id\n        name\n        acronym\n        kind\n      }\n      sections {\n        id\n        number\n        title\n        status\n      }\n      profile {\n        id\n        title\n        edition\n        workspace {\n          id\n          name\n          myRole\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewCycleMatrices($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      requiredSignatories {\n        ...MatrixOrganisationFields\n      }\n      signOffMatrix {\n        ...SignOffMatrixRowFields\n      }\n      commentResponses {\n        ...ResponsesMatrixCommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewCycleMatrices($id: ID!) {\n    reviewCycle(id: $id) {\n      id\n      requiredSignatories {\n        ...MatrixOrganisationFields\n      }\n      signOffMatrix {\n        ...SignOffMatrixRowFields\n      }\n      commentResponses {\n        ...ResponsesMatrixCommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseReviewCycle($id: ID!) {\n    closeReviewCycle(id: $id) {\n      id\n      ...ReviewCycleHeaderFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseReviewCycle($id: ID!) {\n    closeReviewCycle(id: $id) {\n      id\n      ...ReviewCycleHeaderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCycleHeaderFields on ReviewCycle {\n    title\n    status\n    canComment\n    openedAt\n    openedBy {\n      id\n      displayName\n    }\n    closesAt\n    closedAt\n    closedAutomatically\n    closedBy {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewCycleHeaderFields on ReviewCycle {\n    title\n    status\n    canComment\n    openedAt\n    openedBy {\n      id\n      displayName\n    }\n    closesAt\n    closedAt\n    closedAutomatically\n    closedBy {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCycleProgressFields on ReviewCycleProgress {\n    comments\n    threads\n    threadsResolved\n    dispositionsNeeded\n    dispositionsRecorded\n    signOffsExpected\n    signOffsGiven\n    sections\n    sectionsApproved\n    sectionsChangesRequested\n  }\n"): (typeof documents)["\n  fragment ReviewCycleProgressFields on ReviewCycleProgress {\n    comments\n    threads\n    threadsResolved\n    dispositionsNeeded\n    dispositionsRecorded\n    signOffsExpected\n    signOffsGiven\n    sections\n    sectionsApproved\n    sectionsChangesRequested\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCycleListItemFields on ReviewCycle {\n    id\n    title\n    status\n    openedAt\n    closesAt\n    closedAt\n    closedAutomatically\n    progress {\n      sections\n      sectionsApproved\n      signOffsExpected\n      signOffsGiven\n      threads\n      threadsResolved\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewCycleListItemFields on ReviewCycle {\n    id\n    title\n    status\n    openedAt\n    closesAt\n    closedAt\n    closedAutomatically\n    progress {\n      sections\n      sectionsApproved\n      signOffsExpected\n      signOffsGiven\n      threads\n      threadsResolved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewCommentFields on Comment {\n    id\n    parentId\n    body\n    createdAt\n    internal\n    resolved\n    canResolve\n    canAnswer\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n    anchor {\n      revisionId\n      start\n      end\n      quote\n      orphaned\n    }\n    suggestion {\n      text\n      status\n      declineReason\n    }\n    suggestionAppliedIn {\n      id\n      number\n    }\n    disposition {\n      value\n      reason\n    }\n    dispositionBy {\n      id\n      displayName\n    }\n    reviewCycle {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewCommentFields on Comment {\n    id\n    parentId\n    body\n    createdAt\n    internal\n    resolved\n    canResolve\n    canAnswer\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n    anchor {\n      revisionId\n      start\n      end\n      quote\n      orphaned\n    }\n    suggestion {\n      text\n      status\n      declineReason\n    }\n    suggestionAppliedIn {\n      id\n      number\n    }\n    disposition {\n      value\n      reason\n    }\n    dispositionBy {\n      id\n      displayName\n    }\n    reviewCycle {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewReplyFields on Comment {\n    id\n    parentId\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewReplyFields on Comment {\n    id\n    parentId\n    body\n    createdAt\n    author {\n      id\n      displayName\n    }\n    organization {\n      id\n      name\n      acronym\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewThreadFields on Comment {\n    ...ReviewCommentFields\n    replies {\n      ...ReviewReplyFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewThreadFields on Comment {\n    ...ReviewCommentFields\n    replies {\n      ...ReviewReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewSignOffFields on SignOff {\n    id\n    decision\n    note\n    stale\n    superseded\n    organization {\n      id\n    }\n    user {\n      id\n      displayName\n    }\n    revision {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment ReviewSignOffFields on SignOff {\n    id\n    decision\n    note\n    stale\n    superseded\n    organization {\n      id\n    }\n    user {\n      id\n      displayName\n    }\n    revision {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionReview($id: ID!) {\n    section(id: $id) {\n      id\n      status\n      canComment\n      canSignOff\n      currentRevision {\n        id\n        number\n      }\n      requiredSignatories {\n        id\n        name\n        acronym\n      }\n      signOffs {\n        ...ReviewSignOffFields\n      }\n      signOffHistory {\n        ...ReviewSignOffFields\n      }\n      reviewCycles {\n        id\n        title\n        status\n        closesAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionReview($id: ID!) {\n    section(id: $id) {\n      id\n      status\n      canComment\n      canSignOff\n      currentRevision {\n        id\n        number\n      }\n      requiredSignatories {\n        id\n        name\n        acronym\n      }\n      signOffs {\n        ...ReviewSignOffFields\n      }\n      signOffHistory {\n        ...ReviewSignOffFields\n      }\n      reviewCycles {\n        id\n        title\n        status\n        closesAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectionThreads($id: ID!) {\n    section(id: $id) {\n      id\n      comments(includeResolved: true) {\n        ...ReviewThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SectionThreads($id: ID!) {\n    section(id: $id) {\n      id\n      comments(includeResolved: true) {\n        ...ReviewThreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      ...ReviewCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveComment($id: ID!, $resolved: Boolean!) {\n    resolveComment(id: $id, resolved: $resolved) {\n      ...ReviewCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSuggestion($commentId: ID!, $reason: String!) {\n    declineSuggestion(commentId: $commentId, reason: $reason) {\n      ...ReviewCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineSuggestion($commentId: ID!, $reason: String!) {\n    declineSuggestion(commentId: $commentId, reason: $reason) {\n      ...ReviewCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommentDisposition($input: SetCommentDispositionInput!) {\n    setCommentDisposition(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCommentDisposition($input: SetCommentDispositionInput!) {\n    setCommentDisposition(input: $input) {\n      ...ReviewCommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOff($input: SignOffInput!) {\n    signOff(input: $input) {\n      ...ReviewSignOffFields\n      section {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOff($input: SignOffInput!) {\n    signOff(input: $input) {\n      ...ReviewSignOffFields\n      section {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n      slug\n      kind\n      countryCode\n      myRole\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      name\n      slug\n      kind\n      countryCode\n      myRole\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFirstOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFirstOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFirstCoordinator($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddFirstCoordinator($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;