import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // `buurt-` tags are custom elements, not Vue components: Vue renders them as they are,
      // sets bound values as properties where the element has them, and listens to their events.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('buurt-') } },
    }),
  ],
});
