import { describe, expect, it } from 'vitest';
import { decideLiveAction, OUTLINE_EVENT_TYPES, type LiveContext, type LiveEvent } from './live-events';

const me = 'user-me';
const ana = { id: 'user-ana', displayName: 'Ana Coordinator' };
const at = '2024-05-03T14:02:00.000Z';

const event = (type: string, overrides: Partial<LiveEvent> = {}): LiveEvent => ({
  type,
  sectionId: 'open',
  at,
  actor: ana,
  ...overrides,
});

const reading: LiveContext = { currentUserId: me, openSectionId: 'open', editing: false };
const editing: LiveContext = { ...reading, editing: true };

describe('decideLiveAction', () => {
  it('ignores one’s own events, whatever they are and wherever one is', () => {
    for (const type of ['SECTION_SAVED', ...OUTLINE_EVENT_TYPES]) {
      for (const context of [reading, editing, { ...reading, openSectionId: 'other' }]) {
        expect(decideLiveAction(event(type, { actor: { id: me, displayName: 'Me' } }), context)).toEqual({ kind: 'ignore' });
      }
    }
  });

  it.each(['SECTION_ADDED', 'SECTION_RENAMED', 'SECTION_MOVED', 'SECTION_ARCHIVED', 'SECTION_ASSIGNED'])(
    'refetches the outline quietly when someone else does %s, even to the section being edited',
    (type) => {
      expect(decideLiveAction(event(type), reading)).toEqual({ kind: 'refetch-outline' });
      expect(decideLiveAction(event(type), editing)).toEqual({ kind: 'refetch-outline' });
      expect(decideLiveAction(event(type, { sectionId: 'elsewhere' }), reading)).toEqual({ kind: 'refetch-outline' });
    },
  );

  it('reloads the open section and announces it when someone else saves it while it is being read', () => {
    expect(decideLiveAction(event('SECTION_SAVED'), reading)).toEqual({
      kind: 'reload-section',
      sectionId: 'open',
      actorName: 'Ana Coordinator',
      at,
    });
  });

  it('leaves the editor alone and warns when someone else saves the section being edited', () => {
    expect(decideLiveAction(event('SECTION_SAVED'), editing)).toEqual({
      kind: 'warn-editor',
      sectionId: 'open',
      actorName: 'Ana Coordinator',
      at,
    });
  });

  it('refetches the outline (for its status) when someone else saves another section', () => {
    expect(decideLiveAction(event('SECTION_SAVED', { sectionId: 'other' }), reading)).toEqual({ kind: 'refetch-outline' });
    expect(decideLiveAction(event('SECTION_SAVED', { sectionId: 'other' }), editing)).toEqual({ kind: 'refetch-outline' });
    expect(decideLiveAction(event('SECTION_SAVED'), { ...reading, openSectionId: null })).toEqual({ kind: 'refetch-outline' });
  });

  it('treats events without a known actor (or before the user is known) as someone else’s', () => {
    expect(decideLiveAction(event('SECTION_SAVED', { actor: null }), reading)).toEqual({
      kind: 'reload-section',
      sectionId: 'open',
      actorName: null,
      at,
    });
    expect(decideLiveAction(event('SECTION_SAVED'), { ...editing, currentUserId: null })).toMatchObject({ kind: 'warn-editor' });
  });

  it('ignores event types it does not know', () => {
    expect(decideLiveAction(event('SOMETHING_NEW'), reading)).toEqual({ kind: 'ignore' });
  });

  describe('review events', () => {
    const review = (notice: 'commented' | 'signed-off' | null, outline = false) => ({
      kind: 'refresh-review',
      sectionId: 'open',
      outline,
      notice,
      actorName: 'Ana Coordinator',
      at,
    });

    it('refreshes the open section’s threads and sign-offs, announcing comments and sign-offs by others', () => {
      // Comments, resolutions and sign-offs change the outline's counts too.
      expect(decideLiveAction(event('COMMENT_ADDED'), reading)).toEqual(review('commented', true));
      expect(decideLiveAction(event('SIGNOFF_GIVEN'), editing)).toEqual(review('signed-off', true));
      for (const type of ['COMMENT_RESOLVED', 'COMMENT_REOPENED']) expect(decideLiveAction(event(type), reading)).toEqual(review(null, true));
      for (const type of ['COMMENT_DISPOSITION_SET', 'SUGGESTION_APPLIED', 'SUGGESTION_DECLINED']) {
        expect(decideLiveAction(event(type), reading)).toEqual(review(null));
      }
    });

    it('a status change refreshes the open section and the outline; elsewhere only the outline', () => {
      expect(decideLiveAction(event('SECTION_STATUS_CHANGED'), reading)).toEqual(review(null, true));
      expect(decideLiveAction(event('SECTION_STATUS_CHANGED', { sectionId: 'other' }), reading)).toEqual({ kind: 'refetch-outline' });
    });

    it("comments and sign-offs on other sections refresh only the outline's counts; dispositions nothing", () => {
      expect(decideLiveAction(event('COMMENT_ADDED', { sectionId: 'other' }), reading)).toEqual({ kind: 'refetch-outline' });
      expect(decideLiveAction(event('SIGNOFF_GIVEN', { sectionId: 'other' }), reading)).toEqual({ kind: 'refetch-outline' });
      expect(decideLiveAction(event('COMMENT_DISPOSITION_SET', { sectionId: 'other' }), reading)).toEqual({ kind: 'ignore' });
    });

    it('a cycle opening or closing refreshes the outline and the open section’s review side', () => {
      expect(decideLiveAction(event('REVIEW_CYCLE_OPENED', { sectionId: null }), reading)).toEqual({ kind: 'cycle-changed' });
      expect(decideLiveAction(event('REVIEW_CYCLE_CLOSED', { sectionId: null, actor: null }), editing)).toEqual({ kind: 'cycle-changed' });
    });

    it('ignores one’s own review events (the mutation already updated the screen) but refreshes the outline’s counts', () => {
      for (const type of ['SECTION_STATUS_CHANGED', 'REVIEW_CYCLE_OPENED', 'COMMENT_DISPOSITION_SET']) {
        expect(decideLiveAction(event(type, { actor: { id: me, displayName: 'Me' } }), reading)).toEqual({ kind: 'ignore' });
      }
      for (const type of ['COMMENT_ADDED', 'SIGNOFF_GIVEN']) {
        expect(decideLiveAction(event(type, { actor: { id: me, displayName: 'Me' } }), reading)).toEqual({ kind: 'refetch-outline' });
      }
    });
  });
});
