import type { SectionReviewScopeProps } from '@mps/web-util';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { useLocation } from 'react-router';

/** A passage of the current revision: offsets into its text, and the quote. */
export interface SelectedPassage {
  revisionId: string;
  start: number;
  end: number;
  quote: string;
}

/** A request to move focus somewhere (the counter makes a repeated request for the same thread count again). */
interface FocusRequest {
  threadId: string;
  seq: number;
}

export interface ReviewScope {
  /** The thread selected in the panel (its passage is highlighted more strongly). */
  selectedThreadId: string | null;
  /** Selects a thread; from a passage, focus moves to the thread in the panel. */
  selectThread(threadId: string | null, options?: { focusThread?: boolean }): void;
  threadFocus: FocusRequest | null;
  /** "Show passage": scroll to the thread's highlight and focus it. */
  showPassage(threadId: string): void;
  passageFocus: FocusRequest | null;
  /** The passage currently selected in the text (kept until the next selection). */
  selection: SelectedPassage | null;
  setSelection(selection: SelectedPassage | null): void;
  /** The new-comment form, open on a passage (or on the section as a whole: passage null). */
  composing: { passage: SelectedPassage | null; seq: number } | null;
  startComment(passage: SelectedPassage | null): void;
  stopComment(): void;
}

const ReviewScopeContext = createContext<ReviewScope | null>(null);

/**
 * What the reading view and the panel of one section share. A link to one thread (`?thread=<id>`, as notifications,
 * their e-mails and My work give) selects that thread and moves focus to it in the panel once it is listed.
 */
export function ReviewScopeProvider({ children }: SectionReviewScopeProps) {
  const [selectedThreadId, setSelectedThreadId] = useState<string | null>(null);
  const [threadFocus, setThreadFocus] = useState<FocusRequest | null>(null);
  const [passageFocus, setPassageFocus] = useState<FocusRequest | null>(null);
  const [selection, setSelection] = useState<SelectedPassage | null>(null);
  const [composing, setComposing] = useState<ReviewScope['composing']>(null);

  const selectThread = useCallback<ReviewScope['selectThread']>((threadId, options) => {
    setSelectedThreadId(threadId);
    if (threadId && options?.focusThread) setThreadFocus((prev) => ({ threadId, seq: (prev?.seq ?? 0) + 1 }));
  }, []);
  const showPassage = useCallback((threadId: string) => {
    setSelectedThreadId(threadId);
    setPassageFocus((prev) => ({ threadId, seq: (prev?.seq ?? 0) + 1 }));
  }, []);
  const startComment = useCallback((passage: SelectedPassage | null) => {
    setComposing((prev) => ({ passage, seq: (prev?.seq ?? 0) + 1 }));
  }, []);
  const stopComment = useCallback(() => setComposing(null), []);

  // A new link is taken while rendering (React's way to adjust state to a changed input), not in an effect after it.
  // Each navigation to a link counts, also one to the address already shown (the same link followed again after
  // reading elsewhere on the page): the router gives every navigation its own location key.
  const location = useLocation();
  const linkedThread = new URLSearchParams(location.search).get('thread');
  const link = linkedThread ? `${location.key} ${linkedThread}` : null;
  const [linkTaken, setLinkTaken] = useState<string | null>(null);
  if (linkedThread && link !== linkTaken) {
    setLinkTaken(link);
    setSelectedThreadId(linkedThread);
    setThreadFocus((prev) => ({ threadId: linkedThread, seq: (prev?.seq ?? 0) + 1 }));
  }

  const value = useMemo<ReviewScope>(
    () => ({
      selectedThreadId,
      selectThread,
      threadFocus,
      showPassage,
      passageFocus,
      selection,
      setSelection,
      composing,
      startComment,
      stopComment,
    }),
    [selectedThreadId, selectThread, threadFocus, showPassage, passageFocus, selection, composing, startComment, stopComment],
  );
  return <ReviewScopeContext.Provider value={value}>{children}</ReviewScopeContext.Provider>;
}

/** The section's review scope; outside one (a test rendering a part alone), a scope that keeps nothing. */
export function useReviewScope(): ReviewScope {
  return useContext(ReviewScopeContext) ?? NO_SCOPE;
}

const NO_SCOPE: ReviewScope = {
  selectedThreadId: null,
  selectThread: () => undefined,
  threadFocus: null,
  showPassage: () => undefined,
  passageFocus: null,
  selection: null,
  setSelection: () => undefined,
  composing: null,
  startComment: () => undefined,
  stopComment: () => undefined,
};
