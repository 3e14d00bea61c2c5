import { createApp } from 'vue';
import 'seeds-of-innovation/define';
import App from './App.vue';

createApp(App).mount('#app');
