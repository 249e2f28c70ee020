import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { buildSchema, getNamedType, GraphQLInputObjectType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { DEMO, expect, mainNav, signIn, test } from './support/fixtures';

/**
 * Stored XSS: script payloads go into every text the product stores and shows,
 * then every screen that shows them is rendered in Chromium; no payload may run.
 * Three detectors: a `window.__xss` flag the payloads set, dialogs (alert), and
 * console messages; plus any request for the payloads' image `x`, which would
 * mean markup was injected even where a script was blocked.
 *
 * STORED_TEXTS is the one table of texts a client can store. A test below reads
 * the schema (apps/api/schema.gql) and fails when a String or JSON input is
 * missing from it, so a feature that adds a text must say here where it is
 * shown, store a payload in it in `arrange()`, and visit that screen.
 */

type Screen = 'my work' | 'workspaces' | 'admin' | 'profiles' | 'outline' | 'section' | 'editing' | 'history' | 'diff' | 'cycle' | 'releases' | 'portal' | 'indicators';
type StoredText = { shownOn: Screen[] } | { notShown: string };

const STORED_TEXTS: Record<string, StoredText> = {
  'CreateWorkspaceInput.name': { shownOn: ['workspaces', 'my work', 'admin', 'portal'] },
  'CreateWorkspaceInput.slug': { notShown: 'validated as lower-case letters, digits and hyphens' },
  'CreateWorkspaceInput.countryCode': { notShown: 'validated as two capital letters' },
  'CreateOrganizationInput.name': { shownOn: ['admin', 'my work', 'section'] },
  'CreateOrganizationInput.acronym': { shownOn: ['admin'] },
  'renameOrganization.name': { shownOn: ['admin', 'my work', 'section', 'cycle', 'portal'] },
  'renameOrganization.acronym': { shownOn: ['admin', 'portal'] },
  'AddMemberInput.displayName': { shownOn: ['my work', 'admin', 'history'] },
  'AddMemberInput.email': { notShown: 'validated as an e-mail address (shown in admin, cannot hold markup that runs)' },
  'AddMemberInput.password': { notShown: 'hashed, never shown' },
  'CreateProfileInput.title': { shownOn: ['profiles', 'outline', 'cycle', 'portal'] },
  'CreateProfileInput.edition': { shownOn: ['profiles', 'outline', 'cycle'] },
  'CreateProfileInput.templateKey': { notShown: 'one of the known templates' },
  'AddSectionInput.title': { shownOn: ['outline', 'section', 'cycle', 'portal'] },
  'renameSection.title': { shownOn: ['outline', 'section', 'cycle'] },
  'SaveSectionInput.content': { shownOn: ['section', 'editing', 'history', 'diff', 'portal'] },
  'SaveSectionInput.summary': { shownOn: ['history'] },
  // Comments: the section screen's review panel (threads, suggestions, dispositions) and the cycle's matrix.
  'AddCommentInput.body': { shownOn: ['section', 'cycle'] },
  'AddCommentInput.suggestion': { shownOn: ['section', 'cycle'] },
  'AnchorInput.quote': { notShown: 'must equal the revision text at the anchor, which is shown as the section text' },
  'declineSuggestion.reason': { shownOn: ['section', 'cycle'] },
  'SetCommentDispositionInput.reason': { shownOn: ['section', 'cycle'] },
  'OpenReviewCycleInput.title': { shownOn: ['outline', 'section', 'cycle'] },
  'SignOffInput.note': { shownOn: ['section', 'cycle'] },
  // Releases: the release page (readiness checklist, the release's notes and withdrawal reason); next editions are profiles.
  // The public portal shows a published (here: withdrawn) release: place, profile, organisations, sections, notes, reason.
  'PrepareReleaseInput.version': { notShown: 'validated as letters, digits, dots and hyphens (shown on the release page, cannot hold markup)' },
  'PrepareReleaseInput.notes': { shownOn: ['releases', 'portal'] },
  'withdrawRelease.reason': { shownOn: ['releases', 'portal'] },
  'StartNextEditionInput.title': { shownOn: ['profiles', 'releases'] },
  'StartNextEditionInput.edition': { shownOn: ['profiles', 'releases'] },
  // Tasks: My work (the caller's tasks, a coordinator's late tasks).
  'CreateTaskInput.title': { shownOn: ['my work'] },
  'CreateTaskInput.description': { shownOn: ['my work'] },
  // Accounts: the name a person chooses when accepting an invitation is their display name (admin, my work, history);
  // what a coordinator typed for an invitation shows in the admin's invitations table (AddMemberInput.displayName).
  'AcceptInvitationInput.displayName': { shownOn: ['admin', 'my work', 'history'] },
  'AcceptInvitationInput.token': { notShown: 'a link token, only looked up by its hash' },
  'AcceptInvitationInput.password': { notShown: 'hashed, never shown' },
  'changePassword.currentPassword': { notShown: 'credentials' },
  'changePassword.newPassword': { notShown: 'hashed, never shown' },
  'requestPasswordReset.email': { notShown: 'validated as an e-mail address, only looked up' },
  'resetPassword.token': { notShown: 'a link token, only looked up by its hash' },
  'resetPassword.newPassword': { notShown: 'hashed, never shown' },
  'setMyLocale.locale': { notShown: 'validated against the five supported language codes, then used as a code' },
  // Indicators: the catalogue page and the indicator page (definition, figures, differing figures and their footnote).
  'CreateIndicatorInput.code': { notShown: 'validated as capital letters, digits, dots, hyphens and underscores' },
  'CreateIndicatorInput.name': { shownOn: ['indicators'] },
  'CreateIndicatorInput.unit': { shownOn: ['indicators'] },
  'CreateIndicatorInput.definition': { shownOn: ['indicators'] },
  'CreateIndicatorInput.internationalReference': { shownOn: ['indicators'] },
  'CreateIndicatorInput.sdgTarget': { shownOn: ['indicators'] },
  'IndicatorInput.name': { shownOn: ['indicators'] },
  'IndicatorInput.unit': { shownOn: ['indicators'] },
  'IndicatorInput.definition': { shownOn: ['indicators'] },
  'IndicatorInput.internationalReference': { shownOn: ['indicators'] },
  'IndicatorInput.sdgTarget': { shownOn: ['indicators'] },
  'AdoptIndicatorCatalogueInput.decision': { shownOn: ['indicators'] },
  'AdoptIndicatorCatalogueInput.adoptedOn': { notShown: 'validated as an ISO date' },
  'RecordDataPointInput.unit': { shownOn: ['indicators'] },
  'RecordDataPointInput.period': { notShown: 'validated as a year, range, quarter or month' },
  'RecordDataPointInput.ageGroup': { shownOn: ['indicators'] },
  'RecordDataPointInput.countryCode': { notShown: 'validated as two capital letters' },
  'RecordDataPointInput.sourceName': { shownOn: ['indicators'] },
  'RecordDataPointInput.nationalDefinition': { shownOn: ['indicators'] },
  'RecordDataPointInput.comparabilityNote': { shownOn: ['indicators'] },
  'RecordDataPointInput.note': { shownOn: ['indicators'] },
  'ResolveDifferingFiguresInput.period': { notShown: 'names an existing slice (validated period)' },
  'ResolveDifferingFiguresInput.ageGroup': { notShown: 'names an existing slice, whose age group is shown as the figure\'s' },
  'ResolveDifferingFiguresInput.countryCode': { notShown: 'validated as two capital letters' },
  'ResolveDifferingFiguresInput.footnote': { shownOn: ['indicators'] },
  'IndicatorDataFileInput.fileName': { notShown: "stored for the audit log only; the import screen shows the name of the file chosen in the person's own browser" },
  'IndicatorDataFileInput.contentBase64': { notShown: 'the file itself: its rows become figures, whose texts are the RecordDataPointInput rows above' },
  'login.email': { notShown: 'credentials' },
  'login.password': { notShown: 'credentials' },
  'logout.refreshToken': { notShown: 'credentials' },
  'refreshSession.refreshToken': { notShown: 'credentials' },
};

/** Every String and JSON input of the schema's mutations, as `InputType.field` or `mutation.argument`. */
function textInputsOfSchema(): string[] {
  const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'api', 'schema.gql'), 'utf8'));
  const found = new Set<string>();
  const visit = (owner: string, name: string, type: GraphQLInputType, seen: Set<string>) => {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return;
      seen.add(named.name);
      for (const field of Object.values((named as GraphQLInputObjectType).getFields())) visit(named.name, field.name, field.type, seen);
    } else if (named.name === 'String' || named.name === 'JSON') {
      found.add(`${owner}.${name}`);
    }
  };
  for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    for (const arg of mutation.args) visit(mutation.name, arg.name, arg.type, new Set());
  }
  return [...found].sort();
}

