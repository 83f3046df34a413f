import { classroomInfo } from './classroomState.ts';

/**
 * The address headsets should open. `npm start` serves /classroom.json with the laptop's LAN https
 * address(es); a plain static host serves the built, empty one, and then this page's own address is it.
 */
export async function classroomBase(): Promise<string> {
  const here = new URL('./', location.href).href.replace(/[?#].*$/, '');
  const urls = (await classroomInfo())?.urls;
  return (Array.isArray(urls) ? urls.find((u): u is string => typeof u === 'string' && /^https:\/\//.test(u)) : undefined) ?? here;
}
