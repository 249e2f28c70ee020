import { ActionIcon, Box, Divider, Group, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBold,
  IconChartBar,
  IconColumnInsertRight,
  IconColumnRemove,
  IconH2,
  IconH3,
  IconH4,
  IconItalic,
  IconLink,
  IconList,
  IconListNumbers,
  IconQuote,
  IconRowInsertBottom,
  IconRowRemove,
  IconSuperscript,
  IconTable,
  IconTableOff,
  type Icon,
} from '@tabler/icons-react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

interface ToolButtonProps {
  icon: Icon;
  label: string;
  shortcut?: string;
  /** Toggle state (aria-pressed); omit for plain actions. */
  pressed?: boolean;
  disabled?: boolean;
  /** Marks the buttons that act on the table the cursor is in. */
  tableTool?: boolean;
  onClick(): void;
}

function ToolButton({ icon: IconComponent, label, shortcut, pressed, disabled, tableTool, onClick }: ToolButtonProps) {
  return (
    <Tooltip label={shortcut ? `${label} (${shortcut})` : label} openDelay={400} withinPortal>
      <ActionIcon
        size={36}
        radius="sm"
        variant={pressed ? 'filled' : 'subtle'}
        color={pressed ? 'navy' : 'dark'}
        aria-label={label}
        aria-pressed={pressed}
        aria-keyshortcuts={shortcut?.replace('⌘', 'Meta+')}
        disabled={disabled}
        onMouseDown={(e) => e.preventDefault()} // keep the selection in the text
        onClick={onClick}
        data-toolbar-item
        data-table-tool={tableTool || undefined}
      >
        <IconComponent size={20} stroke={1.75} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

export interface EditorToolbarProps {
  editor: Editor;
  onLink(): void;
  onFootnote(): void;
  /** Insert a table or chart of indicator figures; absent where the page offers none. */
  onIndicatorBlock?(): void;
}

/**
 * The formatting toolbar: one tab stop, arrow keys move between buttons (WAI-ARIA
 * toolbar pattern). Toggles expose aria-pressed; table tools appear inside a table.
 */
export function EditorToolbar({ editor, onLink, onFootnote, onIndicatorBlock }: EditorToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      h4: e.isActive('heading', { level: 4 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      footnote: e.isActive('footnote'),
      indicatorBlock: e.isActive('indicatorBlock'),
      table: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      canDeleteRow: e.can().deleteRow(),
      canDeleteColumn: e.can().deleteColumn(),
    }),
  });
  const ref = useRef<HTMLDivElement>(null);
  const lastFocused = useRef<HTMLElement | null>(null);

  const items = useCallback(
    () => Array.from(ref.current?.querySelectorAll<HTMLElement>('[data-toolbar-item]:not([disabled])') ?? []),
    [],
  );

  // Roving tab stop: exactly one enabled button is reachable with Tab.
  useLayoutEffect(() => {
    const all = items();
    const current = all.includes(lastFocused.current as HTMLElement) ? lastFocused.current : all[0];
    for (const el of all) el.tabIndex = el === current ? 0 : -1;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % all.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + all.length) % all.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    if (next < 0) return;
    event.preventDefault();
    all[next]?.focus();
  };

  const onFocus = (event: React.FocusEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches('[data-toolbar-item]')) return;
    lastFocused.current = target;
    for (const el of items()) el.tabIndex = el === target ? 0 : -1;
  };

  const chain = () => editor.chain().focus();
  const s = state ?? {
    bold: false,
    italic: false,
    h2: false,
    h3: false,
    h4: false,
    bulletList: false,
    orderedList: false,
    blockquote: false,
    link: false,
    footnote: false,
    indicatorBlock: false,
    table: false,
    canUndo: false,
    canRedo: false,
    canDeleteRow: false,
    canDeleteColumn: false,
  };

  return (
    <Box
      ref={ref}
      role="toolbar"
      aria-label={t('editor.toolbar')}
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      className="mps-editor-toolbar"
    >
      <Group gap={4} wrap="wrap">
        <ToolButton icon={IconBold} label={t('editor.bold')} shortcut={`${mod}B`} pressed={s.bold} onClick={() => chain().toggleBold().run()} />
        <ToolButton icon={IconItalic} label={t('editor.italic')} shortcut={`${mod}I`} pressed={s.italic} onClick={() => chain().toggleItalic().run()} />
        <Divider orientation="vertical" mx={2} />
        <ToolButton icon={IconH2} label={t('editor.heading', { level: 2 })} pressed={s.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
        <ToolButton icon={IconH3} label={t('editor.heading', { level: 3 })} pressed={s.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()} />
        <ToolButton icon={IconH4} label={t('editor.heading', { level: 4 })} pressed={s.h4} onClick={() => chain().toggleHeading({ level: 4 }).run()} />
        <Divider orientation="vertical" mx={2} />
        <ToolButton icon={IconList} label={t('editor.bulletList')} pressed={s.bulletList} onClick={() => chain().toggleBulletList().run()} />
        <ToolButton icon={IconListNumbers} label={t('editor.orderedList')} pressed={s.orderedList} onClick={() => chain().toggleOrderedList().run()} />
        <ToolButton icon={IconQuote} label={t('editor.quote')} pressed={s.blockquote} onClick={() => chain().toggleBlockquote().run()} />
        <Divider orientation="vertical" mx={2} />
        <ToolButton icon={IconLink} label={t('editor.link')} shortcut={`${mod}K`} pressed={s.link} onClick={onLink} />
        <ToolButton icon={IconSuperscript} label={t('editor.footnote')} pressed={s.footnote} onClick={onFootnote} />
        <ToolButton
          icon={IconTable}
          label={t('editor.table')}
          pressed={s.table}
          onClick={() => {
            if (!s.table) chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run();
            // Already in a table: move to its tools, just after this button.
            else ref.current?.querySelector<HTMLElement>('[data-table-tool]:not([disabled])')?.focus();
          }}
        />
        {onIndicatorBlock ? (
          <ToolButton icon={IconChartBar} label={t('editor.indicatorBlock')} pressed={s.indicatorBlock} onClick={onIndicatorBlock} />
        ) : null}
        {s.table ? (
          <>
            <ToolButton icon={IconRowInsertBottom} label={t('editor.addRow')} tableTool onClick={() => chain().addRowAfter().run()} />
            <ToolButton icon={IconRowRemove} label={t('editor.deleteRow')} tableTool disabled={!s.canDeleteRow} onClick={() => chain().deleteRow().run()} />
            <ToolButton icon={IconColumnInsertRight} label={t('editor.addColumn')} tableTool onClick={() => chain().addColumnAfter().run()} />
            <ToolButton
              icon={IconColumnRemove}
              label={t('editor.deleteColumn')} tableTool
              disabled={!s.canDeleteColumn}
              onClick={() => chain().deleteColumn().run()}
            />
            <ToolButton icon={IconTableOff} label={t('editor.deleteTable')} tableTool onClick={() => chain().deleteTable().run()} />
          </>
        ) : null}
        <Divider orientation="vertical" mx={2} />
        <ToolButton icon={IconArrowBackUp} label={t('editor.undo')} shortcut={`${mod}Z`} disabled={!s.canUndo} onClick={() => chain().undo().run()} />
        <ToolButton
          icon={IconArrowForwardUp}
          label={t('editor.redo')}
          shortcut={isMac ? '⌘⇧Z' : 'Ctrl+Y'}
          disabled={!s.canRedo}
          onClick={() => chain().redo().run()}
        />
      </Group>
    </Box>
  );
}
