import {
  DEFAULT_THEME,
  createTheme,
  type AnchorProps,
  type ButtonProps,
  type CSSVariablesResolver,
  type InputWrapperProps,
  type MantineColorsTuple,
  type ModalProps,
  type NativeSelectProps,
  type PasswordInputProps,
  type SelectProps,
  type TextInputProps,
} from '@mantine/core';

/**
 * A component's theme entry, what `Component.extend()` returns: written as a plain object, because `.extend` is a
 * value import that would bring the component (Modal, Select...) into the first load of every screen.
 */
const themed = <P,>(entry: { defaultProps?: Partial<P>; styles?: Record<string, object> }) => entry;

/** A deep civil-service navy; shade 8 on white is above 8:1. */
const navy: MantineColorsTuple = [
  '#edf3f8',
  '#d8e4ee',
  '#afc8dc',
  '#83a9c8',
  '#5e8fb7',
  '#467eac',
  '#3471a3',
  '#255f8f',
  '#1d4f78',
  '#0b3d5c',
];

/**
 * Mantine's darkest shades of some colours fall short of 4.5:1 on white and on their own light backgrounds (orange
 * 9 is 4.3:1 on white and 3.6:1 on a light orange alert; green 9 is 4.1:1 on a light green badge; white on red 8,
 * the danger buttons, is 4.48:1). Shades 8 (the
 * filled shade, under white text) and 9 (text, light variants) are darkened to at least 5:1 on all of those.
 */
function darkened(name: 'orange' | 'green' | 'yellow' | 'teal' | 'red', shade8: string, shade9: string): MantineColorsTuple {
  const base = DEFAULT_THEME.colors[name];
  return [base[0], base[1], base[2], base[3], base[4], base[5], base[6], base[7], shade8, shade9];
}

export const theme = createTheme({
  primaryColor: 'navy',
  primaryShade: 8,
  colors: {
    navy,
    orange: darkened('orange', '#b03c00', '#a63c06'),
    green: darkened('green', '#237032', '#1e6b31'),
    yellow: darkened('yellow', '#8f5a00', '#7a4d00'),
    teal: darkened('teal', '#087052', '#066649'),
    red: darkened('red', '#c92a2a', '#a61e1e'),
  },
  black: '#0b0c0c',
  white: '#ffffff',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: 'clamp(1.75rem, 1.45rem + 1.2vw, 2.25rem)', lineHeight: '1.2' },
      h2: { fontSize: '1.5rem', lineHeight: '1.25' },
      h3: { fontSize: '1.2rem', lineHeight: '1.3' },
    },
  },
  components: {
    Button: themed<ButtonProps>({ defaultProps: { size: 'md' } }),
    TextInput: themed<TextInputProps>({ defaultProps: { size: 'md' } }),
    PasswordInput: themed<PasswordInputProps>({ defaultProps: { size: 'md' } }),
    NativeSelect: themed<NativeSelectProps>({ defaultProps: { size: 'md' } }),
    Select: themed<SelectProps>({ defaultProps: { size: 'md' } }),
    InputWrapper: themed<InputWrapperProps>({
      styles: {
        label: { fontWeight: 700, marginBottom: 4 },
        description: { color: 'var(--mantine-color-gray-7)', fontSize: 'var(--mantine-font-size-sm)', marginBottom: 6 },
        error: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-red-9)' },
      },
    }),
    Anchor: themed<AnchorProps>({ defaultProps: { underline: 'always' } }),
    Modal: themed<ModalProps>({
      defaultProps: {
        overlayProps: { backgroundOpacity: 0.55 },
        // The dialog's <header> (title and close button) is a layout box: without this, inside the dialog's
        // section[role=dialog] it would count as a second "banner" landmark beside the app's header.
        attributes: { header: { role: 'none' } },
      },
    }),
  },
});

/** Raise the default muted text and link colours to at least 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#454d55',
    '--mantine-color-placeholder': '#5f6770',
    '--mantine-color-anchor': '#1d4f78',
    '--mantine-color-error': '#a51d1d',
  },
  dark: {},
});
