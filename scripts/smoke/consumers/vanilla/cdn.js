// The one-file CDN build is loaded by its own <script type="module"> before this one.
import { mount } from './page.js';

mount('cdn');
