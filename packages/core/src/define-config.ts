import { BuurtConfigElement } from './config/buurt-config.js';
import { defineElement } from './define.js';

defineElement('buurt-config', BuurtConfigElement);

declare global {
  interface HTMLElementTagNameMap {
    'buurt-config': BuurtConfigElement;
  }
}
