// An Angular host: CUSTOM_ELEMENTS_SCHEMA, then [property] and (event) bindings.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { SeedsCompleteEvent } from 'seeds-of-innovation';
import { RESULTS, SCORES } from '../../shared/sample.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <button id="switch-lang" (click)="lang.set('en')">English</button>
    <output id="completed">{{ completed() }}</output>
    <seeds-of-innovation
      id="widget"
      [lang]="lang()"
      community="smoke-angular"
      [results]="results"
      (seeds-complete)="onComplete($event)"
    ></seeds-of-innovation>
    <seeds-flower id="flower" [scores]="scores"></seeds-flower>
  `,
})
export class App {
  protected readonly lang = signal('nl');
  protected readonly completed = signal('');
  protected readonly results = RESULTS;
  protected readonly scores = SCORES;

  protected onComplete(event: Event): void {
    const { response } = (event as SeedsCompleteEvent).detail;
    this.completed.set(String(Object.keys(response.scores).length));
  }
}
