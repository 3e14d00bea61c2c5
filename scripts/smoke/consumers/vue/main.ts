import { createApp } from 'vue';
import 'seeds-of-innovation/vue';
import App from './App.vue';

createApp(App).mount('#app');
