import { mount } from 'svelte';
import 'seeds-of-innovation/define';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
