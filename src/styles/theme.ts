import { definePreset } from '@primeuix/themes'
import Aura from '@primeuix/themes/aura'

/**
 * Aura with a darker primary so text on primary buttons and links passes WCAG AA contrast
 * (the default emerald 500 on white does not), and danger buttons in red 700 for the same reason.
 */
const READABLE_SEVERITIES = {
  info: { color: '{blue.800}' },
  success: { color: '{green.800}' },
  warn: { color: '{yellow.800}' },
  error: { color: '{red.700}' },
  secondary: { color: '{surface.700}' },
  contrast: { color: '{surface.50}' },
}

export const ComptoirPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{blue.50}', 100: '{blue.100}', 200: '{blue.200}', 300: '{blue.300}', 400: '{blue.400}',
      500: '{blue.700}', 600: '{blue.800}', 700: '{blue.900}', 800: '{blue.900}', 900: '{blue.950}', 950: '{blue.950}',
    },
  },
  components: {
    // Texts of messages and toasts one or two shades darker: Aura's 600s miss 4.5:1 on their tints.
    message: { colorScheme: { light: READABLE_SEVERITIES } },
    toast: { colorScheme: { light: READABLE_SEVERITIES } },
    button: {
      colorScheme: {
        light: {
          root: {
            danger: {
              background: '{red.700}', hoverBackground: '{red.800}', activeBackground: '{red.900}',
              borderColor: '{red.700}', hoverBorderColor: '{red.800}', activeBorderColor: '{red.900}',
            },
          },
        },
      },
    },
  },
})
