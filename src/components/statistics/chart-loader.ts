/**
 * Chart.js with only the controllers and elements the statistics draw (tree-shaken), registered once.
 * Imported dynamically by ChartCanvas.vue: chart.js never enters the first-load bundle.
 */
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, LineController, LineElement,
  PieController, PointElement, Tooltip,
} from 'chart.js'

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, LineController, LineElement, PieController, PointElement, Tooltip)

export { Chart }
