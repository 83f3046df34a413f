import { expect, test } from 'vitest';
import { lessonHref, parseRoute, routeLanguage } from './route.ts';

test('routes: home, teacher, lessons by path (also with a language), anything else is missing', () => {
  expect(parseRoute('')).toEqual({ name: 'home' });
  expect(parseRoute('#/')).toEqual({ name: 'home' });
  expect(parseRoute('#/teacher')).toEqual({ name: 'teacher' });
  expect(parseRoute('#/lesson/examples/example-quiz')).toEqual({ name: 'lesson', id: 'examples/example-quiz' });
  expect(parseRoute('#/lesson/clean-water-journey?lang=en')).toEqual({ name: 'lesson', id: 'clean-water-journey' });
  expect(parseRoute('#/lesson/../x')).toEqual({ name: 'missing', hash: '#/lesson/../x' });
});

test('a shared link can name the language; unknown languages are ignored', () => {
  expect(routeLanguage(lessonHref('clean-water-journey', 'en'))).toBe('en');
  expect(routeLanguage('#/lesson/welcome?lang=ko')).toBe('ko');
  expect(routeLanguage('#/lesson/welcome')).toBeNull();
  expect(routeLanguage('#/lesson/welcome?lang=fr')).toBeNull();
  expect(routeLanguage('#/lesson/welcome?lang=<script>')).toBeNull();
  expect(lessonHref('welcome')).toBe('#/lesson/welcome');
});
