import { definePreset } from '@primeuix/themes'
import Aura from '@primeuix/themes/aura'

/**
 * Aura with a darker primary so text on primary buttons and links passes WCAG AA contrast
 * (the default emerald 500 on white does not), and danger buttons in red 700 for the same reason.
 */
export const ComptoirPreset = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{blue.50}', 100: '{blue.100}', 200: '{blue.200}', 300: '{blue.300}', 400: '{blue.400}',
      500: '{blue.700}', 600: '{blue.800}', 700: '{blue.900}', 800: '{blue.900}', 900: '{blue.950}', 950: '{blue.950}',
    },
  },
  components: {
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