// ---------------------------------------------------------------- payloads

/** Each label makes the payload findable on screen; every vector sets the flag, opens a dialog or logs. */
const payload = (label: string) =>
  `${label} "><img src=x onerror=window.__xss=1><svg onload=alert(1)><script>window.__xss=1</script>`;
const SHORT_PAYLOAD = '<svg/onload=alert()>'; // 20 characters: fits an acronym
const EDITION_PAYLOAD = '<img src=x onerror=console.error(1)>';

const doc = (...blocks: unknown[]) => ({ type: 'doc', content: blocks });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...inline: unknown[]) => ({ type: 'paragraph', content: inline });

/** Rich text with a payload in every node and mark that holds text or attributes. */
function richContent(run: string, withLinkAttributes: boolean) {
  const link = {
    type: 'link',
    attrs: {
      href: 'https://example.org/"><img src=x onerror=window.__xss=1>',
      ...(withLinkAttributes
        ? { target: '_blank" onmouseover="window.__xss=1', rel: '"><script>window.__xss=1</script>', class: 'x" onfocus="window.__xss=1" autofocus="' }
        : {}),
    },
  };
  return doc(
    { type: 'heading', attrs: { level: 2 }, content: [text(payload(`Heading ${run}`))] },
    paragraph(text(payload(`Plain ${run}`))),
    paragraph(text(payload(`Bold ${run}`), [{ type: 'bold' }]), text(payload(`Italic ${run}`), [{ type: 'italic' }])),
    paragraph(text(payload(`Link ${run}`), [link])),
    paragraph(text('A claim with a note'), { type: 'footnote', attrs: { text: payload(`Footnote ${run}`) } }),
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text(payload(`List ${run}`)))] }] },
    { type: 'blockquote', content: [paragraph(text(payload(`Quote ${run}`)))] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph(text(payload(`Header ${run}`)))] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text(payload(`Cell ${run}`)))] }] },
      ],
    },
    // A table of indicator figures: its caption is stored text; attributes beyond the allow-list are dropped.
    {
      type: 'indicatorBlock',
      attrs: {
        codes: ['XSS.PROBE'],
        caption: payload(`Figures ${run}`),
        ...(withLinkAttributes ? { onclick: 'window.__xss=1', style: 'background:url(javascript:window.__xss=1)' } : {}),
      },
    },
  );
}

