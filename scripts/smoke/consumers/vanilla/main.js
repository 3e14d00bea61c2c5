import 'seeds-of-innovation/define';
import { mount } from './page.js';

mount(document.documentElement.dataset.consumer);
