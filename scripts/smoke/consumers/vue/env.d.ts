// What every Vue + TypeScript project has (Vite's template ships it): .vue files are components.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