// ---------------------------------------------------------------- arranging through the API

async function gql(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions: { code: string } }> };
}

async function must(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await gql(request, query, variables, token);
  if (!res.data || res.errors) throw new Error(`Arrangement failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

const login = async (request: APIRequestContext, email: string, password: string) =>
  (await must(request, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: password }))['login']
    .accessToken as string;

interface Arranged {
  coordinator: { email: string; password: string };
  workspaceName: string;
  organizationName: string;
  profileTitle: string;
  sectionTitle: string;
  summary: string;
  /** A review cycle on the section, with a payload in its title, and a sign-off with a payload in its note. */
  cycleId: string;
  cycleTitle: string;
  signOffNote: string;
  /** The profile above, blocked (changes requested, open threads): its release page lists payload titles as blockers. */
  profileId: string;
  /** A second, approved profile released with payload notes, published, continued and withdrawn with a payload reason. */
  releaseProfileId: string;
  releaseId: string;
  releaseNotes: string;
  withdrawalReason: string;
  nextEditionTitle: string;
  /** An indicator with payloads in every text, two organisations' differing figures and a payload footnote. */
  indicatorId: string;
  run: string;
}

async function arrange(request: APIRequestContext): Promise<Arranged> {
  const run = Date.now().toString(36);
  const admin = await login(request, DEMO.admin.email, DEMO.admin.password);
  const workspaceName = payload(`Workspace ${run}`);
  const workspace = await must(
    request,
    `mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }`,
    { i: { name: workspaceName, slug: `xss-${run}`, kind: 'NATIONAL', countryCode: 'XX' } },
    admin,
  );
  const workspaceId = workspace['createWorkspace'].id as string;
  const org = await must(
    request,
    `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
    { i: { workspaceId, name: payload(`Org draft ${run}`), acronym: SHORT_PAYLOAD, kind: 'MINISTRY' } },
    admin,
  );
  const organizationId = org['createOrganization'].id as string;
  const organizationName = payload(`Organisation ${run}`);
  await must(
    request,
    `mutation($id: ID!, $n: String!, $a: String) { renameOrganization(id: $id, name: $n, acronym: $a) { id } }`,
    { id: organizationId, n: organizationName, a: SHORT_PAYLOAD },
    admin,
  );
  const coordinator = { email: `xss.coordinator.${run}@demo.example`, password: 'Coordinator-xss-2024!' };
  for (const [who, role] of [
    [coordinator, 'COORDINATOR'],
    [{ email: `xss.focal.${run}@demo.example`, password: 'FocalPoint-xss-2024!' }, 'FOCAL_POINT'],
  ] as const) {
    await must(
      request,
      `mutation($i: AddMemberInput!) { addMember(input: $i) { id } }`,
      { i: { workspaceId, organizationId, role, email: who.email, password: who.password, displayName: payload(`Person ${role} ${run}`) } },
      admin,
    );
  }

  // One person invited and not answering (the name typed for them waits in the invitations table), and one who
  // accepts their e-mailed link choosing their own name (the link read from the development outbox).
  const invitedEmail = `xss.invited.${run}@demo.example`;
  await must(
    request,
    `mutation($i: AddMemberInput!) { addMember(input: $i) { id } }`,
    { i: { workspaceId, organizationId, role: 'OBSERVER', email: invitedEmail, displayName: payload(`Invited ${run}`) } },
    admin,
  );
  const joiningEmail = `xss.joining.${run}@demo.example`;
  await must(
    request,
    `mutation($i: AddMemberInput!) { addMember(input: $i) { id } }`,
    { i: { workspaceId, organizationId, role: 'OBSERVER', email: joiningEmail, displayName: 'Typed by the admin' } },
    admin,
  );
  const [mail] = (await (await request.get(`/dev/mail/messages.json?to=${encodeURIComponent(joiningEmail)}`)).json()) as Array<{ text: string }>;
  const invitationToken = /\/invitation#([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
  await must(
    request,
    `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`,
    { i: { token: invitationToken, displayName: payload(`Joined ${run}`), password: 'Joined-xss-2024-password' } },
  );

  const token = await login(request, coordinator.email, coordinator.password);
  const profileTitle = payload(`Profile ${run}`);
  const profile = await must(
    request,
    `mutation($i: CreateProfileInput!) { createProfile(input: $i) { id } }`,
    { i: { workspaceId, title: profileTitle, edition: EDITION_PAYLOAD } },
    token,
  );
  const profileId = profile['createProfile'].id as string;
  const added = await must(request, `mutation($i: AddSectionInput!) { addSection(input: $i) { id } }`, { i: { profileId, title: payload(`Draft title ${run}`) } }, token);
  const sectionId = added['addSection'].id as string;
  const sectionTitle = payload(`Section ${run}`);
  await must(request, `mutation($id: ID!, $t: String!) { renameSection(id: $id, title: $t) { id } }`, { id: sectionId, t: sectionTitle }, token);
  await must(request, `mutation($s: ID!, $o: [ID!]!) { assignSection(sectionId: $s, organizationIds: $o) { id } }`, { s: sectionId, o: [organizationId] }, token);

  // javascript: links are refused outright.
  const scriptLink = await gql(
    request,
    `mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }`,
    { i: { sectionId, baseRevisionId: null, content: doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'javascript:window.__xss=1' } }]))) } },
    token,
  );
  expect(scriptLink.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

  // Two revisions, so that history and the comparison have payloads on both sides. Link attributes beyond
  // href are either refused (an allow-list) or stored; both are safe as long as nothing runs.
  const summary = payload(`Summary ${run}`);
  const save = (content: unknown, base: string | null) =>
    gql(request, `mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }`, { i: { sectionId, baseRevisionId: base, content, summary } }, token);
  let first = await save(richContent(run, true), null);
  if (first.errors?.[0]?.extensions.code === 'BAD_USER_INPUT') first = await save(richContent(run, false), null);
  const firstId = first.data?.['saveSection']?.id as string | undefined;
  if (!firstId) throw new Error(`Arrangement failed: ${JSON.stringify(first.errors)}`);
  const second = await save(doc(...richContent(run, false).content, paragraph(text(payload(`Added ${run}`)))), firstId);
  if (!second.data?.['saveSection']) throw new Error(`Arrangement failed: ${JSON.stringify(second.errors)}`);

  // Comments: an internal thread on a passage with suggested wording, declined; then a cycle comment with a disposition.
  const read = await must(request, `query($id: ID!) { section(id: $id) { currentRevision { id text } } }`, { id: sectionId }, token);
  const { id: revisionId, text: plain } = read['section'].currentRevision as { id: string; text: string };
  const quote = payload(`Plain ${run}`);
  const addComment = `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`;
  const internal = await must(
    request,
    addComment,
    {
      i: {
        sectionId,
        revisionId,
        body: payload(`Comment ${run}`),
        anchor: { start: plain.indexOf(quote), end: plain.indexOf(quote) + quote.length, quote },
        suggestion: payload(`Suggestion ${run}`),
      },
    },
    token,
  );
  await must(
    request,
    `mutation($id: ID!, $r: String!) { declineSuggestion(commentId: $id, reason: $r) { id } }`,
    { id: internal['addComment'].id, r: payload(`Declined ${run}`) },
    token,
  );
  // A review cycle in which the coordinator's organisation takes part and signs.
  const cycleTitle = payload(`Cycle ${run}`);
  const cycle = await must(
    request,
    `mutation($i: OpenReviewCycleInput!) { openReviewCycle(input: $i) { id } }`,
    {
      i: {
        profileId,
        title: cycleTitle,
        sectionIds: [sectionId],
        participantOrganizationIds: [organizationId],
        requiredSignatoryOrganizationIds: [organizationId],
        closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
      },
    },
    token,
  );
  const inCycle = await must(request, addComment, { i: { sectionId, revisionId, body: payload(`Cycle comment ${run}`) } }, token);
  await must(
    request,
    `mutation($i: SetCommentDispositionInput!) { setCommentDisposition(input: $i) { id } }`,
    { i: { commentId: inCycle['addComment'].id, disposition: 'PARTLY_ACCEPTED', reason: payload(`Disposition ${run}`) } },
    token,
  );

  const signOffNote = payload(`Sign-off ${run}`);
  await must(
    request,
    `mutation($i: SignOffInput!) { signOff(input: $i) { id } }`,
    { i: { sectionId, revisionId: second.data['saveSection'].id, decision: 'REQUEST_CHANGES', note: signOffNote } },
    token,
  );

  // A release: a second profile whose one section its organisation approved in a cycle of its own.
  const released = await must(
    request,
    `mutation($i: CreateProfileInput!) { createProfile(input: $i) { id } }`,
    { i: { workspaceId, title: payload(`Earlier edition ${run}`), edition: '2019' } },
    token,
  );
  const releaseProfileId = released['createProfile'].id as string;
  const releasedSection = await must(request, `mutation($i: AddSectionInput!) { addSection(input: $i) { id } }`, { i: { profileId: releaseProfileId, title: payload(`Released section ${run}`) } }, token);
  const releasedSectionId = releasedSection['addSection'].id as string;
  const releasedRevision = await must(
    request,
    `mutation($i: SaveSectionInput!) { saveSection(input: $i) { id } }`,
    { i: { sectionId: releasedSectionId, baseRevisionId: null, content: richContent(run, false) } },
    token,
  );
  await must(
    request,
    `mutation($i: OpenReviewCycleInput!) { openReviewCycle(input: $i) { id } }`,
    {
      i: {
        profileId: releaseProfileId,
        title: `Validation ${run}`,
        sectionIds: [releasedSectionId],
        participantOrganizationIds: [organizationId],
        requiredSignatoryOrganizationIds: [organizationId],
        closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
      },
    },
    token,
  );
  await must(
    request,
    `mutation($i: SignOffInput!) { signOff(input: $i) { id } }`,
    { i: { sectionId: releasedSectionId, revisionId: releasedRevision['saveSection'].id, decision: 'APPROVE' } },
    token,
  );
  const releaseNotes = payload(`Release notes ${run}`);
  const prepared = await must(
    request,
    `mutation($i: PrepareReleaseInput!) { prepareRelease(input: $i) { id } }`,
    { i: { profileId: releaseProfileId, version: '2019.1', notes: releaseNotes } },
    token,
  );
  const releaseId = prepared['prepareRelease'].id as string;
  await must(request, `mutation($id: ID!) { publishRelease(id: $id) { id } }`, { id: releaseId }, token);
  const nextEditionTitle = payload(`Next edition ${run}`);
  await must(
    request,
    `mutation($i: StartNextEditionInput!) { startNextEdition(input: $i) { id } }`,
    { i: { releaseId, title: nextEditionTitle, edition: EDITION_PAYLOAD } },
    token,
  );
  const withdrawalReason = payload(`Withdrawn ${run}`);
  await must(request, `mutation($id: ID!, $r: String!) { withdrawRelease(id: $id, reason: $r) { id } }`, { id: releaseId, r: withdrawalReason }, token);
  // A late task for the coordinator's organisation: on their My work, among their tasks and the late ones.
  await must(
    request,
    `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`,
    { i: { profileId, title: payload(`Task ${run}`), description: payload(`Task details ${run}`), assigneeOrganizationId: organizationId, dueAt: '2020-01-01T00:00:00Z' } },
    token,
  );

  const indicatorId = (
    await must(
      request,
      `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`,
      { i: { workspaceId, code: 'XSS.1', name: payload(`Indicator ${run}`), unit: payload('Unit'), definition: payload(`Definition ${run}`), internationalReference: payload(`Reference ${run}`), sdgTarget: SHORT_PAYLOAD, gmgPart: 'IV' } },
      token,
    )
  )['createIndicator'].id as string;
  await must(request, `mutation($i: AdoptIndicatorCatalogueInput!) { adoptIndicatorCatalogue(input: $i) { id } }`, { i: { workspaceId, decision: payload(`Decision ${run}`), adoptedOn: '2025-03-12' } }, token);
  const secondOrganizationId = (
    await must(request, `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { workspaceId, name: `Statistics ${run}`, kind: 'GOVERNMENT_AGENCY' } }, token)
  )['createOrganization'].id as string;
  const figureIds: string[] = [];
  for (const [org, value] of [[organizationId, 100], [secondOrganizationId, 90]] as const) {
    const figure = await must(
      request,
      `mutation($i: RecordDataPointInput!) { recordDataPoint(input: $i) { id } }`,
      {
        i: {
          indicatorId, organizationId: org, value, period: '2023', ageGroup: SHORT_PAYLOAD, unit: payload('Figure unit'), sourceType: 'SURVEY',
          sourceName: payload(`Source ${run}`), nationalDefinition: payload(`National definition ${run}`), comparability: 'PARTLY_COMPARABLE',
          comparabilityNote: payload(`Comparability ${run}`), note: payload(`Note ${run}`),
        },
      },
      token,
    );
    figureIds.push(figure['recordDataPoint'].id as string);
  }
  await must(
    request,
    `mutation($i: ResolveDifferingFiguresInput!) { resolveDifferingFigures(input: $i) { period } }`,
    { i: { indicatorId, period: '2023', ageGroup: SHORT_PAYLOAD, footnote: payload(`Footnote ${run}`) } },
    token,
  );

  return {
    indicatorId,
    profileId,
    releaseProfileId,
    releaseId,
    releaseNotes,
    withdrawalReason,
    nextEditionTitle,
    coordinator,
    workspaceName,
    organizationName,
    profileTitle,
    sectionTitle,
    summary,
    cycleId: cycle['openReviewCycle'].id as string,
    cycleTitle,
    signOffNote,
    run,
  };
}

// ---------------------------------------------------------------- detecting execution

interface Detector {
  /** Fails when any payload ran (or injected markup) since the page opened. */
  assertNothingRan(where: string): Promise<void>;
}

async function watch(page: Page): Promise<Detector> {
  const events: string[] = [];
  page.on('dialog', (dialog) => {
    events.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    // The payloads log "1"; the app's own messages are longer.
    if (message.text().trim() === '1') events.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (/\/x$/.test(new URL(request.url()).pathname)) events.push(`injected image requested: ${request.url()}`);
  });
  await page.addInitScript(() => {
    (window as unknown as { __xss?: number }).__xss = 0;
  });
  return {
    async assertNothingRan(where) {
      const flag = await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);
      expect({ where, flag, events }).toEqual({ where, flag: 0, events: [] });
    },
  };
}

/** Hovers over and focuses every link in `scope` (without waiting for each), for payloads that wait for a person. */
async function touchLinks(scope: ReturnType<Page['locator']>) {
  await scope.locator('a').evaluateAll((links) =>
    links.forEach((link) => {
      link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      (link as HTMLElement).focus();
    }),
  );
}

// ---------------------------------------------------------------- the journeys

test.describe('stored script payloads never run', () => {
  test('every stored text of the schema is in STORED_TEXTS', () => {
    expect(textInputsOfSchema()).toEqual(Object.keys(STORED_TEXTS).sort());
  });

  test('payloads in every stored text are shown as text on every screen, as coordinator and platform admin', async ({ page, request, browser, baseURL }) => {
    test.setTimeout(180_000);
    const a = await arrange(request);
    const detector = await watch(page);

    // The coordinator of the new workspace: My work, Workspaces, Admin.
    await signIn(page, a.coordinator);
    const main = page.getByRole('main');
    await expect(main).toContainText(a.workspaceName);
    await expect(main).toContainText(a.organizationName);
    await expect(main).toContainText(`Hello, ${payload(`Person COORDINATOR ${a.run}`)}`);
    await expect(main.getByRole('list', { name: 'Your tasks' })).toContainText(payload(`Task ${a.run}`));
    await expect(main.getByRole('list', { name: 'Late tasks' })).toContainText(payload(`Task details ${a.run}`));
    await detector.assertNothingRan('my work');

    await mainNav(page).getByRole('link', { name: 'Workspaces' }).click();
    await expect(main.getByRole('table')).toContainText(a.workspaceName);
    await detector.assertNothingRan('workspaces');

    await mainNav(page).getByRole('link', { name: 'Admin' }).click();
    await expect(page.getByRole('table', { name: 'Organisations in this workspace' })).toContainText(a.organizationName);
    await expect(page.getByRole('table', { name: 'Organisations in this workspace' })).toContainText(SHORT_PAYLOAD);
    await expect(page.getByRole('table', { name: 'Active members of this workspace' })).toContainText(`Person FOCAL_POINT ${a.run}`);
    await expect(page.getByRole('table', { name: 'Active members of this workspace' })).toContainText(`Joined ${a.run}`);
    await expect(page.getByRole('table', { name: 'Invitations waiting for an answer' })).toContainText(`Invited ${a.run}`);
    await detector.assertNothingRan('admin');

    // Profiles, the outline, reading a section.
    await mainNav(page).getByRole('link', { name: 'Profiles' }).click();
    await expect(main).toContainText(EDITION_PAYLOAD);
    await page.getByRole('link', { name: a.profileTitle }).click();
    const outline = page.getByRole('navigation', { name: 'Outline' });
    await expect(outline).toContainText(a.sectionTitle);
    await detector.assertNothingRan('profiles and outline');

    await outline.getByRole('link', { name: a.sectionTitle }).click();
    const article = page.getByRole('article', { name: new RegExp(`Section ${a.run}`) });
    for (const label of ['Heading', 'Plain', 'Bold', 'Italic', 'Link', 'Footnote', 'List', 'Quote', 'Header', 'Cell', 'Added']) {
      await expect(article).toContainText(payload(`${label} ${a.run}`));
    }
    await touchLinks(article);
    await detector.assertNothingRan('section reading');

    // A link to a thread whose id is a payload (a crafted link): it is only looked up among the threads, never shown.
    await page.goto(`${new URL(page.url()).pathname}?thread=${encodeURIComponent(SHORT_PAYLOAD)}`);
    await expect(article).toContainText(payload(`Plain ${a.run}`));
    await detector.assertNothingRan('section opened on a hostile thread link');

    // The same section as the server paints it in the page, before the app's scripts have run (docs/adr/0031).
    let releaseScripts = () => undefined as void;
    const held = new Promise<void>((resolve) => (releaseScripts = resolve));
    const appScripts = /\/assets\/.+\.js$/;
    await page.route(appScripts, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL(page.url()).pathname, { waitUntil: 'commit' });
    const firstPaint = page.locator('#first-paint');
    for (const label of ['Heading', 'Plain', 'Bold', 'Link', 'Cell']) await expect(firstPaint.getByRole('article')).toContainText(payload(`${label} ${a.run}`));
    await expect(firstPaint.getByRole('heading', { level: 1 })).toContainText(a.sectionTitle);
    await expect(firstPaint).toContainText(a.profileTitle);
    await detector.assertNothingRan('section painted by the server');
    // From here on the route lets every script through at once.
    releaseScripts();
    await expect(firstPaint).toHaveCount(0);
    await expect(article).toContainText(payload(`Plain ${a.run}`));

    // History: open the older revision, then compare the two.
    const history = page.getByRole('complementary', { name: 'Section details and history' });
    const revisions = history.getByRole('list', { name: 'Revisions, newest first' });
    await expect(revisions).toContainText(a.summary);
    await revisions.getByRole('button', { name: 'Open revision 1' }).click();
    const revisionDialog = page.getByRole('dialog', { name: 'Revision 1' });
    await expect(revisionDialog).toContainText(a.summary);
    await expect(revisionDialog).toContainText(`Person COORDINATOR ${a.run}`);
    await touchLinks(revisionDialog);
    await revisionDialog.getByRole('button', { name: 'Close', exact: true }).click();
    await detector.assertNothingRan('history');

    await revisions.getByRole('checkbox', { name: /^Compare revision/ }).nth(0).check();
    await revisions.getByRole('checkbox', { name: /^Compare revision/ }).nth(1).check();
    await history.getByRole('button', { name: 'Compare selected' }).click();
    const compare = page.getByRole('dialog', { name: /^Compare revision \d+ with revision \d+$/ });
    await expect(compare).toContainText(`Added ${a.run}`);
    await compare.getByRole('button', { name: 'Inline' }).click();
    await expect(compare).toContainText(`Added ${a.run}`);
    await compare.getByRole('button', { name: 'Close', exact: true }).click();
    await detector.assertNothingRan('diff');

    // Editing: the rich-text editor renders the same content from its JSON.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const editor = page.getByRole('textbox', { name: /^Text of / });
    await expect(editor).toContainText(payload(`Plain ${a.run}`));
    await touchLinks(editor);
    await detector.assertNothingRan('editing');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(editor).toHaveCount(0);

    // Releases: the blocked profile's checklist names payload titles; the released one shows its notes and reason.
    await page.goto(`/releases?profile=${a.profileId}`);
    const blockers = page.getByRole('list', { name: 'What blocks a release' });
    await expect(blockers).toContainText(a.sectionTitle);
    await touchLinks(blockers);
    await detector.assertNothingRan('releases: readiness');
    await page.goto(`/releases?profile=${a.releaseProfileId}&release=${a.releaseId}`);
    const release = page.getByRole('region', { name: 'Release 2019.1' });
    await expect(release).toContainText(a.releaseNotes);
    await expect(release).toContainText(a.withdrawalReason);
    await expect(release).toContainText(payload(`Released section ${a.run}`));
    await detector.assertNothingRan('releases: release');
    // Indicators: the catalogue (name, unit, adopted decision) and the indicator's page (every text of it and its figures).
    await mainNav(page).getByRole('link', { name: 'Indicators' }).click();
    await expect(main).toContainText(payload(`Indicator ${a.run}`));
    await expect(main).toContainText(payload(`Decision ${a.run}`));
    await expect(main).toContainText(payload('Unit'));
    await touchLinks(main);
    await detector.assertNothingRan('indicators: catalogue');
    await page.goto(`/indicators/${a.indicatorId}`);
    for (const label of [`Definition ${a.run}`, `Reference ${a.run}`, `Source ${a.run}`, `National definition ${a.run}`, `Comparability ${a.run}`, `Note ${a.run}`, `Footnote ${a.run}`, 'Figure unit']) {
      await expect(main).toContainText(payload(label));
    }
    await expect(main).toContainText(SHORT_PAYLOAD);
    await detector.assertNothingRan('indicators: indicator');
    await mainNav(page).getByRole('link', { name: 'Profiles' }).click();
    await expect(main).toContainText(a.nextEditionTitle);
    await detector.assertNothingRan('profiles: next edition');
    // The review cycles list and the cycle's page, with both matrices (the coordinator sees them).
    await mainNav(page).getByRole('link', { name: 'Review cycles' }).click();
    const cycles = page.getByRole('table', { name: 'Review cycles, open ones first' });
    await expect(cycles).toContainText(a.cycleTitle);
    await expect(cycles).toContainText(a.profileTitle);
    await expect(cycles).toContainText(EDITION_PAYLOAD);
    await touchLinks(cycles);
    await detector.assertNothingRan('review cycles');
    await cycles.getByRole('link', { name: `Cycle ${a.run}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(a.cycleTitle);
    const signOffs = page.getByRole('table', { name: "Each required organisation's decision on each section's current text" });
    await expect(signOffs).toContainText(a.sectionTitle);
    await expect(signOffs).toContainText(a.signOffNote);
    const responses = page.getByRole('table', { name: 'How each comment from a participating organisation was answered' });
    await expect(responses).toContainText(payload(`Cycle comment ${a.run}`));
    await expect(responses).toContainText(payload(`Disposition ${a.run}`));
    await expect(main).toContainText(a.organizationName);
    await expect(main).toContainText(a.profileTitle);
    await touchLinks(main);
    await detector.assertNothingRan('cycle');

    // The public portal, anonymously: the list of places, the place, the (withdrawn) release's reader, a section's own
    // page and the compare view, all server-rendered HTML with the stored texts escaped.
    const anonymous = await browser.newContext({ baseURL });
    try {
      const portal = await anonymous.newPage();
      const portalDetector = await watch(portal);
      await portal.goto('/portal');
      await expect(portal.getByRole('main')).toContainText(a.workspaceName);
      await portal.goto(`/portal/places/xss-${a.run}`);
      await expect(portal.getByRole('main')).toContainText(payload(`Earlier edition ${a.run}`));
      await portalDetector.assertNothingRan('portal: places');
      await portal.goto(`/portal/releases/${a.releaseId}`);
      const reader = portal.getByRole('main');
      for (const shown of [a.workspaceName, a.organizationName, SHORT_PAYLOAD, a.releaseNotes, a.withdrawalReason, payload(`Released section ${a.run}`)]) {
        await expect(reader).toContainText(shown);
      }
      for (const label of ['Heading', 'Plain', 'Bold', 'Italic', 'Link', 'Footnote', 'List', 'Quote', 'Header', 'Cell']) {
        await expect(reader).toContainText(payload(`${label} ${a.run}`));
      }
      await touchLinks(reader);
      await portalDetector.assertNothingRan('portal: release reader');
      await reader.getByRole('link', { name: /^Link to this section/ }).first().click();
      await expect(portal.getByRole('heading', { level: 1 })).toContainText(payload(`Released section ${a.run}`));
      await expect(portal.getByRole('main')).toContainText(payload(`Footnote ${a.run}`));
      await touchLinks(portal.getByRole('main'));
      await portalDetector.assertNothingRan('portal: section page');
      await portal.goto(`/portal/compare?from=${a.releaseId}&to=${a.releaseId}`);
      await expect(portal.getByRole('main')).toContainText(payload(`Released section ${a.run}`));
      await portal.getByText('Show the text').first().click();
      await expect(portal.getByRole('main')).toContainText(payload(`Plain ${a.run}`));
      await portalDetector.assertNothingRan('portal: compare');
    } finally {
      await anonymous.close();
    }

    // The platform admin, who is not a member: the workspace list and that workspace's My work and Admin.
    const context = await browser.newContext({ baseURL });
    try {
      const adminPage = await context.newPage();
      const adminDetector = await watch(adminPage);
      await signIn(adminPage, DEMO.admin);
      await mainNav(adminPage).getByRole('link', { name: 'Workspaces' }).click();
      const adminMain = adminPage.getByRole('main');
      await expect(adminMain.getByRole('table')).toContainText(a.workspaceName);
      await adminPage.getByRole('link', { name: `Open ${a.workspaceName}` }).click();
      await expect(adminPage.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
      await expect(adminMain).toContainText(a.workspaceName);
      await mainNav(adminPage).getByRole('link', { name: 'Admin' }).click();
      await expect(adminPage.getByRole('table', { name: 'Active members of this workspace' })).toContainText(`Person COORDINATOR ${a.run}`);
      await adminDetector.assertNothingRan('platform admin: workspaces, my work, admin');
    } finally {
      await context.close();
    }
  });
});
